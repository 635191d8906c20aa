//! The local cloud's REST, spoken to directly (as other clients will in
//! `local serve`): version documents, error bodies and headers, and the
//! application-credential access rules that the local Barbican enforces.

use serde_json::{Value, json};
use sharekeep::local::identity::models::{AccessRule, RoleRef};
use sharekeep::local::{Running, State};

mod clients;
mod consumers_and_quotas;
mod keys_and_tokens;
mod keystone;
mod networks;
mod recycle;
mod routing;

struct Cloud {
    _dir: tempfile::TempDir,
    running: Running,
    http: reqwest::Client,
    base: String,
}

impl Cloud {
    async fn start() -> Cloud {
        Cloud::start_with(None).await
    }

    /// A cloud whose state has this `backends.yaml` (its default otherwise).
    async fn start_with(backends: Option<&str>) -> Cloud {
        let dir = tempfile::tempdir().unwrap();
        if let Some(text) = backends {
            use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
            let state = dir.path().join("state");
            std::fs::DirBuilder::new()
                .mode(0o700)
                .create(&state)
                .unwrap();
            let file = state.join("backends.yaml");
            std::fs::write(&file, text).unwrap();
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let state = State::open(&dir.path().join("state")).unwrap();
        let base = state.base_url();
        let running = Running::start(state).await.unwrap();
        let (host, addr) = running.resolve();
        sharekeep::session::http::install_crypto_provider();
        let http = reqwest::Client::builder()
            .resolve(&host, addr)
            .build()
            .unwrap();
        Cloud {
            _dir: dir,
            running,
            http,
            base,
        }
    }

    fn state(&self) -> &State {
        &self.running.state
    }

    /// A project-scoped token for a seeded user.
    async fn token(&self, user: &str, project: &str) -> String {
        let password = self.state().kek.seeded_password(user);
        let (status, token) = self.login(user, &password, project).await;
        assert_eq!(status, 201);
        token.unwrap()
    }

    async fn get(
        &self,
        path: &str,
        token: Option<&str>,
        version: Option<&str>,
    ) -> (u16, reqwest::header::HeaderMap, Value) {
        let mut req = self.http.get(format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.header("x-auth-token", t);
        }
        if let Some(v) = version {
            req = req.header("x-openstack-manila-api-version", v);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let bytes = resp.bytes().await.unwrap();
        (
            status,
            headers,
            serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        )
    }
}

impl Cloud {
    /// Any request with a JSON body (or none): status and body.
    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (u16, Value) {
        self.send(method, path, token, None, body).await
    }

    /// A request at `path` with a token, a Manila microversion and a JSON
    /// body, each if given: status and body.
    async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        manila_version: Option<&str>,
        body: Option<Value>,
    ) -> (u16, Value) {
        let mut req = self.http.request(method, format!("{}{path}", self.base));
        if let Some(t) = token {
            req = req.header("x-auth-token", t);
        }
        if let Some(v) = manila_version {
            req = req.header("x-openstack-manila-api-version", v);
        }
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

    /// A password token for any user, by name, on a project, by name.
    async fn login(&self, user: &str, password: &str, project: &str) -> (u16, Option<String>) {
        let body = json!({"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": user, "domain": {"name": "Default"}, "password": password}}},
                          "scope": {"project": {"name": project, "domain": {"name": "Default"}}}}});
        let resp = self
            .http
            .post(format!("{}/identity/v3/auth/tokens", self.base))
            .json(&body)
            .send()
            .await
            .unwrap();
        let token = resp
            .headers()
            .get("x-subject-token")
            .map(|t| t.to_str().unwrap().to_string());
        (resp.status().as_u16(), token)
    }
}

#[tokio::test]
async fn version_documents_and_microversion_errors() {
    let c = Cloud::start().await;
    let (status, _, doc) = c.get("/share/", None, None).await;
    assert_eq!(status, 300);
    assert_eq!(doc["versions"][0]["version"], "2.99");
    assert_eq!(doc["versions"][0]["min_version"], "2.0");
    let (status, _, v3) = c.get("/identity/v3", None, None).await;
    assert_eq!((status, v3["version"]["id"].as_str()), (200, Some("v3.14")));
    let token = c.token("demo", "demo").await;
    let (status, headers, body) = c.get("/share/v2/shares", Some(&token), Some("2.100")).await;
    assert_eq!(status, 406);
    assert_eq!(
        body["computeFault"]["message"],
        "Version 2.100 is not supported by the API. Minimum is 2.0 and maximum is 2.99."
    );
    assert_eq!(headers["x-openstack-manila-api-version"], "2.0");
    let (status, _, body) = c
        .get("/share/v2/shares", Some(&token), Some("latest"))
        .await;
    assert_eq!(status, 400, "{body}");
    let (status, headers, _) = c.get("/share/v2/shares", Some(&token), Some("2.90")).await;
    assert_eq!(status, 200);
    assert_eq!(headers["x-openstack-manila-api-version"], "2.90");
}

