#!/bin/sh
# Runs the speed benchmarks (JUnit tests tagged "benchmark", excluded from ./test) and prints their
# medians (lines starting with BENCH). Timings never fail the build; compare them with the issues' figures.
# Exits non-zero when the build or a benchmark test fails (the full Maven log is then printed).
#   releng/scripts/bench.sh            EIS fit + series, XPS fit + Monte Carlo + series, SIMS import/edges/fits and
#                                      overlay redraw (in OSGi)
#   releng/scripts/bench.sh tomo DIR   also the out-of-core tomography benchmark (writes 2 GiB to DIR)
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/java-env.sh"
cd "$ROOT"
LOG=$(mktemp "${TMPDIR:-/tmp}/interphase-bench.XXXXXX")
trap 'rm -f "$LOG"' EXIT
STATUS=0
xvfb-run -a ./mvnw -B verify -pl releng/org.interphase.emfgen,bundles/org.interphase.eis.tests,bundles/org.interphase.xps.tests,bundles/org.interphase.sims.tests,bundles/org.interphase.sims.ui.tests -am \
  -Dgroups=benchmark -Dbenchmarks.excluded=none -Dtests.failIfNone=false >"$LOG" 2>&1 || STATUS=$?
grep -E "Tests run:|BUILD" "$LOG" || true
if [ "$STATUS" -ne 0 ]; then
  echo "bench.sh: the benchmark build failed (exit $STATUS); its log:" >&2
  tail -n 200 "$LOG" >&2
  exit "$STATUS"
fi
# benchmark lines may land in the console or only in the surefire reports, depending on the test runtime
grep -rhoE "(BENCH|\[sims benchmark\]).*" bundles/org.interphase.eis.tests/target/surefire-reports \
  bundles/org.interphase.xps.tests/target/surefire-reports bundles/org.interphase.sims.tests/target/surefire-reports \
  bundles/org.interphase.sims.ui.tests/target/surefire-reports | sort -u || true
if [ "$1" = "tomo" ]; then
  java -Xmx1g -cp bundles/org.interphase.tomo/target/classes:bundles/org.interphase.core/target/classes:bundles/org.interphase.model/target/classes:bundles/org.interphase.tomo.tests/target/classes \
    org.interphase.tomo.tests.TomoBenchmark "${2:-${TMPDIR:-/tmp}}"
fi
