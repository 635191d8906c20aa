//! Keystone v3's administration API, the part the `openstack` client and
//! tempest use to make accounts as on a real cloud: the Default domain,
//! projects, users (with passwords that can be changed), roles, grants and
//! role assignments, with Keystone's views, messages and default policy
//! (project-scoped tokens: an administrator manages; anyone may read their
//! own user, their own project and their own project list).

use axum::http::Method;
use serde_json::{Map, Value, json};

use super::crypto;
use super::identity::models::{Assignment, Project, Role, User};
use super::identity::{Caller, DIRECT, caller, implied};
use super::seed::{DOMAIN_ID, DOMAIN_NAME};
use super::store::Record;
use super::store::{Row, Tx};
use super::{LocalError, State, text};
use crate::http::{ApiError, Req, Resp};
use crate::policy::{Creds, Service, Target};

mod projects;
mod roles;
mod users;
use projects::*;
use roles::*;
use users::*;

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

    /// `Ok` when Keystone's rule `identity:{action}` lets the caller act on
    /// `target` (`target.project.id`, `target.user.id`, …).
    fn authorize(&self, action: &str, target: &[(&str, &str)]) -> Result<(), ApiError> {
        let creds = Creds {
            roles: self.who.roles.clone(),
            project_id: self.who.project_id.clone(),
            user_id: self.who.user_id.clone(),
            // Keystone's `is_admin` is the admin token's, which is not served.
            is_admin: false,
        };
        let target: Target = target
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let rule = format!("identity:{action}");
        if self
            .state
            .policy
            .allows(Service::Keystone, &rule, &creds, &target)
        {
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
            ctx.authorize("list_domains", &[])?;
            let d = domain_view(ctx);
            let keep = ctx.req.query("name").is_none_or(|n| n == DOMAIN_NAME)
                && ctx.req.query("enabled").is_none_or(truthy);
            Ok(ctx.collection("domains", if keep { vec![d] } else { vec![] }, "domains"))
        }
        (&Method::GET | &Method::HEAD, ["domains", id]) => {
            // Any token whose project is in the domain may read it.
            if *id != DOMAIN_ID {
                ctx.authorize("get_domain", &[])?;
                return Err(not_found("domain", id));
            }
            Ok(Resp::ok(json!({"domain": domain_view(ctx)})))
        }
        (&Method::GET | &Method::HEAD, ["projects"]) => {
            ctx.authorize("list_projects", &[])?;
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
            ctx.authorize("create_project", &[])?;
            create_project(ctx)
        }
        (&Method::GET | &Method::HEAD, ["projects", id]) => {
            let row = state.read(|tx| tx.get("project", id))?;
            ctx.authorize("get_project", &[("target.project.id", id)])?;
            let row = row.ok_or_else(|| not_found("project", id))?;
            Ok(Resp::ok(json!({"project": project_view(ctx, &row.body)})))
        }
        (&Method::PATCH, ["projects", id]) => {
            ctx.authorize("update_project", &[])?;
            update_project(ctx, id)
        }
        (&Method::DELETE, ["projects", id]) => {
            ctx.authorize("delete_project", &[])?;
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
            ctx.authorize("list_grants", &[])?;
            Ok(ctx.collection("roles", roles, &format!("projects/{p}/users/{u}/roles")))
        }
        (_, ["projects", p, "users", u, "roles", r]) => grant(ctx, m, p, u, r),
        (&Method::GET | &Method::HEAD, ["users"]) => {
            ctx.authorize("list_users", &[])?;
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
            ctx.authorize("create_user", &[])?;
            create_user(ctx)
        }
        (&Method::GET | &Method::HEAD, ["users", id]) => {
            let row = state.read(|tx| tx.get("user", id))?;
            ctx.authorize("get_user", &[("target.user.id", id)])?;
            let row = row.ok_or_else(|| not_found("user", id))?;
            Ok(Resp::ok(json!({"user": user_view(ctx, &row.body)})))
        }
        (&Method::PATCH, ["users", id]) => {
            ctx.authorize("update_user", &[])?;
            update_user(ctx, id)
        }
        (&Method::DELETE, ["users", id]) => {
            ctx.authorize("delete_user", &[])?;
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
            ctx.authorize("list_user_projects", &[("target.user.id", id)])?;
            let items = user_projects(ctx, id)?;
            Ok(ctx.collection("projects", items, &format!("users/{id}/projects")))
        }
        (&Method::GET | &Method::HEAD, ["auth", "projects"]) => {
            let items = user_projects(ctx, &ctx.who.user_id)?;
            Ok(ctx.collection("projects", items, "auth/projects"))
        }
        (&Method::GET | &Method::HEAD, ["roles"]) => {
            ctx.authorize("list_roles", &[])?;
            let rows = state.read(|tx| tx.list("role", None))?;
            let items = rows
                .iter()
                .filter(|r| filters_match(ctx.req, &r.body, &["name"]))
                .map(|r| role_view(ctx, &r.body))
                .collect();
            Ok(ctx.collection("roles", items, "roles"))
        }
        (&Method::POST, ["roles"]) => {
            ctx.authorize("create_role", &[])?;
            create_role(ctx)
        }
        (&Method::GET | &Method::HEAD, ["roles", id]) => {
            // The role is looked up before the policy: a missing one is 404 for anyone.
            let row = state
                .read(|tx| tx.get("role", id))?
                .ok_or_else(|| not_found("role", id))?;
            ctx.authorize("get_role", &[])?;
            Ok(Resp::ok(json!({"role": role_view(ctx, &row.body)})))
        }
        (&Method::DELETE, ["roles", id]) => {
            state
                .read(|tx| tx.get("role", id))?
                .ok_or_else(|| not_found("role", id))?;
            ctx.authorize("delete_role", &[])?;
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
            ctx.authorize("list_role_inference_rules", &[])?;
            role_inferences(ctx)
        }
        (&Method::GET | &Method::HEAD, ["role_assignments"]) => {
            ctx.authorize("list_role_assignments", &[])?;
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

/// Every token of `user_id` stops working (password change, disable, delete).
fn revoke_tokens(tx: &Tx, user_id: &str) -> Result<(), LocalError> {
    for t in tx.by_field("token", "user_id", user_id)? {
        tx.delete("token", &t.id)?;
    }
    Ok(())
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
