#!/bin/sh
# Removes the jar signature from the OSGi framework (org.eclipse.osgi) and the Equinox launcher in a materialized
# product's plugins/ folder. The JVM checks the digest of every class it loads from a signed jar on its class path and
# never stores classes of signed jars in a class-data-sharing archive, so with the signature the ~500 framework
# classes are read, hashed and parsed again at every start (about a quarter of `interphase batch help`). Both jars are
# loaded by the JVM, not as bundles, and Equinox checks no bundle signatures unless osgi.signedcontent.support is
# set, so nothing else changes. Without zip the jars stay signed (the product works, it only starts slower).
# Run by releng/org.interphase.product's pom between materializing and archiving the product.
#   releng/scripts/unsign-framework.sh PLUGINS_DIR
set -eu
PLUGINS=${1:?usage: unsign-framework.sh PLUGINS_DIR}
if ! command -v zip >/dev/null 2>&1; then
  echo "unsign-framework: zip not found; the framework stays signed (no class-data sharing for it)" >&2
  exit 0
fi
for jar in "$PLUGINS"/org.eclipse.osgi_*.jar "$PLUGINS"/org.eclipse.equinox.launcher_*.jar; do
  [ -f "$jar" ] || { echo "unsign-framework: FAILED: no $jar" >&2; exit 1; }
  # zip exits 12 ("nothing to do") when the jar has no signature (already done)
  if zip -q -d "$jar" 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA' 'META-INF/*.EC' >/dev/null 2>&1; then
    echo "unsign-framework: removed the signature of ${jar##*/}"
  else
    rc=$?; [ "$rc" -eq 12 ] || { echo "unsign-framework: FAILED: zip -d $jar exited $rc" >&2; exit 1; }
  fi
done
