//! Barbican v1: secrets, orders and ACLs.
//!
//! Secrets and orders are accepted as a UUID or an href everywhere; requests
//! always go to the catalog's key-manager endpoint with the UUID, so an href
//! copied from another interface (internal vs public) still works.

use serde_json::{Value, json};

use crate::error::{Error, Result};
use crate::session::{Request, Service, Session};

/// The UUID of a `secrets` or `orders` reference given as a UUID or an href.
pub fn ref_uuid(input: &str, collection: &str) -> Result<String> {
    let candidate = input.trim().trim_end_matches('/');
    let last = candidate.rsplit('/').next().unwrap_or(candidate);
    let is_href = candidate.contains("://");
    if is_href {
        let segments: Vec<&str> = candidate.split('/').collect();
        let ok = segments.len() >= 2 && segments[segments.len() - 2] == collection;
        if !ok {
            return Err(
                Error::usage(format!("`{input}` is not a Barbican {collection} href")).with_hint(
                    format!("expected …/v1/{collection}/<uuid>, or the bare UUID"),
                ),
            );
        }
    }
    match uuid::Uuid::try_parse(last) {
        Ok(u) => Ok(u.hyphenated().to_string()),
        Err(_) => Err(Error::usage(format!(
            "`{input}` is not a {} UUID or href",
            singular(collection)
        ))
        .with_hint(format!(
            "pass the UUID, or the href that `secret {}` printed",
            if collection == "orders" {
                "order create"
            } else {
                "store"
            }
        ))),
    }
}

/// A secret given by UUID, href or name, as its UUID. Names are this
/// project's secrets, matched exactly (Barbican's `?name=` filter ignores
/// case: `SHARE-KEY` must not find `share-key`); a name that several secrets
/// carry is an error listing them. An empty or blank reference is a usage
/// error, never "the only secret there is".
pub async fn resolve_secret(session: &mut Session, input: &str) -> Result<String> {
    if input.trim().is_empty() {
        return Err(Error::usage("the secret reference is empty")
            .with_hint("pass the secret's UUID, href or exact name"));
    }
    if let Ok(uuid) = ref_uuid(input, "secrets") {
        return Ok(uuid);
    }
    if input.contains("://") {
        // An href that is not a secret href: ref_uuid's message says why.
        return ref_uuid(input, "secrets");
    }
    const PAGE: u32 = 100;
    let mut hrefs: Vec<String> = Vec::new();
    let mut offset = 0;
    loop {
        let filter = SecretFilter {
            limit: PAGE,
            offset,
            name: Some(input.to_string()),
            ..Default::default()
        };
        let page = list_secrets(session, &filter).await?;
        hrefs.extend(
            page.iter()
                .filter(|s| s.get("name").and_then(Value::as_str) == Some(input))
                .filter_map(|s| s.get("secret_ref").and_then(Value::as_str))
                .map(str::to_string),
        );
        if page.len() < PAGE as usize {
            break;
        }
        offset += PAGE;
    }
    match hrefs.as_slice() {
        [one] => ref_uuid(one, "secrets"),
        [] => Err(Error::new(crate::error::Kind::NotFound, format!("no secret named `{input}` in this project"))
            .with_hint("pass the secret's UUID or href, or store the key first: sharekeep secret store --name NAME --file KEYFILE")),
        many => Err(Error::usage(format!("{} secrets are named `{input}`", many.len()))
            .with_hint(format!("pass the UUID of the one you mean: {}", many.join(", ")))),
    }
}

fn singular(collection: &str) -> &str {
    collection.strip_suffix('s').unwrap_or(collection)
}

/// The fields of a secret to create.
#[derive(Debug, Default)]
pub struct NewSecret {
    pub name: Option<String>,
    pub payload: Option<String>,
    pub payload_content_type: Option<String>,
    pub payload_content_encoding: Option<String>,
    pub algorithm: Option<String>,
    pub bit_length: Option<u32>,
    pub mode: Option<String>,
    pub secret_type: Option<String>,
    pub expiration: Option<String>,
}

