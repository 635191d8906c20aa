//! The share commands side by side with the `openstack` client: the same keys, the same values.

use super::*;

/// The drop-in commands people reach for, side by side with `openstack`:
/// availability zones, limits, type access, type list --extra-specs, share
/// network set/unset and subnets, access rule show/set/unset/locks/filters,
/// share list options, soft delete and restore, message list --since.
#[test]
#[ignore = "needs the reference cloud with Manila: bash tests/refcloud/up.sh --with-manila"]
fn drop_in_share_commands_like_openstack() {
    let mut f = Fixture::new();
    let same = |f: &mut Fixture, admin: bool, args: &[&str]| {
        let env = if admin { &mut f.admin } else { &mut f.demo };
        let ours = env.run(args).ok().json();
        let theirs = openstack(env, args).ok().json();
        assert_eq!(ours, theirs, "{args:?}");
        ours
    };
    same(
        &mut f,
        false,
        &["share", "availability", "zone", "list", "-f", "json"],
    );
    let limits = same(
        &mut f,
        false,
        &["share", "limits", "show", "--absolute", "-f", "json"],
    );
    assert!(
        limits
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["Name"] == "maxTotalShares"),
        "{limits}"
    );

    // Type access on a private type.
    let private = unique("sk-private");
    f.admin
        .run(&[
            "share", "type", "create", &private, "true", "--public", "false",
        ])
        .ok();
    f.types.push(private.clone());
    let demo_project = value(&mut f.demo, &["token", "issue"], "project_id");
    f.admin
        .run(&["share", "type", "access", "create", &private, &demo_project])
        .ok();
    let access = same(
        &mut f,
        true,
        &["share", "type", "access", "list", &private, "-f", "json"],
    );
    assert_eq!(access[0]["Project ID"], demo_project.as_str());
    f.admin
        .run(&["share", "type", "access", "delete", &private, &demo_project])
        .ok();
    let access = f
        .admin
        .run(&["share", "type", "access", "list", &private, "-f", "json"])
        .ok()
        .json();
    assert_eq!(access, serde_json::json!([]));
    same(
        &mut f,
        true,
        &[
            "share",
            "type",
            "list",
            "--extra-specs",
            "snapshot_support=true",
            "-f",
            "json",
        ],
    );

    // Share network set/unset and subnets.
    let enc = f.share_type("DUMMY2", Some("share_server"));
    let net = f.network();
    f.demo
        .run(&[
            "share",
            "network",
            "set",
            &net,
            "--name",
            &unique("sk-net2"),
            "--description",
            "d1",
        ])
        .ok();
    assert_eq!(
        value(
            &mut f.demo,
            &["share", "network", "show", &net],
            "description"
        ),
        "d1"
    );
    f.demo
        .run(&["share", "network", "unset", &net, "--description"])
        .ok();
    assert_eq!(
        value(
            &mut f.demo,
            &["share", "network", "show", &net],
            "description"
        ),
        "None"
    );
    let subnets = f
        .demo
        .run(&["share", "network", "subnet", "list", &net, "-f", "json"])
        .ok()
        .json();
    let subnet = subnets[0]["ID"].as_str().unwrap().to_string();
    same(
        &mut f,
        false,
        &[
            "share", "network", "subnet", "show", &net, &subnet, "-f", "json",
        ],
    );
    let check = f
        .demo
        .run(&[
            "share",
            "network",
            "subnet",
            "create",
            &net,
            "--availability-zone",
            "nova",
            "--check-only",
            "-f",
            "json",
        ])
        .ok()
        .json();
    assert!(check.get("compatible").is_some(), "{check}");
    let added = value(
        &mut f.demo,
        &[
            "share",
            "network",
            "subnet",
            "create",
            &net,
            "--availability-zone",
            "nova",
        ],
        "id",
    );
    f.demo
        .run(&["share", "network", "subnet", "delete", &net, &added])
        .ok();

    // Access rules: properties, show/set/unset, filters, locks.
    let key = f.key();
    let (share, _) = f.share(&enc, &net, &key);
    let rule = value(
        &mut f.demo,
        &[
            "share",
            "access",
            "create",
            &share,
            "ip",
            "10.0.0.8",
            "--properties",
            "a=1",
            "--wait",
        ],
        "id",
    );
    same(
        &mut f,
        false,
        &["share", "access", "show", &rule, "-f", "json"],
    );
    f.demo
        .run(&["share", "access", "set", &rule, "--property", "b=2"])
        .ok();
    f.demo
        .run(&["share", "access", "unset", &rule, "--property", "a"])
        .ok();
    assert_eq!(
        value(
            &mut f.demo,
            &["share", "access", "show", &rule],
            "properties"
        ),
        "b : 2"
    );
    let filtered = f
        .demo
        .run(&[
            "share",
            "access",
            "list",
            &share,
            "--properties",
            "b=2",
            "-f",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(filtered.as_array().unwrap().len(), 1, "{filtered}");
    let locked = value(
        &mut f.demo,
        &[
            "share",
            "access",
            "create",
            &share,
            "ip",
            "10.0.0.9",
            "--lock-deletion",
            "--lock-reason",
            "keep",
            "--wait",
        ],
        "id",
    );
    f.demo
        .run(&["share", "access", "delete", &share, &locked])
        .expect_code(5);
    f.demo
        .run(&[
            "share",
            "access",
            "delete",
            &share,
            &locked,
            "--unrestrict",
            "--wait",
        ])
        .ok();

    // share list options.
    let prefix = unique("skl");
    let mut ids = Vec::new();
    for (i, size) in [(1, "1"), (2, "2")] {
        let run = f
            .demo
            .run(&[
                "share",
                "create",
                "NFS",
                size,
                "--name",
                &format!("{prefix}-{i}"),
                "--share-type",
                &enc,
                "--share-network",
                &net,
                "--encryption-key-ref",
                &key,
                "--property",
                &format!("n={i}"),
                "--wait",
                "-f",
                "json",
            ])
            .ok()
            .json();
        let id = run["id"].as_str().unwrap().to_string();
        f.shares.push(id.clone());
        ids.push(id);
    }
    let name_like = format!("{prefix}-");
    // Byte for byte in YAML and CSV: quoting of times, empty and multi-line
    // values, booleans unquoted in CSV.
    for args in [
        vec!["share", "show", ids[1].as_str(), "-f", "yaml"],
        vec![
            "share",
            "list",
            "--name~",
            name_like.as_str(),
            "--long",
            "-f",
            "yaml",
        ],
        vec!["share", "list", "--name~", name_like.as_str(), "-f", "csv"],
    ] {
        let ours = f.demo.run(&args).ok().stdout;
        let theirs = openstack(&mut f.demo, &args).ok().stdout;
        assert_eq!(ours, theirs, "{args:?}");
    }
    same(
        &mut f,
        false,
        &["share", "list", "--name~", &name_like, "-f", "json"],
    );
    same(
        &mut f,
        false,
        &["share", "list", "--property", "n=2", "-f", "json"],
    );
    let by_size = f
        .demo
        .run(&[
            "share",
            "list",
            "--name~",
            &name_like,
            "--sort",
            "size:desc",
            "-f",
            "value",
            "-c",
            "ID",
        ])
        .ok();
    assert_eq!(by_size.stdout, format!("{}\n{}\n", ids[1], ids[0]));
    let all = f
        .demo
        .run(&["share", "list", "--limit", "0", "-f", "json"])
        .ok()
        .json();
    assert!(
        all.as_array().unwrap().len() >= 3,
        "--limit 0 lists everything"
    );
    // Manila lists newest first: after the newer share comes the older one.
    let page = f
        .demo
        .run(&[
            "share", "list", "--name~", &name_like, "--marker", &ids[1], "--limit", "1", "-f",
            "value", "-c", "ID",
        ])
        .ok();
    assert_eq!(page.stdout.trim(), ids[0]);

    // Soft delete, the recycle bin, restore (by name).
    f.demo.run(&["share", "delete", &ids[0], "--soft"]).ok();
    let bin = same(
        &mut f,
        false,
        &["share", "list", "--soft-deleted", "-f", "json"],
    );
    assert!(
        bin.as_array()
            .unwrap()
            .iter()
            .any(|s| s["ID"] == ids[0].as_str()),
        "{bin}"
    );
    f.demo
        .run(&["share", "restore", &format!("{prefix}-1")])
        .ok();
    let bin = f
        .demo
        .run(&["share", "list", "--soft-deleted", "-f", "json"])
        .ok()
        .json();
    assert!(
        !bin.as_array()
            .unwrap()
            .iter()
            .any(|s| s["ID"] == ids[0].as_str()),
        "{bin}"
    );

    same(
        &mut f,
        false,
        &[
            "share",
            "message",
            "list",
            "--since",
            "2020-01-01T00:00:00",
            "--before",
            "2020-01-02T00:00:00",
            "-f",
            "json",
        ],
    );
}
