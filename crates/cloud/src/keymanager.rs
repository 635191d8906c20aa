//! Barbican v1, the part clients use: secrets (payloads sealed at rest under
//! the state's KEK), key orders, read ACLs, generic containers, project
//! scoping as Barbican's default policy, and application-credential access
//! rules.

use std::sync::Arc;

use axum::http::Method;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Map, Value, json};

use super::identity::{Caller, caller};
use super::store::{Row, Tx};
use super::{State, crypto};
use crate::http::{ApiError, App, Req, Resp, now};

/// Barbican's own payload limit (`max_allowed_secret_in_bytes`).
const MAX_PAYLOAD: usize = 10_000;

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

/// Decode a payload as Barbican does for its content types.
/// Base64 as Barbican decodes it (Python's `base64.b64decode` without
/// `validate`): bytes outside the alphabet are dropped, and decoding ends
/// at the padding that completes the last quantum (seen on the reference
/// cloud: `!!<base64>!!` and `<base64>=A` are accepted).
fn python_b64decode(text: &[u8]) -> Result<Vec<u8>, base64::DecodeError> {
    let kept: Vec<u8> = text
        .iter()
        .copied()
        .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        .collect();
    let data_len = kept.iter().position(|b| *b == b'=').unwrap_or(kept.len());
    let pads = kept[data_len..].iter().take_while(|b| **b == b'=').count();
    let mut quantum = kept[..data_len].to_vec();
    match (data_len % 4, pads) {
        (2, p) if p >= 2 => quantum.extend_from_slice(b"=="),
        (3, p) if p >= 1 => quantum.push(b'='),
        _ => {}
    }
    STANDARD.decode(quantum)
}

fn decode_payload(
    payload: &str,
    content_type: Option<&str>,
    encoding: Option<&str>,
) -> Result<(Vec<u8>, String), ApiError> {
    let content_type = content_type.ok_or_else(|| {
        ApiError::bad_request("Provided object does not match schema 'Secret': If 'payload' is supplied, 'payload_content_type' must also be supplied. Invalid property: 'payload_content_type'")
    })?;
    let bytes = match (
        content_type.split(';').next().unwrap_or("").trim(),
        encoding,
    ) {
        ("text/plain", None) => payload.as_bytes().to_vec(),
        (
            "application/octet-stream" | "application/pkcs8" | "application/pkix-cert",
            Some("base64"),
        ) => python_b64decode(payload.as_bytes()).map_err(|_| {
            ApiError::bad_request("Problem with the payload: base64 decoding failed.")
        })?,
        ("application/octet-stream", None) => {
            return Err(ApiError::bad_request(
                "Provided object does not match schema 'Secret': payload_content_encoding must be supplied with an application/octet-stream payload_content_type. Invalid property: 'payload_content_encoding'",
            ));
        }
        (other, _) => {
            return Err(ApiError::new(
                400,
                format!(
                    "Provided object does not match schema 'Secret': payload_content_type {other} is not one of the supported types. Invalid property: 'payload_content_type'"
                ),
            ));
        }
    };
    if bytes.is_empty() {
        return Err(ApiError::bad_request(
            "Provided object does not match schema 'Secret': If 'payload' specified, must be non empty. Invalid property: 'payload'",
        ));
    }
    if bytes.len() > MAX_PAYLOAD {
        return Err(ApiError::new(
            413,
            format!("Could not process secret: the payload is larger than {MAX_PAYLOAD} bytes."),
        ));
    }
    Ok((bytes, content_type.to_string()))
}

fn new_secret(who: &Caller, id: &str, b: &Value) -> Result<Value, ApiError> {
    let secret_type = text(b, "secret_type").unwrap_or_else(|| "opaque".into());
    const TYPES: [&str; 7] = [
        "symmetric",
        "public",
        "private",
        "passphrase",
        "certificate",
        "opaque",
        "pkcs12",
    ];
    if !TYPES.contains(&secret_type.as_str()) {
        return Err(ApiError::bad_request(format!(
            "Provided object does not match schema 'Secret': '{secret_type}' is not one of {TYPES:?} Invalid property: 'secret_type'"
        )));
    }
    if let Some(exp) = text(b, "expiration") {
        let ok = exp
            .parse::<jiff::Timestamp>()
            .ok()
            .or_else(|| format!("{exp}Z").parse::<jiff::Timestamp>().ok());
        match ok {
            Some(t) if t > jiff::Timestamp::now() => {}
            Some(_) => {
                return Err(ApiError::bad_request(
                    "Provided object does not match schema 'Secret': 'expiration' is before current time Invalid property: 'expiration'",
                ));
            }
            None => return Err(ApiError::bad_request("Invalid date for 'expiration'")),
        }
    }
    let stamp = now();
    Ok(json!({
        "id": id, "name": b.get("name").cloned().unwrap_or(Value::Null),
        "project_id": who.project_id, "creator_id": who.user_id,
        "algorithm": b.get("algorithm").cloned().unwrap_or(Value::Null),
        "bit_length": b.get("bit_length").cloned().unwrap_or(Value::Null),
        "mode": b.get("mode").cloned().unwrap_or(Value::Null),
        "secret_type": secret_type,
        "expiration": b.get("expiration").cloned().unwrap_or(Value::Null),
        "status": "ACTIVE", "created": stamp, "updated": stamp,
    }))
}

