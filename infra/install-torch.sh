#!/usr/bin/env bash
# Installs PyTorch into the virtual environment: a CUDA build where an NVIDIA driver is present, else a
# CPU build (from the machine's own wheel cache when it has one, else PyTorch's CPU index).
set -euo pipefail
pip="$1/bin/pip"
spec="${TORCH_SPEC:-torch==2.13.0}"
if "$1/bin/python" -c "import torch" 2>/dev/null; then
  echo "[sluice] torch already installed"; exit 0
fi
if command -v nvidia-smi >/dev/null 2>&1; then
  echo "[sluice] NVIDIA GPU found: installing CUDA torch"
  exec "$pip" install --progress-bar on torch
fi
if [ -d /etc/xdg/pip ] || ls /opt/wheels/torch-* >/dev/null 2>&1; then
  echo "[sluice] installing CPU torch ($spec) from this machine's wheels"
  exec "$pip" install --progress-bar on "$spec"
fi
echo "[sluice] installing CPU torch from PyTorch's CPU index"
exec "$pip" install --progress-bar on torch --index-url https://download.pytorch.org/whl/cpu
