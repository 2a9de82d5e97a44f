#!/usr/bin/env bash
# On the GPU machine, after install.sh and prepare-model: vLLM's own OpenAI server (`vllm serve`) with the
# engine arguments Sluice's generation worker gives its engine, driven over HTTP by the serving benchmark's
# clients exactly as Sluice's gateway is (same prompts, arrival times, client processes and stream checks).
# This is what an operator running vLLM alone would put in front of clients: a stack row set beside it
# compares two HTTP servers with their clients on the same host, where bench/serve.py's "vLLM alone" row
# drives the engine in-process with no HTTP, no server and no clients' parsing on the host.
# Results: OUT/serve-<label>.txt and .json, OUT/vllm-serve.log (the server's last lines).
#
#   infra/gpu/vllm-server.sh TARGET OUT [LOADS] [REQUESTS]
#
# SERVE_ARGS adds bench/serve.py options (e.g. "--client-processes 4 --warmup 128").
set -uo pipefail
target=${1:?usage: vllm-server.sh TARGET OUT [LOADS] [REQUESTS]}
out=${2:?usage: vllm-server.sh TARGET OUT [LOADS] [REQUESTS]}
loads=${3:-16,inf:1024}
requests=${4:-128}
cd "$(dirname "$0")/../.."
# shellcheck source=infra/gpu/serving-env.sh
source infra/gpu/serving-env.sh "$target" "$out"
port=${VLLM_PORT:-8765}
# The worker's engine arguments as `vllm serve` flags (bench/vllm_server_flags.py prints them).
mapfile -t flags < <(python3 bench/vllm_server_flags.py)
model=${flags[0]}
echo "[vllm-server] vllm serve ${flags[*]}"
python3 -m vllm.entrypoints.cli.main serve "${flags[@]}" --port "$port" --served-model-name sluice-default > "$out/vllm-serve.full.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; tail -n 60 "$out/vllm-serve.full.log" > "$out/vllm-serve.log"; rm -f "$out/vllm-serve.full.log"' EXIT
for _ in $(seq 1 300); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/v1/models', timeout=2)" \
    2> /dev/null && break
  kill -0 $server 2>/dev/null || { echo "[vllm-server] vllm serve exited"; exit 1; }
  sleep 1
done
label="vllm-serve-$(nvidia-smi --query-gpu=name --format=csv,noheader | head -1 | tr -c 'A-Za-z0-9\n' '_' | cut -c1-24)"
echo "[vllm-server] serving $model; benchmark $label"
timeout -k 15 "${SERVE_TIMEOUT:-400}" python3 bench/serve.py --base-url "http://127.0.0.1:$port/v1" --api-key none \
  --model sluice-default --no-engine --loads "$loads" --requests "$requests" --max-tokens 128 --label "$label" \
  ${SERVE_ARGS:-} 2>&1 | grep --line-buffered -vE "it/s\]|Loading" | tee "$out/serve-$label.txt" | tail -30
cp "bench/results/serve-$label.json" "$out/" 2>/dev/null
true
