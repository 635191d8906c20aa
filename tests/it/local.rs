//! The embedded local cloud (`--os-cloud local*`) end to end, through the
//! built binary: no services, no network; each test has its own state
//! directory. The encryption flow's assertions are those of `tests/it/manila.rs`
//! (the reference cloud) where upstream and local agree; where local
//! deliberately differs, the test says so (see docs/fidelity.md).

use crate::common::local::{Local, s};
use serde_json::Value;

mod state_dir;

fn fingerprint(key: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let hex: String = Sha256::digest(key)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{}", &hex[..16])
}

#[test]
fn encrypted_shares_and_share_server_matching_by_key() {
    let mut l = Local::new();
    let k1 = l.store_key("local-demo", "k1", &[1u8; 32]);
    let k2 = l.store_key("local-demo", "k2", &[2u8; 32]);

    let a = l.encrypted_share("local-demo", &k1);
    assert_eq!(s(&a, "status"), "available");
    assert_eq!(s(&a, "encryption_key_ref"), k1);
    // Same key, same network and back end: the server is reused.
    let b = l.encrypted_share("local-demo", &k1);
    // Another key: a new server (upstream's stock driver would reuse the first).
    let c = l.encrypted_share("local-demo", &k2);

    let server_of = |l: &mut Local, share: &Value| {
        let v = l.json("local", &["share", "show", s(share, "id")]);
        s(&v, "share_server_id").to_string()
    };
    let (sa, sb, sc) = (
        server_of(&mut l, &a),
        server_of(&mut l, &b),
        server_of(&mut l, &c),
    );
    assert_eq!(sa, sb, "same key: one server");
    assert_ne!(sa, sc, "another key: another server");

    let server = l.json("local", &["share", "server", "show", &sa]);
    assert_eq!(s(&server, "encryption_key_ref"), k1);
    assert_eq!(s(&server, "status"), "active");
    // The driver fetched the key itself, with its application credential:
    // it keeps the key's fingerprint, which matches the key stored.
    assert_eq!(
        s(&server, "details:key_fingerprint"),
        fingerprint(&[1u8; 32])
    );
    let other = l.json("local", &["share", "server", "show", &sc]);
    assert_eq!(
        s(&other, "details:key_fingerprint"),
        fingerprint(&[2u8; 32])
    );

    // Only the admin sees servers; the key filter finds them.
    let by_key = l.json(
        "local",
        &["share", "server", "list", "--encryption-key-ref", &k2],
    );
    assert_eq!(by_key.as_array().unwrap().len(), 1);
    l.on("local-demo", &["share", "server", "list"])
        .expect_code(5);

    // Manila replaced the key's read ACL: the share service's user only.
    let acl = l.json("local-demo", &["acl", "get", &k1]);
    let read = acl
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["Operation Type"] == "read")
        .unwrap()
        .clone();
    assert_eq!(read["Project Access"], Value::Bool(false), "{acl}");
    assert_eq!(read["Users"].as_array().map(Vec::len), Some(1), "{acl}");
}

#[test]
fn share_level_keys_belong_to_the_share_and_may_share_a_server() {
    let mut l = Local::new();
    l.on(
        "local",
        &[
            "share",
            "type",
            "create",
            "per-share",
            "true",
            "--extra-specs",
            "encryption_support=share",
            "--public",
            "true",
        ],
    )
    .ok();
    let k1 = l.store_key("local-demo", "k1", &[3u8; 32]);
    let k2 = l.store_key("local-demo", "k2", &[4u8; 32]);
    let mut ids = Vec::new();
    for k in [&k1, &k2] {
        let v = l.json(
            "local-demo",
            &[
                "share",
                "create",
                "NFS",
                "1",
                "--share-type",
                "per-share",
                "--share-network",
                "local-net",
                "--encryption-key-ref",
                k,
                "--wait",
            ],
        );
        assert_eq!(s(&v, "status"), "available");
        ids.push(s(&v, "id").to_string());
    }
    let servers: Vec<String> = ids
        .iter()
        .map(|id| s(&l.json("local", &["share", "show", id]), "share_server_id").to_string())
        .collect();
    assert_eq!(
        servers[0], servers[1],
        "share-level keys: one server for both"
    );
    let server = l.json("local", &["share", "server", "show", &servers[0]]);
    assert_eq!(
        server["encryption_key_ref"].as_str(),
        Some(k1.as_str()),
        "as Manila, the server shows the key of the share that made it"
    );
    // The back end keeps one key (its fingerprint) per share.
    let keys = &server["details:share_keys"];
    assert_eq!(keys[&ids[0]], fingerprint(&[3u8; 32]), "{server}");
    assert_eq!(keys[&ids[1]], fingerprint(&[4u8; 32]), "{server}");
}

