#!/usr/bin/env bash
# serve.sh with the generation worker watched while it runs: every second, the stacks of all its threads
# (py-spy dump, non-blocking) and its engine gauges (requests running and waiting in the engine, generations
# its task threads hold). Shows where a saturated worker's task threads are when the engine is not full.
# With NATIVE_SECONDS=N, once the engine has run 64 requests or more for three seconds in a row (a load
# point's saturation, not the warm-up's short burst), py-spy also records N seconds of the worker's threads
# with native frames (``--native``: the tokenizer's, the sockets' and the interpreter's own C work, which
# a GIL profile misses), once. Results: what serve.sh writes, plus OUT/worker-samples.tar.gz.
#
#   infra/gpu/serve-sampled.sh TARGET OUT [serve.sh's other arguments]
set -uo pipefail
target=${1:?usage: serve-sampled.sh TARGET OUT [...]}
out=${2:?usage: serve-sampled.sh TARGET OUT [...]}
samples=$(mktemp -d)
# shellcheck disable=SC1091
source "$target/env.sh"
spy=$(command -v py-spy || echo "$(dirname "$(command -v python3)")/py-spy")
native=${NATIVE_SECONDS:-0}
(
  full=0
  while sleep 1; do
    line=$(pgrep -af "cli.main worker gpu" | head -1)
    [ -n "$line" ] || continue
    pid=${line%% *}
    port=$(sed -n 's/.*--metrics-port \([0-9]*\).*/\1/p' <<<"$line")
    now=$(date +%s.%N)
    timeout 10 "$spy" dump --nonblocking --pid "$pid" > "$samples/stacks-$now.txt" 2>&1 &
    [ -n "$port" ] && curl -s --max-time 2 "http://127.0.0.1:$port/metrics" \
      | grep -E '^sluice_(engine_running_requests|engine_waiting_requests|worker_active_generations)' \
      | sed "s/^/$now /" >> "$samples/gauges.txt"
    running=$(tail -n 3 "$samples/gauges.txt" 2>/dev/null | sed -n 's/^[^ ]* sluice_engine_running_requests[^ ]* \([0-9.]*\)$/\1/p' | tail -1)
    if [ "$native" -gt 0 ] && [ "${running%.*}" -ge 64 ] 2>/dev/null; then full=$((full + 1)); else full=0; fi
    if [ "$native" -gt 0 ] && [ "$full" -ge 3 ]; then
      "$spy" record --native --rate 50 --duration "$native" --format raw --pid "$pid" \
        --output "$samples/native-$now.txt" > "$samples/native-$now.log" 2>&1 &
      native=0
    fi
  done
) &
sampler=$!
"$(dirname "$0")/serve.sh" "$target" "$out" "${@:3}"
kill "$sampler" 2>/dev/null
wait "$sampler" 2>/dev/null
tar -czf "$out/worker-samples.tar.gz" -C "$samples" .
