#!/usr/bin/env bash
# On the GPU machine, after install.sh and check.sh: engine throughput and time to first token,
# vLLM vs the transformers backend on the default model, and vLLM on a Llama-3-8B-shaped model with
# generated weights. Results: OUT/bench.txt and bench/results/*.json (copied to OUT).
#
#   infra/gpu/bench.sh TARGET OUT [TP]
set -uo pipefail
target=${1:?usage: bench.sh TARGET OUT [TP]}
out=${2:?usage: bench.sh TARGET OUT [TP]}
tp=${3:-1}
cd "$(dirname "$0")/../.."
mkdir -p "$out"
# shellcheck disable=SC1091
source "$target/env.sh"
export PYTHONUNBUFFERED=1
run() { echo "[bench] $*"; timeout 300 python3 bench/engine_throughput.py "$@" 2>&1 | grep -E "^\[bench\]|^\||RESULT|Error|error" | tee -a "$out/bench.txt"; }
if [ "$tp" = 1 ]; then
  run --engine vllm --requests 1024 --concurrency 512 --in 256 --out 256
  run --engine transformers --device cuda --dtype bfloat16 --requests 256 --concurrency 128 --in 256 --out 256
  run --engine vllm --shape llama-8b --requests 1024 --concurrency 512 --in 256 --out 256
else
  run --engine vllm --shape llama-8b --requests 512 --concurrency 128 --in 256 --out 256 --tp 1
  run --engine vllm --shape llama-8b --requests 512 --concurrency 128 --in 256 --out 256 --tp "$tp"
fi
cp bench/results/engine_throughput-*.json "$out/" 2>/dev/null
