//! The life of a share and its key on the local cloud, where the data is at
//! stake: the recycle bin, and what still needs a key.

use crate::common::local::{Local, s};
use serde_json::Value;

fn names(list: &Value) -> Vec<String> {
    let mut v: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["Name"].as_str().unwrap_or_default().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn shares_in_the_recycle_bin_are_listed_only_when_asked_for() {
    let mut l = Local::new();
    for name in ["keep", "binned"] {
        l.on(
            "local-demo",
            &["share", "create", "NFS", "1", "--name", name, "--wait"],
        )
        .ok();
    }
    l.on("local-demo", &["share", "delete", "binned", "--soft"])
        .ok();
    let live = l.json("local-demo", &["share", "list"]);
    assert_eq!(names(&live), ["keep"], "{live}");
    let bin = l.json("local-demo", &["share", "list", "--soft-deleted"]);
    assert_eq!(names(&bin), ["binned"], "{bin}");
    // By ID it is still there, as in Manila; by name too (one match).
    let shown = l.json("local-demo", &["share", "show", "binned"]);
    assert_eq!(shown["is_soft_deleted"], true, "{shown}");
    // Below 2.69 there is no recycle bin to see.
    let old = l.json(
        "local-demo",
        &["--os-share-api-version", "2.68", "share", "list"],
    );
    assert_eq!(names(&old), ["keep"], "{old}");
    l.on("local-demo", &["share", "restore", "binned"]).ok();
    let back = l.json("local-demo", &["share", "list"]);
    assert_eq!(names(&back), ["binned", "keep"], "{back}");
    let _ = s;
}
