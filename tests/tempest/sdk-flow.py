"""openstacksdk's key_manager and shared_file_system proxies, used as a
sharekeep user's automation uses them, against one cloud: a key stored and
found by name, a share type, a network, an encrypted share made with the key
(a raw 2.90 request: the SDK's Share has no encryption_key_ref), waited for,
found by name, changed, resized (the SDK's own `resize_share` gets Manila's
404, see below), given an access rule and metadata, put in
the recycle bin and back, then everything deleted again.

    python sdk-flow.py CLOUDS_YAML ADMIN_CLOUD MEMBER_CLOUD

Run with the reference cloud's client venv (openstacksdk 4.22):
    /opt/refcloud/venv-client/bin/python tests/tempest/sdk-flow.py \\
        tests/refcloud/clouds.yaml admin demo
and against `sharekeep local serve` by tests/it/serve.rs. Each step prints a
line; the first failure ends the run with its error (exit 1); the last line
is "all N steps passed".
"""

import base64
import os
import sys
import uuid

import openstack

clouds, admin_cloud, member_cloud = sys.argv[1:4]
os.environ["OS_CLIENT_CONFIG_FILE"] = clouds
admin = openstack.connect(cloud=admin_cloud)
member = openstack.connect(cloud=member_cloud)
run = "sdk-" + uuid.uuid4().hex[:8]
steps = 0
cleanup = []


def step(what, call):
    global steps
    try:
        value = call()
    except Exception as e:  # every failure ends the run, named
        print(f"FAIL {what}: {type(e).__name__}: {e}", file=sys.stderr)
        for undo in reversed(cleanup):
            try:
                undo()
            except Exception:
                pass
        sys.exit(1)
    steps += 1
    print(f"ok {steps:2} {what}", file=sys.stderr)
    return value


def check(ok, what):
    if not ok:
        raise AssertionError(what)


kms = member.key_manager
sfs = member.shared_file_system

# ---- the key -------------------------------------------------------------
key = base64.b64encode(os.urandom(32)).decode()
secret = step("key_manager.create_secret (an AES-256 key)", lambda: kms.create_secret(
    name=f"{run}-key", payload=key, payload_content_type="application/octet-stream",
    payload_content_encoding="base64", algorithm="aes", bit_length=256, mode="cbc",
    secret_type="symmetric"))
cleanup.append(lambda: kms.delete_secret(secret))
secret_id = secret.secret_ref.rstrip("/").rsplit("/", 1)[-1]
found = step("key_manager.secrets(name=…)", lambda: list(kms.secrets(name=f"{run}-key")))
check([s.secret_ref for s in found] == [secret.secret_ref], f"one secret by name: {found}")
got = step("key_manager.get_secret", lambda: kms.get_secret(secret_id))
check(got.name == f"{run}-key" and got.bit_length == 256, f"the secret as stored: {got}")
step("key_manager.find_secret", lambda: check(
    kms.find_secret(secret_id) is not None, "found by ID"))

# ---- type and network (the type as an administrator) ----------------------
stype = step("shared_file_system.create_share_type (administrator)",
             lambda: admin.shared_file_system.create_share_type(
                 name=f"{run}-type", extra_specs={
                     "driver_handles_share_servers": "true",
                     "encryption_support": "share_server",
                     "snapshot_support": "true"}))
cleanup.append(lambda: admin.shared_file_system.delete_share_type(stype))
step("shared_file_system.share_types", lambda: check(
    f"{run}-type" in [t.name for t in admin.shared_file_system.share_types()], "listed"))
net = step("shared_file_system.create_share_network",
           lambda: sfs.create_share_network(name=f"{run}-net"))
cleanup.append(lambda: sfs.delete_share_network(net))

# ---- the encrypted share ---------------------------------------------------
made = step("POST /shares at 2.90 with encryption_key_ref", lambda: sfs.post(
    "/shares", microversion="2.90", json={"share": {
        "share_proto": "NFS", "size": 1, "name": f"{run}-share",
        "share_type": stype.id, "share_network_id": net.id,
        "encryption_key_ref": secret_id}}))
check(made.status_code == 200, f"the create answered {made.status_code}: {made.text}")
share_id = made.json()["share"]["id"]
cleanup.append(lambda: sfs.delete_share(share_id))
share = step("shared_file_system.wait_for_status available", lambda: sfs.wait_for_status(
    sfs.get_share(share_id), status="available", failures=["error"], interval=1, wait=120))
