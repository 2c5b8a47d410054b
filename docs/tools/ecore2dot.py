#!/usr/bin/env python3
"""Writes a Graphviz class diagram (DOT) of an Ecore model: classes with attributes, enums with literals,
inheritance (hollow arrow), containment (diamond) and plain references, with multiplicities.

    docs/tools/ecore2dot.py bundles/org.interphase.model/model/interphase.ecore > docs/model.dot
    dot -Tsvg docs/model.dot -o docs/model.svg; dot -Tpng -Gdpi=110 docs/model.dot -o docs/model.png

docs/tools/render-model.sh does both steps. Needs only the Python standard library and graphviz.
"""
import html
import sys
import xml.etree.ElementTree as ET

XSI = "{http://www.w3.org/2001/XMLSchema-instance}type"


def type_name(ref):
    """'#//Cell' -> 'Cell'; 'ecore:EDataType http://...Ecore#//EDouble' -> 'double'."""
    if not ref:
        return "?"
    name = ref.split("#//")[-1]
    return {"EString": "String", "EDouble": "double", "EInt": "int", "ELong": "long", "EBoolean": "boolean",
            "EDate": "Date", "EDoubleObject": "Double", "EIntegerObject": "Integer"}.get(name, name)


def multiplicity(f):
    lower = f.get("lowerBound", "0")
    upper = f.get("upperBound", "1")
    upper = "*" if upper == "-1" else upper
    return lower if lower == upper else f"{lower}..{upper}"


def doc(element):
    for a in element.findall("eAnnotations"):
        for d in a.findall("details"):
            if d.get("key") == "documentation":
                return d.get("value", "")
    return ""


def main(path):
    root = ET.parse(path).getroot()
    out = ["digraph model {",
           '  graph [rankdir=BT, fontname="DejaVu Sans", fontsize=11, nodesep=0.35, ranksep=0.55,'
           ' label="' + root.get("name", "model") + ' (' + root.get("nsURI", "") + ')", labelloc=t];',
           '  node [shape=plaintext, fontname="DejaVu Sans", fontsize=9];',
           '  edge [fontname="DejaVu Sans", fontsize=8];']
    edges = []
    for c in root.findall("eClassifiers"):
        kind = c.get(XSI, "")
        name = c.get("name")
        tip = html.escape(doc(c), quote=True)
        if kind == "ecore:EEnum":
            rows = "".join(f'<tr><td align="left">{html.escape(l.get("name"))}</td></tr>' for l in c.findall("eLiterals"))
            out.append(f'  {name} [tooltip="{tip}", label=<<table border="1" cellborder="0" cellspacing="0" bgcolor="#fff6dd">'
                       f'<tr><td><i>«enumeration»</i><br/><b>{name}</b></td></tr><hr/>{rows or "<tr><td> </td></tr>"}</table>>];')
            continue
        if kind != "ecore:EClass":
            out.append(f'  {name} [label=<<table border="1" cellborder="0" bgcolor="#eeeeee"><tr><td><i>«datatype»</i><br/>{name}</td></tr></table>>];')
            continue
        title = f"<i>{name}</i>" if c.get("abstract") == "true" else f"<b>{name}</b>"
        if c.get("interface") == "true":
            title = "<i>«interface»</i><br/>" + title
        attrs = []
        for f in c.findall("eStructuralFeatures"):
            fname = f.get("name")
            if f.get(XSI) == "ecore:EAttribute":
                many = "[*]" if f.get("upperBound") == "-1" else ""
                attrs.append(f'<tr><td align="left">{html.escape(fname)} : {html.escape(type_name(f.get("eType")))}{many}</td></tr>')
            else:
                target = type_name(f.get("eType"))
                mult = multiplicity(f)
                if f.get("containment") == "true":
                    edges.append(f'  {name} -> {target} [dir=both, arrowtail=diamond, arrowhead=none, '
                                 f'headlabel="{mult}", label="{fname}", color="#1f5fa8", fontcolor="#1f5fa8"];')
                else:
                    edges.append(f'  {name} -> {target} [arrowhead=vee, style=dashed, headlabel="{mult}", '
                                 f'label="{fname}", color="#777777", fontcolor="#555555"];')
        rows = "".join(attrs) or '<tr><td> </td></tr>'
        fill = "#f2f2f2" if c.get("abstract") == "true" else "#e8f0fb"
        out.append(f'  {name} [tooltip="{tip}", label=<<table border="1" cellborder="0" cellspacing="0" bgcolor="{fill}">'
                   f'<tr><td>{title}</td></tr><hr/>{rows}</table>>];')
        for s in (c.get("eSuperTypes") or "").split():
            edges.append(f'  {name} -> {type_name(s)} [arrowhead=empty, color="#000000"];')
    out += edges
    out.append("}")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bundles/org.interphase.model/model/interphase.ecore")
