#!/usr/bin/env bash
# On the GPU machine, after install.sh (and check.sh or `sluice prepare-model`): bench/batching.py,
# continuous against static batching, with the vLLM backend and with the transformers backend on the
# same GPU. Results: OUT/batching-<engine>.txt, .json and .png.
#
#   infra/gpu/batching.sh TARGET OUT [vllm|transformers|both]
set -uo pipefail
target=${1:?usage: batching.sh TARGET OUT [vllm|transformers|both]}
out=${2:?usage: batching.sh TARGET OUT [vllm|transformers|both]}
which=${3:-both}
cd "$(dirname "$0")/../.."
mkdir -p "$out"
# shellcheck disable=SC1091
source "$target/env.sh"
export PYTHONUNBUFFERED=1
run() {
  local engine=$1; shift
  echo "[batching] $engine: $*"
  timeout "${BATCHING_TIMEOUT:-300}" python3 bench/batching.py --engine "$engine" "$@" 2>&1 \
    | grep -vE "it/s\]|Loading" | tee "$out/batching-$engine.txt" | tail -14
  cp bench/results/batching.json "$out/batching-$engine.json" 2>/dev/null
  cp bench/results/batching.png "$out/batching-$engine.png" 2>/dev/null
}
# The default model. On an H200 512 requests at 200/s were arrival-bound (the engine kept up with the
# arrivals: 3.2 s makespan for 2.6 s of arrivals); 2,048 at 1,000/s keep 128 slots full.
[ "$which" = transformers ] || run vllm --requests 2048 --rate 1000 --max-num-seqs 128 --gpu-memory-utilization 0.5
# transformers' continuous batching is about 20x slower on the same GPU: fewer requests, same shape.
[ "$which" = vllm ] || run transformers --device cuda --dtype bfloat16 --requests 256 --rate 50 --max-num-seqs 128
true
