"""calls.py -- distinct API calls in a slice of gunicorn access logs.

Usage: python3 calls.py SERVICE=LOGFILE:FIRST:LAST [...]
  FIRST/LAST are 1-based line numbers (inclusive; LAST may be "$" for the end).
  Log format (tests/refcloud/up.sh): h [t] "METHOD PATH?QUERY HTTP/1.1" status bytes Nms "user agent"
Prints a markdown table per service and client kind:
  | method | path template | query keys | status | count |
IDs in paths become {id} (uuid/hex/numeric, or any segment right after a
collection name, except known sub-resource/action words); extra-spec and
metadata keys become {key}. Client kinds by user agent: tempest
(python-urllib3), osc (openstacksdk/keystoneauth, python-manilaclient),
manila service (manila-share ...), services (python-keystoneclient:
keystonemiddleware validating tokens, manila's application credentials),
other:UA. Clients whose UA contains one of the words in env CALLS_EXCLUDE
(comma separated, e.g. sharekeep) are only counted, not listed.
"""
import collections
import re
import sys
import urllib.parse

LINE = re.compile(r'^\S+ \[[^\]]+\] "(\S+) (\S+) [^"]*" (\d{3}) \S+ \S+ "(.*)"$')
UUID = re.compile(r'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$')
HEX = re.compile(r'^[0-9a-fA-F]{32}$')
NUM = re.compile(r'^\d+$')
COLLECTIONS = {
    # keystone
    "users", "projects", "domains", "roles", "groups", "services", "endpoints",
    "regions", "credentials", "role_inferences", "application_credentials",
    "access_rules", "limits", "registered_limits", "trusts",
    # barbican
    "secrets", "orders", "containers", "consumers", "secret-stores",
    # manila
    "shares", "types", "share-types", "share-networks", "share-servers",
    "share-network-subnets", "subnets", "messages", "snapshots",
    "share-instances", "share-replicas", "share-groups", "share-group-types",
    "security-services", "quota-sets", "quota-class-sets", "export_locations",
    "access-rules", "resource-locks", "share-transfers", "qos-types",
    "availability-zones", "services", "share-access-rules",
}
WORDS = {
    "detail", "action", "extra_specs", "metadata", "subnets", "export_locations",
    "share_type_access", "os-share-type-access", "pools", "defaults", "default",
    "acl", "acls", "payload", "consumers", "password", "roles", "users", "groups",
    "detail_summary", "instances", "access-rules", "share-networks", "tokens",
    "auth", "catalog", "system", "metadata_summary", "projects", "domains",
    "application_credentials", "role_inferences", "implies", "secrets",
}
KEYED = {"extra_specs", "metadata"}


def template(path):
    segs = path.split("/")
    out = []
    for i, s in enumerate(segs):
        prev = segs[i - 1] if i else ""
        if UUID.match(s) or HEX.match(s) or (NUM.match(s) and prev not in ("", "v1", "v2", "v3")):
            out.append("{id}")
        elif prev in KEYED and s:
            out.append("{key}")
        elif prev in COLLECTIONS and s and s not in WORDS:
            out.append("{id}")
        else:
            out.append(s)
    return "/".join(out)


def kind(ua):
    if ua.startswith("manila-"):
        return "manila service itself (%s, keystoneauth/castellan)" % ua.split(" ")[0]
    if ua.startswith("python-manilaclient"):
        return "osc"
    if ua.startswith("python-urllib3"):
        return "tempest"
    if "keystoneauth1" in ua or "openstacksdk" in ua or "python-openstackclient" in ua:
        return "osc"
    if ua.startswith("python-keystoneclient"):
        return "services (python-keystoneclient: keystonemiddleware, manila)"
    return "other:" + ua.split(" ")[0]


def main(args):
    for arg in args:
        svc, rest = arg.split("=", 1)
        fn, first, last = rest.rsplit(":", 2)
        first = int(first)
        counts = collections.OrderedDict()
        with open(fn, errors="replace") as f:
            for n, line in enumerate(f, 1):
                if n < first or (last != "$" and n > int(last)):
                    continue
                m = LINE.match(line.rstrip("\n"))
                if not m:
                    continue
                meth, target, status, ua = m.groups()
                u = urllib.parse.urlsplit(target)
                keys = ",".join(sorted(set(k for k, _ in urllib.parse.parse_qsl(u.query, keep_blank_values=True))))
                key = (kind(ua), template(u.path), meth, keys, status)
                counts[key] = counts.get(key, 0) + 1
        excl = [w for w in __import__("os").environ.get("CALLS_EXCLUDE", "").split(",") if w]
        for k in sorted(set(x[0] for x in counts)):
            if any(w in k for w in excl):
                print("\n(%s: %d requests from client %s not listed)" % (
                    svc, sum(counts[x] for x in counts if x[0] == k), k))
                continue
            rows = sorted((x for x in counts if x[0] == k), key=lambda x: (x[1], x[2], x[3], x[4]))
            print("\n### %s -- client: %s (%d requests, %d distinct)\n" % (
                svc, k, sum(counts[x] for x in rows), len(rows)))
            print("| method | path template | query keys | status | count |")
            print("|---|---|---|---|---|")
            for r in rows:
                print("| %s | `%s` | %s | %s | %d |" % (r[2], r[1], r[3] or "", r[4], counts[r]))


if __name__ == "__main__":
    main(sys.argv[1:])
