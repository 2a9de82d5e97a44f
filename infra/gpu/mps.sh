#!/usr/bin/env bash
# Runs a command with every CUDA process it starts sharing the GPU through NVIDIA's Multi-Process Service:
# the kernels of vLLM's engine and of Sluice's classifiers (the safety workers' prompt checks, the
# generation worker's stream classifier) then run side by side instead of taking turns in time slices.
# Tells what the GPU's time-slicing between those processes costs the engine's steps and a request's
# checks. The daemon runs as this user, with its pipe and log folders under a temporary folder, and is
# stopped when the command ends; the GPU's own settings (compute mode, MIG) are left as they are.
#
#   infra/gpu/mps.sh COMMAND [ARGS...]
set -uo pipefail
control=$(command -v nvidia-cuda-mps-control) || { echo "[mps] nvidia-cuda-mps-control not found" >&2; exit 1; }
base=$(mktemp -d /tmp/sluice-mps.XXXXXX)
export CUDA_MPS_PIPE_DIRECTORY="$base/pipe" CUDA_MPS_LOG_DIRECTORY="$base/log"
mkdir -p "$CUDA_MPS_PIPE_DIRECTORY" "$CUDA_MPS_LOG_DIRECTORY"
"$control" -d || { echo "[mps] the daemon did not start" >&2; exit 1; }
trap 'echo quit | "$control"; sleep 1; cat "$CUDA_MPS_LOG_DIRECTORY"/control.log 2>/dev/null | tail -5' EXIT
echo "[mps] daemon up (pipe $CUDA_MPS_PIPE_DIRECTORY)"
"$@"
