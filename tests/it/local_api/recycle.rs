//! The recycle bin (2.69) and a share's status resets, answered as the
//! reference cloud answered them (issue 17): what may not go into the bin,
//! what comes out of it, a bin that empties itself, and a share an
//! administrator reset to a status the manager works on staying there.

use super::Cloud;
use super::clients::{assert_stays, manila, message, settled_share};
use serde_json::{Value, json};

/// `POST /shares/{id}/action` with `body`, at 2.70.
async fn act(c: &Cloud, token: &str, share: &Value, body: Value) -> (u16, Value) {
    let path = format!("/shares/{}/action", share["id"].as_str().unwrap());
    manila(c, reqwest::Method::POST, &path, token, "2.70", Some(body)).await
}

#[tokio::test]
async fn the_recycle_bin_refuses_what_manila_refuses() {
    let c = Cloud::start().await;
    let (demo, admin) = (
        c.token("demo", "demo").await,
        c.token("admin", "admin").await,
    );
    let share = settled_share(&c, &demo, json!({"share_proto": "NFS", "size": 1})).await;
    let id = share["id"].as_str().unwrap().to_string();
    let bin = || json!({"soft_delete": null});
    let restore = || json!({"restore": null});
    // Not in the bin: a restore is answered 200 and changes nothing.
    assert_eq!(act(&c, &demo, &share, restore()).await.0, 200);
    assert_eq!(act(&c, &demo, &share, bin()).await.0, 202);
    let (code, body) = act(&c, &demo, &share, bin()).await;
    assert_eq!(
        (code, message(&body)),
        (
            403,
            "Invalid share: The share has been soft deleted already."
        )
    );
    let (code, body) = act(
        &c,
        &admin,
        &share,
        json!({"reset_status": {"status": "error"}}),
    )
    .await;
    assert_eq!(
        (code, message(&body)),
        (
            403,
            format!("status cannot be reset for share '{id}' since it has been soft deleted.")
                .as_str()
        )
    );
    assert_eq!(act(&c, &demo, &share, restore()).await.0, 202);
    // Only a share that could be deleted goes into the bin.
    let reset = json!({"reset_status": {"status": "creating"}});
    assert_eq!(act(&c, &admin, &share, reset).await.0, 202);
    let (code, body) = act(&c, &demo, &share, bin()).await;
    assert_eq!(
        (code, message(&body)),
        (
            403,
            "Invalid share: Share status must be one of ('available', 'error', 'inactive')."
        )
    );
    let reset = json!({"reset_status": {"status": "available"}});
    assert_eq!(act(&c, &admin, &share, reset).await.0, 202);
    let snap = json!({"snapshot": {"share_id": id}});
    let (code, body) = manila(
        &c,
        reqwest::Method::POST,
        "/snapshots",
        &demo,
        "2.70",
        Some(snap),
    )
    .await;
    assert_eq!(code, 202, "{body}");
    let (code, body) = act(&c, &demo, &share, bin()).await;
    assert_eq!(
        (code, message(&body)),
        (403, "Invalid share: Share still has 1 dependent snapshots.")
    );
    let (code, _) = manila(
        &c,
        reqwest::Method::POST,
        "/shares/nope/action",
        &demo,
        "2.70",
        Some(restore()),
    )
    .await;
    assert_eq!(code, 404);
}

#[tokio::test]
async fn a_share_reset_to_a_status_the_manager_works_on_stays_there_until_deleted() {
    let c = Cloud::start().await;
    let (demo, admin) = (
        c.token("demo", "demo").await,
        c.token("admin", "admin").await,
    );
    let share = settled_share(&c, &demo, json!({"share_proto": "NFS", "size": 1})).await;
    let path = format!("/shares/{}", share["id"].as_str().unwrap());
    // A snapshot the same way, checked against Manila's snapshot statuses.
    let snap = json!({"snapshot": {"share_id": share["id"]}});
    let post = reqwest::Method::POST;
    let (code, snap) = manila(&c, post.clone(), "/snapshots", &demo, "2.70", Some(snap)).await;
    assert_eq!(code, 202, "{snap}");
    let snap_path = format!("/snapshots/{}", snap["snapshot"]["id"].as_str().unwrap());
    let snap_action = format!("{snap_path}/action");
    let snap_act = |body: Value| manila(&c, post.clone(), &snap_action, &admin, "2.70", Some(body));
    let (code, body) = snap_act(json!({"reset_status": {"status": "bogus"}})).await;
    assert_eq!(
        (code, message(&body)),
        (
            400,
            "Invalid state. Valid states: available, error, error_deleting, deleting, creating, manage_starting, unmanage_starting, unmanage_error, manage_error, migrating, migrating_to, restoring."
        )
    );
    assert_eq!(
        snap_act(json!({"reset_status": {"status": "deleting"}}))
            .await
            .0,
        202
    );
    assert_stays(&c, &admin, &snap_path, "snapshot", "deleting").await;
    assert_eq!(snap_act(json!({"force_delete": null})).await.0, 202);
    gone(&c, &admin, &snap_path).await;
    for held in ["deleting", "creating"] {
        let reset = json!({"reset_status": {"status": held}});
        assert_eq!(act(&c, &admin, &share, reset).await.0, 202);
        assert_stays(&c, &admin, &path, "share", held).await;
    }
    // A force delete gives it back to the manager, which deletes it.
    assert_eq!(
        act(&c, &admin, &share, json!({"force_delete": null}))
            .await
            .0,
        202
    );
    gone(&c, &admin, &path).await;
}

#[tokio::test]
async fn a_share_whose_time_in_the_recycle_bin_is_up_is_deleted() {
    let backends = sharekeep::local::config::DEFAULT.replace(
        "soft_deleted_share_retention_time: 604800",
        "soft_deleted_share_retention_time: 0",
    );
    let c = Cloud::start_with(Some(&backends)).await;
    let demo = c.token("demo", "demo").await;
    let kept = settled_share(&c, &demo, json!({"share_proto": "NFS", "size": 1})).await;
    let binned = settled_share(&c, &demo, json!({"share_proto": "NFS", "size": 1})).await;
    let path = format!("/shares/{}", binned["id"].as_str().unwrap());
    let post = reqwest::Method::POST;
    let (status, _) = manila(
        &c,
        post,
        &format!("{path}/action"),
        &demo,
        "2.69",
        Some(json!({"soft_delete": null})),
    )
    .await;
    assert_eq!(status, 202);
    let mut gone = false;
    for _ in 0..100 {
        if manila(&c, reqwest::Method::GET, &path, &demo, "2.69", None)
            .await
            .0
            == 404
        {
            gone = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(gone, "the share stayed in the recycle bin");
    let kept = format!("/shares/{}", kept["id"].as_str().unwrap());
    let (status, shown) = manila(&c, reqwest::Method::GET, &kept, &demo, "2.69", None).await;
    assert_eq!(
        (status, &shown["share"]["status"]),
        (200, &json!("available")),
        "only the binned share went"
    );
}

/// The resource at `path` is deleted by the manager soon.
async fn gone(c: &Cloud, token: &str, path: &str) {
    for _ in 0..100 {
        if manila(c, reqwest::Method::GET, path, token, "2.70", None)
            .await
            .0
            == 404
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{path} stayed after its delete");
}
