//! Where Manila's routing and its API-level checks answer before any
//! resource is touched, as the reference cloud answered (issue 17; each was
//! a pinned tempest test): microversion ranges of the legacy and the new
//! URLs, paths ending in `/`, a subnet's metadata checked before the
//! subnet is looked up, a share type's size limits, a snapshot's share
//! network, inexact filters from 2.36, and manage/unmanage by policy.

use super::Cloud;
use super::clients::{manila, message, settled_share};
use serde_json::json;

use reqwest::Method;

#[tokio::test]
async fn legacy_and_new_urls_are_served_at_their_microversions_and_a_trailing_slash_at_none() {
    let c = Cloud::start().await;
    let (demo, admin) = (
        c.token("demo", "demo").await,
        c.token("admin", "admin").await,
    );
    let project = c.state().ids.project("demo").to_string();
    for (path, version, code) in [
        ("/availability-zones".to_string(), "2.6", 404),
        ("/availability-zones".to_string(), "2.7", 200),
        ("/os-availability-zone".to_string(), "2.7", 404),
        ("/os-availability-zone".to_string(), "2.6", 200),
        (format!("/quota-sets/{project}"), "2.6", 404),
        (format!("/quota-sets/{project}"), "2.7", 200),
        (format!("/os-quota-sets/{project}"), "2.7", 404),
        (format!("/os-quota-sets/{project}"), "2.6", 200),
        ("/shares/".to_string(), "2.90", 404),
        ("/shares".to_string(), "2.90", 200),
    ] {
        let (got, body) = manila(&c, Method::GET, &path, &demo, version, None).await;
        assert_eq!(got, code, "GET {path} at {version}: {body}");
    }
    let (_, types) = manila(&c, Method::GET, "/types", &admin, "2.90", None).await;
    let id = types["share_types"][0]["id"].as_str().unwrap().to_string();
    let specs = format!("/types/{id}/extra_specs");
    assert_eq!(
        manila(&c, Method::GET, &specs, &admin, "2.90", None)
            .await
            .0,
        200
    );
    let empty_key = format!("{specs}/");
    assert_eq!(
        manila(&c, Method::GET, &empty_key, &admin, "2.90", None)
            .await
            .0,
        404
    );
}

#[tokio::test]
async fn a_subnets_new_metadata_is_checked_before_the_subnet_is_looked_up() {
    let c = Cloud::start().await;
    let demo = c.token("demo", "demo").await;
    let gone = "/share-networks/no-such-net/subnets/no-such-subnet/metadata";
    let long = "x".repeat(1024);
    for (method, metadata, says) in [
        (
            Method::POST,
            json!({"": "v"}),
            "Metadata property key is blank.",
        ),
        (
            Method::PUT,
            json!({"k".repeat(256): "v"}),
            "Metadata property key is greater than 255 characters.",
        ),
        (
            Method::POST,
            json!({"k": long}),
            "Metadata property value is greater than 1023 characters.",
        ),
    ] {
        let body = Some(json!({ "metadata": metadata }));
        let (code, answer) = manila(&c, method, gone, &demo, "2.78", body).await;
        assert_eq!((code, message(&answer)), (400, says));
    }
    // Good metadata for a subnet that is not there: the look-up's 404.
    let body = Some(json!({"metadata": {"k": "v"}}));
    assert_eq!(
        manila(&c, Method::POST, gone, &demo, "2.78", body).await.0,
        404
    );
}

/// The refusals of sizes over and under the limits of the type `limited`.
const OVER: &str = "Invalid input received: Specified share size of '6' is greater than the maximum allowable size of '5' for share type 'limited'.";
const UNDER: &str = "Invalid input received: Specified share size of '1' is less than the minimum required size of '2' for share type 'limited'.";

#[tokio::test]
async fn a_share_types_size_limits_are_checked_by_the_api() {
    let c = Cloud::start().await;
    let (demo, admin) = (
        c.token("demo", "demo").await,
        c.token("admin", "admin").await,
    );
    let specs = json!({"driver_handles_share_servers": "False", "provisioning:max_share_size": "5", "provisioning:min_share_size": "2"});
    let made = json!({"share_type": {"name": "limited", "extra_specs": specs}});
    let (code, body) = manila(&c, Method::POST, "/types", &admin, "2.90", Some(made)).await;
    assert_eq!(code, 200, "{body}");
    let create =
        |size: i64| json!({"share": {"share_proto": "NFS", "size": size, "share_type": "limited"}});
    let (code, body) = manila(&c, Method::POST, "/shares", &demo, "2.90", Some(create(6))).await;
    assert_eq!((code, message(&body)), (400, OVER));
    let (code, body) = manila(&c, Method::POST, "/shares", &demo, "2.90", Some(create(1))).await;
    assert_eq!((code, message(&body)), (400, UNDER));
    let share = settled_share(&c, &demo, create(3)["share"].clone()).await;
    let action = format!("/shares/{}/action", share["id"].as_str().unwrap());
    let resize = |verb: &str, size: i64| Some(json!({ verb: {"new_size": size} }));
    let (code, body) = manila(
        &c,
        Method::POST,
        &action,
        &demo,
        "2.90",
        resize("extend", 6),
    )
    .await;
    assert_eq!((code, message(&body)), (400, OVER));
    let (code, body) = manila(
        &c,
        Method::POST,
        &action,
        &demo,
        "2.90",
        resize("shrink", 1),
    )
    .await;
    assert_eq!((code, message(&body)), (400, UNDER));
    // An administrator may extend past the maximum (there is no maximum extend size).
    let (code, body) = manila(
        &c,
        Method::POST,
        &action,
        &admin,
        "2.90",
        resize("extend", 6),
    )
    .await;
    assert_eq!(code, 202, "{body}");
}

