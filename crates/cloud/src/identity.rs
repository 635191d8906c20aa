//! Keystone v3, the part clients use: version documents, tokens (password,
//! token and application-credential methods, project scope), validation and
//! revocation, and the catalog of the three local services. Application
//! credentials (made by the share manager) carry access rules that every
//! local service enforces.

use std::sync::Arc;

use axum::http::Method;
use serde_json::{Value, json};

use super::crypto;
use super::seed::{self, DOMAIN_ID, DOMAIN_NAME, REGION};
use super::store::{Record, Row, Tx};
use super::{LocalError, State};
use crate::http::{ApiError, App, Req, Resp};

pub mod models;

use models::{AccessRule, AppCredential, Assignment, RoleRef, Token, TokenCredential, User};

/// Token lifetime, as Keystone's default.
const TOKEN_TTL: i64 = 3600;

/// Who is calling, from a valid token.
#[derive(Debug, Clone)]
pub struct Caller {
    pub user_id: String,
    pub user_name: String,
    pub project_id: String,
    pub project_name: String,
    /// Role names, implied ones included (admin ⇒ manager ⇒ member ⇒ reader).
    pub roles: Vec<String>,
    /// Set when the token came from an application credential with rules.
    pub access_rules: Option<Vec<AccessRule>>,
}

impl Caller {
    pub fn is_admin(&self) -> bool {
        self.has("admin")
    }
    pub fn is_member(&self) -> bool {
        self.has("member")
    }
    pub fn has(&self, role: &str) -> bool {
        self.roles.iter().any(|r| r == role)
    }
    /// Whether an application credential's rules allow this request.
    pub fn allowed(&self, service: &str, method: &Method, path: &str) -> bool {
        let Some(rules) = &self.access_rules else {
            return true;
        };
        rules.iter().any(|r| {
            r.service == service && r.method == method.as_str() && path_matches(&r.path, path)
        })
    }
}

/// An access rule's path against a request path: `*` is one segment, `**`
/// any number of them (Keystone's rule syntax).
fn path_matches(rule: &str, path: &str) -> bool {
    let rule: Vec<&str> = rule.trim_matches('/').split('/').collect();
    let path: Vec<&str> = path.trim_matches('/').split('/').collect();
    fn go(rule: &[&str], path: &[&str]) -> bool {
        match (rule.first(), path.first()) {
            (None, None) => true,
            (Some(&"**"), _) => (0..=path.len()).any(|i| go(&rule[1..], &path[i..])),
            (Some(r), Some(p)) if *r == "*" || r == p => go(&rule[1..], &path[1..]),
            _ => false,
        }
    }
    go(&rule, &path)
}

/// The caller of a service request: a valid token whose application
/// credential (if any) allows `service` `method` `path` (the path as the
/// service sees it, e.g. `/v1/secrets/ID`).
pub fn caller(state: &State, req: &Req, service: &str, path: &str) -> Result<Caller, ApiError> {
    let token = req
        .header("x-auth-token")
        .ok_or_else(ApiError::unauthorized)?;
    let caller = state
        .read(|tx| token_caller(tx, token))?
        .ok_or_else(ApiError::unauthorized)?;
    if !caller.allowed(service, &req.method, path) {
        // Keystone's middleware refuses a request outside the rules as 401.
        return Err(ApiError::unauthorized());
    }
    Ok(caller)
}

/// The token `token` names, while it has not expired or been revoked, with
/// the roles its user holds now.
fn live_token(tx: &Tx, token: &str) -> Result<Option<Token>, LocalError> {
    let Some(row) = tx.get("token", &crypto::digest(token))? else {
        return Ok(None);
    };
    let mut t = Token::from_row(&row)?;
    let live = t
        .expires_at
        .parse::<jiff::Timestamp>()
        .is_ok_and(|at| at > jiff::Timestamp::now());
    if !live {
        return Ok(None);
    }
    // Keystone recomputes a project token's roles each time it is used: a
    // grant taken away takes effect at once, and a token left with no role
    // on its project is no token.
    if let (Some(project), None) = (&t.project_id, &t.application_credential) {
        let roles = roles_of(tx, &t.user_id, project)?;
        if roles.is_empty() {
            return Ok(None);
        }
        t.roles = Some(roles);
    }
    Ok(Some(t))
}

