# Sourced by serve.sh and vllm-server.sh after `cd` to the repository root: the GPU machine's environment
# (TARGET/env.sh from install.sh) and the engine settings every serving row runs, so that Sluice, the
# engine alone and vLLM's own server share one configuration: 128 slots, each engine at 45 % of the GPU's
# memory (a slow release of one cannot starve the next).
#   source infra/gpu/serving-env.sh TARGET OUT
mkdir -p "$2"
# shellcheck disable=SC1091
source "$1/env.sh"
export PYTHONUNBUFFERED=1 SLUICE_ENGINE=vllm SLUICE_MAX_NUM_SEQS=${SLUICE_MAX_NUM_SEQS:-128}
export SLUICE_GPU_MEMORY_UTILIZATION=${SLUICE_GPU_MEMORY_UTILIZATION:-0.45}
