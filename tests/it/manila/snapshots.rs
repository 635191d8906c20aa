//! Snapshots as the `openstack` client shows them, on both clouds.

use super::*;

/// `share snapshot create|list|show|set|unset|delete` and `share create
/// --snapshot-id`, with the JSON keys of `openstack`.
#[test]
#[ignore = "needs the reference cloud with Manila: bash tests/refcloud/up.sh --with-manila"]
fn snapshots_like_openstack() {
    snapshots(&mut Fixture::new());
}

/// The same on the embedded local cloud, in plain `cargo test` (without the
/// side-by-side comparisons with `openstack`).
#[test]
fn snapshots_like_openstack_on_the_local_cloud() {
    snapshots(&mut Fixture::local());
}

pub(super) fn snapshots(f: &mut Fixture) {
    let ty = f.snapshot_type();
    let shown = f
        .admin
        .run(&["share", "type", "show", &ty, "-f", "json"])
        .ok()
        .json();
    assert_eq!(
        shown["optional_extra_specs"]["create_share_from_snapshot_support"], "True",
        "{shown}"
    );
    let net = f.network();
    let key = f.key();
    let (share, _) = f.share(&ty, &net, &key);

    let name = unique("sk-snapshot");
    let created = f
        .demo
        .run(&[
            "share",
            "snapshot",
            "create",
            &share,
            "--name",
            &name,
            "--description",
            "first",
            "--property",
            "team=storage",
            "--wait",
            "-f",
            "json",
        ])
        .ok()
        .json();
    let id = created["id"].as_str().unwrap().to_string();
    f.snapshots.push(id.clone());
    assert_eq!(created["status"], "available", "{created}");
    assert!(created.get("links").is_none(), "{created}");

    let ours = f
        .demo
        .run(&["share", "snapshot", "show", &name, "-f", "json"])
        .ok()
        .json();
    let upstream = f.local_state.is_none();
    if upstream {
        let theirs = openstack(
            &mut f.demo,
            &["share", "snapshot", "show", &id, "-f", "json"],
        )
        .ok()
        .json();
        assert_same_keys(&ours, &theirs, &[], "share snapshot show");
    }
    assert_eq!(ours["properties"], serde_json::json!({"team": "storage"}));
    for (what, args) in [
        (
            "list",
            vec![
                "share",
                "snapshot",
                "list",
                "--share",
                share.as_str(),
                "-f",
                "json",
            ],
        ),
        (
            "list --detail",
            vec![
                "share",
                "snapshot",
                "list",
                "--share",
                share.as_str(),
                "--detail",
                "-f",
                "json",
            ],
        ),
    ] {
        let ours = f.demo.run(&args).ok().json();
        assert_eq!(
            ours.as_array().map(Vec::len),
            Some(1),
            "share snapshot {what}: {ours}"
        );
        if upstream {
            let theirs = openstack(&mut f.demo, &args).ok().json();
            assert_eq!(ours, theirs, "share snapshot {what}");
        }
    }

    f.demo
        .run(&[
            "share",
            "snapshot",
            "set",
            &id,
            "--name",
            &format!("{name}-2"),
            "--description",
            "second",
            "--property",
            "tier=gold",
        ])
        .ok();
    let after = f
        .demo
        .run(&["share", "snapshot", "show", &id, "-f", "json"])
        .ok()
        .json();
    assert_eq!(after["name"], format!("{name}-2"));
    assert_eq!(after["description"], "second");
    assert_eq!(
        after["properties"],
        serde_json::json!({"team": "storage", "tier": "gold"})
    );
    f.demo
        .run(&[
            "share",
            "snapshot",
            "unset",
            &id,
            "--description",
            "--property",
            "team",
        ])
        .ok();
    let after = f
        .demo
        .run(&["share", "snapshot", "show", &id, "-f", "json"])
        .ok()
        .json();
    assert_eq!(after["description"], serde_json::Value::Null);
    assert_eq!(after["properties"], serde_json::json!({"tier": "gold"}));

    // A share from the snapshot, by the snapshot's name: its size at least, its type.
    let child = f
        .demo
        .run(&[
            "share",
            "create",
            "NFS",
            "1",
            "--snapshot-id",
            &format!("{name}-2"),
            "--share-network",
            &net,
            "--wait",
            "-f",
            "json",
        ])
        .ok()
        .json();
    let child_id = child["id"].as_str().unwrap().to_string();
    f.shares.push(child_id.clone());
    assert_eq!(child["status"], "available", "{child}");
    assert_eq!(child["snapshot_id"], id.as_str());
    assert_eq!(child["share_type_name"], ty.as_str());
    f.demo.run(&["share", "delete", &child_id, "--wait"]).ok();

    f.demo
        .run(&["share", "snapshot", "delete", &id, "--wait"])
        .ok();
    f.demo
        .run(&["share", "snapshot", "show", &id])
        .expect_code(6);
}