fn token_caller(tx: &Tx, token: &str) -> Result<Option<Caller>, LocalError> {
    let Some(t) = live_token(tx, token)? else {
        return Ok(None);
    };
    Ok(Some(Caller {
        user_id: t.user_id,
        user_name: t.user_name,
        project_id: t.project_id.unwrap_or_default(),
        project_name: t.project_name.unwrap_or_default(),
        roles: t
            .roles
            .unwrap_or_default()
            .into_iter()
            .map(|r| r.name)
            .collect(),
        access_rules: t.access_rules,
    }))
}

/// Keystone 30's direct role implications: admin ⇒ manager ⇒ member ⇒ reader.
pub(super) const DIRECT: [(&str, &str); 3] = [
    ("admin", "manager"),
    ("manager", "member"),
    ("member", "reader"),
];

/// The roles `role` implies, transitively (`admin`: manager, member, reader).
pub fn implied(role: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    let mut cur = role.to_string();
    while let Some((_, next)) = DIRECT.iter().find(|(prior, _)| *prior == cur) {
        out.push(*next);
        cur = next.to_string();
    }
    out
}

pub async fn handle(app: &Arc<App>, req: &Req) -> Result<Resp, ApiError> {
    let state = &app.state;
    let path = req.path();
    match (&req.method, path.as_slice()) {
        (&Method::GET, []) => Ok(Resp::json(
            300,
            json!({"versions": {"values": [version(state)]}}),
        )
        .header("location", format!("{}/identity/v3/", state.base_url()))),
        (&Method::GET, ["v3"]) => Ok(Resp::ok(json!({"version": version(state)}))),
        (&Method::POST, ["v3", "auth", "tokens"]) => issue(state, req),
        (&Method::GET | &Method::HEAD, ["v3", "auth", "tokens"]) => {
            caller(state, req, "identity", "/v3/auth/tokens")?;
            let subject = req
                .header("x-subject-token")
                .ok_or_else(|| ApiError::not_found("Could not find token."))?;
            let token = state
                .read(|tx| live_token(tx, subject))?
                .ok_or_else(|| ApiError::not_found("Failed to validate token"))?;
            let resp = Resp::ok(token_view(state, &token));
            Ok(resp.header("x-subject-token", subject))
        }
        (&Method::DELETE, ["v3", "auth", "tokens"]) => {
            caller(state, req, "identity", "/v3/auth/tokens")?;
            let subject = req
                .header("x-subject-token")
                .ok_or_else(|| ApiError::not_found("Could not find token."))?;
            let gone = state.write(|tx| tx.delete("token", &crypto::digest(subject)))?;
            if gone {
                Ok(Resp::empty(204))
            } else {
                Err(ApiError::not_found("Could not find token."))
            }
        }
        // The administration API (`identity_admin`) is routed before this.
        _ => Err(ApiError::not_found("The resource could not be found.")),
    }
}

fn version(state: &State) -> Value {
    json!({
        "id": "v3.14", "status": "stable", "updated": "2020-04-07T00:00:00Z",
        "links": [{"rel": "self", "href": format!("{}/identity/v3/", state.base_url())}],
        "media-types": [{"base": "application/json", "type": "application/vnd.openstack.identity-v3+json"}],
    })
}

/// Who authenticates, once the method's proof is checked.
struct Proof {
    user: User,
    methods: Vec<&'static str>,
    /// An application credential fixes the project, roles and rules.
    app_cred: Option<AppCredential>,
}

fn unauthorized() -> ApiError {
    ApiError::unauthorized()
}

