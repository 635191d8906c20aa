//! Barbican v1, the part clients use: secrets (payloads sealed at rest under
//! the state's KEK), key orders, read ACLs, generic containers, project
//! scoping as Barbican's default policy, and application-credential access
//! rules.

use super::identity::{Caller, caller};
use super::store::{Row, Tx};
use super::{State, crypto};
use crate::http::{ApiError, App, Req, Resp, now};
use axum::http::Method;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Map, Value, json};
use std::sync::Arc;

mod acls;
mod orders;
mod secrets;
pub use acls::*;
use orders::*;
use secrets::*;

pub async fn handle(app: &Arc<App>, req: &Req) -> Result<Resp, ApiError> {
    let state = &app.state;
    let path = req.path();
    if path.is_empty() {
        return Ok(Resp::json(
            300,
            json!({"versions": {"values": [version(state)]}}),
        ));
    }
    if path == ["v1"] && req.method == Method::GET {
        return Ok(Resp::ok(json!({"version": version(state)})));
    }
    let service_path = format!("/{}", req.path.join("/"));
    let who = caller(state, req, "key-manager", &service_path)?;
    match (&req.method, path.as_slice()) {
        (&Method::POST, ["v1", "secrets"]) => store_secret(state, &who, req),
        (&Method::GET, ["v1", "secrets"]) => list(state, &who, req, "secret"),
        (&Method::GET, ["v1", "secrets", id]) => {
            let row = readable(state, &who, id, Access::Metadata)?;
            Ok(Resp::ok(secret_view(state, &row)))
        }
        (&Method::GET, ["v1", "secrets", id, "payload"]) => payload(state, &who, id),
        (&Method::PUT, ["v1", "secrets", id]) => put_payload(state, &who, id, req),
        (&Method::DELETE, ["v1", "secrets", id]) => {
            writable(state, &who, id, "Secret deletion")?;
            state.write(|tx| tx.delete("secret", id))?;
            Ok(Resp::empty(204))
        }
        (&Method::GET, ["v1", "secrets", id, "acl"]) => {
            let row = readable(state, &who, id, Access::Metadata).map_err(|e| {
                if e.status == 403 {
                    forbidden("SecretACL(s) retrieval")
                } else {
                    e
                }
            })?;
            Ok(Resp::ok(acl_view(&row.body)))
        }
        (&Method::PUT | &Method::PATCH, ["v1", "secrets", id, "acl"]) => {
            set_acl(state, &who, id, req)
        }
        (&Method::DELETE, ["v1", "secrets", id, "acl"]) => {
            let mut row = writable(state, &who, id, "SecretACLs deletion")?;
            if let Some(b) = row.body.as_object_mut() {
                b.remove("acl");
            }
            state.write(|tx| tx.put(&row))?;
            Ok(Resp::ok(Value::Null))
        }
        (&Method::POST, ["v1", "orders"]) => order(state, &who, req),
        (&Method::GET, ["v1", "orders"]) => list(state, &who, req, "order"),
        (&Method::GET, ["v1", "orders", id]) => {
            let row = owned(state, &who, "order", id, "Order")?;
            Ok(Resp::ok(order_view(state, &row.body)))
        }
        (&Method::DELETE, ["v1", "orders", id]) => {
            member(&who, "Order deletion")?;
            owned(state, &who, "order", id, "Order")?;
            state.write(|tx| tx.delete("order", id))?;
            Ok(Resp::empty(204))
        }
        (&Method::POST, ["v1", "containers"]) => container(state, &who, req),
        (&Method::GET, ["v1", "containers"]) => list(state, &who, req, "container"),
        (&Method::GET, ["v1", "containers", id]) => {
            let row = owned(state, &who, "container", id, "Secrets container")?;
            Ok(Resp::ok(container_view(state, &row.body)))
        }
        (&Method::DELETE, ["v1", "containers", id]) => {
            member(&who, "Container deletion")?;
            owned(state, &who, "container", id, "Secrets container")?;
            state.write(|tx| tx.delete("container", id))?;
            Ok(Resp::empty(204))
        }
        _ => Err(ApiError::not_found(
            "Not Found. Sorry but your princess is in another castle.",
        )),
    }
}

fn version(state: &State) -> Value {
    json!({
        "id": "v1", "status": "stable",
        "links": [{"rel": "self", "href": format!("{}/key-manager/v1/", state.base_url())},
                  {"rel": "describedby", "type": "text/html", "href": "https://docs.openstack.org/"}],
        "media-types": [{"base": "application/json", "type": "application/vnd.openstack.key-manager-v1+json"}],
    })
}

fn href(state: &State, collection: &str, id: &str) -> String {
    format!("{}/key-manager/v1/{collection}/{id}", state.base_url())
}

