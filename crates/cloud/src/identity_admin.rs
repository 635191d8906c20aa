//! Keystone v3's administration API, the part the `openstack` client and
//! tempest use to make accounts as on a real cloud: the Default domain,
//! projects, users (with passwords that can be changed), roles, grants and
//! role assignments, with Keystone's views, messages and default policy
//! (project-scoped tokens: an administrator manages; anyone may read their
//! own user, their own project and their own project list).

use axum::http::Method;
use serde_json::{Map, Value, json};

use super::crypto;
use super::identity::{Caller, DIRECT, caller, implied};
use super::seed::{self, DOMAIN_ID, DOMAIN_NAME};
use super::store::{Row, Tx};
use super::{LocalError, State, text};
use crate::http::{ApiError, Req, Resp};

fn forbidden(action: &str) -> ApiError {
    ApiError::forbidden(format!(
        "You are not authorized to perform the requested action: identity:{action}."
    ))
}

fn not_found(what: &str, id: &str) -> ApiError {
    ApiError::not_found(format!("Could not find {what}: {id}."))
}

/// Route `/v3/...` below the token API; `None` when the path is not one of these.
pub fn handle(state: &State, req: &Req, path: &[&str]) -> Option<Result<Resp, ApiError>> {
    let m = req.method.clone();
    let known = matches!(
        path,
        ["v3", "domains", ..]
            | ["v3", "projects", ..]
            | ["v3", "users", ..]
            | ["v3", "roles", ..]
            | ["v3", "role_assignments"]
            | ["v3", "role_inferences"]
            | ["v3", "auth", "projects"]
    );
    if !known {
        return None;
    }
    // The password change authenticates with the old password, not a token.
    if let (&Method::POST, ["v3", "users", id, "password"]) = (&m, path) {
        return Some(change_password(state, req, id));
    }
    let full = format!("/{}", path.join("/"));
    let who = match caller(state, req, "identity", &full) {
        Ok(c) => c,
        Err(e) => return Some(Err(e)),
    };
    let ctx = Ctx {
        state,
        req,
        who: &who,
    };
    Some(route(&ctx, &m, &path[1..]))
}

struct Ctx<'a> {
    state: &'a State,
    req: &'a Req,
    who: &'a Caller,
}

impl Ctx<'_> {
    fn base(&self) -> String {
        format!("{}/identity/v3", self.state.base_url())
    }

    fn admin(&self, action: &str) -> Result<(), ApiError> {
        if self.who.is_admin() {
            Ok(())
        } else {
            Err(forbidden(action))
        }
    }

    fn link(&self, collection: &str, id: &str) -> Value {
        json!({"self": format!("{}/{collection}/{id}", self.base())})
    }

    /// A collection's links: `self` is the request URL with its query.
    fn collection(&self, key: &str, items: Vec<Value>, path: &str) -> Resp {
        let mut url = format!("{}/{path}", self.base());
        if !self.req.query.is_empty() {
            let q: Vec<String> = self
                .req
                .query
                .iter()
                .map(|(k, v)| {
                    format!(
                        "{}={}",
                        percent_encoding::utf8_percent_encode(
                            k,
                            percent_encoding::NON_ALPHANUMERIC
                        ),
                        percent_encoding::utf8_percent_encode(
                            v,
                            percent_encoding::NON_ALPHANUMERIC
                        )
                    )
                })
                .collect();
            url = format!("{url}?{}", q.join("&"));
        }
        Resp::ok(json!({ key: items, "links": {"next": null, "self": url, "previous": null} }))
    }

    fn body(&self, key: &str) -> Result<Map<String, Value>, ApiError> {
        let b = self.req.json()?;
        match b.get(key) {
            Some(Value::Object(o)) => Ok(o.clone()),
            Some(other) => Err(ApiError::bad_request(format!(
                "Invalid input for field/attribute {key}. Value: {other}. {other} is not of type 'object'"
            ))),
            None => Err(ApiError::bad_request(format!(
                "'{key}' is a required property"
            ))),
        }
    }
}

