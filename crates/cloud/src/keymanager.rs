//! Barbican v1, the part clients use: secrets (payloads sealed at rest under
//! the state's KEK), key orders, read ACLs, generic containers, project
//! scoping as Barbican's default policy, and application-credential access
//! rules.

use super::identity::{Caller, caller};
use super::store::{Row, Tx};
use super::{State, crypto};
use crate::http::{Api, ApiError, App, Req, Resp};
use crate::policy::{Creds, Service, Target, py_bool};
use axum::http::Method;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Map, Value, json};
use std::sync::Arc;

mod acls;
mod consumers;
pub mod models;
mod orders;
mod quotas;
mod secrets;
mod version;
use crate::store::Record;
pub use acls::*;
use models::*;
use orders::*;
use secrets::*;
use version::Microversion;

/// The caller as the owner of what it makes.
fn owner(who: &Caller) -> Owner<'_> {
    Owner {
        project_id: &who.project_id,
        user_id: &who.user_id,
    }
}

pub async fn handle(app: &Arc<App>, req: &Req) -> Result<Resp, ApiError> {
    let state = &app.state;
    let path = req.path();
    // The version documents need no sign-in; everything else signs in first
    // (Barbican's middleware reads the microversion after keystonemiddleware).
    if !(path.is_empty() || path == ["v1"]) {
        let service_path = format!("/{}", req.path.join("/"));
        let who = caller(state, req, "key-manager", &service_path)?;
        let version = match version::requested(req) {
            Ok(v) => v,
            Err(refusal) => return Ok(refusal),
        };
        let answer = consumers::route(state, &who, req)
            .or_else(|| quotas::route(state, &who, req))
            .unwrap_or_else(|| route(state, &who, req, version));
        return Ok(version.stamp(answer.unwrap_or_else(|e| e.render(Api::KeyManager))));
    }
    let version = match version::requested(req) {
        Ok(v) => v,
        Err(refusal) => return Ok(refusal),
    };
    let answer = match (&req.method, path.is_empty()) {
        (&Method::GET, true) => Resp::json(
            300,
            json!({"versions": {"values": [version_doc(state, Microversion(0))]}}),
        ),
        (&Method::GET, false) => Resp::ok(json!({"version": version_doc(state, version)})),
        _ => ApiError::new(405, "").render(Api::KeyManager),
    };
    Ok(version.stamp(answer))
}

/// Barbican's v1 API past sign-in: secrets, orders, containers.
fn route(state: &State, who: &Caller, req: &Req, version: Microversion) -> Result<Resp, ApiError> {
    let path = req.path();
    match (&req.method, path.as_slice()) {
        (&Method::POST, ["v1", "secrets"]) => store_secret(state, who, req),
        (&Method::GET, ["v1", "secrets"]) => list(state, who, req, ("secret", version)),
        (&Method::GET, ["v1", "secrets", id]) if wants_metadata(req) => {
            let row = readable(state, who, id)?;
            let consumers = shown_consumers(state, &row, version)?;
            Ok(Resp::ok(secret_view(state, &row, consumers.as_deref())))
        }
        // Barbican's older way to the payload: the secret with another `Accept`.
        (&Method::GET, ["v1", "secrets", id] | ["v1", "secrets", id, "payload"]) => {
            payload(state, who, id, req)
        }
        (&Method::PUT, ["v1", "secrets", id]) => put_payload(state, who, id, req),
        (&Method::DELETE, ["v1", "secrets", id]) => delete_secret(state, who, id, req, version),
        (&Method::GET, ["v1", "secrets", id, "acl"]) => {
            let row = secret(state, who, id, "secret_acls:get", "SecretACL(s) retrieval")?;
            Ok(Resp::ok(acl_view(&row.body)))
        }
        (&Method::PUT | &Method::PATCH, ["v1", "secrets", id, "acl"]) => {
            set_acl(state, who, id, req)
        }
        (&Method::DELETE, ["v1", "secrets", id, "acl"]) => {
            let row = secret(state, who, id, "secret_acls:delete", "SecretACLs deletion")?;
            let mut record = Secret::from_row(&row)?;
            record.acl = None;
            let row = record.row()?;
            state.write(|tx| tx.put(&row))?;
            Ok(Resp::ok(Value::Null))
        }
        (&Method::POST, ["v1", "orders"]) => order(state, who, req),
        (&Method::GET, ["v1", "orders"]) => list(state, who, req, ("order", version)),
        (&Method::GET, ["v1", "orders", id]) => {
            let row = owned(state, who, "order", id, "Order")?;
            if !allows(state, who, "order:get", &owned_target("order", &row)) {
                return Err(forbidden("Order retrieval"));
            }
            Ok(Resp::ok(order_view(state, &row.body)))
        }
        (&Method::DELETE, ["v1", "orders", id]) => {
            let row = owned(state, who, "order", id, "Order")?;
            if !allows(state, who, "order:delete", &owned_target("order", &row)) {
                return Err(forbidden("Order deletion"));
            }
            state.write(|tx| tx.delete("order", id))?;
            Ok(Resp::empty(204))
        }
        (&Method::POST, ["v1", "containers"]) => container(state, who, req),
        (&Method::GET, ["v1", "containers"]) => list(state, who, req, ("container", version)),
        (&Method::GET, ["v1", "containers", id]) => {
            let row = owned(state, who, "container", id, "Secrets container")?;
            if !allows(
                state,
                who,
                "container:get",
                &owned_target("container", &row),
            ) {
                return Err(forbidden("Container retrieval"));
            }
            Ok(Resp::ok(container_view(state, &row.body)))
        }
        (&Method::DELETE, ["v1", "containers", id]) => {
            let row = owned(state, who, "container", id, "Secrets container")?;
            if !allows(
                state,
                who,
                "container:delete",
                &owned_target("container", &row),
            ) {
                return Err(forbidden("Container deletion"));
            }
            state.write(|tx| tx.delete("container", id))?;
            Ok(Resp::empty(204))
        }
        _ => Err(ApiError::not_found(
            "Not Found. Sorry but your princess is in another castle.",
        )),
    }
}

