#!/bin/sh
# Starts Interphase Workbench without a native launcher (none is on Maven Central).
# Needs Java 21+ (JAVA_HOME or PATH) and, for the workbench, a DISPLAY.
#   interphase.sh [workbench arguments]        the workbench
#   interphase.sh batch <command> [args...]    the headless engine (no display needed), e.g. batch inspect FILE...
HERE=$(cd "$(dirname "$0")" && pwd)
# A Java 21 or newer: $JAVA_HOME, then the java on the PATH, then the newest JDK under /usr/lib/jvm.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
pick_java() {
  for j in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null)" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V -r); do
    [ -n "$j" ] && [ -x "$j" ] || continue
    v=$(java_major "$j"); if [ "${v:-0}" -ge 21 ] 2>/dev/null; then echo "$j"; return; fi
  done
}
JAVA=$(pick_java)
if [ -z "$JAVA" ]; then
  echo "error: Interphase Workbench needs Java 21 or newer; none found in JAVA_HOME, on the PATH or in /usr/lib/jvm (set JAVA_HOME to a JDK 21+)." >&2
  exit 1
fi
LAUNCHER=$(ls "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
WORKSPACE="${INTERPHASE_WORKSPACE:-$HOME/.interphase/workspace}"
# Class-data sharing: the first run records the loaded classes (platform and bundles) into an archive that later
# runs map instead of parsing and verifying them again; the JVM rebuilds it when the product changes.
# Set INTERPHASE_CDS=off to disable.
CDS_DIR="${INTERPHASE_CDS_DIR:-$HOME/.interphase/cds}"
cds() {
  [ "${INTERPHASE_CDS:-on}" = off ] && return
  mkdir -p "$CDS_DIR" 2>/dev/null || return
  printf '%s' "-XX:+IgnoreUnrecognizedVMOptions -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$CDS_DIR/$1-$(printf '%s' "$HERE" | cksum | cut -d' ' -f1).jsa -Xlog:disable -Xlog:all=error:stderr"
}
if [ "$1" = "batch" ]; then
  shift
  CONFIG="${INTERPHASE_BATCH_CONFIG:-$HOME/.interphase/batch-configuration}"
  mkdir -p "$CONFIG"
  cp "$HERE/configuration/config.ini" "$CONFIG/config.ini"
  exec "$JAVA" $(cds batch) -Xmx2g -Djava.awt.headless=true -Dorg.eclipse.emf.common.util.ReferenceClearingQueue=false -Dosgi.requiredJavaVersion=21 -jar "$LAUNCHER" \
    -install "$HERE" -configuration "$CONFIG" -os linux -ws gtk -arch x86_64 -nosplash \
    -application org.interphase.batch.application -data "$CONFIG/workspace" "$@"
fi
# Classic scrollbars: GTK's overlay scrollbars appear only on hover, and analysts miss that a panel scrolls.
export GTK_OVERLAY_SCROLLING="${GTK_OVERLAY_SCROLLING:-0}"
exec "$JAVA" $(cds workbench) -Xmx2g -Dosgi.requiredJavaVersion=21 -jar "$LAUNCHER" \
  -install "$HERE" -configuration "$HERE/configuration" -os linux -ws gtk -arch x86_64 \
  -data "$WORKSPACE" "$@"
