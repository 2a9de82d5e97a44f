#!/usr/bin/env bash
# On the GPU machine, after install.sh (and check.sh, which prepares the default model): the serving
# benchmark, Sluice end to end (gateway, Celery, Redis, vLLM worker) next to the vLLM engine alone.
# Each engine takes 45% of the GPU memory, so a slow release of the first cannot starve the second.
# Results: OUT/serve-<label>.txt and OUT/serve-<label>.json.
#
#   infra/gpu/serve.sh TARGET OUT [default|llama-8b] [LOADS] [REQUESTS]
#
# SERVE_ARGS adds bench/serve.py options, e.g. SERVE_ARGS="--gateway-workers 4 --safety-workers 4"; with
# --profile, each stack process's GIL profile per load point (py-spy) goes to OUT/profiles-<label>.tar.gz (one
# file: a folder of them per process and load point may pass the number of files a device call brings back).
# SERVE_LABEL names the results (serve-<label>.txt and .json; default vllm-<shape>-<GPU>): a --label in SERVE_ARGS
# would leave the JSON behind. SLUICE_ENGINE_FRONTENDS=N runs Sluice's generation worker as N front-ends on one engine (the engine alone is
# unchanged).
set -uo pipefail
target=${1:?usage: serve.sh TARGET OUT [default|llama-8b] [LOADS] [REQUESTS]}
out=${2:?usage: serve.sh TARGET OUT [default|llama-8b] [LOADS] [REQUESTS]}
shape=${3:-default}
loads=${4:-4,16,inf}
requests=${5:-192}
cd "$(dirname "$0")/../.."
# shellcheck source=infra/gpu/serving-env.sh
source infra/gpu/serving-env.sh "$target" "$out"
# Train the safety classifier once (or find it cached): every stack serve.py starts copies it.
python3 -m cli.main safety train 2>&1 | tail -1
label=${SERVE_LABEL:-"vllm-${shape}-$(nvidia-smi --query-gpu=name --format=csv,noheader | head -1 | tr -c 'A-Za-z0-9\n' '_' | cut -c1-24)"}
extra=()
[ "$shape" = default ] || extra=(--shape "$shape")
timeout -k 15 "${SERVE_TIMEOUT:-540}" python3 bench/serve.py --engine vllm "${extra[@]}" --loads "$loads" \
  --requests "$requests" --max-tokens 128 --label "$label" ${SERVE_ARGS:-} 2>&1 | grep --line-buffered -vE "it/s\]|Loading" | tee "$out/serve-$label.txt" | tail -30
cp "bench/results/serve-$label.json" "$out/" 2>/dev/null
[ -d "bench/results/profiles-$label" ] && tar czf "$out/profiles-$label.tar.gz" -C bench/results "profiles-$label"
for f in bench/results/serve-*.log; do [ -e "$f" ] || continue; tail -n 40 "$f" > "$out/$(basename "$f" .log)-$shape.txt"; done 2>/dev/null
true
