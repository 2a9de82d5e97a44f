#!/usr/bin/env bash
# Runs a command with vLLM's engine core on a physical core of its own: every process the command starts
# runs on the host's other CPUs, and each engine core process (vLLM titles it VLLM::EngineCore) is moved to
# the reserved core's hardware threads as soon as it appears. Tells whether the engine core's steps slow
# down because the rest of the stack shares its core.
#
#   infra/gpu/pinned.sh COMMAND [ARGS...]
#
# PIN_CPU picks the reserved core by one of its CPUs (default: the highest-numbered CPU). Where the host shows
# that CPU without a hardware-thread sibling, the CPU below it is reserved with it: the engine core's
# socket threads then have a CPU beside its step loop's.
set -uo pipefail
cpus=$(nproc --all)
pin=${PIN_CPU:-$((cpus - 1))}
reserved=$(cat "/sys/devices/system/cpu/cpu$pin/topology/thread_siblings_list" 2>/dev/null || echo "$pin")
[ "$reserved" = "$pin" ] && [ "$pin" -gt 0 ] && reserved="$((pin - 1)),$pin"
rest=$(python3 - "$cpus" "$reserved" <<'EOF'
import sys
cpus, reserved = int(sys.argv[1]), set()
for part in sys.argv[2].split(","):
    low, _, high = part.partition("-")
    reserved.update(range(int(low), int(high or low) + 1))
print(",".join(str(c) for c in range(cpus) if c not in reserved))
EOF
)
echo "[pinned] engine core on CPUs $reserved; everything else on $rest"
(
  # Once per engine core: threads it starts later inherit the affinity of the thread that starts them.
  pinned=" "
  while sleep 0.5; do
    for pid in $(pgrep -f '^VLLM::EngineCore'); do
      case "$pinned" in *" $pid "*) continue ;; esac
      taskset -acp "$reserved" "$pid" >/dev/null 2>&1 && pinned="$pinned$pid "
    done
  done
) &
watcher=$!
trap 'kill $watcher 2>/dev/null' EXIT
taskset -c "$rest" "$@"
