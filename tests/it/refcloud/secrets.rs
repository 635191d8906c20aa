//! Barbican on the reference cloud side by side with the `openstack` client: get, store, list, delete, binary keys, orders, ACLs, refusals, update and containers.

use super::*;

#[test]
#[ignore = "needs the reference cloud: bash tests/refcloud/up.sh"]
fn secret_get_prints_exactly_what_openstack_prints() {
    let mut env = on("demo");
    let href = store_text(&mut env, &unique("sk-fmt"), "hello");
    for format in [
        &["-f", "json"][..],
        &["-f", "value"],
        &["-f", "shell"],
        &["-f", "json", "--noindent"],
        &["-f", "yaml"],
        &[],
    ] {
        let mut args = vec!["secret", "get", href.as_str()];
        args.extend_from_slice(format);
        let theirs = openstack(&mut env, &args).ok();
        let ours = env.run(&args).ok();
        assert_eq!(ours.stdout, theirs.stdout, "secret get {format:?}");
    }
    // A list, byte for byte too (keys sorted in each item, times quoted).
    let list = ["secret", "list", "--limit", "5", "-f", "yaml"];
    assert_eq!(
        env.run(&list).ok().stdout,
        openstack(&mut env, &list).ok().stdout,
        "secret list -f yaml"
    );
    let theirs = openstack(
        &mut env,
        &["secret", "get", &href, "--payload", "-f", "json"],
    )
    .ok()
    .json();
    let ours = env
        .run(&["secret", "get", &href, "--payload", "-f", "json"])
        .ok()
        .json();
    assert_eq!(ours, theirs, "secret get --payload");
    env.run(&["secret", "delete", &href]).ok();
}

