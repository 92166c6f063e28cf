#!/usr/bin/env python3
"""Accuracy per field of duizhao-cli on the identity test set (a field
counts only the texts whose expectations name it):
    python3 tests/data/identity/accuracy.py build/buildroot/bin/duizhao-cli
(run inside the build shell); a second argument counts only the texts from
that index on (113: the set of issue 22). Prints one line per field and the
misses."""
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
cli = sys.argv[1]
expected = json.load(open(os.path.join(here, "expected.json"), encoding="utf-8"))["reports"]
files = [os.path.join(here, "reports", e["file"]) for e in expected]
outline = json.loads(subprocess.run([cli, "outline", "--format", "json"] + files, capture_output=True, check=False).stdout)
align = json.loads(subprocess.run([cli, "align", "--format", "json"] + files, capture_output=True, check=False).stdout)
by_file = {os.path.basename(r["file"]): r for r in outline["reports"]}
fields = {k: [0, 0] for k in ["district", "regionCode", "level", "agency", "issuer", "issuerChain", "parentBody", "inferred", "regionNote", "year", "signed",
                               "published", "topHeadings", "headings", "parts", "itemsParts"]}
misses = []
first = int(sys.argv[2]) if len(sys.argv) > 2 else 0  # from this text on (113: the third set)
for e in expected[first:]:
    r = by_file[e["file"]]
    m = r["metadata"]
    got = {
        "district": m["district"]["value"], "regionCode": m["regionCode"], "level": m["level"], "issuer": m["issuer"]["value"],
        "year": m["year"]["value"] and int(m["year"]["value"]), "signed": m["signed"]["value"],
        "agency": m["agency"] if m["issuer"]["value"] else e.get("agency"), "issuerChain": m.get("issuerChain", []), "parentBody": m.get("parentBody"),
        "inferred": bool(m.get("inferredNote")), "published": m["published"]["value"],
        "topHeadings": [s["title"] for s in r["sections"] if s["parent"] < 0],
        "headings": [f"{s['level']} {s['marker']} {s['title']}" for s in r["sections"]],
        "parts": [s["part"] for s in r["sections"] if s["parent"] < 0],
        "itemsParts": [s.get("items_part") for s in r["sections"] if s["parent"] < 0],
        "regionNote": e.get("regionNote") if e.get("regionNote") and e["regionNote"] in (m["regionNote"] or "") else m["regionNote"],
    }
    for k in fields:
        if k not in e or (k == "agency" and e.get("issuer") is None):
            continue  # only the texts written for that field say what to expect
        fields[k][1] += 1
        if got[k] == e[k]:
            fields[k][0] += 1
        else:
            misses.append(f"{e['file']} {e['form']} {k}: expected {e[k]!r}, got {got[k]!r}")
for k, (ok, n) in fields.items():
    if n:
        print(f"{k:12s} {ok}/{n} {100.0 * ok / n:.1f}%")
for line in misses:
    print("  " + line)