#[tokio::test]
async fn a_share_from_a_snapshot_keeps_its_parents_network() {
    let c = Cloud::start().await;
    let demo = c.token("demo", "demo").await;
    let share = settled_share(&c, &demo, json!({"share_proto": "NFS", "size": 1})).await;
    let snap = json!({"snapshot": {"share_id": share["id"]}});
    let (_, snap) = manila(&c, Method::POST, "/snapshots", &demo, "2.90", Some(snap)).await;
    let (_, nets) = manila(&c, Method::GET, "/share-networks", &demo, "2.90", None).await;
    let other = nets["share_networks"][0]["id"].clone();
    let body = json!({"share": {"share_proto": "NFS", "size": 1, "snapshot_id": snap["snapshot"]["id"], "share_network_id": other}});
    let (code, answer) = manila(&c, Method::POST, "/shares", &demo, "2.90", Some(body)).await;
    assert_eq!(
        (code, message(&answer)),
        (
            400,
            "Share network ID should be the same as snapshot's parent share's or empty"
        )
    );
}

#[tokio::test]
async fn inexact_filters_are_honoured_from_2_36_and_ignored_below() {
    let c = Cloud::start().await;
    let demo = c.token("demo", "demo").await;
    settled_share(
        &c,
        &demo,
        json!({"share_proto": "NFS", "size": 1, "name": "alpha", "description": "first"}),
    )
    .await;
    let count = |path: &'static str, version: &'static str| {
        let (c, demo) = (&c, demo.clone());
        async move {
            let (_, body) = manila(c, Method::GET, path, &demo, version, None).await;
            body["shares"].as_array().map_or(0, Vec::len)
        }
    };
    assert_eq!(
        count("/shares?name~=fake&description~=fake", "2.35").await,
        1
    );
    assert_eq!(count("/shares?description=nothing", "2.35").await, 1);
    assert_eq!(count("/shares?name~=fake", "2.36").await, 0);
    assert_eq!(count("/shares?name~=LPH", "2.36").await, 1);
    assert_eq!(count("/shares?description=nothing", "2.36").await, 0);
    let (_, snaps) = manila(
        &c,
        Method::GET,
        "/snapshots?name~=fake",
        &demo,
        "2.35",
        None,
    )
    .await;
    assert!(snaps["snapshots"].is_array(), "{snaps}");
}

#[tokio::test]
async fn manage_and_unmanage_are_for_administrators_and_not_emulated() {
    let c = Cloud::start().await;
    let (demo, admin) = (
        c.token("demo", "demo").await,
        c.token("admin", "admin").await,
    );
    let share = settled_share(&c, &demo, json!({"share_proto": "NFS", "size": 1})).await;
    let action = format!("/shares/{}/action", share["id"].as_str().unwrap());
    let manage = json!({"share": {"export_path": "/export/path", "service_host": "fake-host", "protocol": "nfs"}});
    for (path, body) in [
        ("/shares/manage", manage),
        (action.as_str(), json!({"unmanage": {}})),
    ] {
        let (code, answer) =
            manila(&c, Method::POST, path, &demo, "2.90", Some(body.clone())).await;
        assert_eq!(
            (code, message(&answer)),
            (403, "Access was denied to this resource."),
            "{path}"
        );
        let (code, answer) = manila(&c, Method::POST, path, &admin, "2.90", Some(body)).await;
        assert_eq!(code, 400, "{path}: {answer}");
        assert!(
            message(&answer).starts_with("The local cloud does not"),
            "{answer}"
        );
    }
}

