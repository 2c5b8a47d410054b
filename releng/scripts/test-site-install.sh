#!/bin/sh
# Installs the example feature and the galvanostatic cycling feature from the update site into a copy of the
# built product with the p2 director, then checks that p2 put their bundles into plugins/ and into the product's
# configuration (bundles.info, or the osgi.bundles list of config.ini when the product has no simple
# configurator, as ours), and that the installed product's headless engine finds their importers and batch
# commands (labcsv-summary on the example's sample, cycling-summary on the shared Neware file).
#
#   releng/scripts/test-site-install.sh [WORK_DIR]
#
# Needs a finished build (./mvnw verify): releng/org.interphase.site/target/repository (the update site),
# releng/org.interphase.product/target/repository (the platform) and the product archive. Works offline.
# Exit 0 = installed and working; anything else names the failed check. Run by releng/org.interphase.product's
# pom in the verify phase (skipped with -DskipTests).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/scripts/java-env.sh"
SITE="$ROOT/releng/org.interphase.site/target/repository"
PLATFORM="$ROOT/releng/org.interphase.product/target/repository"
ARCHIVE="$ROOT/releng/org.interphase.product/target/products/interphase-workbench-linux.gtk.x86_64.tar.gz"
FEATURE=org.interphase.examples.feature.feature.group
BUNDLE=org.interphase.examples.labcsv
SAMPLE="$ROOT/bundles/org.interphase.examples.labcsv.tests/resources/rc-circuit.csv"
CYCLING_FEATURE=org.interphase.cycling.feature.feature.group
CYCLING_BUNDLES="org.interphase.cycling org.interphase.cycling.ui"
CYCLING_SAMPLE="${INTERPHASE_SHARED_DATA:-$ROOT/../shared/data}/cycling/cellpy_neware_uio.csv"
WORK="${1:-$ROOT/releng/org.interphase.product/target/site-install}"

fail() { echo "test-site-install: FAILED: $*" >&2; exit 1; }
for f in "$SITE/content.jar" "$PLATFORM/content.jar" "$ARCHIVE" "$SAMPLE" "$CYCLING_SAMPLE"; do
  [ -f "$f" ] || fail "missing $f (build first: ./mvnw verify)"
done

rm -rf "$WORK"; mkdir -p "$WORK"
tar xzf "$ARCHIVE" -C "$WORK"
PRODUCT="$WORK/interphase-workbench"
# Where the product lists the bundles it starts: bundles.info with the simple configurator, otherwise (this
# product: no simpleconfigurator) the osgi.bundles line of config.ini, which p2 rewrites on install.
INFO="$PRODUCT/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
listed() {
  b="${1:-$BUNDLE}"
  if [ -f "$INFO" ]; then grep -q "^$b," "$INFO"
  else grep '^osgi.bundles=' "$PRODUCT/configuration/config.ini" | grep -q "file\\\\:${b}_"; fi
}
[ -f "$INFO" ] || [ -f "$PRODUCT/configuration/config.ini" ] || fail "the product has neither bundles.info nor config.ini"
! listed || fail "$BUNDLE is already in the product before installing"
for b in $CYCLING_BUNDLES; do ! listed "$b" || fail "$b is already in the product before installing"; done

# The profile the product was materialized with (Tycho names it after the product unless told otherwise).
PROFILE=$(ls "$PRODUCT/p2/org.eclipse.equinox.p2.engine/profileRegistry" | sed -n 's/\.profile$//p' | head -n 1)
[ -n "$PROFILE" ] || fail "no p2 profile in $PRODUCT"

echo "test-site-install: installing $FEATURE and $CYCLING_FEATURE into $PRODUCT (profile $PROFILE)" >&2
(cd "$ROOT" && ./mvnw -B -q ${MVN_OFFLINE--o} -N org.eclipse.tycho:tycho-p2-director-plugin:5.0.2:director \
  -Ddestination="$PRODUCT" -Dprofile="$PROFILE" \
  -Drepositories="file:$SITE,file:$PLATFORM" -DinstallIUs="$FEATURE,$CYCLING_FEATURE" \
  -Dp2.os=linux -Dp2.ws=gtk -Dp2.arch=x86_64) || fail "p2 director could not install $FEATURE and $CYCLING_FEATURE"

ls "$PRODUCT"/plugins/${BUNDLE}_*.jar >/dev/null 2>&1 || fail "no plugins/${BUNDLE}_*.jar after installing"
listed || fail "the product's configuration (bundles.info or config.ini osgi.bundles) does not list $BUNDLE"
ls "$PRODUCT"/features/ | grep -q '^org.interphase.examples.feature_' || fail "features/ lacks the example feature"
for b in $CYCLING_BUNDLES; do
  ls "$PRODUCT"/plugins/${b}_*.jar >/dev/null 2>&1 || fail "no plugins/${b}_*.jar after installing"
  listed "$b" || fail "the product's configuration does not list $b"
done
ls "$PRODUCT"/features/ | grep -q '^org.interphase.cycling.feature_' || fail "features/ lacks the cycling feature"

# The installed plug-in works: the product's headless engine finds its importer and its batch command.
export INTERPHASE_BATCH_CONFIG="$WORK/batch-configuration"
OUT=$("$PRODUCT/interphase.sh" batch labcsv-summary "$SAMPLE" 2>"$WORK/batch.err") \
  || fail "batch labcsv-summary failed: $(cat "$WORK/batch.err")"
echo "$OUT" | grep -q '"points": *57' || fail "labcsv-summary printed: $OUT"
OUT=$("$PRODUCT/interphase.sh" batch inspect "$SAMPLE" 2>"$WORK/batch.err") \
  || fail "batch inspect failed: $(cat "$WORK/batch.err")"
echo "$OUT" | grep -q 'examples.labcsv' || fail "inspect did not use the example importer: $OUT"
# The cycling plug-in: its batch command (README §5 of the shared data: cycle 1 charge 4.24934 mAh) and importer.
OUT=$("$PRODUCT/interphase.sh" batch cycling-summary "$CYCLING_SAMPLE" 2>"$WORK/batch.err") \
  || fail "batch cycling-summary failed: $(cat "$WORK/batch.err")"
echo "$OUT" | grep -q '"chargeMAh": *4.2493' || fail "cycling-summary printed: $OUT"
OUT=$("$PRODUCT/interphase.sh" batch inspect "$CYCLING_SAMPLE" 2>"$WORK/batch.err") \
  || fail "batch inspect of the Neware file failed: $(cat "$WORK/batch.err")"
echo "$OUT" | grep -q 'cycling.neware.csv' || fail "inspect did not use the cycling importer: $OUT"

# Issue 13 item 10: a HOME with a space (the class-data-sharing archive path lies under it) still starts.
SPACED="$WORK/home with space"
mkdir -p "$SPACED"
OUT=$(env -u INTERPHASE_BATCH_CONFIG HOME="$SPACED" "$PRODUCT/interphase.sh" batch help 2>"$WORK/batch.err") \
  || fail "batch help with HOME='$SPACED' failed: $(cat "$WORK/batch.err")"
echo "$OUT" | grep -q '^usage: interphase batch' || fail "batch help with a spaced HOME printed: $OUT"

echo "test-site-install: OK: $BUNDLE and $CYCLING_BUNDLES installed from the update site, listed in the configuration, importers, labcsv-summary and cycling-summary work"
