# Sourced by ./interphase, ./test and .ci/run: selects a JDK >= 21 and exports JAVA_HOME and PATH.
# Order: $JAVA_HOME if it is 21 or newer, else the newest /usr/lib/jvm/temurin-*, else any JDK >= 21 there.
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(java_major "$JAVA_HOME"); if [ "${v:-0}" -ge 21 ] 2>/dev/null; then echo "$JAVA_HOME"; return; fi
  fi
  for d in $(ls -d /usr/lib/jvm/temurin-* 2>/dev/null | sort -V -r) $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -V -r); do
    [ -x "$d/bin/javac" ] || continue
    v=$(java_major "$d"); if [ "${v:-0}" -ge 21 ] 2>/dev/null; then echo "$d"; return; fi
  done
}
JDK=$(pick_jdk)
if [ -z "$JDK" ]; then
  echo "error: Interphase Workbench needs a JDK 21 or newer (Temurin 25 recommended)." >&2
  echo "       None found in JAVA_HOME or /usr/lib/jvm. Install one and set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME="$JDK"
export PATH="$JAVA_HOME/bin:$PATH"
