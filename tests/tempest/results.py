"""results.py SUBUNIT -> one line per test: "pass|fail|skip<TAB>test id<TAB>reason".

Run with the tempest venv's python (python-subunit, testtools). Test ids are
printed without their "[id-...,tags]" attribute suffix; class-level skips and
errors show up as "setUpClass (module.Class)". The reason is one line: the
skip reason, or for a failure the last non-empty line of the traceback.
"""
import re
import sys

import subunit
import testtools

STATUS = {"success": "pass", "xfail": "pass", "skip": "skip",
          "fail": "fail", "uxsuccess": "fail", "error": "fail"}


def one_line(details, keys):
    for k in keys:
        if k in details:
            text = details[k].as_text() if hasattr(details[k], "as_text") else str(details[k])
            lines = [x.strip() for x in text.splitlines() if x.strip()]
            if lines:
                return re.sub(r"\s+", " ", lines[-1])[:400]
    return ""


def main(path):
    rows = {}

    def on_test(t):
        st = STATUS.get(t["status"])
        if st is None:       # 'exists', 'inprogress'
            return
        tid = re.sub(r"\[[^\]]*\]$", "", t["id"])
        reason = ""
        if st == "skip":
            reason = one_line(t["details"], ["reason"])
        elif st == "fail":
            reason = one_line(t["details"], ["traceback", "reason"])
        rows[tid] = (st, reason)

    with open(path, "rb") as f:
        case = subunit.ByteStreamToStreamResult(f, non_subunit_name="stdout")
        result = testtools.StreamToDict(on_test)
        result.startTestRun()
        try:
            case.run(result)
        finally:
            result.stopTestRun()
    for tid in sorted(rows):
        st, reason = rows[tid]
        print("%s\t%s\t%s" % (st, tid, reason) if reason else "%s\t%s" % (st, tid))


if __name__ == "__main__":
    main(sys.argv[1])
