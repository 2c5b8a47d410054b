#!/bin/sh
# Side-by-side start-up of two unpacked products (e.g. main's build and this one), alternating A and B run by run so
# that both see the same machine load: the workbench to a usable window with the demo study open (as
# measure-startup.sh: wall time from JVM start, and the JVM's CPU time by then) and the wall time of
# `interphase.sh batch help` (script included). Prints each run and the medians.
#   releng/scripts/compare-startup.sh OLD_DIR NEW_DIR [runs]     (DIR = the folder holding interphase.sh)
set -e
[ $# -ge 2 ] && [ -x "$1/interphase.sh" ] && [ -x "$2/interphase.sh" ] || {
  echo "usage: compare-startup.sh OLD_DIR NEW_DIR [runs]  (each DIR holds interphase.sh)" >&2; exit 2; }
A=$(cd "$1" && pwd); B=$(cd "$2" && pwd); RUNS=${3:-5}
TMP=$(mktemp -d)
Xvfb :92 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 & XPID=$!
trap 'kill $XPID 2>/dev/null; rm -rf "$TMP"' EXIT
sleep 1
now() { date +%s%N; }
# workbench P TAG: one start to the ready line; appends "wall cpu" to $TMP/TAG.wb
workbench() {
  LOG="$TMP/log"; : > "$LOG"
  DISPLAY=:92 INTERPHASE_WORKSPACE="$TMP/ws-$2" INTERPHASE_CDS_DIR="$TMP/cds-$2" \
    JAVA_TOOL_OPTIONS="-Dinterphase.reportStartup=true" "$1/interphase.sh" > "$LOG" 2>&1 & APP=$!
  for t in $(seq 1 900); do grep -q "interphase: ready" "$LOG" && break; sleep 0.1; done
  ms=$(sed -n 's/.*ready with the demo study after \([0-9]*\) ms.*/\1/p' "$LOG")
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz}' "/proc/$APP/stat" 2>/dev/null)
  kill $APP 2>/dev/null; wait $APP 2>/dev/null || true
  echo "$ms $cpu" >> "$TMP/$2.wb"
}
# batch P TAG: wall time of `batch help`, appended to $TMP/TAG.batch
batch() {
  s=$(now)
  INTERPHASE_BATCH_CONFIG="$TMP/batch-$2" INTERPHASE_CDS_DIR="$TMP/cds-$2" "$1/interphase.sh" batch help >/dev/null 2>&1
  echo $(( ($(now) - s) / 1000000 )) >> "$TMP/$2.batch"
}
# two untimed starts each: the first creates the workspace and demo project, both record the CDS archives
for i in 1 2; do workbench "$A" old; workbench "$B" new; batch "$A" old; batch "$B" new; done
rm -f "$TMP"/*.wb "$TMP"/*.batch
for i in $(seq 1 "$RUNS"); do
  workbench "$A" old; workbench "$B" new; batch "$A" old; batch "$B" new
  echo "run $i: workbench old $(tail -n 1 "$TMP/old.wb" | awk '{print $1 " ms (CPU " $2 " ms)"}'), new $(tail -n 1 "$TMP/new.wb" \
    | awk '{print $1 " ms (CPU " $2 " ms)"}'); batch help old $(tail -n 1 "$TMP/old.batch") ms, new $(tail -n 1 "$TMP/new.batch") ms"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for t in old new; do
  echo "$t: median of $RUNS: workbench $(cut -d' ' -f1 "$TMP/$t.wb" | median) ms (CPU $(cut -d' ' -f2 "$TMP/$t.wb" | median) ms)," \
    "batch help $(median < "$TMP/$t.batch") ms"
done
