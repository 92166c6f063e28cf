#!/usr/bin/env python3
"""Accuracy per weakness theme of duizhao-cli on the statements of this
folder (statements.tsv, and apart from it the held-out heldout.tsv and the
blind sets blind.tsv, blind2.tsv and blind3.tsv, each written by another
hand without seeing the catalog's terms or the other sets):
    python3 tests/data/weaknesses/accuracy.py build/buildroot/bin/duizhao-cli [--catalog FILE] [--misses] [--only statements|held-out|blind|"blind 2"|"blind 3"]
(run inside the build shell). A statement is right when the classifier's
first theme is one of its labels and every theme it gives is (a statement
labelled "-" is right when it gets no theme). Each theme's row counts the
statements whose first label is that theme; "exact" counts the statements
whose themes are exactly their labels."""
import collections
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))


def labelled(name):
    rows = []
    for line in open(os.path.join(here, name), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        ident, level, body, themes, text = line.rstrip("\n").split("\t")
        rows.append({"id": ident, "level": level, "body": body, "labels": [] if themes == "-" else themes.split(","), "text": text})
    return rows


def classify(cli, catalog, name):
    command = [cli, "themes", "--format", "json"] + (["--catalog", catalog] if catalog else []) + [os.path.join(here, name)]
    result = subprocess.run(command, capture_output=True, check=True)
    return {s["id"]: [t["theme"] for t in s["themes"]] for s in json.loads(result.stdout)["statements"]}


def report(title, rows, got, show_misses):
    per = collections.defaultdict(lambda: [0, 0])
    exact = right_all = two = two_found = 0
    misses = []
    for r in rows:
        labels, themes = r["labels"], got[r["id"]]
        key = labels[0] if labels else "-"
        right = (not themes) if not labels else (bool(themes) and themes[0] in labels and all(t in labels for t in themes))
        per[key][1] += 1
        per[key][0] += right
        right_all += right
        exact += set(themes) == set(labels)
        if len(labels) == 2:
            two += 1
            two_found += set(themes) == set(labels)
        if not right:
            misses.append(f"{r['id']} expected {','.join(labels) or '-'} got {','.join(themes) or '-'}: {r['text']}")
    print(f"== {title}: {len(rows)} statements, {right_all} right ({100.0 * right_all / len(rows):.1f}%), "
          f"{exact} exact ({100.0 * exact / len(rows):.1f}%), both themes of two-theme statements {two_found}/{two}")
    print("theme  right/n   accuracy")
    for key in sorted(per, key=lambda k: (k == "-", k)):
        ok, n = per[key]
        print(f"{key:5s}  {ok:3d}/{n:<3d}  {100.0 * ok / n:6.1f}%")
    if show_misses:
        for m in misses:
            print("  " + m)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    catalog = None
    if "--catalog" in sys.argv:
        catalog = sys.argv[sys.argv.index("--catalog") + 1]
        args.remove(catalog)
    cli = args[0]
    show = "--misses" in sys.argv
    sets = (("statements", "statements.tsv"), ("held-out", "heldout.tsv"), ("blind", "blind.tsv"), ("blind 2", "blind2.tsv"), ("blind 3", "blind3.tsv"))
    if "--only" in sys.argv:
        only = sys.argv[sys.argv.index("--only") + 1]
        args.remove(only)
        sets = [s for s in sets if s[0] == only]
    for title, name in sets:
        rows = labelled(name)
        report(title, rows, classify(cli, catalog, name), show)


if __name__ == "__main__":
    main()