fn route(ctx: &Ctx, m: &Method, path: &[&str]) -> Result<Resp, ApiError> {
    let state = ctx.state;
    match (m, path) {
        (&Method::GET | &Method::HEAD, ["domains"]) => {
            ctx.admin("list_domains")?;
            let d = domain_view(ctx);
            let keep = ctx.req.query("name").is_none_or(|n| n == DOMAIN_NAME)
                && ctx.req.query("enabled").is_none_or(truthy);
            Ok(ctx.collection("domains", if keep { vec![d] } else { vec![] }, "domains"))
        }
        (&Method::GET | &Method::HEAD, ["domains", id]) => {
            // Any token whose project is in the domain may read it.
            if *id != DOMAIN_ID {
                ctx.admin("get_domain")?;
                return Err(not_found("domain", id));
            }
            Ok(Resp::ok(json!({"domain": domain_view(ctx)})))
        }
        (&Method::GET | &Method::HEAD, ["projects"]) => {
            ctx.admin("list_projects")?;
            let rows = state.read(|tx| tx.list("project", None))?;
            let items = rows
                .iter()
                .filter(|r| filters_match(ctx.req, &r.body, &["name", "domain_id", "parent_id"]))
                .filter(|r| {
                    ctx.req
                        .query("enabled")
                        .is_none_or(|e| truthy(e) == enabled(&r.body))
                })
                .filter(|_| ctx.req.query("is_domain").is_none_or(|d| !truthy(d)))
                .map(|r| project_view(ctx, &r.body))
                .collect();
            Ok(ctx.collection("projects", items, "projects"))
        }
        (&Method::POST, ["projects"]) => {
            ctx.admin("create_project")?;
            create_project(ctx)
        }
        (&Method::GET | &Method::HEAD, ["projects", id]) => {
            let row = state.read(|tx| tx.get("project", id))?;
            if !(ctx.who.is_admin() || ctx.who.project_id == *id) {
                return Err(forbidden("get_project"));
            }
            let row = row.ok_or_else(|| not_found("project", id))?;
            Ok(Resp::ok(json!({"project": project_view(ctx, &row.body)})))
        }
        (&Method::PATCH, ["projects", id]) => {
            ctx.admin("update_project")?;
            update_project(ctx, id)
        }
        (&Method::DELETE, ["projects", id]) => {
            ctx.admin("delete_project")?;
            state.write(|tx| {
                if tx.get("project", id)?.is_none() {
                    return Ok(Err(not_found("project", id)));
                }
                for a in assignments(tx)?
                    .iter()
                    .filter(|a| field(a, "project_id") == *id)
                {
                    tx.delete("assignment", &a.id)?;
                }
                tx.delete("project", id)?;
                Ok(Ok(Resp::empty(204)))
            })?
        }
        (&Method::GET | &Method::HEAD, ["projects", p, "users", u, "roles"]) => {
            let roles = state.read(|tx| {
                if let Err(e) = lookup_grant_target(tx, None, u, p)? {
                    return Ok(Err(e));
                }
                let ids: Vec<String> = assignments(tx)?
                    .iter()
                    .filter(|a| field(a, "project_id") == *p && field(a, "user_id") == *u)
                    .map(|a| field(a, "role_id").to_string())
                    .collect();
                let mut roles = Vec::new();
                for id in ids {
                    roles.extend(tx.get("role", &id)?.map(|r| role_view(ctx, &r.body)));
                }
                Ok(Ok::<_, ApiError>(roles))
            })??;
            ctx.admin("list_grants")?;
            Ok(ctx.collection("roles", roles, &format!("projects/{p}/users/{u}/roles")))
        }
        (_, ["projects", p, "users", u, "roles", r]) => grant(ctx, m, p, u, r),
        (&Method::GET | &Method::HEAD, ["users"]) => {
            ctx.admin("list_users")?;
            let rows = state.read(|tx| tx.list("user", None))?;
            let items = rows
                .iter()
                .filter(|r| filters_match(ctx.req, &r.body, &["name", "domain_id"]))
                .filter(|r| {
                    ctx.req
                        .query("enabled")
                        .is_none_or(|e| truthy(e) == enabled(&r.body))
                })
                .map(|r| user_view(ctx, &r.body))
                .collect();
            Ok(ctx.collection("users", items, "users"))
        }
        (&Method::POST, ["users"]) => {
            ctx.admin("create_user")?;
            create_user(ctx)
        }
        (&Method::GET | &Method::HEAD, ["users", id]) => {
            let row = state.read(|tx| tx.get("user", id))?;
            if !(ctx.who.is_admin() || ctx.who.user_id == *id) {
                return Err(forbidden("get_user"));
            }
            let row = row.ok_or_else(|| not_found("user", id))?;
            Ok(Resp::ok(json!({"user": user_view(ctx, &row.body)})))
        }
        (&Method::PATCH, ["users", id]) => {
            ctx.admin("update_user")?;
            update_user(ctx, id)
        }
        (&Method::DELETE, ["users", id]) => {
            ctx.admin("delete_user")?;
            state.write(|tx| {
                if tx.get("user", id)?.is_none() {
                    return Ok(Err(not_found("user", id)));
                }
                for a in assignments(tx)?
                    .iter()
                    .filter(|a| field(a, "user_id") == *id)
                {
                    tx.delete("assignment", &a.id)?;
                }
                revoke_tokens(tx, id)?;
                tx.delete("user", id)?;
                Ok(Ok(Resp::empty(204)))
            })?
        }
        (&Method::GET | &Method::HEAD, ["users", id, "projects"]) => {
            if !(ctx.who.is_admin() || ctx.who.user_id == *id) {
                return Err(forbidden("list_user_projects"));
            }
            let items = user_projects(ctx, id)?;
            Ok(ctx.collection("projects", items, &format!("users/{id}/projects")))
        }
        (&Method::GET | &Method::HEAD, ["auth", "projects"]) => {
            let items = user_projects(ctx, &ctx.who.user_id)?;
            Ok(ctx.collection("projects", items, "auth/projects"))
        }
        (&Method::GET | &Method::HEAD, ["roles"]) => {
            ctx.admin("list_roles")?;
            let rows = state.read(|tx| tx.list("role", None))?;
            let items = rows
                .iter()
                .filter(|r| filters_match(ctx.req, &r.body, &["name"]))
                .map(|r| role_view(ctx, &r.body))
                .collect();
            Ok(ctx.collection("roles", items, "roles"))
        }
        (&Method::POST, ["roles"]) => {
            ctx.admin("create_role")?;
            create_role(ctx)
        }
        (&Method::GET | &Method::HEAD, ["roles", id]) => {
            // The role is looked up before the policy: a missing one is 404 for anyone.
            let row = state
                .read(|tx| tx.get("role", id))?
                .ok_or_else(|| not_found("role", id))?;
            ctx.admin("get_role")?;
            Ok(Resp::ok(json!({"role": role_view(ctx, &row.body)})))
        }
        (&Method::DELETE, ["roles", id]) => {
            state
                .read(|tx| tx.get("role", id))?
                .ok_or_else(|| not_found("role", id))?;
            ctx.admin("delete_role")?;
            state
                .write(|tx| {
                    for a in assignments(tx)?
                        .iter()
                        .filter(|a| field(a, "role_id") == *id)
                    {
                        tx.delete("assignment", &a.id)?;
                    }
                    tx.delete("role", id)?;
                    Ok(Resp::empty(204))
                })
                .map_err(ApiError::from)
        }
        (&Method::GET | &Method::HEAD, ["role_inferences"]) => {
            ctx.admin("list_role_inference_rules")?;
            role_inferences(ctx)
        }
        (&Method::GET | &Method::HEAD, ["role_assignments"]) => {
            ctx.admin("list_role_assignments")?;
            role_assignments(ctx)
        }
        _ => Err(ApiError::not_found("The resource could not be found.")),
    }
}

