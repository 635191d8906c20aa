//! Barbican's microversions, secret consumers and project quotas on the
//! local cloud, as Barbican 23 answered each on the reference cloud
//! (issue 17; `openstack secret consumer …` and `secret delete --force`
//! need them).

use super::Cloud;
use reqwest::Method;
use serde_json::{Value, json};

/// A key-manager request: status, the `OpenStack-API-Version` answered, body.
async fn km(
    c: &Cloud,
    (method, path): (Method, &str),
    token: &str,
    version: Option<&str>,
    body: Option<Value>,
) -> (u16, Option<String>, Value) {
    let url = format!("{}/key-manager{path}", c.base);
    let mut req = c.http.request(method, url).header("x-auth-token", token);
    if let Some(v) = version {
        req = req.header("openstack-api-version", format!("key-manager {v}"));
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    let answered = resp
        .headers()
        .get("openstack-api-version")
        .map(|v| v.to_str().unwrap().to_string());
    let bytes = resp.bytes().await.unwrap();
    let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    (status, answered, body)
}

async fn new_secret(c: &Cloud, token: &str) -> (u16, String) {
    let body = json!({"name": "k", "payload": "aGk=", "payload_content_type": "application/octet-stream", "payload_content_encoding": "base64"});
    let (status, _, made) = km(c, (Method::POST, "/v1/secrets"), token, None, Some(body)).await;
    let id = made["secret_ref"]
        .as_str()
        .and_then(|r| r.rsplit('/').next())
        .unwrap_or_default()
        .to_string();
    (status, id)
}

#[tokio::test]
async fn barbican_microversions_are_read_as_its_middleware_reads_them() {
    let c = Cloud::start().await;
    let demo = c.token("demo", "demo").await;
    let (_, id) = new_secret(&c, &demo).await;
    let path = format!("/v1/secrets/{id}");
    let get = |v: Option<&'static str>| km(&c, (Method::GET, &path), &demo, v, None);
    let (status, answered, body) = get(None).await;
    assert_eq!(
        (status, answered.as_deref()),
        (200, Some("key-manager 1.0"))
    );
    assert!(body.get("consumers").is_none(), "1.0 shows no consumers");
    let (status, answered, body) = get(Some("latest")).await;
    assert_eq!(
        (status, answered.as_deref()),
        (200, Some("key-manager 1.2"))
    );
    assert_eq!(body["consumers"], json!([]));
    let (status, _, body) = get(Some("1.3")).await;
    assert_eq!(status, 406);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .ends_with("Invalid microversion: Unacceptable version header: 1.3")
    );
    let (status, _, body) = get(Some("1.x")).await;
    assert_eq!(status, 400);
    assert!(body["message"].as_str().unwrap().contains(
        "Invalid microversion: invalid version string: 1.x; invalid literal for int() with base 10: 'x'"
    ));
    // The version document names the range from 1.1, as clients discover it.
    let (_, _, doc) = km(&c, (Method::GET, "/v1/"), &demo, Some("1.1"), None).await;
    assert_eq!(
        (
            &doc["version"]["min_version"],
            &doc["version"]["max_version"]
        ),
        (&json!("1.0"), &json!("1.2"))
    );
}

