#!/usr/bin/env bash
# On the GPU machine, after install.sh: how many tasks a second a generation worker takes from its queue
# (bench/worker_intake.py: the real worker around the paced engine; the GPU is not used, the host's cores
# are), with kombu's one-task fetch and with batched fetches, alternating, PAIRS times.
# Results: OUT/intake.txt (each run's table and last line).
#
#   infra/gpu/intake.sh TARGET OUT [PAIRS] [bench/worker_intake.py options]
set -uo pipefail
target=${1:?usage: intake.sh TARGET OUT [PAIRS] [options]}
out=${2:?usage: intake.sh TARGET OUT [PAIRS] [options]}
pairs=${3:-2}
shift 3 2>/dev/null || shift $#
cd "$(dirname "$0")/../.."
mkdir -p "$out"
# shellcheck disable=SC1091
source "$target/env.sh"
export PYTHONUNBUFFERED=1
for _ in $(seq "$pairs"); do
  for batch in 1 32; do
    echo "== fetch batch $batch: $*" | tee -a "$out/intake.txt"
    timeout -k 10 "${INTAKE_TIMEOUT:-120}" python3 bench/worker_intake.py --fetch-batch "$batch" "$@" 2>&1 \
      | tail -4 | tee -a "$out/intake.txt"
  done
done