/// `POST /v1/secrets`: 201 with the href.
fn store_secret(state: &State, who: &Caller, req: &Req) -> Result<Resp, ApiError> {
    member(who, "Secret creation")?;
    let b = req.json()?;
    let id = super::seed::uuid();
    let mut record = new_secret(who, &id, &b)?;
    if let Some(payload) = b.get("payload") {
        let payload = payload.as_str().ok_or_else(|| {
            ApiError::bad_request(
                "Provided object does not match schema 'Secret': 'payload' must be a string",
            )
        })?;
        let (bytes, content_type) = decode_payload(
            payload,
            b.get("payload_content_type").and_then(Value::as_str),
            b.get("payload_content_encoding").and_then(Value::as_str),
        )?;
        record["sealed_payload"] = json!(state.kek.seal(&id, &bytes));
        record["content_type"] = json!(content_type);
    } else if b.get("payload_content_type").is_some() {
        return Err(ApiError::bad_request(
            "Provided object does not match schema 'Secret': If 'payload_content_type' is supplied, 'payload' must also be supplied. Invalid property: 'payload_content_type'",
        ));
    }
    let row = Row::new("secret", id.clone(), record);
    state.write(|tx| tx.put(&row))?;
    Ok(Resp::json(
        201,
        json!({"secret_ref": href(state, "secrets", &id)}),
    ))
}

fn payload(state: &State, who: &Caller, id: &str) -> Result<Resp, ApiError> {
    let row = readable(state, who, id, Access::Payload)?;
    let sealed = row
        .body
        .get("sealed_payload")
        .and_then(Value::as_str)
        .ok_or_else(|| ApiError::not_found("Not Found. Sorry but your secret has no payload."))?;
    let bytes = state.kek.open(id, sealed)?;
    let content_type =
        text(&row.body, "content_type").unwrap_or_else(|| "application/octet-stream".into());
    Ok(Resp::bytes(&content_type, bytes))
}

/// `PUT /v1/secrets/{id}`: the payload of a secret made without one.
fn put_payload(state: &State, who: &Caller, id: &str, req: &Req) -> Result<Resp, ApiError> {
    let mut row = writable(state, who, id, "Secret update")?;
    if row.body.get("sealed_payload").is_some() {
        return Err(ApiError::conflict(
            "Secret already has data, cannot modify it.",
        ));
    }
    let content_type = req
        .header("content-type")
        .unwrap_or("application/octet-stream");
    let bytes = match req.header("content-encoding") {
        Some("base64") => python_b64decode(&req.body).map_err(|_| {
            ApiError::bad_request("Problem with the payload: base64 decoding failed.")
        })?,
        _ => req.body.clone(),
    };
    if bytes.is_empty() {
        return Err(ApiError::bad_request("No payload provided."));
    }
    if bytes.len() > MAX_PAYLOAD {
        return Err(ApiError::new(
            413,
            format!("Could not process secret: the payload is larger than {MAX_PAYLOAD} bytes."),
        ));
    }
    row.body["sealed_payload"] = json!(state.kek.seal(id, &bytes));
    row.body["content_type"] = json!(content_type);
    row.body["updated"] = json!(now());
    state.write(|tx| tx.put(&row))?;
    Ok(Resp::empty(204))
}

/// The secret's metadata, in Barbican's key order (`consumers` only from
/// key-manager microversion 1.1, which clients do not ask for by default).
fn secret_view(state: &State, row: &Row) -> Value {
    let b = &row.body;
    let g = |k: &str| b.get(k).cloned().unwrap_or(Value::Null);
    let mut view = json!({
        "created": g("created"), "updated": g("updated"), "status": g("status"),
        "name": g("name"), "secret_type": g("secret_type"), "expiration": g("expiration"),
        "algorithm": g("algorithm"), "bit_length": g("bit_length"), "mode": g("mode"),
        "creator_id": g("creator_id"),
    });
    if let Some(ct) = b.get("content_type") {
        view["content_types"] = json!({"default": ct});
    }
    view["secret_ref"] = json!(href(state, "secrets", &row.id));
    view
}

