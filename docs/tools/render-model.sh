#!/bin/sh
# Regenerates docs/model.dot, docs/model.svg and docs/model.png from the Ecore model (needs python3 and
# graphviz: apt-get install graphviz).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
python3 "$ROOT/docs/tools/ecore2dot.py" "$ROOT/bundles/org.interphase.model/model/interphase.ecore" > "$ROOT/docs/model.dot"
dot -Tsvg "$ROOT/docs/model.dot" -o "$ROOT/docs/model.svg"
dot -Tpng -Gdpi=100 "$ROOT/docs/model.dot" -o "$ROOT/docs/model.png"
echo "wrote docs/model.dot, docs/model.svg, docs/model.png"
