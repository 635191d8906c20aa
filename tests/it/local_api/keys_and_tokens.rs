//! What other clients send to the local Barbican and Keystone, answered
//! as the reference cloud did (issue 17; each case seen on both clouds):
//! a payload in the content type `Accept` names, Barbican 23's size limits
//! and a reader's lists, system-scoped tokens, and roles recomputed at use.

use super::Cloud;
use super::clients::manila;
use serde_json::{Value, json};

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