/// `POST /v1/secrets`; returns the new secret's href.
pub async fn store_secret(session: &mut Session, s: &NewSecret) -> Result<String> {
    let mut body = serde_json::Map::new();
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            body.insert(k.to_string(), v);
        }
    };
    put("name", s.name.clone().map(Value::from));
    put("payload", s.payload.clone().map(Value::from));
    put(
        "payload_content_type",
        s.payload_content_type.clone().map(Value::from),
    );
    put(
        "payload_content_encoding",
        s.payload_content_encoding.clone().map(Value::from),
    );
    put("algorithm", s.algorithm.clone().map(Value::from));
    put("bit_length", s.bit_length.map(Value::from));
    put("mode", s.mode.clone().map(Value::from));
    put("secret_type", s.secret_type.clone().map(Value::from));
    put("expiration", s.expiration.clone().map(Value::from));
    let resp = session
        .send(Request::post(
            Service::KeyManager,
            ["secrets"],
            Value::Object(body),
        ))
        .await?;
    ref_from(&resp.json()?, "secret_ref")
}

fn ref_from(body: &Value, key: &str) -> Result<String> {
    body.get(key)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| {
            Error::new(
                crate::error::Kind::Server,
                format!("Barbican's answer has no `{key}`"),
            )
        })
}

/// `GET /v1/secrets/{id}`: the metadata.
pub async fn get_secret(session: &mut Session, uuid: &str) -> Result<Value> {
    session
        .send(Request::get(Service::KeyManager, ["secrets", uuid]))
        .await?
        .json()
}

/// `GET /v1/secrets/{id}/payload`: the decrypted payload, as bytes.
pub async fn get_payload(session: &mut Session, uuid: &str, content_type: &str) -> Result<Vec<u8>> {
    let mut req = Request::get(Service::KeyManager, ["secrets", uuid, "payload"]);
    req.accept = Some(content_type.to_string());
    req.sensitive_response = true;
    Ok(session.send(req).await?.bytes)
}

/// Filters of `GET /v1/secrets`.
#[derive(Debug, Default)]
pub struct SecretFilter {
    pub limit: u32,
    pub offset: u32,
    pub name: Option<String>,
    pub algorithm: Option<String>,
    pub bit_length: Option<u32>,
    pub mode: Option<String>,
    pub secret_type: Option<String>,
}

/// `GET /v1/secrets`: one page, as Barbican pages it.
pub async fn list_secrets(session: &mut Session, f: &SecretFilter) -> Result<Vec<Value>> {
    let req = Request::get(Service::KeyManager, ["secrets"])
        .query("limit", f.limit)
        .query("offset", f.offset)
        .query_opt("name", f.name.as_ref())
        .query_opt("alg", f.algorithm.as_ref())
        .query_opt("bits", f.bit_length)
        .query_opt("mode", f.mode.as_ref())
        .query_opt("secret_type", f.secret_type.as_ref());
    items(&session.send(req).await?.json()?, "secrets")
}

fn items(body: &Value, key: &str) -> Result<Vec<Value>> {
    body.get(key)
        .and_then(Value::as_array)
        .cloned()
        .ok_or_else(|| {
            Error::new(
                crate::error::Kind::Server,
                format!("Barbican's list answer has no `{key}` array"),
            )
        })
}

pub async fn delete_secret(session: &mut Session, uuid: &str) -> Result<()> {
    session
        .send(Request::delete(Service::KeyManager, ["secrets", uuid]))
        .await
        .map(|_| ())
}

/// `POST /v1/orders`; returns the order's href.
pub async fn create_order(session: &mut Session, order_type: &str, meta: Value) -> Result<String> {
    let body = json!({"type": order_type, "meta": meta});
    let resp = session
        .send(Request::post(Service::KeyManager, ["orders"], body))
        .await?;
    ref_from(&resp.json()?, "order_ref")
}

pub async fn get_order(session: &mut Session, uuid: &str) -> Result<Value> {
    session
        .send(Request::get(Service::KeyManager, ["orders", uuid]))
        .await?
        .json()
}

pub async fn list_orders(session: &mut Session, limit: u32, offset: u32) -> Result<Vec<Value>> {
    let req = Request::get(Service::KeyManager, ["orders"])
        .query("limit", limit)
        .query("offset", offset);
    items(&session.send(req).await?.json()?, "orders")
}

pub async fn delete_order(session: &mut Session, uuid: &str) -> Result<()> {
    session
        .send(Request::delete(Service::KeyManager, ["orders", uuid]))
        .await
        .map(|_| ())
}

