//! Share set, unset, resize, access rules and export locations; version discovery cached with the token.

use super::*;

#[test]
#[ignore = "needs the reference cloud with Manila: bash tests/refcloud/up.sh --with-manila"]
fn version_discovery_is_cached_with_the_token() {
    let mut demo = on("demo");
    demo.run(&["share", "list"]).ok();
    let before = settled("manila");
    demo.run(&["share", "list"]).ok();
    assert_eq!(
        settled("manila") - before,
        1,
        "a warm share list is one Manila request, no version GET"
    );
}

#[test]
#[ignore = "needs the reference cloud with Manila: bash tests/refcloud/up.sh --with-manila"]
fn share_set_unset_resize_access_and_export_locations() {
    set_unset_resize_access(&mut Fixture::new());
}

/// The same on the embedded local cloud, in plain `cargo test` (without the
/// side-by-side comparison with `openstack`).
#[test]
fn share_set_unset_resize_access_and_export_locations_on_the_local_cloud() {
    set_unset_resize_access(&mut Fixture::local());
}

pub(super) fn set_unset_resize_access(f: &mut Fixture) {
    let enc = f.share_type("DUMMY2", Some("share_server"));
    let net = f.network();
    let key = f.key();
    let (id, _) = f.share(&enc, &net, &key);

    let name = unique("sk-renamed");
    f.demo
        .run(&[
            "share",
            "set",
            &id,
            "--name",
            &name,
            "--description",
            "d",
            "--property",
            "team=storage",
        ])
        .ok();
    let shown = f
        .demo
        .run(&["share", "show", &name, "-f", "json"])
        .ok()
        .json();
    assert_eq!(
        (shown["id"].as_str(), shown["description"].as_str()),
        (Some(id.as_str()), Some("d"))
    );
    assert_eq!(shown["properties"], serde_json::json!({"team": "storage"}));
    f.demo
        .run(&["share", "unset", &id, "--property", "team", "--description"])
        .ok();
    let shown = f
        .demo
        .run(&["share", "show", &id, "-f", "json"])
        .ok()
        .json();
    assert_eq!(
        (shown["properties"].clone(), shown["description"].clone()),
        (serde_json::json!({}), Value::Null)
    );

    f.demo.run(&["share", "resize", &id, "2", "--wait"]).ok();
    assert_eq!(value(&mut f.demo, &["share", "show", &id], "size"), "2");
    let same = f.demo.run(&["share", "resize", &id, "2"]).expect_code(2);
    assert!(same.stderr.contains("already 2 GiB"), "{}", same.stderr);

    let rule = f
        .demo
        .run(&[
            "share",
            "access",
            "create",
            &id,
            "ip",
            "127.0.0.2",
            "--access-level",
            "ro",
            "--wait",
            "-f",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(
        (rule["state"].as_str(), rule["access_level"].as_str()),
        (Some("active"), Some("ro"))
    );
    let rules = f
        .demo
        .run(&["share", "access", "list", &id, "-f", "json"])
        .ok()
        .json();
    assert_eq!(rules[0]["Access To"], "127.0.0.2");
    let rule_id = rule["id"].as_str().unwrap();
    f.demo
        .run(&["share", "access", "delete", &id, rule_id, "--wait"])
        .ok();
    assert_eq!(
        f.demo
            .run(&["share", "access", "list", &id, "-f", "json"])
            .ok()
            .json(),
        serde_json::json!([])
    );

    let locations = f
        .demo
        .run(&["share", "export", "location", "list", &id, "-f", "json"])
        .ok()
        .json();
    let location = locations[0]["ID"].as_str().unwrap();
    let args = [
        "share",
        "export",
        "location",
        "show",
        id.as_str(),
        location,
        "-f",
        "json",
    ];
    let ours = f.demo.run(&args).ok().json();
    if f.local_state.is_none() {
        assert_same_keys(
            &ours,
            &openstack(&mut f.demo, &args).ok().json(),
            &[],
            "export location show",
        );
    }

    let run = f
        .demo
        .run(&["share", "show", "no-such-share"])
        .expect_code(6);
    assert!(
        run.stderr
            .contains("no share with the name or ID `no-such-share`"),
        "{}",
        run.stderr
    );
}