#[test]
#[ignore = "needs the reference cloud: bash tests/refcloud/up.sh"]
fn secret_store_list_delete_match_openstack() {
    let mut env = on("demo");
    let name = unique("sk-store");
    let store = [
        "secret",
        "store",
        "--name",
        &name,
        "--payload",
        "abc",
        "--payload-content-type",
        "text/plain",
        "--expiration",
        "2030-01-01T00:00:00",
        "-f",
        "json",
    ];
    let theirs = openstack(&mut env, &store).ok().json();
    let ours = env.run(&store).ok().json();
    assert_same_keys(&ours, &theirs, &["Secret href"], "secret store");

    // Without a content type both send base64 application/octet-stream.
    let plain = [
        "secret",
        "store",
        "--name",
        &name,
        "--payload",
        "xyz",
        "-f",
        "json",
    ];
    let theirs_plain = openstack(&mut env, &plain).ok().json();
    let ours_plain = env.run(&plain).ok().json();
    assert_same_keys(
        &ours_plain,
        &theirs_plain,
        &["Secret href"],
        "secret store without -t",
    );
    let ours_meta = env
        .run(&[
            "secret",
            "get",
            ours_plain["Secret href"].as_str().unwrap(),
            "-f",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(
        ours_meta["Content types"]["default"],
        "application/octet-stream"
    );

    let list = ["secret", "list", "--name", &name, "-f", "json"];
    let theirs_list = openstack(&mut env, &list).ok().json();
    let ours_list = env.run(&list).ok().json();
    assert_eq!(ours_list, theirs_list, "secret list --name");
    assert_eq!(ours_list.as_array().unwrap().len(), 4);
    let csv = [
        "secret",
        "list",
        "--name",
        &name,
        "-f",
        "csv",
        "--sort-column",
        "Created",
        "--sort-column",
        "Secret href",
    ];
    assert_eq!(
        env.run(&csv).ok().stdout,
        openstack(&mut env, &csv).ok().stdout,
        "csv, sorted"
    );
    let paged = env
        .run(&[
            "secret",
            "list",
            "--name",
            &name,
            "--limit",
            "2",
            "--offset",
            "1",
            "-f",
            "value",
            "-c",
            "Secret href",
        ])
        .ok();
    let all = env
        .run(&[
            "secret",
            "list",
            "--name",
            &name,
            "-f",
            "value",
            "-c",
            "Secret href",
        ])
        .ok();
    assert_eq!(
        paged.stdout.lines().collect::<Vec<_>>(),
        all.stdout.lines().skip(1).take(2).collect::<Vec<_>>(),
        "paging"
    );

    for entry in ours_list.as_array().unwrap() {
        env.run(&["secret", "delete", entry["Secret href"].as_str().unwrap()])
            .ok();
    }
    let href = theirs["Secret href"].as_str().unwrap();
    let run = env.run(&["secret", "get", href]).expect_code(6);
    assert!(
        run.stderr.contains("Barbican answered 404"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);
    env.run(&["secret", "delete", href]).expect_code(6);
}

#[test]
#[ignore = "needs the reference cloud: bash tests/refcloud/up.sh"]
fn binary_keys_round_trip_through_files_and_standard_input() {
    let mut env = on("demo");
    let key: Vec<u8> = (0u8..32)
        .map(|i| i.wrapping_mul(37).wrapping_add(0x80))
        .collect();
    let path = env.path("key.bin");
    std::fs::write(&path, &key).unwrap();
    let from_file = env
        .run(&[
            "secret",
            "store",
            "--name",
            &unique("sk-bin"),
            "--secret-type",
            "symmetric",
            "--file",
            path.to_str().unwrap(),
            "-f",
            "value",
            "-c",
            "Secret href",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    env.stdin(&key);
    let from_stdin = env
        .run(&[
            "secret",
            "store",
            "--name",
            &unique("sk-bin"),
            "--file",
            "-",
            "-f",
            "value",
            "-c",
            "Secret href",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    for href in [&from_file, &from_stdin] {
        let out = env.path(&format!("out-{}", href.rsplit('/').next().unwrap()));
        env.run(&["secret", "get", href, "--file", out.to_str().unwrap()])
            .ok();
        assert_eq!(
            std::fs::read(&out).unwrap(),
            key,
            "payload differs for {href}"
        );
        let again = env
            .run(&["secret", "get", href, "--file", out.to_str().unwrap()])
            .expect_code(2);
        assert!(again.stderr.contains("already exists"), "{}", again.stderr);
        let stdout = env.run(&["secret", "get", href, "--file", "-"]).ok();
        assert_eq!(stdout.raw_stdout, key);
        let text = env.run(&["secret", "get", href, "--payload"]);
        assert_ne!(text.code, 0, "a binary payload is not printed as text");
        assert!(text.stderr.contains("--file"), "{}", text.stderr);
        env.run(&["secret", "delete", href]).ok();
    }
}

#[test]
#[ignore = "needs the reference cloud: bash tests/refcloud/up.sh"]
fn orders_generate_keys_like_openstack() {
    let mut env = on("demo");
    let create = [
        "secret",
        "order",
        "create",
        "key",
        "--name",
        "sk-order",
        "--bit-length",
        "256",
        "-f",
        "json",
    ];
    let theirs = openstack(&mut env, &create).ok().json();
    let ours = env.run(&create).ok().json();
    assert_same_keys(&ours, &theirs, &["Order href"], "order create");
    let href = ours["Order href"].as_str().unwrap().to_string();
    let mut got = Value::Null;
    for _ in 0..30 {
        got = env
            .run(&["secret", "order", "get", &href, "-f", "json"])
            .ok()
            .json();
        if got["Status"] == "ACTIVE" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(500));
    }
    assert_eq!(got["Status"], "ACTIVE", "{got}");
    let theirs_get = openstack(&mut env, &["secret", "order", "get", &href, "-f", "json"])
        .ok()
        .json();
    assert_eq!(got, theirs_get, "order get");
    let secret = got["Secret href"].as_str().unwrap().to_string();
    let meta = env
        .run(&["secret", "get", &secret, "-f", "json"])
        .ok()
        .json();
    assert_eq!(
        (meta["Bit length"].as_u64(), meta["Secret type"].as_str()),
        (Some(256), Some("symmetric"))
    );
    let ours_list = env
        .run(&["secret", "order", "list", "--limit", "100", "-f", "json"])
        .ok()
        .json();
    let theirs_list = openstack(
        &mut env,
        &["secret", "order", "list", "--limit", "100", "-f", "json"],
    )
    .ok()
    .json();
    assert_eq!(ours_list, theirs_list, "order list");
    for h in [&href, theirs["Order href"].as_str().unwrap()] {
        env.run(&["secret", "order", "delete", h]).ok();
    }
    env.run(&["secret", "order", "get", &href]).expect_code(6);
    env.run(&["secret", "delete", &secret]).ok();
}

#[test]
#[ignore = "needs the reference cloud: bash tests/refcloud/up.sh"]
fn acls_share_a_secret_across_projects() {
    let mut demo = on("demo");
    let mut alt = on("alt");
    let href = store_text(&mut demo, &unique("sk-acl"), "shared");
    let alt_user = alt
        .run(&["token", "issue", "-f", "value", "-c", "user_id"])
        .ok()
        .stdout
        .trim()
        .to_string();

    let run = alt.run(&["secret", "get", &href]).expect_code(5);
    assert!(
        run.stderr.contains("another project"),
        "project isolation is explained: {}",
        run.stderr
    );

    let ours = demo.run(&["acl", "get", &href, "-f", "json"]).ok().json();
    let theirs = openstack(&mut demo, &["acl", "get", &href, "-f", "json"])
        .ok()
        .json();
    assert_eq!(ours, theirs, "acl get");

    let added = demo
        .run(&[
            "acl", "user", "add", "--user", &alt_user, &href, "-f", "json",
        ])
        .ok()
        .json();
    assert_eq!(added[0]["Users"], serde_json::json!([alt_user]));
    assert_eq!(added[0]["Project Access"], true, "project access is kept");
    alt.run(&["secret", "get", &href, "-f", "value", "-c", "Name"])
        .ok();
    let theirs = openstack(&mut demo, &["acl", "get", &href, "-f", "json"])
        .ok()
        .json();
    assert_eq!(
        added, theirs,
        "acl user add shows the ACL as openstack does"
    );

    let removed = demo
        .run(&[
            "acl",
            "user",
            "remove",
            "--user",
            &alt_user,
            "--no-project-access",
            &href,
            "-f",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(removed[0]["Users"], serde_json::json!([]));
    assert_eq!(removed[0]["Project Access"], false);
    alt.run(&["secret", "get", &href]).expect_code(5);

    let submitted = demo
        .run(&["acl", "submit", "--user", &alt_user, &href, "-f", "json"])
        .ok()
        .json();
    assert_eq!(
        submitted[0]["Project Access"], true,
        "submit without a flag restores Barbican's default"
    );
    demo.run(&["acl", "delete", &href]).ok();
    let reset = demo.run(&["acl", "get", &href, "-f", "json"]).ok().json();
    assert_eq!(reset[0]["Users"], serde_json::json!([]));
    demo.run(&["secret", "delete", &href]).ok();
}

#[test]
#[ignore = "needs the reference cloud: bash tests/refcloud/up.sh"]
fn refusals_are_clear_and_leak_nothing() {
    // A wrong password: exit 4, names the user, never shows the password.
    let mut env = Env::new();
    env.clouds("clouds:\n  demo:\n    auth:\n      auth_url: http://127.0.0.1:5000/v3\n      username: demo\n      password: not-the-demo-password\n      project_name: demo\n      user_domain_name: Default\n      project_domain_name: Default\n");
    let run = env
        .run(&["--os-cloud", "demo", "--debug", "secret", "list"])
        .expect_code(4);
    assert!(
        run.stderr
            .contains("refused the password of user `demo` (401)"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("not-the-demo-password"),
        "{}",
        run.stderr
    );

    // A reader may not store secrets.
    let run = on("demo-reader")
        .run(&["secret", "store", "--name", "x", "--payload", "x"])
        .expect_code(5);
    assert!(
        run.stderr.contains("Barbican answered 403"),
        "{}",
        run.stderr
    );

    // --debug shows requests and responses, but no token, password or payload.
    let mut demo = on("demo");
    let token = demo
        .run(&["token", "issue", "-f", "value", "-c", "id"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let mut fresh = on("demo");
    let run = fresh
        .run(&[
            "--debug",
            "secret",
            "store",
            "--name",
            &unique("sk-debug"),
            "--payload",
            "payload-must-not-show",
            "--payload-content-type",
            "text/plain",
            "-f",
            "value",
            "-c",
            "Secret href",
        ])
        .ok();
    let href = run.stdout.trim().to_string();
    assert!(
        run.stderr
            .contains("REQ: POST http://127.0.0.1:5000/v3/auth/tokens"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("RESP: 201"), "{}", run.stderr);
    for leaked in ["payload-must-not-show", "demo-secret"] {
        assert!(!run.stderr.contains(leaked), "--debug leaked {leaked}");
    }
    let run = demo
        .run(&["--debug", "secret", "get", &href, "--payload"])
        .ok();
    assert!(!run.stderr.contains(&token), "--debug leaked the token");
    assert!(run.stderr.contains("{SHA256}"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("payload-must-not-show"),
        "--debug leaked the payload"
    );
    demo.run(&["secret", "delete", &href]).ok();
}

/// `secret update` and `secret container create|get|list|delete`, with the
/// output of `openstack`.
#[test]
#[ignore = "needs the reference cloud: bash tests/refcloud/up.sh"]
fn secret_update_and_containers_like_openstack() {
    let mut env = on("demo");
    // A secret without a payload, then its payload by `secret update`.
    let name = unique("sk-empty");
    let href = env
        .run(&[
            "secret",
            "store",
            "--name",
            &name,
            "-f",
            "value",
            "-c",
            "Secret href",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    env.run(&["secret", "get", &href, "--payload"])
        .expect_code(6);
    env.run(&["secret", "update", &name, "late-payload"]).ok();
    let payload = env
        .run(&["secret", "get", &href, "--payload", "-f", "value"])
        .ok();
    assert_eq!(payload.stdout.trim(), "late-payload");
    let run = env
        .run(&["secret", "update", &href, "again"])
        .expect_code(7);
    assert!(run.stderr.contains("set once"), "{}", run.stderr);
    // A payload from a file, never on the command line.
    let file_secret = env
        .run(&[
            "secret",
            "store",
            "--name",
            &unique("sk-empty2"),
            "-f",
            "value",
            "-c",
            "Secret href",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    let key = env.path("key.bin");
    std::fs::write(&key, [0u8, 1, 2, 255]).unwrap();
    env.run(&[
        "secret",
        "update",
        &file_secret,
        "--file",
        key.to_str().unwrap(),
    ])
    .ok();
    let out = env.path("out.bin");
    env.run(&[
        "secret",
        "get",
        &file_secret,
        "--file",
        out.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(std::fs::read(&out).unwrap(), [0u8, 1, 2, 255]);

    // Containers: sharekeep's and openstack's of the same secrets print alike.
    let cname = unique("sk-box");
    let secret_arg = format!("Primary={href}");
    let ours = env
        .run(&[
            "secret",
            "container",
            "create",
            "--name",
            &cname,
            "--secret",
            &secret_arg,
            "-f",
            "json",
        ])
        .ok()
        .json();
    let container = ours["Container href"].as_str().unwrap().to_string();
    assert_eq!(ours["Secrets"], format!("primary={href}"), "{ours}");
    assert_eq!(ours["Type"], "generic");
    let ours_get = env
        .run(&["secret", "container", "get", &container, "-f", "json"])
        .ok()
        .json();
    let theirs_get = openstack(
        &mut env,
        &["secret", "container", "get", &container, "-f", "json"],
    )
    .ok()
    .json();
    assert_eq!(ours_get, theirs_get, "secret container get");
    let list = [
        "secret",
        "container",
        "list",
        "--name",
        &cname,
        "-f",
        "json",
    ];
    let ours_list = env.run(&list).ok().json();
    let theirs_list = openstack(&mut env, &list).ok().json();
    assert_eq!(ours_list, theirs_list, "secret container list");
    // By a secret's name too.
    let by_name = format!("other={name}");
    let second = env
        .run(&[
            "secret",
            "container",
            "create",
            "--secret",
            &by_name,
            "-f",
            "value",
            "-c",
            "Container href",
        ])
        .ok()
        .stdout
        .trim()
        .to_string();
    for c in [&container, &second] {
        env.run(&["secret", "container", "delete", c]).ok();
        env.run(&["secret", "container", "get", c]).expect_code(6);
    }
    // acl by the secret's name, as every other secret command.
    let by_name = env.run(&["acl", "get", &name, "-f", "json"]).ok().json();
    let by_href = env.run(&["acl", "get", &href, "-f", "json"]).ok().json();
    assert_eq!(by_name, by_href, "acl get by name");
    env.run(&["secret", "delete", &href, &file_secret]).ok();
}