#[test]
fn an_unencrypted_share_never_lands_on_an_encrypted_server() {
    let mut l = Local::new();
    let k = l.store_key("local-demo", "k", &[5u8; 32]);
    let enc = l.encrypted_share("local-demo", &k);
    let plain = l.json(
        "local-demo",
        &[
            "share",
            "create",
            "NFS",
            "1",
            "--share-type",
            "dhss_true",
            "--share-network",
            "local-net",
            "--wait",
        ],
    );
    let server_of = |l: &mut Local, id: &str| {
        s(&l.json("local", &["share", "show", id]), "share_server_id").to_string()
    };
    let (se, sp) = (
        server_of(&mut l, s(&enc, "id")),
        server_of(&mut l, s(&plain, "id")),
    );
    assert_ne!(se, sp);
    let server = l.json("local", &["share", "server", "show", &sp]);
    assert_eq!(server["encryption_key_ref"], Value::Null);
}

#[test]
fn failures_end_in_error_with_manilas_user_message() {
    let mut l = Local::new();
    // A key ref naming no secret: accepted (as Manila 23 does), then `error`.
    let missing = "0f1c9a1e-6b43-4a4e-9d1b-2b6e4d3f5a77";
    let run = l
        .create_encrypted("local-demo", missing, &["--no-preflight", "--wait"])
        .expect_code(11);
    assert!(run.stderr.contains("create: Could not find an existing share server or allocate one on the share network provided."), "{}", run.stderr);
    // sharekeep's pre-flight refuses it before sending.
    l.create_encrypted("local-demo", missing, &[])
        .expect_code(6);
    // No back end with the asked-for name: the scheduler's message.
    l.on(
        "local",
        &[
            "share",
            "type",
            "create",
            "nowhere",
            "false",
            "--extra-specs",
            "share_backend_name=NOPE",
        ],
    )
    .ok();
    let run = l
        .on(
            "local-demo",
            &[
                "share",
                "create",
                "NFS",
                "1",
                "--share-type",
                "nowhere",
                "--wait",
            ],
        )
        .expect_code(11);
    assert!(
        run.stderr.contains("allocate host: No storage could be allocated for this share request, Capabilities filter didn't succeed."),
        "{}",
        run.stderr
    );
    let messages = l.json("local-demo", &["share", "message", "list"]);
    let details: Vec<&str> = messages
        .as_array()
        .unwrap()
        .iter()
        .map(|m| s(m, "Detail ID"))
        .collect();
    assert!(
        details.contains(&"004") && details.contains(&"008"),
        "{messages}"
    );
    // The failed shares hold no key: the key quota is back to zero.
    let demo = l.value("local-demo", &["token", "issue", "-c", "project_id"]);
    let q = l.json("local", &["share", "quota", "show", &demo, "--detail"]);
    // As the `openstack` client prints it: `in_use = N\nlimit = N\nreserved = N`.
    assert!(s(&q, "encryption_keys").starts_with("in_use = 0\n"), "{q}");
    assert!(
        s(&q, "shares").starts_with("in_use = 2\n"),
        "the failed shares still count as shares: {q}"
    );
}

