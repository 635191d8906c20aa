"""Seed a running `sharekeep local serve` with one of each resource and write
the schemathesis config that feeds their IDs to the path parameters.

Usage: fixtures.py URL ADMIN_TOKEN DEMO_TOKEN WORKDIR

Writes WORKDIR/schemathesis.toml and WORKDIR/dict/*.dict (libFuzzer format),
and prints one line per fixture made. Standard library only (runs in the
schemathesis venv or any Python 3.9+).
"""

import json
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

MANILA = {"X-OpenStack-Manila-API-Version": "2.90"}


class Api:
    def __init__(self, base: str, token: str):
        self.base = base.rstrip("/")
        self.token = token

    def call(self, method, path, body=None, expect=(200, 201, 202, 204)):
        headers = {"X-Auth-Token": self.token, **MANILA}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                status, raw = resp.status, resp.read()
        except urllib.error.HTTPError as e:
            status, raw = e.code, e.read()
        if status not in expect:
            raise SystemExit(f"fixture {method} {path}: HTTP {status}: {raw[:300]!r}")
        return json.loads(raw) if raw else None

    def wait_share(self, share_id, want=("available", "error"), timeout=60):
        end = time.time() + timeout
        while True:
            s = self.call("GET", f"/share/v2/shares/{share_id}")["share"]
            if s["status"] in want or time.time() > end:
                return s
            time.sleep(0.3)

    def wait_snapshot(self, snap_id, timeout=60):
        end = time.time() + timeout
        while True:
            s = self.call("GET", f"/share/v2/snapshots/{snap_id}")["snapshot"]
            if s["status"] in ("available", "error") or time.time() > end:
                return s
            time.sleep(0.3)


def seed(api: Api, tag: str) -> dict:
    """One of each resource in the token's project; returns name -> [ids]."""
    ids: dict = {k: [] for k in (
        "share", "snapshot", "share_network", "subnet", "security_service",
        "secret", "order", "container", "access", "export_location", "message",
        "share_server", "type", "metadata_key")}

    def add(kind, value):
        if value and value not in ids[kind]:
            ids[kind].append(value)
        print(f"fixture {tag} {kind} {value}")

    net = api.call("GET", "/share/v2/share-networks/detail")["share_networks"][0]
    add("share_network", net["id"])
    for sub in net.get("share_network_subnets", []):
        add("subnet", sub["id"])

    share = api.call("POST", "/share/v2/shares", {"share": {
        "share_proto": "NFS", "size": 1, "name": f"st-{tag}",
        "metadata": {"fixture": tag}}})["share"]
    share = api.wait_share(share["id"])
    add("share", share["id"])
    add("metadata_key", "fixture")
    for el in api.call("GET", f"/share/v2/shares/{share['id']}/export_locations")["export_locations"]:
        add("export_location", el["id"])
    rule = api.call("POST", f"/share/v2/shares/{share['id']}/action",
                    {"allow_access": {"access_type": "ip", "access_to": "10.0.0.0/24"}})["access"]
    add("access", rule["id"])
    snap = api.call("POST", "/share/v2/snapshots", {"snapshot": {
        "share_id": share["id"], "name": f"st-{tag}", "metadata": {"fixture": tag}}})["snapshot"]
    api.wait_snapshot(snap["id"])
    add("snapshot", snap["id"])
    # A second share that nothing depends on (deletable), and one on a
    # share server (dhss_true on the project's network).
    spare = api.call("POST", "/share/v2/shares", {"share": {"share_proto": "NFS", "size": 1}})["share"]
    add("share", api.wait_share(spare["id"])["id"])
    served = api.call("POST", "/share/v2/shares", {"share": {
        "share_proto": "NFS", "size": 1, "share_type": "dhss_true",
        "share_network_id": net["id"]}})["share"]
    add("share", served["id"])
    # A share the back end refuses (a network on a dhss_false type) leaves a user message.
    api.call("POST", "/share/v2/shares", {"share": {
        "share_proto": "NFS", "size": 1, "share_type": "dhss_false",
        "share_network_id": net["id"]}})
    ss = api.call("POST", "/share/v2/security-services", {"security_service": {
        "type": "ldap", "name": f"st-{tag}", "server": "ldap.example.test",
        "dns_ip": "192.0.2.53", "user": "u", "password": "p"}})["security_service"]
    add("security_service", ss["id"])

    secret = api.call("POST", "/key-manager/v1/secrets", {
        "name": f"st-{tag}", "payload": "hello", "payload_content_type": "text/plain"})
    add("secret", secret["secret_ref"].rsplit("/", 1)[-1])
    empty = api.call("POST", "/key-manager/v1/secrets", {"name": f"st-{tag}-empty"})
    add("secret", empty["secret_ref"].rsplit("/", 1)[-1])
    order = api.call("POST", "/key-manager/v1/orders", {
        "type": "key", "meta": {"algorithm": "aes", "bit_length": 256, "name": f"st-{tag}"}})
    add("order", order["order_ref"].rsplit("/", 1)[-1])
    cont = api.call("POST", "/key-manager/v1/containers", {
        "name": f"st-{tag}", "type": "generic",
        "secret_refs": [{"name": "s", "secret_ref": secret["secret_ref"]}]})
    add("container", cont["container_ref"].rsplit("/", 1)[-1])
    return ids


