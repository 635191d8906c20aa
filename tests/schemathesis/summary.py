"""Summarise one run.sh run: schemathesis' JSON reports and the serve log.

Usage: summary.py WORKDIR FIRST_LOG_LINE

Reads WORKDIR/report-*/json-*.json (one per pass) and WORKDIR/serve.log (the
server's stderr: one access line per answered request, plus any panic
message), counting only log lines from FIRST_LOG_LINE on (the fixtures come
before). Writes WORKDIR/access.log and WORKDIR/server-errors.txt, prints the
summary and exits 1 when a server error or a crash was seen.
"""

import glob
import json
import re
import sys
from pathlib import Path

ACCESS = re.compile(r'^\S+ \S+ "(?P<method>[A-Z]+) (?P<path>\S*)" (?P<status>\d{3}) ')


def main():
    work = Path(sys.argv[1])
    first = int(sys.argv[2])
    lines = (work / "serve.log").read_text(errors="replace").splitlines()[first - 1:]
    access = [m for m in (ACCESS.match(l) for l in lines) if m]
    (work / "access.log").write_text("".join(m.group(0) + "\n" for m in access))
    fivexx = [m for m in access if m.group("status").startswith("5")]
    panics = [l for l in lines if " panicked at " in l]

    ops = tested = cases = 0
    passes = []
    st_5xx = st_errors = other_failures = 0
    for path in sorted(glob.glob(str(work / "report-*" / "json-*.json"))):
        d = json.loads(Path(path).read_text())
        name = Path(path).parent.name.removeprefix("report-")
        ops = max(ops, d["operations"]["total"])
        tested += d["operations"]["tested"]
        cases += d["test_cases"]["generated"]
        n5 = sum(f["count"] for f in d["failures"] if f.get("code") in ("ST101", "ST102"))
        nother = sum(f["count"] for f in d["failures"]) - n5
        st_5xx += n5
        other_failures += nother
        st_errors += len(d["errors"])
        passes.append(f"{name}: {d['operations']['tested']}/{d['operations']['total']} ops, "
                      f"{d['test_cases']['generated']} cases, {n5} server-error failures, "
                      f"{nother} other failures, {len(d['errors'])} errors, {d['running_time']:.0f}s")

    with open(work / "server-errors.txt", "w") as out:
        for m in fivexx:
            out.write(m.group(0) + "\n")
        for p in panics:
            out.write(p + "\n")
    by_route: dict = {}
    for m in fivexx:
        k = f"{m.group('status')} {m.group('method')} {m.group('path')}"
        by_route[k] = by_route.get(k, 0) + 1
    for p in panics:
        k = "panic " + p.split(" panicked at ", 1)[1]
        by_route[k] = by_route.get(k, 0) + 1

    for p in passes:
        print(f"  pass {p}")
    for k, n in sorted(by_route.items()):
        print(f"  server error x{n}: {k}")
    server_errors = len(fivexx) + len(panics)
    print(f"SUMMARY operations={ops} requests={len(access) + len(panics)} test_cases={cases} "
          f"server_errors={server_errors} (access-log 5xx={len(fivexx)}, panics/no-response={len(panics)}, "
          f"schemathesis not_a_server_error={st_5xx}, schemathesis errors={st_errors}) "
          f"other_check_failures={other_failures}")
    sys.exit(1 if server_errors or st_5xx else 0)


if __name__ == "__main__":
    main()
