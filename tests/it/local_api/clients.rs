//! What other clients send and the local cloud must answer as the reference
//! cloud did (issue 17's "broken today", each seen on both clouds with the
//! `openstack` client of the reference cloud's venv): `share set`'s task
//! state reset, messages between two times, a payload in the content type
//! `Accept` asks for, and the share network checks.

use super::Cloud;
use serde_json::{Value, json};

/// A Manila request at `version` with a JSON body (or none).
async fn manila(
    c: &Cloud,
    method: reqwest::Method,
    path: &str,
    token: &str,
    version: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut req = c
        .http
        .request(method, format!("{}/share/v2{path}", c.base))
        .header("x-auth-token", token)
        .header("x-openstack-manila-api-version", version);
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let bytes = resp.bytes().await.unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

/// A share of demo's made through the API, once the manager has settled it.
async fn settled_share(c: &Cloud, demo: &str, share: Value) -> Value {
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

fn message(body: &Value) -> &str {
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
async fn a_payload_comes_in_the_content_type_that_accept_names() {
    let c = Cloud::start().await;
    let demo = c.token("demo", "demo").await;
    let store = |body: Value| {
        let (c, demo) = (&c, demo.clone());
        async move {
            let resp = c
                .http
                .post(format!("{}/key-manager/v1/secrets", c.base))
                .header("x-auth-token", &demo)
                .json(&body)
                .send()
                .await
                .unwrap();
            assert_eq!(resp.status().as_u16(), 201);
            let made: Value = resp.json().await.unwrap();
            made["secret_ref"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        }
    };
    let text = store(json!({"payload": "hello there", "payload_content_type": "text/plain"})).await;
    let binary = store(json!({"payload": "/w==", "payload_content_type": "application/octet-stream", "payload_content_encoding": "base64"})).await;
    let get = |id: &str, path: &str, accept: Option<&str>| {
        let url = format!("{}/key-manager/v1/secrets/{id}{path}", c.base);
        let mut req = c.http.get(url).header("x-auth-token", &demo);
        if let Some(a) = accept {
            req = req.header("accept", a);
        }
        async move {
            let resp = req.send().await.unwrap();
            let status = resp.status().as_u16();
            let ct = resp
                .headers()
                .get("content-type")
                .map(|v| v.to_str().unwrap().to_string())
                .unwrap_or_default();
            (status, ct, resp.bytes().await.unwrap().to_vec())
        }
    };
    // As Barbican 23 answered each (the reference cloud, 2026-12-03).
    let cases: [(&str, Option<&str>, u16, &str); 9] = [
        (&text, Some("text/plain"), 200, "text/plain; charset=UTF-8"),
        (
            &text,
            Some("text/plain;charset=utf-8"),
            200,
            "text/plain;charset=utf-8",
        ),
        (&text, Some("*/*"), 200, "*/*"),
        // (reqwest sends `*/*` when no Accept is set; an empty one is none)
        (&text, Some(""), 200, "application/octet-stream"),
        (&text, Some("application/pkcs8"), 200, "application/pkcs8"),
        (&text, Some("application/json"), 406, "application/json"),
        (&text, Some("text/html"), 406, "application/json"),
        (&text, Some("TEXT/PLAIN"), 400, "application/json"),
        (&binary, Some("text/plain"), 406, "application/json"),
    ];
    for (id, accept, status, ct) in cases {
        let (got, got_ct, body) = get(id, "/payload", accept).await;
        assert_eq!(
            (got, got_ct.as_str()),
            (status, ct),
            "Accept {accept:?}: {}",
            String::from_utf8_lossy(&body)
        );
        if status == 200 {
            assert_eq!(body, b"hello there");
        }
    }
    let (_, _, body) = get(&text, "/payload", Some("application/json")).await;
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(
        body["description"],
        "Secret payload retrieval issue seen - Wrong payload content-type."
    );
    // The secret itself with a non-JSON Accept is its payload, as Barbican's older API.
    assert_eq!(get(&text, "", Some("text/plain")).await.2, b"hello there");
    let (_, ct, _) = get(&text, "", None).await;
    assert_eq!(ct, "application/json");
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

#[tokio::test]
async fn payloads_up_to_barbicans_limit_are_kept_and_larger_ones_refused_in_its_words() {
    let c = Cloud::start().await;
    let demo = c.token("demo", "demo").await;
    let url = format!("{}/key-manager/v1/secrets", c.base);
    let post = |body: String| {
        let (c, url, demo) = (&c, url.clone(), demo.clone());
        async move {
            let resp = c
                .http
                .post(url)
                .header("x-auth-token", demo)
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
                .unwrap();
            (
                resp.status().as_u16(),
                resp.json::<Value>().await.unwrap_or(Value::Null),
            )
        }
    };
    let secret = |n: usize| {
        json!({"payload": "a".repeat(n), "payload_content_type": "text/plain"}).to_string()
    };
    // As Barbican 23 answered (the reference cloud, 2026-12-03).
    assert_eq!(post(secret(20_000)).await.0, 201);
    let (status, body) = post(secret(20_001)).await;
    assert_eq!(
        (status, &body["description"]),
        (413, &json!("Provided information too large to process"))
    );
    let (status, body) = post(secret(24_990)).await;
    assert_eq!(
        (status, &body["description"]),
        (400, &json!("Malformed JSON")),
        "a body over 25,000 bytes is cut"
    );
    let (_, made) = post(json!({"name": "late"}).to_string()).await;
    let href = made["secret_ref"].as_str().unwrap().to_string();
    let put = |n: usize| {
        let (c, href, demo) = (&c, href.clone(), demo.clone());
        async move {
            let resp = c
                .http
                .put(href)
                .header("x-auth-token", demo)
                .header("content-type", "text/plain")
                .body("a".repeat(n))
                .send()
                .await
                .unwrap();
            (
                resp.status().as_u16(),
                resp.json::<Value>().await.unwrap_or(Value::Null),
            )
        }
    };
    let (status, body) = put(20_001).await;
    assert_eq!(
        (status, &body["description"]),
        (
            413,
            &json!("Secret update issue seen - Provided information too large to process.")
        )
    );
    assert_eq!(put(20_000).await.0, 204);
}

#[tokio::test]
async fn a_readers_barbican_lists_are_refused_naming_what_was_listed() {
    let c = Cloud::start().await;
    let reader = c.token("reader", "demo").await;
    for (collection, operation) in [
        ("secrets", "Secret(s) retrieval"),
        ("orders", "Order(s) retrieval"),
        ("containers", "Containers(s) retrieval"),
    ] {
        let url = format!("{}/key-manager/v1/{collection}", c.base);
        let resp = c
            .http
            .get(url)
            .header("x-auth-token", &reader)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 403, "{collection}");
        let body: Value = resp.json().await.unwrap();
        let want =
            format!("{operation} attempt not allowed - please review your user/project privileges");
        assert_eq!(
            body["description"],
            json!(want),
            "as Barbican 23's default policy refuses a reader"
        );
    }
}

#[tokio::test]
async fn the_bootstrap_administrator_gets_a_system_scoped_token_and_no_one_else_does() {
    let c = Cloud::start().await;
    let ask = |user: &str| {
        let password = c.state().kek.seeded_password(user);
        let body = json!({"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": user, "domain": {"name": "Default"}, "password": password}}},
                          "scope": {"system": {"all": true}}}});
        let (c, url) = (&c, format!("{}/identity/v3/auth/tokens", c.base));
        async move {
            let resp = c.http.post(url).json(&body).send().await.unwrap();
            (resp.status().as_u16(), resp.json::<Value>().await.unwrap())
        }
    };
    // As keystone-manage bootstrap leaves Keystone 30: the admin has the
    // admin role on the system (and those it implies); a member has none.
    let (status, body) = ask("admin").await;
    assert_eq!(status, 201, "{body}");
    let token = &body["token"];
    assert_eq!(token["system"], json!({"all": true}));
    let roles: Vec<&str> = token["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["admin", "manager", "member", "reader"]);
    assert!(token["catalog"].as_array().is_some_and(|c| !c.is_empty()));
    assert!(token.get("project").is_none());
    assert_eq!(ask("demo").await.0, 401);
}

#[tokio::test]
async fn a_grant_taken_away_takes_effect_on_tokens_already_issued() {
    let c = Cloud::start().await;
    let (demo, admin) = (
        c.token("demo", "demo").await,
        c.token("admin", "admin").await,
    );
    let ids = &c.state().ids;
    let grant = format!(
        "{}/identity/v3/projects/{}/users/{}/roles/{}",
        c.base,
        ids.project("demo"),
        ids.user("demo"),
        ids.roles["member"]
    );
    let validate = || {
        let url = format!("{}/identity/v3/auth/tokens", c.base);
        let req = c
            .http
            .get(url)
            .header("x-auth-token", &admin)
            .header("x-subject-token", &demo);
        async move { req.send().await.unwrap().status().as_u16() }
    };
    assert_eq!(validate().await, 200);
    let resp = c
        .http
        .delete(&grant)
        .header("x-auth-token", &admin)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 204);
    // As Keystone 30: the roles are recomputed when the token is used.
    assert_eq!(validate().await, 404);
    let (status, _) = manila(&c, reqwest::Method::GET, "/shares", &demo, "2.70", None).await;
    assert_eq!(status, 401, "the services refuse it too");
}