fn acl_view(b: &Value) -> Value {
    match b.get("acl") {
        Some(acl) => json!({"read": {
            "created": acl.get("created"), "updated": acl.get("updated"),
            "users": acl.get("users").cloned().unwrap_or(json!([])),
            "project-access": acl.get("project-access").cloned().unwrap_or(json!(true)),
        }}),
        None => json!({"read": {"project-access": true}}),
    }
}

/// `PUT` replaces the read ACL; `PATCH` adds users and may change
/// `project-access`.
fn set_acl(state: &State, who: &Caller, id: &str, req: &Req) -> Result<Resp, ApiError> {
    let mut row = writable(state, who, id, "SecretACL(s) Update")?;
    let b = req.json()?;
    let read = b.get("read").cloned().unwrap_or(json!({}));
    let users: Vec<String> = match read.get("users") {
        None => Vec::new(),
        Some(Value::Array(u)) => u
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        Some(_) => {
            return Err(ApiError::bad_request(
                "Provided object does not match schema 'ACL': 'users' must be a list",
            ));
        }
    };
    let replace = req.method == Method::PUT;
    let stamp = now();
    let old = row.body.get("acl").cloned();
    let mut acl = if replace {
        Map::new()
    } else {
        old.as_ref()
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default()
    };
    let mut all: Vec<String> = if replace {
        Vec::new()
    } else {
        acl.get("users")
            .and_then(Value::as_array)
            .map(|u| {
                u.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    for u in users {
        if !all.contains(&u) {
            all.push(u);
        }
    }
    acl.insert("users".into(), json!(all));
    if let Some(pa) = read.get("project-access") {
        acl.insert("project-access".into(), json!(pa.as_bool().unwrap_or(true)));
    } else if replace {
        acl.insert("project-access".into(), json!(true));
    }
    acl.insert(
        "created".into(),
        old.as_ref()
            .and_then(|o| o.get("created"))
            .cloned()
            .unwrap_or(json!(stamp)),
    );
    acl.insert("updated".into(), json!(stamp));
    row.body["acl"] = Value::Object(acl);
    state.write(|tx| tx.put(&row))?;
    Ok(Resp::ok(
        json!({"acl_ref": format!("{}/acl", href(state, "secrets", id))}),
    ))
}

/// Replace a secret's read ACL from inside the local cloud (the share
/// service's hand-off, done in the caller's transaction).
pub fn grant_read(tx: &Tx, secret_id: &str, user_id: &str) -> Result<bool, super::LocalError> {
    let Some(mut row) = tx.get("secret", secret_id)? else {
        return Ok(false);
    };
    let stamp = now();
    let created = row
        .body
        .pointer("/acl/created")
        .cloned()
        .unwrap_or(json!(stamp));
    row.body["acl"] =
        json!({"users": [user_id], "project-access": false, "created": created, "updated": stamp});
    tx.put(&row)?;
    Ok(true)
}

/// Take `user_id` off a secret's read ACL (when the share service lets go of
/// the key); the ACL entry goes when no user is left on it.
pub fn revoke_read(tx: &Tx, secret_id: &str, user_id: &str) -> Result<(), super::LocalError> {
    let Some(mut row) = tx.get("secret", secret_id)? else {
        return Ok(());
    };
    let Some(acl) = row.body.get_mut("acl").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    if let Some(Value::Array(users)) = acl.get_mut("users") {
        users.retain(|u| u.as_str() != Some(user_id));
        if users.is_empty()
            && let Some(b) = row.body.as_object_mut()
        {
            b.remove("acl");
        }
    }
    tx.put(&row)
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

/// `POST /v1/orders` of type `key`: the key is made at once (the order is
/// `ACTIVE` when it is first read, as a fast Barbican worker would make it).
fn order(state: &State, who: &Caller, req: &Req) -> Result<Resp, ApiError> {
    member(who, "Order creation")?;
    let b = req.json()?;
    let kind = text(&b, "type").unwrap_or_default();
    if kind != "key" {
        return Err(ApiError::bad_request(format!(
            "Invalid order type '{kind}': only 'key' orders are supported by the local key manager."
        )));
    }
    let meta = b.get("meta").cloned().unwrap_or(json!({}));
    let algorithm = text(&meta, "algorithm")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let bits = meta.get("bit_length").and_then(Value::as_u64).unwrap_or(0);
    if algorithm == "aes" && ![128, 192, 256].contains(&bits) {
        // Barbican's crypto plugin: an AES length it cannot make.
        return Err(ApiError::bad_request(
            "Provided field value is not supported",
        ));
    }
    if algorithm != "aes" {
        return Err(ApiError::bad_request(
            "Provided object does not match schema 'Order': the local key manager generates AES keys of 128, 192 or 256 bits. Invalid property: 'meta'",
        ));
    }
    let secret_id = super::seed::uuid();
    let order_id = super::seed::uuid();
    let mut secret = new_secret(
        who,
        &secret_id,
        &json!({
            "name": meta.get("name"), "algorithm": "aes", "bit_length": bits,
            "mode": meta.get("mode").cloned().unwrap_or(json!("cbc")), "secret_type": "symmetric",
            "expiration": meta.get("expiration"),
        }),
    )?;
    let key = crypto::random_bytes::<32>();
    secret["sealed_payload"] = json!(state.kek.seal(&secret_id, &key[..(bits as usize / 8)]));
    secret["content_type"] = json!("application/octet-stream");
    let stamp = now();
    let order = json!({
        "id": order_id, "project_id": who.project_id, "creator_id": who.user_id,
        "type": "key", "meta": meta, "status": "ACTIVE", "secret_id": secret_id,
        "created": stamp, "updated": stamp, "sub_status": "Unknown", "sub_status_message": "Unknown",
    });
    state.write(|tx| {
        tx.put(&Row::new("secret", secret_id.clone(), secret))?;
        tx.put(&Row::new("order", order_id.clone(), order))
    })?;
    Ok(Resp::json(
        202,
        json!({"order_ref": href(state, "orders", &order_id)}),
    ))
}

fn order_view(state: &State, b: &Value) -> Value {
    let g = |k: &str| b.get(k).cloned().unwrap_or(Value::Null);
    let id = b.get("id").and_then(Value::as_str).unwrap_or_default();
    let secret = b
        .get("secret_id")
        .and_then(Value::as_str)
        .unwrap_or_default();
    json!({
        "created": g("created"), "creator_id": g("creator_id"), "meta": g("meta"),
        "order_ref": href(state, "orders", id), "secret_ref": href(state, "secrets", secret),
        "status": g("status"), "sub_status": g("sub_status"), "sub_status_message": g("sub_status_message"),
        "type": g("type"), "updated": g("updated"),
    })
}

/// `POST /v1/containers`: a named list of secret references.
fn container(state: &State, who: &Caller, req: &Req) -> Result<Resp, ApiError> {
    member(who, "Container creation")?;
    let b = req.json()?;
    let kind = text(&b, "type").unwrap_or_else(|| "generic".into());
    if !["generic", "rsa", "certificate"].contains(&kind.as_str()) {
        return Err(ApiError::bad_request(format!(
            "Provided object does not match schema 'Container': '{kind}' is not one of ['generic', 'rsa', 'certificate'] Invalid property: 'type'"
        )));
    }
    let given = b
        .get("secret_refs")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let rsa_names = ["private_key", "public_key", "private_key_passphrase"];
    if kind == "rsa"
        && given
            .iter()
            .any(|r| !text(r, "name").is_some_and(|n| rsa_names.contains(&n.as_str())))
    {
        return Err(ApiError::bad_request(
            "Provided object does not match schema 'Container': only 'private_key', 'public_key' and 'private_key_passphrase' reference names are allowed for RSA type. Invalid property: 'secret_refs'",
        ));
    }
    let mut refs = Vec::new();
    for r in given {
        let sref = text(&r, "secret_ref").unwrap_or_default();
        let sid = sref.rsplit('/').next().unwrap_or_default().to_string();
        readable(state, who, &sid, Access::Metadata)
            .map_err(|_| ApiError::not_found("Secret provided doesn't exist."))?;
        refs.push(json!({"name": r.get("name"), "secret_id": sid}));
    }
    let id = super::seed::uuid();
    let stamp = now();
    let record = json!({"id": id, "name": b.get("name"), "type": kind, "project_id": who.project_id,
                        "creator_id": who.user_id, "status": "ACTIVE", "secret_refs": refs,
                        "created": stamp, "updated": stamp});
    state.write(|tx| tx.put(&Row::new("container", id.clone(), record)))?;
    Ok(Resp::json(
        201,
        json!({"container_ref": href(state, "containers", &id)}),
    ))
}

fn container_view(state: &State, b: &Value) -> Value {
    let g = |k: &str| b.get(k).cloned().unwrap_or(Value::Null);
    let id = b.get("id").and_then(Value::as_str).unwrap_or_default();
    let refs: Vec<Value> = b
        .get("secret_refs")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|r| json!({"name": r.get("name"), "secret_ref": href(state, "secrets", r.get("secret_id").and_then(Value::as_str).unwrap_or_default())}))
                .collect()
        })
        .unwrap_or_default();
    json!({
        "container_ref": href(state, "containers", id), "created": g("created"), "creator_id": g("creator_id"),
        "name": g("name"), "secret_refs": refs, "status": g("status"), "type": g("type"),
        "updated": g("updated"), "consumers": [],
    })
}
