#!/usr/bin/env python3
"""Accuracy per follow-up status of PlanMatcher on the material of this folder:
    python3 tests/data/followups/accuracy.py build/buildroot/tests/core/audit/tst_planmatcher [--blind | --set NAME] [--misses] [--sweep]
(run inside the build shell). The test writes what it gave each plan
(DUIZHAO_FOLLOWUP_RESULTS); a plan is right when its status is the one it is
labelled with. --sweep shows how the accuracy moves with the two thresholds
of the audit rules (carriedScore, reportedShare), from the aims' scores the
test wrote: to see how sensitive they are, not to fit them to this set
(the matcher searches a clause's scores exactly only as far as the rules'
carriedScore needs: thresholds below it are shown too high).
--blind reads blind/ instead, --set NAME the subfolder NAME (blind2/): pairs
written by someone who saw only the format and what the statuses mean,
never the matcher or the other files."""
import collections
import os
import subprocess
import sys
import tempfile

STATUSES = ["reported", "partly", "not"]


def run(test, folder=""):
    with tempfile.NamedTemporaryFile(suffix=".tsv", delete=False) as f:
        path = f.name
    env = dict(os.environ, DUIZHAO_FOLLOWUP_RESULTS=path, QT_QPA_PLATFORM="offscreen", DUIZHAO_FOLLOWUP_SET=folder)
    subprocess.run([test, "accuracyPerStatus"], env=env, capture_output=True)
    rows = []
    for line in open(path, encoding="utf-8"):
        where, expected, got, plan, aims = (line.rstrip("\n").split("\t") + [""])[:5]
        parsed = []
        for a in aims.split():
            w, s, adm, head = a.split("|")
            parsed.append((float(w), float(s), float(adm), head == "1"))
        rows.append({"where": where, "expected": expected, "got": got, "plan": plan, "aims": parsed})
    os.unlink(path)
    return rows


def status(aims, carried_score, reported_share):
    total = carried = 0.0
    admitted = False
    for w, s, adm, head in aims:
        admitted = admitted or (adm >= carried_score and adm > s)
        ok = w > 0 and s >= carried_score and not (adm >= carried_score and adm > s)
        if ok:
            total += w
            carried += w
        elif w > 0 and not head:
            total += w
    coverage = carried / total if total > 0 else 0
    return "reported" if coverage >= reported_share and not admitted else "partly" if coverage > 0 else "not"


def table(rows, key):
    per = collections.defaultdict(lambda: [0, 0])
    confusion = collections.Counter()
    for r in rows:
        per[r["expected"]][1] += 1
        per[r["expected"]][0] += r[key] == r["expected"]
        confusion[(r["expected"], r[key])] += 1
    right = sum(ok for ok, n in per.values())
    return per, confusion, right


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = "blind" if "--blind" in sys.argv else ""
    if "--set" in sys.argv:
        folder = sys.argv[sys.argv.index("--set") + 1]
    rows = run(sys.argv[1], folder)
    per, confusion, right = table(rows, "got")
    print(f"== follow-ups{' (' + folder + ')' if folder else ''}: {len(rows)} plans, {right} right ({100.0 * right / len(rows):.1f}%)")
    print("status     right/n   accuracy")
    for s in STATUSES:
        ok, n = per[s]
        print(f"{s:9s}  {ok:3d}/{n:<3d}  {100.0 * ok / n if n else 0:6.1f}%")
    print("expected \\ given   " + "  ".join(f"{s:>8s}" for s in STATUSES))
    for e in STATUSES:
        print(f"{e:17s}  " + "  ".join(f"{confusion[(e, g)]:8d}" for g in STATUSES))
    if "--misses" in sys.argv:
        for r in rows:
            if r["got"] != r["expected"]:
                print(f"  {r['where']} expected {r['expected']} got {r['got']}: {r['plan']}  aims {r['aims']}")
    if "--sweep" in sys.argv:
        print("carriedScore reportedShare  right")
        for c in [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]:
            for share in [0.5, 0.6, 0.7, 0.8]:
                for r in rows:
                    r["swept"] = status(r["aims"], c, share)
                _, _, ok = table(rows, "swept")
                print(f"{c:12.2f} {share:13.2f}  {ok}/{len(rows)}")


if __name__ == "__main__":
    main()
