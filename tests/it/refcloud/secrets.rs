//! Barbican on the reference cloud side by side with the `openstack` client: get, store, list, delete, binary keys and refusals (orders, ACLs, update and containers: `secret_orders_acls`).

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