step("shared_file_system.find_share (by name)", lambda: check(
    sfs.find_share(f"{run}-share").id == share_id, "found by name"))
step("shared_file_system.shares(name=…)", lambda: check(
    [s.id for s in sfs.shares(name=f"{run}-share")] == [share_id], "listed by name"))
shown = step("GET /shares/{id} at 2.90", lambda: sfs.get(f"/shares/{share_id}", microversion="2.90"))
check(shown.json()["share"].get("encryption_key_ref") == secret_id,
      f"the key ref shown: {shown.text}")
step("shared_file_system.update_share (description)", lambda: sfs.update_share(
    share_id, display_description="set by sdk-flow"))
step("shared_file_system.set_share_metadata", lambda: sfs.set_share_metadata(
    share_id, purpose="sdk-flow"))
step("shared_file_system.fetch_share_metadata", lambda: check(
    sfs.fetch_share_metadata(share_id).metadata.get("purpose") == "sdk-flow", "kept"))
rule = step("shared_file_system.create_access_rule (ip)", lambda: sfs.create_access_rule(
    share_id, access_type="ip", access_to="10.0.0.0/24", access_level="rw"))
step("shared_file_system.access_rules", lambda: check(
    rule.id in [r.id for r in sfs.access_rules(share_id)], "listed"))
step("shared_file_system.export_locations", lambda: list(sfs.export_locations(share_id)))


def refused_below_2_7():
    # The SDK sends `extend` with no microversion (2.0, where Manila's
    # action is `os-extend`): Manila 23 answers 404, and so must the copy.
    try:
        sfs.resize_share(share_id, 2)
    except openstack.exceptions.NotFoundException:
        return
    raise AssertionError("resize_share at 2.0 was accepted")


step("shared_file_system.resize_share: 404, as Manila 23 answers it", refused_below_2_7)
step("POST /shares/{id}/action extend at 2.7 (to 2 GiB)", lambda: check(sfs.post(
    f"/shares/{share_id}/action", microversion="2.7",
    json={"extend": {"new_size": 2}}).status_code == 202, "accepted"))
step("… available again at 2 GiB", lambda: check(sfs.wait_for_status(
    sfs.get_share(share_id), status="available", failures=["error", "extending_error"],
    interval=1, wait=120).size == 2, "resized"))
step("shared_file_system.delete_access_rule", lambda: sfs.delete_access_rule(rule.id, share_id))
# The SDK's soft_delete_share and restore_share send no microversion either
# (404 on both clouds, as resize_share): the 2.69 actions by hand.
for action in ("soft_delete", "restore"):
    step(f"POST /shares/{{id}}/action {action} at 2.69", lambda: check(sfs.post(
        f"/shares/{share_id}/action", microversion="2.69",
        json={action: None}).status_code == 202, "accepted"))
step("shared_file_system.user_messages", lambda: list(sfs.user_messages()))
step("shared_file_system.limits", lambda: list(sfs.limits()))
step("shared_file_system.availability_zones", lambda: check(
    len(list(sfs.availability_zones())) > 0, "a zone"))
step("shared_file_system.storage_pools (administrator)", lambda: check(
    len(list(admin.shared_file_system.storage_pools())) > 0, "a pool"))
# get_quota_set sends no microversion either, and `quota-sets` is a URL of
# 2.7 and later (`os-quota-sets` before): 404 on both clouds, so by hand.
step("GET /quota-sets/{project} at 2.7", lambda: check(sfs.get(
    f"/quota-sets/{share.project_id}", microversion="2.7").json()["quota_set"]["shares"] != 0,
    "a quota set"))

# ---- and gone again --------------------------------------------------------
last = sfs.get_share(share_id)
step("shared_file_system.delete_share", lambda: sfs.delete_share(share_id))
step("shared_file_system.wait_for_delete", lambda: sfs.wait_for_delete(
    last, interval=1, wait=120))
step("shared_file_system.delete_share_network", lambda: sfs.delete_share_network(net))
step("shared_file_system.delete_share_type (administrator)",
     lambda: admin.shared_file_system.delete_share_type(stype))
step("key_manager.delete_secret", lambda: kms.delete_secret(secret))
print(f"all {steps} steps passed", file=sys.stderr)
