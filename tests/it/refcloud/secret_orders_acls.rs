//! Barbican on the reference cloud side by side with the `openstack` client: orders, ACLs across projects, `secret update` and containers.

use super::*;

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