/// `POST /v3/auth/tokens`.
fn issue(state: &State, req: &Req) -> Result<Resp, ApiError> {
    let body = req.json()?;
    let auth = body
        .get("auth")
        .ok_or_else(|| ApiError::bad_request("Expecting to find auth in request body."))?;
    let identity = auth
        .get("identity")
        .ok_or_else(|| ApiError::bad_request("Expecting to find identity in auth."))?;
    let methods: Vec<&str> = identity
        .get("methods")
        .and_then(Value::as_array)
        .map(|m| m.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let token = crypto::random_token();
    let issued = state.write(|tx| {
        let proof = match methods.as_slice() {
            ["password"] => password(tx, identity.get("password"))?,
            ["token"] => {
                let id = identity
                    .pointer("/token/id")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                match live_token(tx, id)? {
                    Some(t) => match tx.get("user", &t.user_id)? {
                        Some(user) => Some(Proof {
                            user: User::from_row(&user)?,
                            methods: vec!["token"],
                            app_cred: None,
                        }),
                        None => None,
                    },
                    // Keystone: an expired or revoked token is 404 here.
                    None => return Ok(Err(ApiError::not_found("Failed to validate token"))),
                }
            }
            ["application_credential"] => {
                app_credential(tx, identity.get("application_credential"))?
            }
            _ => {
                return Ok(Err(ApiError::new(
                    401,
                    "The request you have made requires authentication.",
                )));
            }
        };
        let Some(proof) = proof else {
            return Ok(Err(unauthorized()));
        };
        let scope = match &proof.app_cred {
            Some(cred) => Some(cred.project_id.clone()),
            None => match project_scope(tx, auth.get("scope"))? {
                Ok(p) => p,
                Err(e) => return Ok(Err(e)),
            },
        };
        // System scope: keystone-manage bootstrap gives its admin the admin
        // role on the system, and the local cloud has no other system grants.
        let system = proof.app_cred.is_none()
            && auth.get("scope").is_some_and(|s| s.get("system").is_some());
        if system
            && (auth.pointer("/scope/system/all") != Some(&Value::Bool(true))
                || proof.user.id != state.ids.user("admin"))
        {
            return Ok(Err(unauthorized()));
        }
        let now = jiff::Timestamp::now();
        let expires = now + jiff::SignedDuration::from_secs(TOKEN_TTL);
        let mut record = Token::new(
            crypto::digest(&token),
            (&proof.user.id, &proof.user.name),
            proof.methods.iter().map(|m| m.to_string()).collect(),
            (keystone_time(now), keystone_time(expires)),
            crypto::random_token()[..22].to_string(),
        );
        if let Some(project_id) = scope {
            let Some(project) = tx.get("project", &project_id)? else {
                return Ok(Err(unauthorized()));
            };
            let roles = match &proof.app_cred {
                Some(cred) => cred.roles.clone(),
                None => roles_of(tx, &proof.user.id, &project.id)?,
            };
            if roles.is_empty() {
                return Ok(Err(ApiError::new(
                    401,
                    format!(
                        "User {} has no access to project {}",
                        proof.user.id, project.id
                    ),
                )));
            }
            record.project_id = Some(project.id);
            record.project_name = project.name;
            record.roles = Some(roles);
        }
        if system {
            record.system = Some(json!({"all": true}));
            record.roles = Some(with_implied(tx, vec!["admin".to_string()])?);
        }
        if let Some(cred) = &proof.app_cred {
            record.application_credential = Some(TokenCredential {
                id: cred.id.clone(),
                name: cred.name.clone(),
                restricted: true,
            });
            record.access_rules = cred.access_rules.clone();
        }
        tx.purge_expired("token", &keystone_time(now))?;
        tx.put(&record.row()?)?;
        Ok(Ok(record))
    })??;
    Ok(Resp::json(201, token_view(state, &issued)).header("x-subject-token", token))
}

/// Keystone's token times: `2026-12-01T13:00:00.000000Z`.
fn keystone_time(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%S.%6fZ").to_string()
}

fn password(tx: &Tx, p: Option<&Value>) -> Result<Option<Proof>, LocalError> {
    let Some(u) = p.and_then(|p| p.get("user")) else {
        return Ok(None);
    };
    let Some(user) = find_user(tx, u)? else {
        return Ok(None);
    };
    let user = User::from_row(&user)?;
    let given = u
        .get("password")
        .and_then(Value::as_str)
        .unwrap_or_default();
    let stored = user.password_hash.as_deref().unwrap_or_default();
    Ok(
        (user.is_enabled() && crypto::verify_password(given, stored)).then_some(Proof {
            user,
            methods: vec!["password"],
            app_cred: None,
        }),
    )
}

fn find_user(tx: &Tx, u: &Value) -> Result<Option<Row>, LocalError> {
    if let Some(id) = u.get("id").and_then(Value::as_str) {
        return tx.get("user", id);
    }
    let Some(name) = u.get("name").and_then(Value::as_str) else {
        return Ok(None);
    };
    if !domain_matches(u.get("domain")) {
        return Ok(None);
    }
    Ok(tx.by_name("user", name, None)?.into_iter().next())
}

fn domain_matches(d: Option<&Value>) -> bool {
    match d {
        None => true,
        Some(d) => {
            d.get("id")
                .and_then(Value::as_str)
                .is_none_or(|id| id == DOMAIN_ID)
                && d.get("name")
                    .and_then(Value::as_str)
                    .is_none_or(|n| n == DOMAIN_NAME)
        }
    }
}

fn app_credential(tx: &Tx, c: Option<&Value>) -> Result<Option<Proof>, LocalError> {
    let Some(c) = c else { return Ok(None) };
    let secret = c.get("secret").and_then(Value::as_str).unwrap_or_default();
    let cred = match c.get("id").and_then(Value::as_str) {
        Some(id) => tx.get("app_cred", id)?,
        None => {
            let name = c.get("name").and_then(Value::as_str).unwrap_or_default();
            let user = match c.get("user") {
                Some(u) => find_user(tx, u)?,
                None => None,
            };
            match user {
                Some(user) => tx.by_name("app_cred", name, None)?.into_iter().find(|r| {
                    r.body.get("user_id").and_then(Value::as_str) == Some(user.id.as_str())
                }),
                None => None,
            }
        }
    };
    let Some(cred) = cred else { return Ok(None) };
    let cred = AppCredential::from_row(&cred)?;
    if crypto::digest(secret) != cred.secret_hash {
        return Ok(None);
    }
    let Some(user) = tx.get("user", &cred.user_id)? else {
        return Ok(None);
    };
    Ok(Some(Proof {
        user: User::from_row(&user)?,
        methods: vec!["application_credential"],
        app_cred: Some(cred),
    }))
}

/// The project a token is scoped to (`None`: unscoped).
fn project_scope(
    tx: &Tx,
    scope: Option<&Value>,
) -> Result<Result<Option<String>, ApiError>, LocalError> {
    let Some(p) = scope.and_then(|s| s.get("project")) else {
        return Ok(Ok(None));
    };
    if let Some(id) = p.get("id").and_then(Value::as_str) {
        return Ok(match tx.get("project", id)? {
            Some(project) => Ok(Some(project.id)),
            None => Err(ApiError::new(401, format!("Could not find project: {id}."))),
        });
    }
    let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
    if !domain_matches(p.get("domain")) {
        return Ok(Err(ApiError::new(401, "Could not find domain.")));
    }
    Ok(
        match tx.by_name("project", name, None)?.into_iter().next() {
            Some(project) => Ok(Some(project.id)),
            None => Err(ApiError::new(
                401,
                format!("Could not find project: {name}."),
            )),
        },
    )
}

/// A user's roles on a project, implied roles included.
pub fn roles_of(tx: &Tx, user_id: &str, project_id: &str) -> Result<Vec<RoleRef>, LocalError> {
    let mut names: Vec<String> = Vec::new();
    for a in tx.by_match_key("assignment", &seed::assignment_key(user_id, project_id))? {
        if let Some(role) = tx.get("role", &Assignment::from_row(&a)?.role_id)? {
            names.extend(role.name);
        }
    }
    with_implied(tx, names)
}

/// These roles and those they imply, as Keystone lists a token's.
fn with_implied(tx: &Tx, mut names: Vec<String>) -> Result<Vec<RoleRef>, LocalError> {
    let direct = names.clone();
    for role in direct {
        names.extend(implied(&role).into_iter().map(str::to_string));
    }
    names.sort();
    names.dedup();
    let mut out = Vec::new();
    for name in names {
        if let Some(role) = tx.by_name("role", &name, None)?.into_iter().next() {
            out.push(RoleRef { id: role.id, name });
        }
    }
    Ok(out)
}

/// The token as Keystone shows it.
fn token_view(state: &State, t: &Token) -> Value {
    let domain = json!({"id": DOMAIN_ID, "name": DOMAIN_NAME});
    let mut token = json!({
        "methods": t.methods,
        "user": {"id": t.user_id, "name": t.user_name, "domain": domain, "password_expires_at": null},
        "audit_ids": t.audit_ids,
        "expires_at": t.expires_at,
        "issued_at": t.issued_at,
    });
    if let Some(project_id) = &t.project_id {
        token["project"] = json!({"id": project_id, "name": t.project_name, "domain": domain});
        token["is_domain"] = json!(false);
        token["roles"] = json!(t.roles);
        token["catalog"] = catalog(state);
    }
    if let Some(system) = &t.system {
        token["roles"] = json!(t.roles);
        token["system"] = system.clone();
        token["catalog"] = catalog(state);
    }
    if let Some(cred) = &t.application_credential {
        let mut cred = json!(cred);
        if let Some(rules) = &t.access_rules {
            cred["access_rules"] = json!(rules);
        }
        token["application_credential"] = cred;
    }
    json!({"token": token})
}

/// The catalog: the three services, the same URL on every interface.
pub fn catalog(state: &State) -> Value {
    let base = state.base_url();
    let entry = |kind: &str, name: &str, path: &str| {
        let url = format!("{base}{path}");
        let endpoints: Vec<Value> = ["public", "internal", "admin"]
            .iter()
            .map(|interface| {
                json!({"id": stable_id(state, &format!("{kind}/{interface}")), "interface": interface,
                       "region": REGION, "region_id": REGION, "url": url})
            })
            .collect();
        json!({"endpoints": endpoints, "id": stable_id(state, kind), "type": kind, "name": name})
    };
    json!([
        entry("identity", "keystone", "/identity"),
        entry("key-manager", "barbican", "/key-manager"),
        entry("sharev2", "manilav2", "/share/v2"),
        entry("shared-file-system", "manila", "/share/v2"),
    ])
}

/// An ID that is the same every time for this state and this name.
fn stable_id(state: &State, name: &str) -> String {
    state.stable_digest(name)[..32].to_string()
}

/// Make an application credential for `user_id` on `project_id` with these
/// roles and access rules; the secret is random and returned once (only its
/// digest is kept).
pub fn create_app_credential(
    tx: &Tx,
    (user_id, project_id): (&str, &str),
    name: &str,
    roles: Vec<RoleRef>,
    access_rules: Option<Vec<AccessRule>>,
) -> Result<(String, String), LocalError> {
    let secret = crypto::random_token();
    let cred = AppCredential {
        id: crypto::new_id(),
        name: name.into(),
        user_id: user_id.into(),
        project_id: project_id.into(),
        roles,
        access_rules,
        unrestricted: false,
        expires_at: None,
        secret_hash: crypto::digest(&secret),
        description: "Made by the local share service for its back end".into(),
    };
    tx.put(&cred.row()?)?;
    let id = cred.id;
    Ok((id, secret))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn access_rule_paths_match_segment_by_segment() {
        assert!(path_matches("/v1/secrets/abc", "/v1/secrets/abc"));
        assert!(!path_matches("/v1/secrets/abc", "/v1/secrets/abd"));
        assert!(!path_matches("/v1/secrets/abc", "/v1/secrets"));
        assert!(!path_matches("/v1/secrets/abc", "/v1/secrets/abc/payload"));
        assert!(path_matches("/v1/secrets/*", "/v1/secrets/x"));
        assert!(!path_matches("/v1/secrets/*", "/v1/secrets/x/payload"));
        assert!(path_matches("/v1/**", "/v1/secrets/x/payload"));
    }
}
