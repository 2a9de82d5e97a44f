#!/usr/bin/env bash
# On the GPU machine, after install.sh: does other work on the host slow vLLM's engine? The engine alone
# (bench/serve.py --engine-only, no Sluice) at saturation, first on a quiet host, then with N processes
# spinning on the host's CPUs (--host-load N, as many cores as Sluice's stack keeps busy beside the engine),
# each with its step time, its engine core's cores and GIL profile; the CPUs' clock every 5 s alongside (a
# virtual machine may report a fixed clock). HOST_LOAD_MB=M makes each process copy a buffer of M MB over and
# over instead of spinning in place (--host-load-memory): it then also takes the host's shared caches and
# memory bandwidth, as a stack of busy processes does.
# Results: OUT/quiet/ and OUT/load-N/ or OUT/load-N-Mmb/ (serve.sh's files), OUT/clock.txt, OUT/lscpu.txt.
#
#   [HOST_LOAD_MB=M] infra/gpu/contention.sh TARGET OUT [N] [LOADS]
set -uo pipefail
target=${1:?usage: contention.sh TARGET OUT [N] [LOADS]}
out=${2:?usage: contention.sh TARGET OUT [N] [LOADS]}
spinners=${3:-6}
loads=${4:-inf:1024}
cd "$(dirname "$0")/../.."
mkdir -p "$out"
lscpu | grep -iE "model name|thread|core|socket|mhz|numa" > "$out/lscpu.txt"
(while sleep 5; do
   echo "$(date +%s) $(awk '/MHz/ {s += $4; n++; if ($4 > m) m = $4} END {printf "mean %.0f max %.0f MHz", s / n, m}' /proc/cpuinfo)" \
     "load $(cut -d' ' -f1 /proc/loadavg)"
 done) > "$out/clock.txt" 2>&1 &
clock=$!
trap 'kill $clock 2>/dev/null' EXIT
common="--engine-only --profile ${SERVE_ARGS:-}"
SERVE_ARGS="$common" infra/gpu/serve.sh "$target" "$out/quiet" default "$loads" 128
load="--host-load $spinners" name="load-$spinners"
if [ "${HOST_LOAD_MB:-0}" -gt 0 ]; then
  load="$load --host-load-memory $HOST_LOAD_MB" name="$name-${HOST_LOAD_MB}mb"
fi
SERVE_ARGS="$common $load" infra/gpu/serve.sh "$target" "$out/$name" default "$loads" 128
grep -h -A3 "engine step" "$out"/quiet/serve-*.txt "$out"/load-*/serve-*.txt
