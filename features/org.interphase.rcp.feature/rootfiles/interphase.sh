#!/bin/sh
# Starts Interphase Workbench without a native launcher (none is on Maven Central).
# Needs Java 21+ (JAVA_HOME or PATH) and, for the workbench, a DISPLAY.
#   interphase.sh [workbench arguments]        the workbench
#   interphase.sh batch <command> [args...]    the headless engine (no display needed), e.g. batch inspect FILE...
HERE=$(cd "$(dirname "$0")" && pwd)
# A Java 21 or newer: $JAVA_HOME, then the java on the PATH, then the newest JDK under /usr/lib/jvm.
# java_major JAVA: the feature release of the JDK whose bin/java is JAVA, read from the JDK's `release` file (starting
# a JVM just to ask its version costs 50-300 ms per candidate); asks the JVM only when there is no such file.
java_major() {
  real=$(readlink -f "$1" 2>/dev/null) || real=$1
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "${real%/bin/java}/release" 2>/dev/null)
  [ -n "$v" ] || v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1)
  echo "$v"
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
# runs map instead of parsing and verifying them again; the JVM rebuilds it when the product changes (its notes
# about a stale archive are silenced: they are not errors of the command).
# Set INTERPHASE_CDS=off to disable.
CDS_DIR="${INTERPHASE_CDS_DIR:-$HOME/.interphase/cds}"
# C2 compiles only what is hot 10 times longer than by default: the start-up code (run a few thousand times at most)
# stays with C1, whose compiles are cheap, instead of filling the 2nd core with C2 work (measured: the workbench's
# CPU time to a usable window 6.1 s -> 4.5 s; a 130-spectrum EIS series fit 2.2 s -> 1.7 s); real hot loops (fits,
# volume scans) still reach C2 after some 10^5 iterations.
JIT="-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"
# java_exec NAME ARGS...: exec java with ARGS, plus the class-data-sharing options for archive NAME. Every path is
# passed as one quoted argument, so a HOME or install folder with spaces works.
java_exec() {
  name=$1; shift
  if [ "${INTERPHASE_CDS:-on}" != off ] && mkdir -p "$CDS_DIR" 2>/dev/null; then
    exec "$JAVA" -XX:+IgnoreUnrecognizedVMOptions -XX:+AutoCreateSharedArchive \
      "-XX:SharedArchiveFile=$CDS_DIR/$name-$(printf '%s' "$HERE" | cksum | cut -d' ' -f1).jsa" \
      -Xlog:disable "-Xlog:all=error,cds*=off,aot*=off:stderr" "$@"
  fi
  exec "$JAVA" "$@"
}
# batch_config INI: the product's config.ini for the headless engine. The engine needs no workbench, so SWT, JFace,
# the workbench, the IDE pieces and the UI plug-ins are moved to start level 7, above the framework's 6: they stay
# installed and resolved (a plug-in from the update site that also requires the UI still resolves and contributes its
# commands), but are never started, so Declarative Services neither reads nor activates their components. SPI Fly
# (only the SVG renderer needs it) is not started either. The product and application lines are dropped: the
# product is defined by the workbench plug-in, and the launcher names the application.
BATCH_UNSTARTED='file\\:(org\.eclipse\.(swt|jface|ui|e4|help|team|compare|ltk|text_|urischeme|core\.(filebuffers|databinding|resources|filesystem)|equinox\.p2|equinox\.bidi)|org\.apache\.(batik|aries)|org\.objectweb\.asm|com\.github\.weisj|com\.sun\.jna|com\.ibm\.icu|bc(pg|prov|util)_|wrapped\.|org\.interphase\.(app|ui|[a-z]+\.ui)[._])'
batch_config() {
  echo "# the batch engine's copy of $1 (interphase.sh writes it when that file changes)"
  grep -v -E '^(osgi\.bundles|eclipse\.product|eclipse\.application)=' "$1"
  sed -n 's/^osgi\.bundles=//p' "$1" | tr ',' '\n' | sed -E "/$BATCH_UNSTARTED/s/@[0-9]+(\\\\?:start)?\$/@7/" \
    | paste -s -d, - | sed 's/^/osgi.bundles=/'
}
if [ "$1" = "batch" ]; then
  shift
  CONFIG="${INTERPHASE_BATCH_CONFIG:-$HOME/.interphase/batch-configuration}"
  mkdir -p "$CONFIG"
  # Rewritten only when the product's config.ini is newer (p2 installed or removed a plug-in) or belongs to another
  # installation, so a warm start forks nothing here.
  first=""; [ -f "$CONFIG/config.ini" ] && read -r first < "$CONFIG/config.ini"
  if [ "$first" != "# the batch engine's copy of $HERE/configuration/config.ini (interphase.sh writes it when that file changes)" ] \
      || [ "$HERE/configuration/config.ini" -nt "$CONFIG/config.ini" ]; then
    batch_config "$HERE/configuration/config.ini" > "$CONFIG/config.ini.$$" && mv -f "$CONFIG/config.ini.$$" "$CONFIG/config.ini"
  fi
  # help (or no command) only prints the command list: the C1 compiler alone starts faster; analyses keep C2.
  case "${1:-help}" in help|--help) QUICK="-XX:TieredStopAtLevel=1" ;; *) QUICK=$JIT ;; esac
  java_exec batch $QUICK -Xmx2g -Djava.awt.headless=true -Dorg.eclipse.emf.common.util.ReferenceClearingQueue=false -Dosgi.requiredJavaVersion=21 -jar "$LAUNCHER" \
    -install "$HERE" -configuration "$CONFIG" -os linux -ws gtk -arch x86_64 -nosplash \
    -application org.interphase.batch.application -data "$CONFIG/workspace" "$@"
fi
# Classic scrollbars: GTK's overlay scrollbars appear only on hover, and analysts miss that a panel scrolls.
export GTK_OVERLAY_SCROLLING="${GTK_OVERLAY_SCROLLING:-0}"
java_exec workbench $JIT -Xmx2g -Dosgi.requiredJavaVersion=21 -jar "$LAUNCHER" \
  -install "$HERE" -configuration "$HERE/configuration" -os linux -ws gtk -arch x86_64 \
  -data "$WORKSPACE" "$@"
