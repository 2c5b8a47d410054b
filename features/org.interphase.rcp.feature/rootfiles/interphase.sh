#!/bin/sh
# Starts Interphase Workbench without a native launcher (none is on Maven Central).
# Needs Java 21+ (JAVA_HOME or PATH) and, for the workbench, a DISPLAY.
#   interphase.sh [workbench arguments]        the workbench
#   interphase.sh batch <command> [args...]    the headless engine (no display needed), e.g. batch inspect FILE...
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
LAUNCHER=$(ls "$HERE"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
WORKSPACE="${INTERPHASE_WORKSPACE:-$HOME/.interphase/workspace}"
if [ "$1" = "batch" ]; then
  shift
  CONFIG="${INTERPHASE_BATCH_CONFIG:-$HOME/.interphase/batch-configuration}"
  mkdir -p "$CONFIG"
  cp "$HERE/configuration/config.ini" "$CONFIG/config.ini"
  exec "$JAVA" -Xmx2g -Djava.awt.headless=true -Dorg.eclipse.emf.common.util.ReferenceClearingQueue=false -Dosgi.requiredJavaVersion=21 -jar "$LAUNCHER" \
    -install "$HERE" -configuration "$CONFIG" -os linux -ws gtk -arch x86_64 -nosplash \
    -application org.interphase.batch.application -data "$CONFIG/workspace" "$@"
fi
exec "$JAVA" -Xmx2g -Dosgi.requiredJavaVersion=21 -jar "$LAUNCHER" \
  -install "$HERE" -configuration "$HERE/configuration" -os linux -ws gtk -arch x86_64 \
  -data "$WORKSPACE" "$@"
