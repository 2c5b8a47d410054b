#!/bin/sh
# Runs the speed benchmarks (JUnit tests tagged "benchmark", excluded from ./test) and prints their
# medians (lines starting with BENCH). Timings never fail the build; compare them with the issues' figures.
#   releng/scripts/bench.sh            EIS fit + series, XPS fit + Monte Carlo + series, SIMS import/edges/fits and
#                                      overlay redraw (in OSGi)
#   releng/scripts/bench.sh tomo DIR   also the out-of-core tomography benchmark (writes 2 GiB to DIR)
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/java-env.sh"
cd "$ROOT"
xvfb-run -a ./mvnw -B verify -pl releng/org.interphase.emfgen,bundles/org.interphase.eis.tests,bundles/org.interphase.xps.tests,bundles/org.interphase.sims.tests,bundles/org.interphase.sims.ui.tests -am \
  -Dgroups=benchmark -Dbenchmarks.excluded=none -Dtests.failIfNone=false 2>&1 | grep -E "Tests run:|BUILD"
# benchmark lines may land in the console or only in the surefire reports, depending on the test runtime
grep -rhoE "(BENCH|\[sims benchmark\]).*" bundles/org.interphase.eis.tests/target/surefire-reports \
  bundles/org.interphase.xps.tests/target/surefire-reports bundles/org.interphase.sims.tests/target/surefire-reports \
  bundles/org.interphase.sims.ui.tests/target/surefire-reports | sort -u
if [ "$1" = "tomo" ]; then
  java -Xmx1g -cp bundles/org.interphase.tomo/target/classes:bundles/org.interphase.core/target/classes:bundles/org.interphase.model/target/classes:bundles/org.interphase.tomo.tests/target/classes \
    org.interphase.tomo.tests.TomoBenchmark "${2:-${TMPDIR:-/tmp}}"
fi