#[tokio::test]
async fn a_secret_with_consumers_is_deleted_from_1_2_only_when_forced() {
    let c = Cloud::start().await;
    let demo = c.token("demo", "demo").await;
    let (_, id) = new_secret(&c, &demo).await;
    let consumers = format!("/v1/secrets/{id}/consumers");
    let glance = json!({"service": "image", "resource_type": "image", "resource_id": "abc"});
    for _ in 0..2 {
        let (status, _, secret) = km(
            &c,
            (Method::POST, &consumers),
            &demo,
            None,
            Some(glance.clone()),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(secret["consumers"], json!([glance]), "registered once");
    }
    let (status, _, refusal) = km(
        &c,
        (Method::POST, &consumers),
        &demo,
        None,
        Some(json!({"service": "image", "resource_type": ""})),
    )
    .await;
    assert_eq!(status, 400);
    assert_eq!(
        refusal["description"],
        json!(
            "Provided object does not match schema 'Secret Consumer': 'resource_id' is a required property. Invalid property: 'None'"
        )
    );
    let (status, _, listed) = km(&c, (Method::GET, &consumers), &demo, None, None).await;
    assert_eq!((status, &listed["total"]), (200, &json!(1)));
    assert_eq!(listed["consumers"][0]["resource_id"], json!("abc"));

    let secret = format!("/v1/secrets/{id}");
    let (forced, maybe) = (
        format!("{secret}?force=true"),
        format!("{secret}?force=maybe"),
    );
    let delete = |path| km(&c, (Method::DELETE, path), &demo, Some("1.2"), None);
    let (status, _, refusal) = delete(&secret).await;
    assert_eq!(status, 400);
    assert_eq!(
        refusal["description"],
        json!("Secret deletion issue seen - Secret cannot be deleted as it has consumers..")
    );
    let (status, _, _) = delete(&maybe).await;
    assert_eq!(status, 400, "force is a strict boolean");
    let (status, _, _) = delete(&forced).await;
    assert_eq!(status, 204);
    let (status, _, _) = km(&c, (Method::GET, &consumers), &demo, None, None).await;
    assert_eq!(status, 404, "the secret went with its consumers");
    let left = c
        .state()
        .read(|tx| tx.children("secret_consumer", &id))
        .unwrap();
    assert!(left.is_empty(), "no consumer outlives its secret");
}

#[tokio::test]
async fn project_quotas_are_an_administrators_and_bound_what_a_project_makes() {
    let c = Cloud::start().await;
    let (admin, demo) = (
        c.token("admin", "admin").await,
        c.token("demo", "demo").await,
    );
    let (_, _, projects) = c
        .get("/identity/v3/projects?name=demo", Some(&admin), None)
        .await;
    let project = projects["projects"][0]["id"].as_str().unwrap().to_string();
    let settings = format!("/v1/project-quotas/{project}");
    let (status, _, effective) = km(&c, (Method::GET, "/v1/quotas"), &demo, None, None).await;
    assert_eq!(status, 200);
    assert_eq!(
        effective["quotas"],
        json!({"secrets": -1, "orders": -1, "containers": -1, "consumers": -1, "cas": -1})
    );
    let (status, _, _) = km(&c, (Method::GET, "/v1/project-quotas"), &demo, None, None).await;
    assert_eq!(status, 403, "a member may not see the projects' quotas");
    let put = |body: Value| km(&c, (Method::PUT, &settings), &admin, None, Some(body));
    assert_eq!(
        put(json!({"project_quotas": {"secrets": 1, "orders": 0}}))
            .await
            .0,
        204
    );
    assert_eq!(
        put(json!({"project_quotas": {"containers": 3}})).await.0,
        204
    );
    let (status, _, refusal) = put(json!({"project_quotas": {"secrets": "5"}})).await;
    assert_eq!(status, 400);
    assert_eq!(
        refusal["description"],
        json!(
            "Provided object does not match schema 'Project Quota': '5' is not of type 'integer'. Invalid property: 'project_quotas'"
        )
    );
    let (_, _, shown) = km(&c, (Method::GET, &settings), &admin, None, None).await;
    assert_eq!(
        shown["project_quotas"],
        json!({"secrets": 1, "orders": 0, "containers": 3, "consumers": null, "cas": null}),
        "a PUT sets what it names and keeps the rest"
    );
    assert_eq!(new_secret(&c, &demo).await.0, 201);
    let (status, _, refusal) = km(
        &c,
        (Method::POST, "/v1/secrets"),
        &demo,
        None,
        Some(json!({"name": "two"})),
    )
    .await;
    assert_eq!(status, 403);
    assert_eq!(
        refusal["description"],
        json!(
            "Secret creation issue seen - Creation not allowed because a quota has been reached."
        )
    );
    let order =
        json!({"type": "key", "meta": {"algorithm": "aes", "bit_length": 256, "mode": "cbc"}});
    let (status, _, _) = km(&c, (Method::POST, "/v1/orders"), &demo, None, Some(order)).await;
    assert_eq!(status, 403, "0 disables a resource");
    assert_eq!(
        km(&c, (Method::DELETE, &settings), &admin, None, None)
            .await
            .0,
        204
    );
    assert_eq!(
        km(&c, (Method::DELETE, &settings), &admin, None, None)
            .await
            .0,
        404
    );
    assert_eq!(new_secret(&c, &demo).await.0, 201, "unlimited again");
}
