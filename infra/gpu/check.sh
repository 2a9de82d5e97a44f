#!/usr/bin/env bash
# On the GPU machine, after install.sh: prepare the default model from its GGUF, run the vLLM backend's
# tests and the end-to-end tests with the generation worker on vLLM (real gateway, Celery, Redis), then
# the engine benchmarks. Everything it prints is also written under OUT.
#
#   infra/gpu/check.sh TARGET OUT
#   SLUICE_ENGINE_FRONTENDS=2 infra/gpu/check.sh TARGET OUT   # the same tests over one engine shared by two front-ends
set -uo pipefail
target=${1:?usage: check.sh TARGET OUT}
out=${2:?usage: check.sh TARGET OUT}
cd "$(dirname "$0")/../.."
mkdir -p "$out"
# shellcheck disable=SC1091
source "$target/env.sh"
export PYTHONUNBUFFERED=1
{
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
  python3 -c "import vllm, torch, transformers; print('vllm', vllm.__version__, 'torch', torch.__version__, 'transformers', transformers.__version__)"
} 2>&1 | tee "$out/versions.txt"

echo "[check] preparing the default model"
python3 -m cli.main prepare-model 2>&1 | grep -v "it/s" | tail -4

echo "[check] vLLM backend tests and the end-to-end tests on vLLM"
SLUICE_DTYPE=float32 SLUICE_TEST_ENGINE=vllm SLUICE_GPU_MEMORY_UTILIZATION=0.3 SLUICE_TEST_LONG_TOKENS=1800 SLUICE_TEST_CONCURRENT_TOKENS=512 \
  timeout "${CHECK_TIMEOUT:-540}" python3 -m pytest -q -rs -p no:cacheprovider --basetemp /tmp/sluice-check ${CHECK_K:+-k "$CHECK_K"} \
  tests/integration/test_vllm_backend.py tests/unit/test_engine_settings.py tests/e2e/test_end_to_end.py \
  tests/e2e/test_openai_features.py tests/e2e/test_frameworks.py \
  2>&1 | tee "$out/pytest.txt" | tail -25
# The stack's own logs (generation worker, gateway): what vLLM and the workers said about any failure.
for f in /tmp/sluice-check/logs*/gpu.log /tmp/sluice-check/logs*/web.log; do
  [ -f "$f" ] && grep -iE "error|warn|grammar|abort|exception|traceback" "$f" | tail -n 150 > "$out/$(basename "$f" .log)-log.txt"
done
true
