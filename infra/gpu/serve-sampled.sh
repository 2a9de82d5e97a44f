#!/usr/bin/env bash
# serve.sh with the generation worker watched while it runs: every second, the stacks of all its threads
# (py-spy dump, non-blocking) and its engine gauges (requests running and waiting in the engine, generations
# its task threads hold). Shows where a saturated worker's task threads are when the engine is not full.
# Results: what serve.sh writes, plus OUT/worker-samples.tar.gz.
#
#   infra/gpu/serve-sampled.sh TARGET OUT [serve.sh's other arguments]
set -uo pipefail
target=${1:?usage: serve-sampled.sh TARGET OUT [...]}
out=${2:?usage: serve-sampled.sh TARGET OUT [...]}
samples=$(mktemp -d)
# shellcheck disable=SC1091
source "$target/env.sh"
spy=$(command -v py-spy || echo "$(dirname "$(command -v python3)")/py-spy")
(
  while sleep 1; do
    line=$(pgrep -af "cli.main worker gpu" | head -1)
    [ -n "$line" ] || continue
    pid=${line%% *}
    port=$(sed -n 's/.*--metrics-port \([0-9]*\).*/\1/p' <<<"$line")
    now=$(date +%s.%N)
    "$spy" dump --nonblocking --pid "$pid" > "$samples/stacks-$now.txt" 2>&1 &
    [ -n "$port" ] && curl -s "http://127.0.0.1:$port/metrics" \
      | grep -E '^sluice_(engine_running_requests|engine_waiting_requests|worker_active_generations)' \
      | sed "s/^/$now /" >> "$samples/gauges.txt"
  done
) &
sampler=$!
"$(dirname "$0")/serve.sh" "$target" "$out" "${@:3}"
kill "$sampler" 2>/dev/null
wait "$sampler" 2>/dev/null
tar -czf "$out/worker-samples.tar.gz" -C "$samples" .
