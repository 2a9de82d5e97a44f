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
# The default model; 512 requests arriving at 200/s keep 128 slots full on an H100/H200.
[ "$which" = transformers ] || run vllm --requests 512 --rate 200 --max-num-seqs 128 --gpu-memory-utilization 0.5
# transformers' continuous batching is about 20x slower on the same GPU: fewer requests, same shape.
[ "$which" = vllm ] || run transformers --device cuda --dtype bfloat16 --requests 256 --rate 50 --max-num-seqs 128
true
