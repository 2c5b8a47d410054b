#!/bin/sh
# Measures start-up of the built product to a usable window with the demo study open in the Cell editor:
# the time from JVM start to the first event-loop turn after the editor opened (printed by the app when
# -Dinterphase.reportStartup=true). Runs N times (default 5) under a private Xvfb and prints the median, and the
# median CPU time (user + system, all threads) the JVM had used by then: on a shared machine the wall time follows
# the load, the CPU time much less.
#   releng/scripts/measure-startup.sh [runs]
# INTERPHASE_PRODUCT=<dir with interphase.sh> measures another copy (e.g. the previous build, for a side-by-side).
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
RUNS=${1:-5}
PRODUCT="${INTERPHASE_PRODUCT:-$ROOT/.work/product/interphase-workbench}"
[ -x "$PRODUCT/interphase.sh" ] || { echo "build and run ./interphase once first" >&2; exit 1; }
. "$ROOT/releng/scripts/java-env.sh"
WS=$(mktemp -d)
Xvfb :93 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 & XPID=$!
trap 'kill $XPID 2>/dev/null; rm -rf "$WS"' EXIT
sleep 1
times=""; cpus=""
for i in $(seq 0 "$RUNS"); do
  LOG=$(mktemp)
  DISPLAY=:93 INTERPHASE_WORKSPACE="$WS" JAVA_TOOL_OPTIONS="-Dinterphase.reportStartup=true" \
    "$PRODUCT/interphase.sh" > "$LOG" 2>&1 & APP=$!
  for t in $(seq 1 600); do grep -q "interphase: ready" "$LOG" && break; sleep 0.1; done
  ms=$(sed -n 's/.*ready with the demo study after \([0-9]*\) ms.*/\1/p' "$LOG")
  # fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks (the script execs java: same PID)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz}' "/proc/$APP/stat" 2>/dev/null)
  kill $APP 2>/dev/null; wait $APP 2>/dev/null || true
  if [ "$i" -eq 0 ]; then echo "first start (creates the workspace and demo project): ${ms} ms"
  else times="$times $ms"; cpus="$cpus $cpu"; echo "run $i: ${ms} ms (CPU ${cpu} ms)"; fi
  rm -f "$LOG"
done
echo "$times" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print "median of " NR " warm starts: " a[int((NR+1)/2)] " ms"}'
echo "$cpus" | tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print "median CPU time to ready: " a[int((NR+1)/2)] " ms"}'