/// Keystone's booleans in a query: `0, false, f, no, n, off` are false.
fn truthy(v: &str) -> bool {
    !matches!(
        v.to_ascii_lowercase().as_str(),
        "0" | "false" | "f" | "no" | "n" | "off"
    )
}

fn enabled(b: &Value) -> bool {
    b.get("enabled").and_then(Value::as_bool).unwrap_or(true)
}

fn field<'a>(row: &'a Row, k: &str) -> &'a str {
    text(&row.body, k).unwrap_or_default()
}

/// Exact-match filters on these keys (others are ignored, as Keystone does).
fn filters_match(req: &Req, body: &Value, keys: &[&str]) -> bool {
    keys.iter().all(|k| {
        req.query(k)
            .is_none_or(|want| text(body, k).is_some_and(|have| have == want))
    })
}

fn assignments(tx: &Tx) -> Result<Vec<Row>, LocalError> {
    tx.list("assignment", None)
}

/// Every token of `user_id` stops working (password change, disable, delete).
fn revoke_tokens(tx: &Tx, user_id: &str) -> Result<(), LocalError> {
    for t in tx.by_field("token", "user_id", user_id)? {
        tx.delete("token", &t.id)?;
    }
    Ok(())
}

fn domain_view(ctx: &Ctx) -> Value {
    json!({"id": DOMAIN_ID, "name": DOMAIN_NAME, "description": "The default domain",
           "enabled": true, "tags": [], "options": {}, "links": ctx.link("domains", DOMAIN_ID)})
}

