//! What other clients send to the local Manila and it must answer as the
//! reference cloud did (issue 17's "broken today", each seen on both clouds
//! with the `openstack` client of the reference cloud's venv): `share set`'s
//! task state reset and the other resets, messages between two times, the
//! share network checks, and the recycle bin. Barbican and Keystone:
//! `keys_and_tokens.rs`.

use super::Cloud;
use serde_json::{Value, json};

/// A Manila request at `version` with a JSON body (or none).
pub(super) async fn manila(
    c: &Cloud,
    method: reqwest::Method,
    path: &str,
    token: &str,
    version: &str,
    body: Option<Value>,
) -> (u16, Value) {
    c.send(
        method,
        &format!("/share/v2{path}"),
        Some(token),
        Some(version),
        body,
    )
    .await
}

/// A share of demo's made through the API, once the manager has settled it.
pub(super) async fn settled_share(c: &Cloud, demo: &str, share: Value) -> Value {
    let post = reqwest::Method::POST;
    let (status, made) = manila(
        c,
        post,
        "/shares",
        demo,
        "2.70",
        Some(json!({"share": share})),
    )
    .await;
    assert_eq!(status, 200, "{made}");
    let path = format!("/shares/{}", made["share"]["id"].as_str().unwrap());
    for _ in 0..100 {
        let (_, shown) = manila(c, reqwest::Method::GET, &path, demo, "2.70", None).await;
        if !["creating"].contains(&shown["share"]["status"].as_str().unwrap_or_default()) {
            return shown["share"].clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the share did not settle");
}

/// The resource at `path` keeps `status` while the manager has had time to
/// work on it (each request drains its work).
pub(super) async fn assert_stays(c: &Cloud, token: &str, path: &str, kind: &str, status: &str) {
    for _ in 0..10 {
        tokio::time::sleep(std::time::Duration::from_millis(30)).await;
        let (code, shown) = manila(c, reqwest::Method::GET, path, token, "2.70", None).await;
        assert_eq!(
            (code, shown[kind]["status"].as_str()),
            (200, Some(status)),
            "the manager took up {path} after a reset to {status}"
        );
    }
}

pub(super) fn message(body: &Value) -> &str {
    body.as_object()
        .and_then(|o| o.values().next())
        .and_then(|e| e["message"].as_str())
        .unwrap_or_default()
}

#[tokio::test]
async fn share_set_resets_the_task_state_for_an_administrator_only_and_checks_states() {
    let c = Cloud::start().await;
    let (demo, admin) = (
        c.token("demo", "demo").await,
        c.token("admin", "admin").await,
    );
    let share = settled_share(&c, &demo, json!({"share_proto": "NFS", "size": 1})).await;
    assert_eq!(share["status"], "available");
    let path = format!("/shares/{}/action", share["id"].as_str().unwrap());
    let act = |token: &str, body: Value| {
        let (path, token) = (path.clone(), token.to_string());
        let c = &c;
        async move { manila(c, reqwest::Method::POST, &path, &token, "2.70", Some(body)).await }
    };
    // What `openstack share set NAME --name …` sends after the update.
    let clear = json!({"reset_task_state": {"task_state": null}});
    assert_eq!(act(&demo, clear.clone()).await.0, 403, "a member may not");
    assert_eq!(act(&admin, clear).await.0, 202);
    let set = json!({"reset_task_state": {"task_state": "migration_error"}});
    assert_eq!(act(&admin, set).await.0, 202);
    let shown = manila(
        &c,
        reqwest::Method::GET,
        &path.replace("/action", ""),
        &admin,
        "2.70",
        None,
    )
    .await
    .1;
    assert_eq!(shown["share"]["task_state"], "migration_error");
    let (status, body) = act(&admin, json!({"reset_task_state": {"task_state": "bogus"}})).await;
    assert_eq!(status, 400);
    assert!(
        message(&body).starts_with("Invalid input for field/attribute task_state. Value: bogus. 'bogus' is not one of ['migration_starting',")
            && message(&body).ends_with("'data_copying_error', None]"),
        "{body}"
    );
    // A status Manila does not know, one a reset may not set, none at all.
    let reset = |status: Value| json!({"reset_status": {"status": status}});
    let (status, body) = act(&admin, reset(json!("bogus"))).await;
    assert_eq!(status, 400);
    assert!(message(&body).starts_with("Invalid input for field/attribute status. Value: bogus. 'bogus' is not one of ['creating', 'creating_from_snapshot',"), "{body}");
    let (status, body) = act(&admin, reset(json!("extending"))).await;
    assert_eq!(
        (status, message(&body)),
        (
            400,
            "Invalid state. Valid states: creating, available, deleting, error, error_deleting, migrating, migrating_to, server_migrating."
        )
    );
    let (status, body) = act(&admin, json!({"reset_status": {}})).await;
    assert_eq!((status, message(&body)), (400, "Must specify 'status'"));
    let shown = manila(
        &c,
        reqwest::Method::GET,
        &path.replace("/action", ""),
        &admin,
        "2.70",
        None,
    )
    .await
    .1;
    assert_eq!(
        shown["share"]["status"], "available",
        "nothing refused was kept"
    );
}

#[tokio::test]
async fn messages_between_two_times_include_a_message_made_at_either_bound() {
    let c = Cloud::start().await;
    let (demo, admin) = (
        c.token("demo", "demo").await,
        c.token("admin", "admin").await,
    );
    let post = reqwest::Method::POST;
    let t = json!({"share_type": {"name": "nowhere", "extra_specs": {"driver_handles_share_servers": false, "share_backend_name": "NOWHERE"}}});
    assert_eq!(
        manila(&c, post, "/types", &admin, "2.70", Some(t)).await.0,
        200
    );
    let failed = settled_share(
        &c,
        &demo,
        json!({"share_proto": "NFS", "size": 1, "share_type": "nowhere"}),
    )
    .await;
    assert_eq!(failed["status"], "error");
    let (_, all) = manila(&c, reqwest::Method::GET, "/messages", &demo, "2.52", None).await;
    let at = all["messages"][0]["created_at"]
        .as_str()
        .unwrap()
        .to_string();
    let encoded = percent_encoding::utf8_percent_encode(&at, percent_encoding::NON_ALPHANUMERIC);
    for bound in ["created_since", "created_before"] {
        let path = format!("/messages?{bound}={encoded}");
        let (status, list) = manila(&c, reqwest::Method::GET, &path, &demo, "2.52", None).await;
        assert_eq!(status, 200);
        assert_eq!(
            list["messages"].as_array().unwrap().len(),
            1,
            "{bound} {at}: {list}"
        );
    }
}

#[tokio::test]
async fn network_checks_answer_once_the_back_ends_were_asked() {
    let c = Cloud::start().await;
    let (demo, admin) = (
        c.token("demo", "demo").await,
        c.token("admin", "admin").await,
    );
    let (post, get) = (reqwest::Method::POST, reqwest::Method::GET);
    let (_, nets) = manila(&c, get.clone(), "/share-networks", &demo, "2.70", None).await;
    let net = nets["share_networks"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let action = format!("/share-networks/{net}/action");
    let check = |token: &str, version: &str, body: Value| {
        let (c, action, token, version, post) = (
            &c,
            action.clone(),
            token.to_string(),
            version.to_string(),
            post.clone(),
        );
        async move { manila(c, post, &action, &token, &version, Some(body)).await }
    };
    let subnet =
        |reset: bool| json!({"share_network_subnet_create_check": {"reset_operation": reset}});
    // No server on the network yet: compatible at once.
    assert_eq!(
        check(&demo, "2.70", subnet(false)).await,
        (202, json!({"compatible": true}))
    );
    assert_eq!(
        check(&demo, "2.69", subnet(false)).await.0,
        404,
        "from 2.70 only"
    );
    let share = json!({"share_proto": "NFS", "size": 1, "share_type": "dhss_true", "share_network_id": net});
    assert_eq!(settled_share(&c, &demo, share).await["status"], "available");
    // A server: the first check asks its back end, the next has the answer.
    assert_eq!(
        check(&demo, "2.70", subnet(false)).await,
        (202, json!({"compatible": null}))
    );
    let (_, answered) = check(&admin, "2.70", subnet(false)).await;
    assert_eq!(answered["compatible"], true);
    assert_eq!(
        answered["hosts_check_result"]
            .as_object()
            .unwrap()
            .values()
            .collect::<Vec<_>>(),
        [&json!(true)]
    );
    assert_eq!(
        check(&demo, "2.70", subnet(true)).await.1,
        json!({"compatible": null}),
        "a reset asks again"
    );
    let (status, body) = check(
        &demo,
        "2.70",
        json!({"share_network_subnet_create_check": {"neutron_net_id": "n"}}),
    )
    .await;
    assert_eq!(status, 400, "{body}");
    // A security service: added to a network with a server only after a check.
    let ss = |name: &str| {
        let (c, demo, post, name) = (&c, demo.clone(), post.clone(), name.to_string());
        async move {
            let body = json!({"security_service": {"type": "ldap", "name": name}});
            manila(c, post, "/security-services", &demo, "2.70", Some(body))
                .await
                .1["security_service"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        }
    };
    let (first, second) = (ss("one").await, ss("two").await);
    let add = json!({"add_security_service": {"security_service_id": first}});
    let (status, body) = check(&demo, "2.70", add.clone()).await;
    assert_eq!(status, 400);
    assert!(
        message(&body)
            .contains("cannot start the update process since no check operation was found"),
        "{body}"
    );
    let add_check = json!({"add_security_service_check": {"security_service_id": first}});
    let (status, body) = check(&demo, "2.70", add_check.clone()).await;
    assert_eq!((status, &body["compatible"]), (202, &Value::Null), "{body}");
    assert_eq!(
        body["requested_operation"],
        json!({"operation": "add_security_service", "current_security_service": null, "new_security_service": first})
    );
    assert_eq!(check(&demo, "2.70", add_check).await.1["compatible"], true);
    let (status, body) = check(&demo, "2.70", add).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["share_network"]["security_service_update_support"],
        true
    );
    // One of each type: a second LDAP service is refused as Manila refuses it.
    let (status, body) = check(
        &demo,
        "2.70",
        json!({"add_security_service": {"security_service_id": second}}),
    )
    .await;
    assert_eq!(status, 409, "{body}");
    assert!(message(&body).starts_with("Invalid security service: Cannot add security service to share network. Security service with 'ldap' type already added to"), "{body}");
}

#[tokio::test]
async fn share_servers_and_networks_are_reset_by_an_administrator_to_manilas_states() {
    let c = Cloud::start().await;
    let (demo, admin) = (
        c.token("demo", "demo").await,
        c.token("admin", "admin").await,
    );
    let (_, nets) = manila(
        &c,
        reqwest::Method::GET,
        "/share-networks",
        &demo,
        "2.70",
        None,
    )
    .await;
    let net = nets["share_networks"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let share = json!({"share_proto": "NFS", "size": 1, "share_type": "dhss_true", "share_network_id": net});
    let server = settled_share(&c, &demo, share).await;
    let (_, shown) = manila(
        &c,
        reqwest::Method::GET,
        &format!("/shares/{}", server["id"].as_str().unwrap()),
        &admin,
        "2.70",
        None,
    )
    .await;
    let server = shown["share"]["share_server_id"]
        .as_str()
        .unwrap()
        .to_string();
    let reset = |path: String, token: &str, version: &str, body: Value| {
        let (c, token, version) = (&c, token.to_string(), version.to_string());
        async move {
            manila(
                c,
                reqwest::Method::POST,
                &path,
                &token,
                &version,
                Some(body),
            )
            .await
        }
    };
    let status = |s: &str| json!({"reset_status": {"status": s}});
    let server_action = format!("/share-servers/{server}/action");
    let net_action = format!("/share-networks/{net}/action");
    // As the reference cloud answered each (2026-12-03).
    assert_eq!(
        reset(server_action.clone(), &demo, "2.70", status("error"))
            .await
            .0,
        403
    );
    let (code, body) = reset(server_action.clone(), &admin, "2.70", status("bogus")).await;
    assert_eq!(code, 400);
    assert_eq!(
        message(&body),
        "Invalid state. Valid states: active, error, deleting, creating, manage_starting, unmanage_starting, unmanage_error, manage_error, inactive, server_migrating, server_migrating_to, network_change."
    );
    let (code, body) = reset(
        server_action.clone(),
        &admin,
        "2.70",
        json!({"reset_status": {}}),
    )
    .await;
    assert_eq!((code, message(&body)), (400, "Must specify 'status'"));
    assert_eq!(
        reset(server_action.clone(), &admin, "2.70", status("error"))
            .await
            .0,
        202
    );
    let (_, shown) = manila(
        &c,
        reqwest::Method::GET,
        &format!("/share-servers/{server}"),
        &admin,
        "2.70",
        None,
    )
    .await;
    assert_eq!(shown["share_server"]["status"], "error");
    // A server reset to a status the manager works on stays in it, as on
    // the reference cloud (tempest's `test_share_server_reset_state`).
    for held in ["deleting", "creating"] {
        assert_eq!(
            reset(server_action.clone(), &admin, "2.70", status(held))
                .await
                .0,
            202
        );
        let shown = format!("/share-servers/{server}");
        assert_stays(&c, &admin, &shown, "share_server", held).await;
    }
    // The task state too (from 2.57: `share server set` sends it after the status).
    let task = |t: Value| json!({"reset_task_state": {"task_state": t}});
    let server_path = format!("/share-servers/{server}");
    for t in [json!("migration_error"), Value::Null] {
        let (code, _) = reset(server_action.clone(), &admin, "2.70", task(t.clone())).await;
        assert_eq!(code, 202);
        let (_, shown) = manila(&c, reqwest::Method::GET, &server_path, &admin, "2.70", None).await;
        assert_eq!(shown["share_server"]["task_state"], t);
    }
    let (code, body) = reset(server_action.clone(), &admin, "2.70", task(json!("bogus"))).await;
    assert_eq!(
        (code, message(&body)),
        (
            400,
            "Invalid state. Valid states: migration_starting, migration_in_progress, migration_completing, migration_success, migration_error, migration_cancel_in_progress, migration_cancelled, migration_driver_in_progress, migration_driver_phase1_done, None."
        )
    );
    let (code, _) = reset(server_action.clone(), &admin, "2.56", task(Value::Null)).await;
    assert_eq!(code, 404, "from 2.57");
    assert_eq!(
        reset(server_action, &admin, "2.70", status("active"))
            .await
            .0,
        202
    );
    let (code, body) = reset(net_action.clone(), &admin, "2.70", status("bogus")).await;
    assert_eq!(
        (code, message(&body)),
        (
            400,
            "Invalid state. Valid states: active, error, network_change."
        )
    );
    assert_eq!(
        reset(net_action.clone(), &admin, "2.62", status("active"))
            .await
            .0,
        404,
        "from 2.63"
    );
    assert_eq!(
        reset(net_action.clone(), &demo, "2.70", status("active"))
            .await
            .0,
        403
    );
    assert_eq!(
        reset(net_action, &admin, "2.70", status("error")).await.0,
        202
    );
    let (_, shown) = manila(
        &c,
        reqwest::Method::GET,
        &format!("/share-networks/{net}"),
        &admin,
        "2.70",
        None,
    )
    .await;
    assert_eq!(shown["share_network"]["status"], "error");
}

#[tokio::test]
async fn share_actions_are_served_at_manilas_microversions_only() {
    let c = Cloud::start().await;
    let demo = c.token("demo", "demo").await;
    let share = settled_share(&c, &demo, json!({"share_proto": "NFS", "size": 1})).await;
    let path = format!("/shares/{}/action", share["id"].as_str().unwrap());
    // As the reference cloud answered each (2026-12-04; openstacksdk's
    // `resize_share` sends `extend` with no microversion, and gets the 404).
    for (action, version, code, says) in [
        ("extend", "2.6", 404, "The resource could not be found."),
        ("os-extend", "2.7", 404, "The resource could not be found."),
        (
            "os-soft_delete",
            "2.69",
            400,
            "There is no such action: os-soft_delete",
        ),
        (
            "soft_delete",
            "2.68",
            404,
            "The resource could not be found.",
        ),
        (
            "access_list",
            "2.45",
            404,
            "The resource could not be found.",
        ),
        ("os-access_list", "2.6", 200, ""),
        ("access_list", "2.44", 200, ""),
        ("bogus", "2.7", 400, "There is no such action: bogus"),
    ] {
        let arg = if action.ends_with("extend") {
            json!({"new_size": 1})
        } else {
            Value::Null
        };
        let body = json!({ action: arg });
        let (got, answer) =
            manila(&c, reqwest::Method::POST, &path, &demo, version, Some(body)).await;
        let message = if got == 200 { "" } else { message(&answer) };
        assert_eq!((got, message), (code, says), "{action} at {version}");
    }
}
