//! Keystone v3 authentication: the request body for each method, and the token.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::config::{Auth, AuthType, CloudConfig};
use crate::error::{Error, Result};

/// A scoped token with what came with it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Token {
    /// The token itself (the `X-Subject-Token` header).
    pub id: String,
    /// RFC 3339, as Keystone sent it.
    pub expires_at: String,
    pub user_id: String,
    #[serde(default)]
    pub project_id: Option<String>,
    #[serde(default)]
    pub domain_id: Option<String>,
    #[serde(default)]
    pub catalog: Vec<CatalogEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CatalogEntry {
    #[serde(rename = "type")]
    pub service_type: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub endpoints: Vec<Endpoint>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Endpoint {
    pub interface: String,
    #[serde(default)]
    pub region_id: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    pub url: String,
}

impl Token {
    /// Seconds of validity left at `now` (negative when expired).
    pub fn seconds_left(&self, now: jiff::Timestamp) -> Result<i64> {
        let expires: jiff::Timestamp = self.expires_at.parse().map_err(|_| {
            Error::new(
                crate::error::Kind::Server,
                format!("Keystone sent an unreadable expiry `{}`", self.expires_at),
            )
        })?;
        Ok(expires.as_second() - now.as_second())
    }

    /// Build from the `POST /v3/auth/tokens` answer.
    pub fn from_response(subject_token: String, body: &Value) -> Result<Token> {
        let t = body
            .get("token")
            .ok_or_else(|| bad_answer("no `token` object"))?;
        let s = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
        let expires_at = s(t.get("expires_at")).ok_or_else(|| bad_answer("no `expires_at`"))?;
        let user_id = s(t.pointer("/user/id")).ok_or_else(|| bad_answer("no `user.id`"))?;
        let catalog = match t.get("catalog") {
            Some(c) => serde_json::from_value(c.clone())
                .map_err(|e| bad_answer(&format!("unreadable catalog: {e}")))?,
            None => Vec::new(),
        };
        Ok(Token {
            id: subject_token,
            expires_at,
            user_id,
            project_id: s(t.pointer("/project/id")),
            domain_id: s(t.pointer("/domain/id")),
            catalog,
        })
    }
}

fn bad_answer(what: &str) -> Error {
    Error::new(
        crate::error::Kind::Server,
        format!("Keystone's token answer is not valid: {what}"),
    )
}

/// The versioned identity URL: keystoneauth discovers it; we accept `…/v3` or
/// an unversioned root and append `/v3`.
pub fn identity_v3_url(auth_url: &str) -> String {
    let trimmed = auth_url.trim_end_matches('/');
    if trimmed.ends_with("/v3") {
        trimmed.to_string()
    } else {
        format!("{trimmed}/v3")
    }
}

/// A domain reference: by ID when known, else by name.
fn domain(id: &Option<String>, name: &Option<String>, default: &Option<String>) -> Option<Value> {
    match (id, name, default) {
        (Some(id), _, _) => Some(json!({"id": id})),
        (None, Some(name), _) => Some(json!({"name": name})),
        (None, None, Some(d)) => Some(json!({"id": d})),
        _ => None,
    }
}

fn user(a: &Auth) -> Value {
    let mut u = serde_json::Map::new();
    if let Some(id) = &a.user_id {
        u.insert("id".into(), json!(id));
    } else if let Some(name) = &a.username {
        u.insert("name".into(), json!(name));
        if let Some(d) = domain(&a.user_domain_id, &a.user_domain_name, &a.default_domain) {
            u.insert("domain".into(), d);
        }
    }
    Value::Object(u)
}

/// The scope: a project (by ID, or name and domain), else a domain, else none.
fn scope(a: &Auth) -> Option<Value> {
    if let Some(id) = &a.project_id {
        return Some(json!({"project": {"id": id}}));
    }
    if let Some(name) = &a.project_name {
        let mut p = json!({"name": name});
        if let Some(d) = domain(
            &a.project_domain_id,
            &a.project_domain_name,
            &a.default_domain,
        ) {
            p["domain"] = d;
        }
        return Some(json!({"project": p}));
    }
    domain(&a.domain_id, &a.domain_name, &None).map(|d| json!({"domain": d}))
}

/// The `POST /v3/auth/tokens` body. `secret` is the password, credential secret or
/// token, already fetched from wherever it lives (config or keyring).
pub fn request_body(config: &CloudConfig, secret: &str) -> Value {
    let a = &config.auth;
    let identity = match config.auth_type {
        AuthType::Password => {
            let mut u = user(a);
            u["password"] = json!(secret);
            json!({"methods": ["password"], "password": {"user": u}})
        }
        AuthType::ApplicationCredential => {
            let cred = match &a.application_credential_id {
                Some(id) => json!({"id": id, "secret": secret}),
                None => {
                    json!({"name": a.application_credential_name, "user": user(a), "secret": secret})
                }
            };
            json!({"methods": ["application_credential"], "application_credential": cred})
        }
        AuthType::Token => json!({"methods": ["token"], "token": {"id": secret}}),
    };
    let mut auth = json!({"identity": identity});
    // An application credential carries its own scope; Keystone refuses another.
    if config.auth_type != AuthType::ApplicationCredential
        && let Some(s) = scope(a)
    {
        auth["scope"] = s;
    }
    json!({"auth": auth})
}

/// Which credential Keystone refused, for the 401 message.
pub fn credential_description(config: &CloudConfig) -> String {
    let a = &config.auth;
    match config.auth_type {
        AuthType::Password => format!(
            "the password of user `{}`",
            a.username
                .as_deref()
                .or(a.user_id.as_deref())
                .unwrap_or("?")
        ),
        AuthType::ApplicationCredential => format!(
            "application credential `{}`",
            a.application_credential_id
                .as_deref()
                .or(a.application_credential_name.as_deref())
                .unwrap_or("?")
        ),
        AuthType::Token => "the token given with --os-token / OS_TOKEN".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Secret, TokenCache};

    fn config(auth_type: AuthType, auth: Auth) -> CloudConfig {
        CloudConfig {
            name: "t".into(),
            auth_type,
            auth,
            region_name: None,
            interface: "public".into(),
            cacert: None,
            cert: None,
            key: None,
            api_timeout: None,
            verify: true,
            share_api_version: None,
            endpoint_overrides: Default::default(),
            token_cache: TokenCache::None,
        }
    }

    #[test]
    fn password_by_name_scoped_to_project_by_name() {
        let c = config(
            AuthType::Password,
            Auth {
                username: Some("demo".into()),
                user_domain_name: Some("Default".into()),
                project_name: Some("demo".into()),
                project_domain_name: Some("Default".into()),
                password: Some(Secret::new("x")),
                ..Default::default()
            },
        );
        let b = request_body(&c, "pw");
        assert_eq!(
            b["auth"]["identity"]["password"]["user"],
            json!({"name": "demo", "domain": {"name": "Default"}, "password": "pw"})
        );
        assert_eq!(
            b["auth"]["scope"],
            json!({"project": {"name": "demo", "domain": {"name": "Default"}}})
        );
    }

    #[test]
    fn project_id_wins_over_name_and_user_id_over_name() {
        let c = config(
            AuthType::Password,
            Auth {
                user_id: Some("u1".into()),
                username: Some("demo".into()),
                project_id: Some("p1".into()),
                project_name: Some("demo".into()),
                ..Default::default()
            },
        );
        let b = request_body(&c, "pw");
        assert_eq!(
            b["auth"]["identity"]["password"]["user"],
            json!({"id": "u1", "password": "pw"})
        );
        assert_eq!(b["auth"]["scope"], json!({"project": {"id": "p1"}}));
    }

    #[test]
    fn application_credential_has_no_scope() {
        let c = config(
            AuthType::ApplicationCredential,
            Auth {
                application_credential_id: Some("ac".into()),
                project_name: Some("demo".into()),
                ..Default::default()
            },
        );
        let b = request_body(&c, "s");
        assert_eq!(
            b["auth"]["identity"]["application_credential"],
            json!({"id": "ac", "secret": "s"})
        );
        assert!(b["auth"].get("scope").is_none());
    }

    #[test]
    fn token_method_rescopes() {
        let c = config(
            AuthType::Token,
            Auth {
                project_id: Some("p".into()),
                ..Default::default()
            },
        );
        let b = request_body(&c, "tok");
        assert_eq!(
            b["auth"]["identity"],
            json!({"methods": ["token"], "token": {"id": "tok"}})
        );
        assert_eq!(b["auth"]["scope"], json!({"project": {"id": "p"}}));
    }

    #[test]
    fn identity_url_is_versioned_once() {
        assert_eq!(identity_v3_url("http://k:5000/v3/"), "http://k:5000/v3");
        assert_eq!(identity_v3_url("http://k:5000"), "http://k:5000/v3");
    }

    #[test]
    fn token_from_keystone_answer() {
        let body = json!({"token": {"expires_at": "2030-01-01T00:00:00.000000Z", "user": {"id": "u"},
            "project": {"id": "p"}, "catalog": [{"type": "key-manager", "endpoints": [
            {"interface": "public", "region_id": "RegionOne", "url": "http://b:9311"}]}]}});
        let t = Token::from_response("tok".into(), &body).expect("valid answer");
        assert_eq!(t.project_id.as_deref(), Some("p"));
        assert_eq!(t.catalog[0].endpoints[0].url, "http://b:9311");
        let now: jiff::Timestamp = "2029-12-31T23:59:00Z".parse().unwrap();
        assert_eq!(t.seconds_left(now).unwrap(), 60);
        assert!(Token::from_response("x".into(), &json!({})).is_err());
    }
}