#[tokio::test]
async fn an_administrators_project_id_names_the_share_networks_listed() {
    let c = Cloud::start().await;
    let (demo, admin) = (
        c.token("demo", "demo").await,
        c.token("admin", "admin").await,
    );
    let demo_project = c.state().ids.project("demo").to_string();
    let (_, own) = manila(&c, Method::GET, "/share-networks", &demo, "2.90", None).await;
    let own: Vec<_> = own["share_networks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].clone())
        .collect();
    assert!(!own.is_empty());
    // With or without all_tenants, as tempest's
    // `test_list_share_networks_filter_by_project_id` asks.
    for query in ["", "&all_tenants=1"] {
        let path = format!("/share-networks/detail?project_id={demo_project}{query}");
        let (_, listed) = manila(&c, Method::GET, &path, &admin, "2.90", None).await;
        let listed = listed["share_networks"].as_array().unwrap();
        assert!(
            listed
                .iter()
                .all(|n| n["project_id"] == demo_project.as_str()),
            "{listed:?}"
        );
        let ids: Vec<_> = listed.iter().map(|n| n["id"].clone()).collect();
        assert_eq!(ids, own, "{path}");
    }
}

#[tokio::test]
async fn a_share_types_quotas_are_its_projects_and_are_not_changed_for_it() {
    let c = Cloud::start().await;
    let admin = c.token("admin", "admin").await;
    let project = c.state().ids.project("demo").to_string();
    let path = format!("/quota-sets/{project}");
    let (_, whole) = manila(&c, Method::GET, &path, &admin, "2.90", None).await;
    let typed = format!("{path}?share_type=default");
    let (code, of_type) = manila(&c, Method::GET, &typed, &admin, "2.90", None).await;
    assert_eq!(code, 200, "{of_type}");
    let (whole, of_type) = (&whole["quota_set"], &of_type["quota_set"]);
    for key in [
        "shares",
        "gigabytes",
        "snapshots",
        "snapshot_gigabytes",
        "encryption_keys",
    ] {
        assert_eq!(of_type[key], whole[key], "{key}");
    }
    for key in ["share_networks", "share_groups", "share_group_snapshots"] {
        assert!(
            whole.get(key).is_some() && of_type.get(key).is_none(),
            "{key}"
        );
    }
    let (code, body) = manila(&c, Method::GET, &typed, &admin, "2.38", None).await;
    assert_eq!(
        (code, message(&body)),
        (
            400,
            "'share_type' key is not supported by this microversion. Use 2.39 or greater microversion to be able to use 'share_type' quotas."
        )
    );
    let missing = format!("{path}?share_type=nope");
    let (code, body) = manila(&c, Method::GET, &missing, &admin, "2.90", None).await;
    assert_eq!(
        (code, message(&body)),
        (404, "Share type with name or id 'nope' not found.")
    );
    // A change for the type is refused, and the project's quotas stay.
    let set = json!({"quota_set": {"shares": 3}});
    let (code, _) = manila(&c, Method::PUT, &typed, &admin, "2.90", Some(set)).await;
    assert_eq!(code, 400);
    let (_, after) = manila(&c, Method::GET, &path, &admin, "2.90", None).await;
    assert_eq!(after["quota_set"]["shares"], whole["shares"]);
}

#[tokio::test]
async fn endpoints_with_the_project_in_the_path_are_routed_as_without() {
    let c = Cloud::start().await;
    let demo = c.token("demo", "demo").await;
    let project = c.state().ids.project("demo").to_string();
    let made = json!({"share": {"share_proto": "NFS", "size": 1, "name": "in-path"}});
    let path = format!("/{project}/shares");
    let (code, body) = manila(&c, Method::POST, &path, &demo, "2.90", Some(made)).await;
    assert_eq!(code, 200, "{body}");
    let id = body["share"]["id"].as_str().unwrap().to_string();
    // The links carry the project as the request did (Manila's views).
    let own = format!("/share/v2/{project}/shares/{id}");
    assert!(
        body["share"]["links"][0]["href"]
            .as_str()
            .unwrap()
            .ends_with(&own),
        "{body}"
    );
    let (code, shown) = manila(
        &c,
        Method::GET,
        &format!("{path}/{id}"),
        &demo,
        "2.90",
        None,
    )
    .await;
    assert_eq!((code, &shown["share"]["name"]), (200, &json!("in-path")));
    // Without it, the links leave it out.
    let (_, listed) = manila(&c, Method::GET, "/shares", &demo, "2.90", None).await;
    let share = &listed["shares"][0];
    assert_eq!(share["id"], json!(id));
    let href = share["links"][0]["href"].as_str().unwrap();
    assert!(href.ends_with(&format!("/share/v2/shares/{id}")), "{href}");
    // Another project's ID in the path is refused; what is not an ID is no route.
    let other = "/0123456789abcdef0123456789abcdef/shares";
    let (code, body) = manila(&c, Method::GET, other, &demo, "2.90", None).await;
    assert_eq!((code, message(&body)), (400, "Malformed request url"));
    let (code, _) = manila(&c, Method::GET, "/ABCDEF/shares", &demo, "2.90", None).await;
    assert_eq!(code, 404);
}