#[test]
fn the_encryption_keys_quota_refuses_one_key_too_many() {
    let mut l = Local::new();
    let demo = l.value("local-demo", &["token", "issue", "-c", "project_id"]);
    l.on(
        "local",
        &["share", "quota", "set", "--encryption-keys", "1", &demo],
    )
    .ok();
    let k1 = l.store_key("local-demo", "k1", &[6u8; 32]);
    let k2 = l.store_key("local-demo", "k2", &[7u8; 32]);
    l.encrypted_share("local-demo", &k1);
    // The same key again costs nothing.
    l.encrypted_share("local-demo", &k1);
    let run = l
        .create_encrypted("local-demo", &k2, &["--no-preflight"])
        .expect_code(7);
    assert!(
        run.stderr.contains(
            "EncryptionKeysLimitExceeded: Maximum number of allowed encryption keys is exceeded."
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn policy_and_project_isolation() {
    let mut l = Local::new();
    let k = l.store_key("local-demo", "k", &[8u8; 32]);
    let share = l.encrypted_share("local-demo", &k);
    let id = s(&share, "id");
    // A reader sees the project's shares but cannot create one.
    l.on("local-reader", &["share", "show", id]).ok();
    let run = l
        .on("local-reader", &["share", "create", "NFS", "1"])
        .expect_code(5);
    assert!(
        run.stderr.contains("Access was denied to this resource."),
        "{}",
        run.stderr
    );
    // Another project sees neither the share nor the secret.
    l.on("local-alt", &["share", "show", id]).expect_code(6);
    l.on("local-alt", &["secret", "get", &k]).expect_code(5);
    assert_eq!(l.value("local-alt", &["share", "list"]), "");
    // Share types, quotas and pools are the administrator's.
    l.on("local-demo", &["share", "type", "create", "mine", "false"])
        .expect_code(5);
    l.on("local-demo", &["share", "pool", "list"])
        .expect_code(5);
    let pools = l.json("local", &["share", "pool", "list"]);
    assert_eq!(pools.as_array().unwrap().len(), 2, "{pools}");
}

#[test]
fn microversions_gate_fields_and_out_of_range_is_406() {
    let mut l = Local::new();
    let k = l.store_key("local-demo", "k", &[9u8; 32]);
    let share = l.encrypted_share("local-demo", &k);
    let id = s(&share, "id");
    let old = l.json(
        "local-demo",
        &["--os-share-api-version", "2.89", "share", "show", id],
    );
    assert!(old.get("encryption_key_ref").is_none(), "{old}");
    let new = l.json(
        "local-demo",
        &["--os-share-api-version", "2.90", "share", "show", id],
    );
    assert_eq!(s(&new, "encryption_key_ref"), k);
    let run = l
        .on(
            "local-demo",
            &["--os-share-api-version", "2.98", "share", "show", id],
        )
        .ok();
    assert!(run.stdout.contains("encryption_key_ref"));
}

#[test]
fn private_share_types_are_found_by_name_as_manilaclient_finds_them() {
    let mut l = Local::new();
    let demo = l.value("local-demo", &["token", "issue", "-c", "project_id"]);
    l.on(
        "local",
        &[
            "share", "type", "create", "priv", "false", "--public", "false",
        ],
    )
    .ok();
    // Without `is_public=all` Manila lists only public types, even to an administrator.
    l.on(
        "local",
        &["share", "type", "set", "priv", "--extra-specs", "foo=bar"],
    )
    .ok();
    l.on("local", &["share", "type", "unset", "priv", "foo"])
        .ok();
    l.on("local", &["share", "type", "show", "priv"]).ok();
    l.on(
        "local-demo",
        &["share", "create", "NFS", "1", "--share-type", "priv"],
    )
    .expect_code(6);
    l.on(
        "local",
        &["share", "type", "access", "create", "priv", &demo],
    )
    .ok();
    let share = l.json(
        "local-demo",
        &[
            "share",
            "create",
            "NFS",
            "1",
            "--share-type",
            "priv",
            "--wait",
        ],
    );
    assert_eq!(s(&share, "share_type_name"), "priv");
    l.on(
        "local-demo",
        &["share", "delete", s(&share, "id"), "--wait"],
    )
    .ok();
    l.on("local", &["share", "type", "delete", "priv"]).ok();
}

#[test]
fn validate_key_ref_makes_the_api_refuse_a_missing_key_at_once() {
    let mut l = Local::new();
    let text = l.env.run(&["local", "config"]).ok().stdout;
    let spec = text.replace("validate_key_ref: false", "validate_key_ref: true");
    assert_ne!(spec, text);
    l.env.stdin(spec.as_bytes());
    l.env.run(&["local", "config", "--file", "-"]).ok();
    let missing = "0f1c9a1e-6b43-4a4e-9d1b-2b6e4d3f5a77";
    let run = l
        .create_encrypted("local-demo", missing, &["--no-preflight"])
        .expect_code(7);
    assert!(
        run.stderr
            .contains("does not name a secret of this project"),
        "{}",
        run.stderr
    );
    // Another project's key is refused the same way; the project's own is accepted.
    let alts = l.store_key("local-alt", "theirs", &[9u8; 32]);
    l.create_encrypted("local-demo", &alts, &["--no-preflight"])
        .expect_code(7);
    let mine = l.store_key("local-demo", "mine", &[10u8; 32]);
    let share = l.encrypted_share("local-demo", &mine);
    assert_eq!(s(&share, "status"), "available");
    assert_eq!(
        l.value("local-demo", &["share", "list", "-c", "ID"])
            .lines()
            .count(),
        1,
        "nothing made for the refused ones"
    );
}

#[test]
fn a_share_from_a_snapshot_goes_to_its_parents_server_without_its_key() {
    let mut l = Local::new();
    let k = l.store_key("local-demo", "k", &[11u8; 32]);
    let parent = l.encrypted_share("local-demo", &k);
    let pid = s(&parent, "id").to_string();
    l.on(
        "local-demo",
        &[
            "share", "snapshot", "create", &pid, "--name", "snap", "--wait",
        ],
    )
    .ok();
    let child = l.json(
        "local-demo",
        &[
            "share",
            "create",
            "NFS",
            "1",
            "--snapshot-id",
            "snap",
            "--share-network",
            "local-net",
            "--wait",
        ],
    );
    assert_eq!(
        s(&child, "share_type_name"),
        "encrypted",
        "the parent's type"
    );
    // As Manila 23 (tests/scenarios/snap-encrypted-share.yaml): the child
    // records no key of its own, and is placed on its parent's server.
    assert_eq!(child["encryption_key_ref"], Value::Null, "{child}");
    let server_of = |l: &mut Local, id: &str| {
        s(&l.json("local", &["share", "show", id]), "share_server_id").to_string()
    };
    assert_eq!(server_of(&mut l, s(&child, "id")), server_of(&mut l, &pid));
}