#[tokio::test]
async fn error_bodies_are_each_services_own() {
    let c = Cloud::start().await;
    let (status, headers, body) = c.get("/share/v2/shares", None, None).await;
    assert_eq!(status, 401);
    assert_eq!(
        body["error"]["message"],
        "The request you have made requires authentication."
    );
    assert!(headers.contains_key("www-authenticate"));
    let token = c.token("demo", "demo").await;
    let missing = "0f1c9a1e-6b43-4a4e-9d1b-2b6e4d3f5a77";
    let (status, _, body) = c
        .get(
            &format!("/share/v2/shares/{missing}"),
            Some(&token),
            Some("2.90"),
        )
        .await;
    assert_eq!(status, 404);
    assert_eq!(
        body,
        json!({"itemNotFound": {"code": 404, "message": "The resource could not be found."}})
    );
    let (status, _, body) = c
        .get(
            &format!("/key-manager/v1/secrets/{missing}"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 404);
    assert_eq!(
        body,
        json!({"code": 404, "title": "Not Found", "description": "Secret not found."})
    );
    // Over quota: 413 overLimit, with Retry-After as Manila sends it.
    let admin = c.token("admin", "admin").await;
    let demo_project = c.state().ids.project("demo").to_string();
    let resp = c
        .http
        .put(format!("{}/share/v2/os-quota-sets/{demo_project}", c.base))
        .header("x-auth-token", &admin)
        .json(&json!({"quota_set": {"shares": 0}}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let resp = c
        .http
        .post(format!("{}/share/v2/shares", c.base))
        .header("x-auth-token", &token)
        .header("x-openstack-manila-api-version", "2.90")
        .json(&json!({"share": {"share_proto": "NFS", "size": 1}}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 413);
    assert_eq!(resp.headers()["retry-after"], "0");
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["overLimit"]["retryAfter"], "0");
    assert!(
        body["overLimit"]["message"]
            .as_str()
            .unwrap()
            .starts_with("ShareLimitExceeded: Maximum number of shares allowed (0)")
    );
}

#[tokio::test]
async fn an_application_credential_reads_only_its_key() {
    let c = Cloud::start().await;
    let token = c.token("demo", "demo").await;
    let mut keys = Vec::new();
    for n in [1u8, 2] {
        let resp = c.http.post(format!("{}/key-manager/v1/secrets", c.base)).header("x-auth-token", &token)
            .json(&json!({"name": format!("k{n}"), "payload": "a2V5IG1hdGVyaWFs", "payload_content_type": "application/octet-stream",
                          "payload_content_encoding": "base64", "secret_type": "symmetric"}))
            .send().await.unwrap();
        assert_eq!(resp.status().as_u16(), 201);
        let body: Value = resp.json().await.unwrap();
        keys.push(
            body["secret_ref"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string(),
        );
    }
    // What the share manager does for a new encrypted server: the service
    // user on the key's ACL and a credential whose rules name only that key.
    let state = c.state();
    let manila = state.ids.user("manila").to_string();
    let service = state.ids.project("service").to_string();
    let role = vec![RoleRef {
        id: state.ids.roles["service"].clone(),
        name: "service".into(),
    }];
    let key = keys[0].clone();
    let (cred, secret) = state
        .write(|tx| {
            sharekeep::local::keymanager::grant_read(tx, &key, &manila)?;
            sharekeep::local::keymanager::grant_read(tx, &keys[1], &manila)?;
            let rules = AccessRule::key_reads(&key);
            sharekeep::local::identity::create_app_credential(
                tx,
                (&manila, &service),
                "t",
                role,
                Some(rules),
            )
        })
        .unwrap();
    let resp = c.http.post(format!("{}/identity/v3/auth/tokens", c.base))
        .json(&json!({"auth": {"identity": {"methods": ["application_credential"], "application_credential": {"id": cred, "secret": secret}}}}))
        .send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 201);
    let cred_token = resp.headers()["x-subject-token"]
        .to_str()
        .unwrap()
        .to_string();
    let payload = c
        .http
        .get(format!("{}/key-manager/v1/secrets/{key}/payload", c.base))
        .header("x-auth-token", &cred_token)
        .send()
        .await
        .unwrap();
    assert_eq!(payload.status().as_u16(), 200);
    assert_eq!(payload.bytes().await.unwrap().as_ref(), b"key material");
    assert_eq!(
        c.get(
            &format!("/key-manager/v1/secrets/{key}"),
            Some(&cred_token),
            None
        )
        .await
        .0,
        200
    );
    // Outside the rules: listing, the other key (even though its ACL would allow it), any other service.
    assert_eq!(
        c.get("/key-manager/v1/secrets", Some(&cred_token), None)
            .await
            .0,
        401
    );
    assert_eq!(
        c.get(
            &format!("/key-manager/v1/secrets/{}/payload", keys[1]),
            Some(&cred_token),
            None
        )
        .await
        .0,
        401
    );
    assert_eq!(
        c.get("/share/v2/shares", Some(&cred_token), None).await.0,
        401
    );
    // A wrong secret gets no token.
    let resp = c.http.post(format!("{}/identity/v3/auth/tokens", c.base))
        .json(&json!({"auth": {"identity": {"methods": ["application_credential"], "application_credential": {"id": cred, "secret": "guess"}}}}))
        .send().await.unwrap();
    assert_eq!(resp.status().as_u16(), 401);
    // With project-access false, another member of the project loses read access.
    let demo_view = c
        .get(
            &format!("/key-manager/v1/secrets/{key}/payload"),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(demo_view.0, 200, "the creator keeps access");
}

/// Numbers at the edges of their types are refused or answered, never
/// crashed on (found by schemathesis against `local serve`: an offset near
/// u64::MAX, share sizes near i64::MAX with and without a quota).
#[tokio::test]
async fn numbers_at_the_edges_are_refused_not_crashed_on() {
    use reqwest::Method;
    let c = Cloud::start().await;
    let admin = c.token("admin", "admin").await;
    let demo = c.token("demo", "demo").await;
    for collection in ["secrets", "orders", "containers"] {
        let path = format!("/key-manager/v1/{collection}?limit=1&offset=18446744073709551615");
        let (status, body) = c.call(Method::GET, &path, Some(&demo), None).await;
        assert_eq!(status, 200, "{collection}: {body}");
    }
    let huge = json!({"share": {"share_proto": "NFS", "size": 9223372036854775806i64}});
    let (status, body) = c
        .call(
            Method::POST,
            "/share/v2/shares",
            Some(&demo),
            Some(huge.clone()),
        )
        .await;
    assert_eq!(status, 400, "{body}");
    let demo_project = c.state().ids.project("demo").to_string();
    let unlimited = json!({"quota_set": {"gigabytes": -1}});
    let path = format!("/share/v2/os-quota-sets/{demo_project}"); // 2.0: the legacy name
    let (status, body) = c
        .call(Method::PUT, &path, Some(&admin), Some(unlimited))
        .await;
    assert_eq!(status, 200, "{body}");
    for _ in 0..2 {
        let (status, body) = c
            .call(
                Method::POST,
                "/share/v2/shares",
                Some(&demo),
                Some(huge.clone()),
            )
            .await;
        assert_eq!(status, 400, "{body}");
    }
    let one = json!({"share": {"share_proto": "NFS", "size": 1}});
    let (status, body) = c
        .call(Method::POST, "/share/v2/shares", Some(&demo), Some(one))
        .await;
    assert_eq!(status, 200, "{body}");
    let id = body["share"]["id"].as_str().unwrap().to_string();
    // No microversion is 2.0, where the action is `os-extend`.
    let extend = json!({"os-extend": {"new_size": 9223372036854775807i64}});
    let path = format!("/share/v2/shares/{id}/action");
    let (status, body) = c.call(Method::POST, &path, Some(&demo), Some(extend)).await;
    assert_eq!(status, 400, "{body}");
    let (status, body) = c
        .call(Method::GET, "/share/v2/limits", Some(&demo), None)
        .await;
    assert_eq!(status, 200, "{body}");
}

#[tokio::test]
async fn a_security_service_is_its_projects_alone() {
    let c = Cloud::start().await;
    let demo = c.token("demo", "demo").await;
    let alt = c.token("alt", "alt").await;
    let admin = c.token("admin", "admin").await;
    let post = reqwest::Method::POST;
    let (status, made) = c
        .call(
            post,
            "/share/v2/security-services",
            Some(&demo),
            Some(json!({"security_service": {"type": "ldap", "name": "dir", "server": "ldap.example"}})),
        )
        .await;
    assert_eq!(status, 200, "{made}");
    let id = made["security_service"]["id"].as_str().unwrap().to_string();
    let path = format!("/share/v2/security-services/{id}");
    let get = reqwest::Method::GET;
    for (token, seen) in [(&demo, 200), (&admin, 200), (&alt, 404)] {
        let (status, body) = c.call(get.clone(), &path, Some(token), None).await;
        assert_eq!(status, seen, "{body}");
    }
    let put = |name: &str| Some(json!({"security_service": {"name": name}}));
    let (status, _) = c
        .call(reqwest::Method::PUT, &path, Some(&alt), put("taken"))
        .await;
    assert_eq!(status, 404, "another project cannot rename it");
    let (status, _) = c
        .call(reqwest::Method::DELETE, &path, Some(&alt), None)
        .await;
    assert_eq!(status, 404, "another project cannot delete it");
    let (status, body) = c.call(get.clone(), &path, Some(&demo), None).await;
    assert_eq!(
        (status, body["security_service"]["name"].as_str()),
        (200, Some("dir"))
    );
    let (status, _) = c
        .call(reqwest::Method::DELETE, &path, Some(&demo), None)
        .await;
    assert_eq!(status, 202);
    let (status, _) = c.call(get, &path, Some(&demo), None).await;
    assert_eq!(status, 404);
}
