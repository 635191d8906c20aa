//! The pre-flight of an encrypted create: what it refuses that Manila accepts, and `--no-preflight` showing Manila's own answer.

use super::*;

#[test]
#[ignore = "needs the reference cloud with Manila: bash tests/refcloud/up.sh --with-manila"]
fn preflight_refuses_what_manila_accepts_and_no_preflight_shows_manila() {
    preflight_checks(&mut Fixture::new());
}

/// The same checks on the embedded local cloud, in plain `cargo test`.
#[test]
fn preflight_refuses_what_manila_accepts_and_no_preflight_shows_manila_on_the_local_cloud() {
    preflight_checks(&mut Fixture::local());
}

pub(super) fn preflight_checks(f: &mut Fixture) {
    let enc = f.share_type("DUMMY2", Some("share_server"));
    let plain = f.share_type("DUMMY2", None);
    let net = f.network();
    let key = f.key();
    let create = |ty: &str, key: &str, extra: &[&str]| {
        let mut v: Vec<String> = [
            "share",
            "create",
            "NFS",
            "1",
            "--share-type",
            ty,
            "--share-network",
            &net,
            "--encryption-key-ref",
            key,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let run = |env: &mut Env, args: Vec<String>| {
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        env.run(&refs)
    };

    // A good plan: --dry-run prints every check, creates nothing.
    let dry = run(
        &mut f.demo,
        create(&enc, &key, &["--dry-run", "-f", "json"]),
    )
    .ok()
    .json();
    let names: Vec<&str> = dry
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["Check"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"secret readable") && names.contains(&"encryption_keys quota"),
        "{names:?}"
    );
    assert!(
        dry.as_array().unwrap().iter().all(|c| c["Result"] == "ok"),
        "{dry}"
    );

    // Not a UUID: sharekeep looks it up as a name; Manila says 400.
    let r = run(&mut f.demo, create(&enc, "not-a-uuid", &[])).expect_code(6);
    assert!(
        r.stderr.contains("no secret named `not-a-uuid`"),
        "{}",
        r.stderr
    );
    let r = run(&mut f.demo, create(&enc, "not-a-uuid", &["--no-preflight"])).expect_code(7);
    assert!(
        r.stderr.contains("Manila answered 400")
            && r.stderr.contains("Encryption key ref is not valid UUID"),
        "{}",
        r.stderr
    );

    // A secret that does not exist: refused up front; Manila accepts it and the share fails later.
    let missing = "00000000-1111-2222-3333-444444444444";
    let r = run(&mut f.demo, create(&enc, missing, &[])).expect_code(6);
    assert!(
        r.stderr.contains("secret readable: no such secret"),
        "{}",
        r.stderr
    );
    let r = run(
        &mut f.demo,
        create(
            &enc,
            missing,
            &["--no-preflight", "--wait", "--wait-timeout", "120"],
        ),
    )
    .expect_code(11);
    assert!(
        r.stderr.contains("ended in status `error`") && r.stderr.contains("Manila: "),
        "{}",
        r.stderr
    );
    f.shares.push(failed_share_id(&r.stderr));

    // Another project's secret.
    let mut alt = f.alt();
    let foreign = value(
        &mut alt,
        &[
            "secret",
            "store",
            "--name",
            &unique("sk-alt"),
            "--payload",
            "x",
        ],
        "Secret href",
    );
    let r = run(&mut f.demo, create(&enc, &foreign, &[])).expect_code(5);
    assert!(r.stderr.contains("you may not read it"), "{}", r.stderr);
    alt.run(&["secret", "delete", &foreign]).ok();

    // A type without encryption_support.
    let r = run(&mut f.demo, create(&plain, &key, &[])).expect_code(7);
    assert!(
        r.stderr.contains("encryption_support=(not set)"),
        "{}",
        r.stderr
    );
    let r = run(&mut f.demo, create(&plain, &key, &["--no-preflight"])).expect_code(7);
    assert!(
        r.stderr.contains("Manila answered 400") && r.stderr.contains("encryption_support"),
        "{}",
        r.stderr
    );

    // The encryption_keys quota.
    let project = value(&mut f.demo, &["token", "issue"], "project_id");
    let detail = f
        .demo
        .run(&["share", "quota", "show", &project, "--detail", "-f", "json"])
        .ok()
        .json();
    let in_use: i64 = detail["encryption_keys"]
        .as_str()
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("in_use = "))
        .unwrap()
        .parse()
        .unwrap();
    f.admin
        .run(&[
            "share",
            "quota",
            "set",
            &project,
            "--encryption-keys",
            &in_use.to_string(),
        ])
        .ok();
    let fresh = f.key();
    let r = run(&mut f.demo, create(&enc, &fresh, &[])).expect_code(7);
    assert!(r.stderr.contains("encryption_keys quota"), "{}", r.stderr);
    let r = run(&mut f.demo, create(&enc, &fresh, &["--no-preflight"])).expect_code(7);
    assert!(
        r.stderr.contains("Manila answered 413")
            && r.stderr.contains("EncryptionKeysLimitExceeded"),
        "{}",
        r.stderr
    );
    f.admin
        .run(&[
            "share",
            "quota",
            "set",
            &project,
            "--encryption-keys",
            "100",
        ])
        .ok();

    // Microversions: the key ref is never sent below 2.90.
    let r = run(&mut f.demo, {
        let mut a = vec!["--os-share-api-version".to_string(), "2.89".to_string()];
        a.extend(create(&enc, &key, &[]));
        a
    })
    .expect_code(2);
    assert!(
        r.stderr
            .contains("needs share API version 2.90, but this session uses 2.89"),
        "{}",
        r.stderr
    );
    let r = f
        .demo
        .run(&["--os-share-api-version", "3.0", "share", "list"])
        .expect_code(3);
    assert!(
        r.stderr.contains("which supports 2.0 to 2.99"),
        "{}",
        r.stderr
    );
}