/// The v1 version document: at 1.0 without the microversion range, from
/// 1.1 with it (how clients such as barbicanclient learn that consumers are
/// served).
fn version_doc(state: &State, version: Microversion) -> Value {
    let links = json!([
        {"rel": "self", "href": format!("{}/key-manager/v1/", state.base_url())},
        {"rel": "describedby", "type": "text/html", "href": "https://docs.openstack.org/"},
    ]);
    if version >= Microversion::CONSUMERS {
        return json!({
            "id": "v1", "status": "CURRENT", "min_version": Microversion::min(),
            "max_version": Microversion::max(), "links": links,
        });
    }
    json!({
        "id": "v1", "status": "stable", "links": links,
        "media-types": [{"base": "application/json", "type": "application/vnd.openstack.key-manager-v1+json"}],
    })
}

/// A secret's consumers where the version shows them (from 1.1).
fn shown_consumers(
    state: &State,
    row: &Row,
    version: Microversion,
) -> Result<Option<Vec<Consumer>>, ApiError> {
    if version < Microversion::CONSUMERS {
        return Ok(None);
    }
    Ok(Some(state.read(|tx| consumers::of_secret(tx, &row.id))?))
}

/// `DELETE /v1/secrets/{id}`: with its consumers; from 1.2 refused while it
/// has any, unless `force` is true.
fn delete_secret(
    state: &State,
    who: &Caller,
    id: &str,
    req: &Req,
    version: Microversion,
) -> Result<Resp, ApiError> {
    secret(state, who, id, "secret:delete", "Secret deletion")?;
    let force = match req.query("force") {
        None => false,
        Some(f) => sharekeep_base::pyrepr::strict_bool(f).ok_or_else(|| {
            ApiError::bad_request("URI provided invalid query string parameters.")
        })?,
    };
    let guarded = version >= Microversion::DELETE_NEEDS_FORCE && !force;
    state.write(|tx| {
        let consumers = consumers::of_secret(tx, id)?;
        if guarded && !consumers.is_empty() {
            return Ok(Err(ApiError::bad_request(
                "Secret deletion issue seen - Secret cannot be deleted as it has consumers..",
            )));
        }
        for c in &consumers {
            tx.delete(Consumer::KIND, &c.id)?;
        }
        tx.delete("secret", id)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::empty(204))
}

fn href(state: &State, collection: &str, id: &str) -> String {
    format!("{}/key-manager/v1/{collection}/{id}", state.base_url())
}

/// A request's JSON body as Barbican reads it: only its first
/// [`MAX_REQUEST`] bytes, so a longer body is not JSON.
fn json_body(req: &Req) -> Result<Value, ApiError> {
    if req.body.len() > MAX_REQUEST {
        return Err(ApiError::bad_request("Malformed JSON"));
    }
    req.json()
}

/// Barbican's refusal names the operation (`Secret creation`, `Secret
/// payload retrieval`, …).
fn forbidden(operation: &str) -> ApiError {
    ApiError::forbidden(format!(
        "{operation} attempt not allowed - please review your user/project privileges"
    ))
}

/// Barbican's policy credentials for the caller.
fn creds(who: &Caller) -> Creds {
    Creds {
        roles: who.roles.clone(),
        project_id: who.project_id.clone(),
        user_id: who.user_id.clone(),
        is_admin: false,
    }
}

/// Barbican's target for a rule with no resource (`secrets:post`, …).
fn base_target() -> Target {
    // Barbican 23 enforces its new defaults (`enforce_new_defaults`).
    [("enforce_new_defaults".to_string(), "True".to_string())].into()
}

/// Barbican's target for a secret: `target.secret.*` as its controllers
/// flatten it (the read ACL is `read` only for a user on it).
fn secret_target(who: &Caller, row: &Row) -> Target {
    let b = &row.body;
    let mut t = base_target();
    let mut put = |k: &str, v: String| {
        t.insert(format!("target.secret.{k}"), v);
    };
    put("project_id", row.project_id.clone().unwrap_or_default());
    put("creator_id", text(b, "creator_id").unwrap_or_default());
    let project_access = b
        .pointer("/acl/project-access")
        .and_then(Value::as_bool)
        .unwrap_or(true);
    put("read_project_access", py_bool(project_access).to_string());
    let on_acl = b
        .pointer("/acl/users")
        .and_then(Value::as_array)
        .is_some_and(|u| u.iter().any(|u| u.as_str() == Some(who.user_id.as_str())));
    if on_acl {
        put("read", "read".to_string());
    }
    t
}

/// Barbican's target for an order or a container (its project and creator).
fn owned_target(kind: &str, row: &Row) -> Target {
    let mut t = base_target();
    t.insert(
        format!("target.{kind}.project_id"),
        row.project_id.clone().unwrap_or_default(),
    );
    t.insert(
        format!("target.{kind}.creator_id"),
        text(&row.body, "creator_id").unwrap_or_default(),
    );
    t.insert(format!("target.{kind}.read_project_access"), "True".into());
    t
}

/// Whether Barbican's rule `name` lets `who` act on `target`.
fn allows(state: &State, who: &Caller, name: &str, target: &Target) -> bool {
    state
        .policy
        .allows(Service::Barbican, name, &creds(who), target)
}

/// `Ok` when Barbican's rule `name` (on no resource) lets `who` do `operation`.
fn permit(state: &State, who: &Caller, name: &str, operation: &str) -> Result<(), ApiError> {
    if allows(state, who, name, &base_target()) {
        Ok(())
    } else {
        Err(forbidden(operation))
    }
}

/// A secret `who` may act on under Barbican's rule `name` (`secret:get`,
/// `secret:decrypt`, `secret:put`, …); 403 names `operation`.
fn secret(
    state: &State,
    who: &Caller,
    id: &str,
    name: &str,
    operation: &str,
) -> Result<Row, ApiError> {
    if uuid::Uuid::try_parse(id).is_err() {
        return Err(ApiError::not_found(
            "Not Found. Provided secret id is invalid.",
        ));
    }
    let row = state
        .read(|tx| tx.get("secret", id))?
        .ok_or_else(|| ApiError::not_found("Secret not found."))?;
    if allows(state, who, name, &secret_target(who, &row)) {
        Ok(row)
    } else {
        Err(forbidden(operation))
    }
}

/// A secret's metadata, as `secret:get` allows.
fn readable(state: &State, who: &Caller, id: &str) -> Result<Row, ApiError> {
    secret(state, who, id, "secret:get", "Secret retrieval")
}

fn owned(
    state: &State,
    who: &Caller,
    kind: &'static str,
    id: &str,
    noun: &str,
) -> Result<Row, ApiError> {
    state
        .read(|tx| tx.get(kind, id))?
        .filter(|row| row.project_id.as_deref() == Some(who.project_id.as_str()))
        .ok_or_else(|| ApiError::not_found(format!("{noun} not found.")))
}

fn text(body: &Value, key: &str) -> Option<String> {
    body.get(key).and_then(Value::as_str).map(str::to_string)
}

/// `GET /v1/{secrets,orders,containers}`: the project's, paged
/// (`limit`/`offset`), secrets filtered by name and type.
fn list(
    state: &State,
    who: &Caller,
    req: &Req,
    (kind, version): (&'static str, Microversion),
) -> Result<Resp, ApiError> {
    // The rule, and the operation Barbican's refusal names.
    let (rule, operation) = match kind {
        "secret" => ("secrets:get", "Secret(s) retrieval"),
        "order" => ("orders:get", "Order(s) retrieval"),
        _ => ("containers:get", "Containers(s) retrieval"),
    };
    if !allows(state, who, rule, &base_target()) {
        return Err(forbidden(operation));
    }
    let (offset, limit) = quotas::paging(req);
    let name = req.query("name").filter(|n| !n.is_empty());
    let mut rows = state.read(|tx| match name {
        Some(n) => tx.by_name(kind, n, Some(&who.project_id)),
        None => tx.list(kind, Some(&who.project_id)),
    })?;
    if kind == "secret" {
        rows.retain(|r| {
            let b = &r.body;
            let eq = |k: &str, q: &str| {
                req.query(q).is_none_or(|want| {
                    b.get(k).and_then(Value::as_str) == Some(want)
                        || b.get(k).map(Value::to_string).as_deref() == Some(want)
                })
            };
            eq("secret_type", "secret_type")
                && eq("algorithm", "alg")
                && eq("mode", "mode")
                && eq("bit_length", "bits")
                && allows(state, who, "secret:get", &secret_target(who, r))
        });
    }
    // Barbican lists newest first.
    rows.reverse();
    let total = rows.len();
    let plural = match kind {
        "secret" => "secrets",
        "order" => "orders",
        _ => "containers",
    };
    let mut page = Vec::new();
    for r in rows.iter().skip(offset).take(limit) {
        page.push(match kind {
            "secret" => {
                let consumers = shown_consumers(state, r, version)?;
                secret_view(state, r, consumers.as_deref())
            }
            "order" => order_view(state, &r.body),
            _ => container_view(state, &r.body),
        });
    }
    Ok(Resp::ok(quotas::paged(
        state,
        (plural, plural),
        page,
        (offset, limit, total),
    )))
}