fn project_view(ctx: &Ctx, b: &Value) -> Value {
    let g = |k: &str| b.get(k).cloned().unwrap_or(Value::Null);
    let id = text(b, "id").unwrap_or_default();
    json!({
        "id": id, "name": g("name"), "domain_id": g("domain_id"),
        "description": b.get("description").cloned().unwrap_or(json!("")),
        "enabled": enabled(b), "parent_id": g("parent_id"), "is_domain": false,
        "tags": b.get("tags").cloned().unwrap_or(json!([])),
        "options": b.get("options").cloned().unwrap_or(json!({})),
        "links": ctx.link("projects", id),
    })
}

/// Free-form attributes first (as sent), then Keystone's columns.
const USER_COLUMNS: [&str; 6] = [
    "id",
    "name",
    "domain_id",
    "enabled",
    "default_project_id",
    "password_hash",
];

fn user_view(ctx: &Ctx, b: &Value) -> Value {
    let mut m = Map::new();
    if let Some(extras) = b.get("extras").and_then(Value::as_object) {
        for (k, v) in extras {
            m.insert(k.clone(), v.clone());
        }
    }
    let id = text(b, "id").unwrap_or_default();
    m.insert("id".into(), json!(id));
    m.insert("name".into(), b.get("name").cloned().unwrap_or(Value::Null));
    m.insert(
        "domain_id".into(),
        b.get("domain_id").cloned().unwrap_or(json!(DOMAIN_ID)),
    );
    m.insert("enabled".into(), json!(enabled(b)));
    if let Some(p) = b.get("default_project_id").filter(|p| !p.is_null()) {
        m.insert("default_project_id".into(), p.clone());
    }
    m.insert("password_expires_at".into(), Value::Null);
    m.insert(
        "options".into(),
        b.get("options").cloned().unwrap_or(json!({})),
    );
    m.insert("links".into(), ctx.link("users", id));
    Value::Object(m)
}

fn role_view(ctx: &Ctx, b: &Value) -> Value {
    let id = text(b, "id").unwrap_or_default();
    let g = |k: &str| b.get(k).cloned().unwrap_or(Value::Null);
    json!({"id": id, "name": g("name"), "domain_id": g("domain_id"),
           "description": g("description"),
           "options": b.get("options").cloned().unwrap_or(json!({})),
           "links": ctx.link("roles", id)})
}

fn name_of(o: &Map<String, Value>, kind: &str, max: usize) -> Result<String, ApiError> {
    match o.get("name") {
        Some(Value::String(n)) if !n.trim().is_empty() && n.chars().count() <= max => {
            Ok(n.trim().to_string())
        }
        Some(other) => Err(ApiError::bad_request(format!(
            "Invalid input for field/attribute name. Value: {other}. {other} is not a valid {kind} name"
        ))),
        None => Err(ApiError::bad_request(format!(
            "Invalid input for field/attribute {kind}. Value: {}. 'name' is a required property",
            Value::Object(o.clone())
        ))),
    }
}