/// `GET /v1/secrets/{id}/acl`.
pub async fn get_acl(session: &mut Session, uuid: &str) -> Result<Value> {
    session
        .send(Request::get(Service::KeyManager, ["secrets", uuid, "acl"]))
        .await?
        .json()
}

/// `PUT /v1/secrets/{id}/acl`: replaces the whole ACL for the operation.
/// Without `project_access`, Barbican applies its default (on).
pub async fn put_acl(
    session: &mut Session,
    uuid: &str,
    operation: &str,
    users: &[String],
    project_access: Option<bool>,
) -> Result<()> {
    let mut acl = json!({"users": users});
    if let Some(p) = project_access {
        acl["project-access"] = json!(p);
    }
    let body = json!({operation: acl});
    session
        .send(Request::put(
            Service::KeyManager,
            ["secrets", uuid, "acl"],
            body,
        ))
        .await
        .map(|_| ())
}

/// `DELETE /v1/secrets/{id}/acl`.
pub async fn delete_acl(session: &mut Session, uuid: &str) -> Result<()> {
    session
        .send(Request::delete(
            Service::KeyManager,
            ["secrets", uuid, "acl"],
        ))
        .await
        .map(|_| ())
}

/// `PUT /v1/secrets/{id}`: the payload of a secret stored without one.
pub async fn update_secret(
    session: &mut Session,
    uuid: &str,
    content_type: &str,
    payload: Vec<u8>,
) -> Result<()> {
    let mut req = Request::new(Service::KeyManager, reqwest::Method::PUT, ["secrets", uuid]);
    req.body = crate::session::http::Body::Secret {
        content_type: content_type.to_string(),
        bytes: payload,
    };
    session.send(req).await.map(|_| ())
}

/// The href of a secret in this cloud's key manager (containers name secrets by href).
pub async fn secret_href(session: &mut Session, uuid: &str) -> Result<String> {
    let base = session.endpoint(Service::KeyManager).await?;
    Ok(format!("{base}/secrets/{uuid}"))
}

/// `POST /v1/containers`; returns the new container's href.
pub async fn create_container(session: &mut Session, body: Value) -> Result<String> {
    let resp = session
        .send(Request::post(Service::KeyManager, ["containers"], body))
        .await?;
    ref_from(&resp.json()?, "container_ref")
}

/// `GET /v1/containers/{id}`.
pub async fn get_container(session: &mut Session, uuid: &str) -> Result<Value> {
    session
        .send(Request::get(Service::KeyManager, ["containers", uuid]))
        .await?
        .json()
}

/// `GET /v1/containers`: one page.
pub async fn list_containers(
    session: &mut Session,
    limit: u32,
    offset: u32,
    name: Option<&str>,
    container_type: Option<&str>,
) -> Result<Vec<Value>> {
    let req = Request::get(Service::KeyManager, ["containers"])
        .query("limit", limit)
        .query("offset", offset)
        .query_opt("name", name)
        .query_opt("type", container_type);
    items(&session.send(req).await?.json()?, "containers")
}

/// `DELETE /v1/containers/{id}`.
pub async fn delete_container(session: &mut Session, uuid: &str) -> Result<()> {
    session
        .send(Request::delete(Service::KeyManager, ["containers", uuid]))
        .await
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: &str = "0f1c9a1e-6b43-4a4e-9d1b-2b6e4d3f5a77";

    #[test]
    fn uuid_or_href() {
        assert_eq!(ref_uuid(ID, "secrets").unwrap(), ID);
        assert_eq!(
            ref_uuid(&format!("http://b:9311/v1/secrets/{ID}"), "secrets").unwrap(),
            ID
        );
        assert_eq!(
            ref_uuid(
                &format!("https://b/key-manager/v1/secrets/{ID}/"),
                "secrets"
            )
            .unwrap(),
            ID
        );
        assert_eq!(ref_uuid(&ID.to_uppercase(), "secrets").unwrap(), ID);
    }

    #[test]
    fn wrong_refs_say_what_is_expected() {
        let e = ref_uuid("my-key", "secrets").unwrap_err();
        assert_eq!(e.message, "`my-key` is not a secret UUID or href");
        let e = ref_uuid(&format!("http://b:9311/v1/orders/{ID}"), "secrets").unwrap_err();
        assert!(
            e.message.contains("not a Barbican secrets href"),
            "{}",
            e.message
        );
        assert!(ref_uuid("", "orders").is_err());
    }
}