/// Barbican's refusal names the operation (`Secret creation`, `Secret
/// payload retrieval`, …).
fn forbidden(operation: &str) -> ApiError {
    ApiError::forbidden(format!(
        "{operation} attempt not allowed - please review your user/project privileges"
    ))
}

fn member(who: &Caller, operation: &str) -> Result<(), ApiError> {
    if who.is_member() {
        Ok(())
    } else {
        Err(forbidden(operation))
    }
}

#[derive(PartialEq)]
enum Access {
    Metadata,
    Payload,
}

/// A secret `who` may read, as Barbican's default policy: its project's
/// readers (metadata) or members (payload) while `project-access` is true;
/// its creator and its project's admins always; users on its read ACL.
fn readable(state: &State, who: &Caller, id: &str, access: Access) -> Result<Row, ApiError> {
    if uuid::Uuid::try_parse(id).is_err() {
        return Err(ApiError::not_found(
            "Not Found. Provided secret id is invalid.",
        ));
    }
    let row = state
        .read(|tx| tx.get("secret", id))?
        .ok_or_else(|| ApiError::not_found("Secret not found."))?;
    let operation = match access {
        Access::Metadata => "Secret retrieval",
        Access::Payload => "Secret payload retrieval",
    };
    if may_read(who, &row, access) {
        Ok(row)
    } else {
        Err(forbidden(operation))
    }
}

/// Barbican's read policy for one secret (see [`readable`]).
fn may_read(who: &Caller, row: &Row, access: Access) -> bool {
    let b = &row.body;
    let same_project = row.project_id.as_deref() == Some(who.project_id.as_str());
    let creator = b.get("creator_id").and_then(Value::as_str) == Some(who.user_id.as_str());
    let project_access = b
        .pointer("/acl/project-access")
        .and_then(Value::as_bool)
        .unwrap_or(true);
    let on_acl = b
        .pointer("/acl/users")
        .and_then(Value::as_array)
        .is_some_and(|u| u.iter().any(|u| u.as_str() == Some(who.user_id.as_str())));
    // Barbican 23's defaults: a project-wide secret is read by its
    // project's members; the reader role alone lists, it does not read.
    let _ = access;
    let role_ok = who.is_member();
    on_acl
        || (same_project
            && (who.is_admin() || (creator && who.is_member()) || (project_access && role_ok)))
}

/// A secret `who` may change: its project's members (the creator or an admin
/// when `project-access` is false).
fn writable(state: &State, who: &Caller, id: &str, operation: &str) -> Result<Row, ApiError> {
    let row = readable(state, who, id, Access::Metadata).map_err(|e| {
        if e.status == 403 {
            forbidden(operation)
        } else {
            e
        }
    })?;
    let creator = row.body.get("creator_id").and_then(Value::as_str) == Some(who.user_id.as_str());
    let same_project = row.project_id.as_deref() == Some(who.project_id.as_str());
    if same_project
        && (who.is_admin()
            || (who.is_member()
                && (creator
                    || row
                        .body
                        .pointer("/acl/project-access")
                        .and_then(Value::as_bool)
                        .unwrap_or(true))))
    {
        Ok(row)
    } else {
        Err(forbidden(operation))
    }
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
fn list(state: &State, who: &Caller, req: &Req, kind: &'static str) -> Result<Resp, ApiError> {
    if !who.has("reader") {
        return Err(ApiError::forbidden(
            "Operation not allowed - please review your user/project privileges",
        ));
    }
    let limit: usize = req
        .query("limit")
        .and_then(|l| l.parse().ok())
        .unwrap_or(10)
        .min(100);
    let offset: usize = req
        .query("offset")
        .and_then(|o| o.parse().ok())
        .unwrap_or(0);
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
                && may_read(who, r, Access::Metadata)
        });
    }
    // Barbican lists newest first.
    rows.reverse();
    let total = rows.len();
    let (collection, plural) = match kind {
        "secret" => ("secrets", "secrets"),
        "order" => ("orders", "orders"),
        _ => ("containers", "containers"),
    };
    let page: Vec<Value> = rows
        .iter()
        .skip(offset)
        .take(limit)
        .map(|r| match kind {
            "secret" => secret_view(state, r),
            "order" => order_view(state, &r.body),
            _ => container_view(state, &r.body),
        })
        .collect();
    let mut body = json!({ plural: page, "total": total });
    let link = |off: usize| {
        format!(
            "{}/key-manager/v1/{collection}?limit={limit}&offset={off}",
            state.base_url()
        )
    };
    if offset.saturating_add(limit) < total {
        body["next"] = json!(link(offset + limit));
    }
    if offset > 0 {
        body["previous"] = json!(link(offset.saturating_sub(limit)));
    }
    Ok(Resp::ok(body))
}