fn check_domain(o: &Map<String, Value>) -> Result<(), ApiError> {
    match o.get("domain_id").and_then(Value::as_str) {
        None => Ok(()),
        Some(d) if d == DOMAIN_ID => Ok(()),
        Some(d) => Err(ApiError::bad_request(format!(
            "Could not find domain: {d}."
        ))),
    }
}

fn duplicate_project(name: &str, id: &str) -> ApiError {
    ApiError::conflict(format!(
        "Conflict occurred attempting to store project - it is not permitted to have two projects with either the same name or same id in the same domain: name is {name}, project id {id}."
    ))
}

fn create_project(ctx: &Ctx) -> Result<Resp, ApiError> {
    let o = ctx.body("project")?;
    let name = name_of(&o, "project", 64)?;
    check_domain(&o)?;
    if o.get("is_domain").and_then(Value::as_bool) == Some(true) {
        return Err(ApiError::forbidden(
            "The local cloud has one domain, Default; it cannot make others.",
        ));
    }
    let id = seed::new_id();
    let body = json!({
        "id": id, "name": name, "domain_id": DOMAIN_ID,
        "description": o.get("description").cloned().unwrap_or(json!("")),
        "enabled": o.get("enabled").and_then(Value::as_bool).unwrap_or(true),
        "parent_id": DOMAIN_ID, "is_domain": false,
        "tags": o.get("tags").cloned().unwrap_or(json!([])),
        "options": o.get("options").cloned().unwrap_or(json!({})),
    });
    ctx.state.write(|tx| {
        if !tx.by_name("project", &name, None)?.is_empty() {
            return Ok(Err(duplicate_project(&name, &id)));
        }
        let mut row = Row::new("project", id.clone(), body.clone());
        row.project_id = Some(id.clone());
        tx.put(&row)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::json(
        201,
        json!({"project": project_view(ctx, &body)}),
    ))
}

fn update_project(ctx: &Ctx, id: &str) -> Result<Resp, ApiError> {
    let o = ctx.body("project")?;
    if o.get("id").and_then(Value::as_str).is_some_and(|i| i != id) {
        return Err(ApiError::bad_request("Cannot change ID"));
    }
    let name = match o.get("name") {
        Some(_) => Some(name_of(&o, "project", 64)?),
        None => None,
    };
    let body = ctx.state.write(|tx| {
        let Some(mut row) = tx.get("project", id)? else {
            return Ok(Err(not_found("project", id)));
        };
        if let Some(n) = &name {
            if tx.by_name("project", n, None)?.iter().any(|r| r.id != id) {
                return Ok(Err(duplicate_project(n, id)));
            }
            row.body["name"] = json!(n);
            row.name = Some(n.clone());
        }
        for k in ["description", "enabled", "tags", "options"] {
            if let Some(v) = o.get(k) {
                row.body[k] = v.clone();
            }
        }
        tx.put(&row)?;
        Ok(Ok(row.body))
    })??;
    Ok(Resp::ok(json!({"project": project_view(ctx, &body)})))
}

fn duplicate_user(name: &str) -> ApiError {
    ApiError::conflict(format!(
        "Conflict occurred attempting to store user - Duplicate entry found with name {name} at domain ID {DOMAIN_ID}."
    ))
}

/// The keys of a user body that are not Keystone's columns: kept and shown first.
fn user_extras(o: &Map<String, Value>) -> Map<String, Value> {
    o.iter()
        .filter(|(k, _)| {
            !USER_COLUMNS.contains(&k.as_str())
                && !matches!(k.as_str(), "password" | "options" | "federated" | "links")
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn password_of(o: &Map<String, Value>) -> Result<Option<String>, ApiError> {
    match o.get("password") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(p)) => Ok(Some(p.clone())),
        Some(_) => Err(ApiError::bad_request(
            "Invalid input for field/attribute password. The password must be a string.",
        )),
    }
}

fn create_user(ctx: &Ctx) -> Result<Resp, ApiError> {
    let o = ctx.body("user")?;
    let name = name_of(&o, "user", 255)?;
    check_domain(&o)?;
    let password = password_of(&o)?;
    let id = seed::new_id();
    let mut body = json!({
        "id": id, "name": name, "domain_id": DOMAIN_ID,
        "enabled": o.get("enabled").and_then(Value::as_bool).unwrap_or(true),
        "default_project_id": o.get("default_project_id").cloned().unwrap_or(Value::Null),
        "options": o.get("options").cloned().unwrap_or(json!({})),
        "extras": user_extras(&o),
    });
    if let Some(p) = &password {
        body["password_hash"] = json!(crypto::hash_password(p));
    }
    ctx.state.write(|tx| {
        if !tx.by_name("user", &name, None)?.is_empty() {
            return Ok(Err(duplicate_user(&name)));
        }
        if let Some(p) = text(&body, "default_project_id")
            && tx.get("project", p)?.is_none()
        {
            return Ok(Err(ApiError::bad_request(format!(
                "Could not find project: {p}."
            ))));
        }
        tx.put(&Row::new("user", id.clone(), body.clone()))?;
        Ok(Ok(()))
    })??;
    Ok(Resp::json(201, json!({"user": user_view(ctx, &body)})))
}

fn update_user(ctx: &Ctx, id: &str) -> Result<Resp, ApiError> {
    let o = ctx.body("user")?;
    if o.is_empty() {
        return Err(ApiError::bad_request(
            "Invalid input for field/attribute user. Value: {}. {} does not have enough properties",
        ));
    }
    if o.get("id").and_then(Value::as_str).is_some_and(|i| i != id) {
        return Err(ApiError::bad_request("Cannot change ID"));
    }
    let name = match o.get("name") {
        Some(_) => Some(name_of(&o, "user", 255)?),
        None => None,
    };
    let password = password_of(&o)?;
    let hash = password.as_deref().map(crypto::hash_password);
    let body = ctx.state.write(|tx| {
        let Some(mut row) = tx.get("user", id)? else {
            return Ok(Err(not_found("user", id)));
        };
        if let Some(n) = &name {
            if tx.by_name("user", n, None)?.iter().any(|r| r.id != id) {
                return Ok(Err(duplicate_user(n)));
            }
            row.body["name"] = json!(n);
            row.name = Some(n.clone());
        }
        let mut revoke = false;
        if let Some(h) = &hash {
            row.body["password_hash"] = json!(h);
            revoke = true;
        }
        if let Some(e) = o.get("enabled").and_then(Value::as_bool) {
            revoke |= !e;
            row.body["enabled"] = json!(e);
        }
        for k in ["default_project_id", "options"] {
            if let Some(v) = o.get(k) {
                row.body[k] = v.clone();
            }
        }
        let mut extras = row
            .body
            .get("extras")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        extras.extend(user_extras(&o));
        row.body["extras"] = Value::Object(extras);
        if revoke {
            revoke_tokens(tx, id)?;
        }
        tx.put(&row)?;
        Ok(Ok(row.body))
    })??;
    Ok(Resp::ok(json!({"user": user_view(ctx, &body)})))
}

/// `POST /v3/users/{id}/password`: the original password is the
/// authentication; every token of the user is revoked.
fn change_password(state: &State, req: &Req, id: &str) -> Result<Resp, ApiError> {
    let b = req.json()?;
    let u = b
        .get("user")
        .and_then(Value::as_object)
        .ok_or_else(|| ApiError::bad_request("'user' is a required property"))?;
    let (Some(new), Some(old)) = (
        u.get("password").and_then(Value::as_str),
        u.get("original_password").and_then(Value::as_str),
    ) else {
        return Err(ApiError::bad_request(
            "'password' and 'original_password' are required properties",
        ));
    };
    let hash = crypto::hash_password(new);
    state.write(|tx| {
        let Some(mut row) = tx.get("user", id)? else {
            return Ok(Err(ApiError::unauthorized()));
        };
        let stored = text(&row.body, "password_hash").unwrap_or_default();
        if !crypto::verify_password(old, stored) {
            return Ok(Err(ApiError::unauthorized()));
        }
        if !enabled(&row.body) {
            return Ok(Err(ApiError::new(
                401,
                format!("The account is disabled for user: {id}."),
            )));
        }
        row.body["password_hash"] = json!(hash);
        revoke_tokens(tx, id)?;
        tx.put(&row)?;
        Ok(Ok(Resp::empty(204)))
    })?
}

fn create_role(ctx: &Ctx) -> Result<Resp, ApiError> {
    let o = ctx.body("role")?;
    let name = name_of(&o, "role", 255)?;
    let id = seed::new_id();
    let body = json!({"id": id, "name": name, "domain_id": null,
                      "description": o.get("description").cloned().unwrap_or(Value::Null),
                      "options": o.get("options").cloned().unwrap_or(json!({}))});
    ctx.state.write(|tx| {
        if !tx.by_name("role", &name, None)?.is_empty() {
            return Ok(Err(ApiError::conflict(format!(
                "Conflict occurred attempting to store role - Duplicate entry found with name {name}."
            ))));
        }
        tx.put(&Row::new("role", id.clone(), body.clone()))?;
        Ok(Ok(()))
    })??;
    Ok(Resp::json(201, json!({"role": role_view(ctx, &body)})))
}

/// Keystone looks the role, the user and the project up (in that order)
/// before the policy, so a missing one is 404 for anyone.
fn lookup_grant_target(
    tx: &Tx,
    role: Option<&str>,
    user: &str,
    project: &str,
) -> Result<Result<(), ApiError>, LocalError> {
    if let Some(r) = role
        && tx.get("role", r)?.is_none()
    {
        return Ok(Err(not_found("role", r)));
    }
    if tx.get("user", user)?.is_none() {
        return Ok(Err(not_found("user", user)));
    }
    if tx.get("project", project)?.is_none() {
        return Ok(Err(not_found("project", project)));
    }
    Ok(Ok(()))
}

fn grant(ctx: &Ctx, m: &Method, p: &str, u: &str, r: &str) -> Result<Resp, ApiError> {
    let action = match *m {
        Method::PUT => "create_grant",
        Method::DELETE => "revoke_grant",
        Method::GET | Method::HEAD => "check_grant",
        _ => {
            return Err(ApiError::new(
                405,
                "The method is not allowed for the requested URL.",
            ));
        }
    };
    ctx.state
        .read(|tx| lookup_grant_target(tx, Some(r), u, p))??;
    ctx.admin(action)?;
    let id = format!("{u}:{p}:{r}");
    let missing = || {
        ApiError::not_found(format!(
            "Could not find role assignment with role: {r}, user or group: {u}, project, domain, or system: {p}."
        ))
    };
    ctx.state.write(|tx| {
        let exists = tx.get("assignment", &id)?.is_some();
        Ok(match *m {
            Method::PUT => {
                if !exists {
                    tx.put(
                        &Row::new(
                            "assignment",
                            id.clone(),
                            json!({"user_id": u, "project_id": p, "role_id": r}),
                        )
                        .with_ref(seed::assignment_key(u, p)),
                    )?;
                }
                Ok(Resp::empty(204))
            }
            _ if !exists => Err(missing()),
            Method::DELETE => {
                tx.delete("assignment", &id)?;
                Ok(Resp::empty(204))
            }
            _ => Ok(Resp::empty(204)),
        })
    })?
}

/// The projects where `user_id` has a role.
fn user_projects(ctx: &Ctx, user_id: &str) -> Result<Vec<Value>, ApiError> {
    Ok(ctx.state.read(|tx| {
        let mut ids: Vec<String> = assignments(tx)?
            .iter()
            .filter(|a| field(a, "user_id") == user_id)
            .map(|a| field(a, "project_id").to_string())
            .collect();
        ids.sort();
        ids.dedup();
        let mut out = Vec::new();
        for id in ids {
            if let Some(p) = tx.get("project", &id)?
                && filters_match(ctx.req, &p.body, &["name", "domain_id"])
            {
                out.push(project_view(ctx, &p.body));
            }
        }
        Ok(out)
    })?)
}

fn role_inferences(ctx: &Ctx) -> Result<Resp, ApiError> {
    let roles = ctx.state.read(|tx| tx.list("role", None))?;
    let by_name = |n: &str| roles.iter().find(|r| r.name.as_deref() == Some(n));
    let brief = |r: &Row| json!({"id": r.id, "links": ctx.link("roles", &r.id), "name": r.name});
    let out: Vec<Value> = DIRECT
        .iter()
        .filter_map(|(prior, next)| Some((by_name(prior)?, by_name(next)?)))
        .map(|(p, n)| json!({"prior_role": brief(p), "implies": [brief(n)]}))
        .collect();
    Ok(Resp::ok(json!({"role_inferences": out})))
}

fn role_assignments(ctx: &Ctx) -> Result<Resp, ApiError> {
    let q = |k: &str| ctx.req.query(k);
    let flag = |k: &str| ctx.req.query(k).is_some_and(|v| v != "0");
    if q("scope.project.id").is_some() && q("scope.domain.id").is_some() {
        return Err(ApiError::bad_request(
            "Specify a domain or project, not both",
        ));
    }
    if q("user.id").is_some() && q("group.id").is_some() {
        return Err(ApiError::bad_request("Specify a user or group, not both"));
    }
    if flag("include_subtree") && q("scope.project.id").is_none() {
        return Err(ApiError::bad_request(
            "scope.project.id must be specified if include_subtree is also specified",
        ));
    }
    let effective = flag("effective");
    let names = flag("include_names");
    let base = ctx.base();
    let items = ctx.state.read(|tx| {
        let mut out = Vec::new();
        if q("group.id").is_some() || q("scope.domain.id").is_some() || q("scope.system").is_some()
        {
            return Ok(out); // no groups, no domain or system grants here
        }
        let roles = tx.list("role", None)?;
        let role_name = |id: &str| {
            roles
                .iter()
                .find(|r| r.id == id)
                .and_then(|r| r.name.clone())
                .unwrap_or_default()
        };
        let role_id = |name: &str| roles.iter().find(|r| r.name.as_deref() == Some(name)).map(|r| r.id.clone());
        for a in assignments(tx)? {
            let (u, p, r) = (field(&a, "user_id"), field(&a, "project_id"), field(&a, "role_id"));
            if q("user.id").is_some_and(|x| x != u) || q("scope.project.id").is_some_and(|x| x != p) {
                continue;
            }
            let mut entries = vec![(r.to_string(), None::<String>)];
            if effective {
                let prior = role_name(r);
                entries.extend(
                    implied(&prior)
                        .into_iter()
                        .filter_map(role_id)
                        .map(|i| (i, Some(r.to_string()))),
                );
            }
            for (rid, prior) in entries {
                if q("role.id").is_some_and(|x| x != rid) {
                    continue;
                }
                let mut links = json!({"assignment": format!("{base}/projects/{p}/users/{u}/roles/{}", prior.as_deref().unwrap_or(&rid))});
                if let Some(prior) = &prior {
                    links["prior_role"] = json!(format!("{base}/prior_role/{rid}/implies/{prior}"));
                }
                let domain = json!({"id": DOMAIN_ID, "name": DOMAIN_NAME});
                let (mut scope, mut user, mut role) =
                    (json!({"id": p}), json!({"id": u}), json!({"id": rid}));
                if names {
                    let pn = tx.get("project", p)?.and_then(|r| r.name).unwrap_or_default();
                    let un = tx.get("user", u)?.and_then(|r| r.name).unwrap_or_default();
                    scope = json!({"id": p, "name": pn, "domain": domain});
                    user = json!({"id": u, "name": un, "domain": domain});
                    role = json!({"id": rid, "name": role_name(&rid)});
                }
                out.push(json!({"links": links, "scope": {"project": scope}, "user": user, "role": role}));
            }
        }
        Ok(out)
    })?;
    Ok(ctx.collection("role_assignments", items, "role_assignments"))
}
