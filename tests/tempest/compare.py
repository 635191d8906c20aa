#!/usr/bin/env python3
"""compare.py REFERENCE_RESULTS LOCAL_RESULTS [PINS] -> a Markdown table.

Both inputs are results.txt files of tests/tempest/run.sh ("pass|fail|skip
<TAB> test id [<TAB> reason]", '#' lines are comments). Prints, for docs/
fidelity.md: the totals of each column, the tests that pass on the reference
cloud and not on local serve (each with its pinned reason from PINS, a file of
"regex <TAB> reason" lines, or "not pinned"), then every test with both
columns. Exits 1 when a test that passes on the reference cloud fails on local
serve without a pin. Standard library only.
"""
import re
import sys


def read(path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        status, test = parts[0], parts[1]
        rows[test] = (status, parts[2] if len(parts) > 2 else "")
    return rows


def short(test):
    return test.replace("manila_tempest_tests.tests.api.", "")


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    ref, loc = read(sys.argv[1]), read(sys.argv[2])
    pins = []
    if len(sys.argv) > 3:
        for line in open(sys.argv[3], encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                pattern, reason = line.rstrip("\n").split("\t", 1)
                pins.append((re.compile(pattern), reason))

    def pinned(test):
        return next((r for p, r in pins if p.search(test)), None)

    def totals(rows):
        return {s: sum(1 for v in rows.values() if v[0] == s) for s in ("pass", "fail", "skip")}

    tr, tl = totals(ref), totals(loc)
    print(f"| | reference cloud | local serve |\n|---|---|---|")
    for s in ("pass", "fail", "skip"):
        print(f"| {s} | {tr[s]} | {tl[s]} |")
    tests = sorted(set(ref) | set(loc), key=short)
    lost = [t for t in tests if ref.get(t, ("",))[0] == "pass" and loc.get(t, ("missing",))[0] != "pass"]
    unpinned = [t for t in lost if pinned(t) is None]
    print(f"\nPassing on the reference cloud and not on local serve: {len(lost)} "
          f"({len(lost) - len(unpinned)} pinned, {len(unpinned)} not pinned).\n")
    if lost:
        print("| test | local serve | why |\n|---|---|---|")
        for t in lost:
            status, reason = loc.get(t, ("missing", ""))
            why = pinned(t) or f"not pinned: {reason[:160]}"
            print(f"| `{short(t)}` | {status} | {why.replace('|', '/')} |")
    print("\n<details><summary>Every test, both columns</summary>\n")
    print("| test | reference cloud | local serve |\n|---|---|---|")
    for t in tests:
        print(f"| `{short(t)}` | {ref.get(t, ('-',))[0]} | {loc.get(t, ('-',))[0]} |")
    print("\n</details>")
    sys.exit(1 if unpinned else 0)


if __name__ == "__main__":
    main()