def main():
    base, admin_token, demo_token, work = sys.argv[1:5]
    work = Path(work).resolve()
    admin, demo = Api(base, admin_token), Api(base, demo_token)
    ids = seed(admin, "admin")
    for k, v in seed(demo, "demo").items():
        ids[k].extend(x for x in v if x not in ids[k])

    # Admin-only resources.
    st = admin.call("POST", "/share/v2/types", {"share_type": {
        "name": f"st-fixture-{time.time_ns() % 10**9}", "extra_specs": {"driver_handles_share_servers": "false"},
        "share_type_access:is_public": False}})["share_type"]
    print(f"fixture admin type {st['id']}")
    ids["type"] = [st["id"], "default", "dhss_false"] + [
        t["id"] for t in admin.call("GET", "/share/v2/types")["share_types"]]
    ids["share_server"] = [s["id"] for s in admin.call("GET", "/share/v2/share-servers")["share_servers"]]
    ids["message"] = [m["id"] for m in admin.call("GET", "/share/v2/messages")["messages"]]
    projects = admin.call("GET", "/identity/v3/projects")["projects"]
    ids["project"] = [p["id"] for p in projects if p["name"] in ("demo", "alt")]
    ids["user"] = [u["id"] for u in admin.call("GET", "/identity/v3/users")["users"]]
    ids["spec_key"] = ["snapshot_support", "driver_handles_share_servers", "st_key"]

    ddir = work / "dict"
    ddir.mkdir(parents=True, exist_ok=True)
    for name, values in ids.items():
        values = [v for v in dict.fromkeys(values) if v]
        if not values:
            values = ["00000000-0000-0000-0000-000000000000"]
        (ddir / f"{name}.dict").write_text("".join(json.dumps(v) + "\n" for v in values))

    # Path (and a few query/body) parameters get a real ID most of the time,
    # a generated value otherwise.
    p = 0.7
    bind = {
        "path.share_id": "share", "path.snapshot_id": "snapshot",
        "path.share_network_id": "share_network", "path.subnet_id": "subnet",
        "path.security_service_id": "security_service", "path.secret_id": "secret",
        "path.order_id": "order", "path.container_id": "container",
        "path.access_id": "access", "path.export_location_id": "export_location",
        "path.message_id": "message", "path.share_server_id": "share_server",
        "path.type_id": "type", "path.project_id": "project", "path.user_id": "user",
        "query.share_id": "share", "query.resource_id": "share",
        "body.snapshot.share_id": "share", "body.share.snapshot_id": "snapshot",
        "body.share.share_network_id": "share_network", "body.share.share_type": "type",
        "body.deny_access.access_id": "access",
        "body.add_security_service.security_service_id": "security_service",
        "body.remove_security_service.security_service_id": "security_service",
        "body.addProjectAccess.project": "project",
        "body.removeProjectAccess.project": "project",
    }
    # Integer edges (fuzzing dictionaries): offsets and limits are read as
    # usize, sizes and quotas as i64.
    (ddir / "int_edges.dict").write_text("".join(json.dumps(v) + "\n" for v in (
        "0", "1", "-1", "4294967296", "9223372036854775807", "9223372036854775808",
        "18446744073709551600", "18446744073709551615")))
    edges = {
        "query.offset": "int_edges", "query.limit": "int_edges",
        "body.share.size": "i64_edges", "body.extend.new_size": "i64_edges",
        "body.shrink.new_size": "i64_edges", "body.meta.bit_length": "i64_edges",
        "body.bit_length": "i64_edges",
    }
    for r in ("shares", "gigabytes", "snapshots", "snapshot_gigabytes", "per_share_gigabytes"):
        edges[f"body.quota_set.{r}"] = "i64_edges"
    lines = ["# Written by fixtures.py for one run.", "[dictionaries]"]
    for name in list(ids) + ["int_edges"]:
        lines.append(f'{name} = {{ from-file = "{ddir / (name + ".dict")}" }}')
    lines.append("i64_edges = { values = [-1, 1001, 2147483648, "
                 "9223372036854775806, 9223372036854775807] }")
    lines += ["", "[parameters]"]
    for key, name in bind.items():
        lines.append(f'"{key}" = {{ dictionary = "{name}", probability = {p} }}')
    for key, name in edges.items():
        lines.append(f'"{key}" = {{ dictionary = "{name}", probability = 0.3 }}')
    # Keys are both metadata keys and extra-spec keys: bind per operation.
    lines += [
        "",
        "[[operations]]",
        'include-path-regex = "/metadata/"',
        'parameters = { "path.key" = { dictionary = "metadata_key", probability = 0.7 } }',
        "",
        "[[operations]]",
        'include-path-regex = "/extra_specs/"',
        'parameters = { "path.key" = { dictionary = "spec_key", probability = 0.7 } }',
    ]
    (work / "schemathesis.toml").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
