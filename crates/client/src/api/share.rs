//! Manila v2: shares, share types, share networks, share servers, quotas,
//! pools, user messages. Every call goes through the session, which adds the
//! negotiated microversion.

use crate::error::{Error, Kind, Result};
use crate::session::microversion::Microversion;
use crate::session::{Request, Service, Session};
use serde_json::{Map, Value, json};

mod access;
mod find;
pub use access::*;
pub use find::*;

/// A Manila collection: its URL path, the key of one item and of a list.
#[derive(Debug, Clone, Copy)]
pub struct Collection {
    pub path: &'static str,
    pub one: &'static str,
    pub many: &'static str,
    /// What users call it, for messages.
    pub noun: &'static str,
    /// Whether `GET {path}/detail` exists (else the plain list has the details).
    pub detail: bool,
}

pub const SHARES: Collection = Collection {
    path: "shares",
    one: "share",
    many: "shares",
    noun: "share",
    detail: true,
};

pub const TYPES: Collection = Collection {
    path: "types",
    one: "share_type",
    many: "share_types",
    noun: "share type",
    detail: false,
};

pub const NETWORKS: Collection = Collection {
    path: "share-networks",
    one: "share_network",
    many: "share_networks",
    noun: "share network",
    detail: true,
};

pub const SERVERS: Collection = Collection {
    path: "share-servers",
    one: "share_server",
    many: "share_servers",
    noun: "share server",
    detail: false,
};

pub const SECURITY_SERVICES: Collection = Collection {
    path: "security-services",
    one: "security_service",
    many: "security_services",
    noun: "security service",
    detail: true,
};

pub const SNAPSHOTS: Collection = Collection {
    path: "snapshots",
    one: "snapshot",
    many: "snapshots",
    noun: "share snapshot",
    detail: true,
};

pub const MESSAGES: Collection = Collection {
    path: "messages",
    one: "message",
    many: "messages",
    noun: "message",
    detail: false,
};

fn is_uuid(s: &str) -> bool {
    uuid::Uuid::try_parse(s).is_ok()
}

/// `GET {path}/{id}`.
pub async fn get(session: &mut Session, c: Collection, id: &str) -> Result<Value> {
    let body = session
        .send(Request::get(Service::Share, [c.path, id]))
        .await?
        .json()?;
    take(body, c.one)
}

/// List with query filters (`GET {path}/detail?…`).
pub async fn list(
    session: &mut Session,
    c: Collection,
    query: &[(String, String)],
) -> Result<Vec<Value>> {
    let req = if c.detail {
        Request::get(Service::Share, [c.path, "detail"])
    } else {
        Request::get(Service::Share, [c.path])
    };
    let body = session.send(req.queries(query)).await?.json()?;
    array(body, c.many)
}

/// `POST {path}` with `{one: body}`.
pub async fn create(session: &mut Session, c: Collection, body: Value) -> Result<Value> {
    let resp = session
        .send(Request::post(
            Service::Share,
            [c.path],
            json!({ c.one: body }),
        ))
        .await?;
    take(resp.json()?, c.one)
}

/// `PUT {path}/{id}` with `{one: fields}`; nothing is sent when no field is given.
pub async fn update(
    session: &mut Session,
    c: Collection,
    id: &str,
    fields: Map<String, Value>,
) -> Result<()> {
    if fields.is_empty() {
        return Ok(());
    }
    session
        .send(Request::put(
            Service::Share,
            [c.path, id],
            json!({ c.one: fields }),
        ))
        .await
        .map(|_| ())
}

pub async fn delete(session: &mut Session, c: Collection, id: &str) -> Result<()> {
    session
        .send(Request::delete(Service::Share, [c.path, id]))
        .await
        .map(|_| ())
}

/// `POST {path}/{id}/action` with one action; the answer's body (often empty).
pub async fn action(session: &mut Session, c: Collection, id: &str, body: Value) -> Result<Value> {
    let resp = session
        .send(Request::post(Service::Share, [c.path, id, "action"], body))
        .await?;
    if resp.bytes.is_empty() {
        Ok(Value::Null)
    } else {
        resp.json()
    }
}

/// `POST {path}/{id}/metadata`: add or change properties (merged).
pub async fn set_metadata_of(
    session: &mut Session,
    c: Collection,
    id: &str,
    metadata: Map<String, Value>,
) -> Result<()> {
    session
        .send(Request::post(
            Service::Share,
            [c.path, id, "metadata"],
            json!({"metadata": metadata}),
        ))
        .await
        .map(|_| ())
}

/// `DELETE {path}/{id}/metadata/{key}`.
pub async fn unset_metadata_of(
    session: &mut Session,
    c: Collection,
    id: &str,
    key: &str,
) -> Result<()> {
    session
        .send(Request::delete(
            Service::Share,
            [c.path, id, "metadata", key],
        ))
        .await
        .map(|_| ())
}

/// A share's properties: `POST shares/{id}/metadata`.
pub async fn set_metadata(
    session: &mut Session,
    share_id: &str,
    metadata: Map<String, Value>,
) -> Result<()> {
    set_metadata_of(session, SHARES, share_id, metadata).await
}

/// `DELETE shares/{id}/metadata/{key}`.
pub async fn unset_metadata(session: &mut Session, share_id: &str, key: &str) -> Result<()> {
    unset_metadata_of(session, SHARES, share_id, key).await
}

/// `GET snapshots/{id}/export-locations` (2.32+).
pub async fn snapshot_export_locations(
    session: &mut Session,
    snapshot_id: &str,
) -> Result<Vec<Value>> {
    let body = session
        .send(Request::get(
            Service::Share,
            ["snapshots", snapshot_id, "export-locations"],
        ))
        .await?
        .json()?;
    array(body, "share_snapshot_export_locations")
}

/// `GET types/default`; `None` when the cloud has no default type.
pub async fn default_type(session: &mut Session) -> Result<Option<Value>> {
    match session
        .send(Request::get(Service::Share, ["types", "default"]))
        .await
    {
        Ok(resp) => Ok(resp.json()?.get("share_type").cloned()),
        Err(e) if e.kind == Kind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// `POST types/{id}/extra_specs`.
pub async fn set_extra_specs(
    session: &mut Session,
    type_id: &str,
    specs: Map<String, Value>,
) -> Result<()> {
    session
        .send(Request::post(
            Service::Share,
            ["types", type_id, "extra_specs"],
            json!({"extra_specs": specs}),
        ))
        .await
        .map(|_| ())
}

/// `DELETE types/{id}/extra_specs/{key}`.
pub async fn unset_extra_spec(session: &mut Session, type_id: &str, key: &str) -> Result<()> {
    session
        .send(Request::delete(
            Service::Share,
            ["types", type_id, "extra_specs", key],
        ))
        .await
        .map(|_| ())
}

/// `GET security-services?share_network_id=`.
pub async fn security_services(session: &mut Session, network_id: &str) -> Result<Vec<Value>> {
    let body = session
        .send(
            Request::get(Service::Share, ["security-services"])
                .query("share_network_id", network_id),
        )
        .await?
        .json()?;
    array(body, "security_services")
}

/// `POST share-networks/{id}/subnets` (the request key is hyphenated, the answer's is not).
pub async fn create_subnet(
    session: &mut Session,
    network_id: &str,
    subnet: Map<String, Value>,
) -> Result<Value> {
    let body = session
        .send(Request::post(
            Service::Share,
            ["share-networks", network_id, "subnets"],
            json!({"share-network-subnet": subnet}),
        ))
        .await?
        .json()?;
    take(body, "share_network_subnet")
}

/// `GET availability-zones`.
pub async fn availability_zones(session: &mut Session) -> Result<Vec<Value>> {
    let body = session
        .send(Request::get(Service::Share, ["availability-zones"]))
        .await?
        .json()?;
    array(body, "availability_zones")
}

/// `GET limits`: `{"rate": [...], "absolute": {...}}`.
pub async fn limits(session: &mut Session) -> Result<Value> {
    let body = session
        .send(Request::get(Service::Share, ["limits"]))
        .await?
        .json()?;
    take(body, "limits")
}

/// `GET types/{id}/share_type_access`: the projects a private type is shared with.
pub async fn type_access(session: &mut Session, type_id: &str) -> Result<Vec<Value>> {
    let body = session
        .send(Request::get(
            Service::Share,
            ["types", type_id, "share_type_access"],
        ))
        .await?
        .json()?;
    array(body, "share_type_access")
}

/// `GET share-networks/{id}/subnets` (2.51+).
pub async fn subnets(session: &mut Session, network_id: &str) -> Result<Vec<Value>> {
    let body = session
        .send(Request::get(
            Service::Share,
            ["share-networks", network_id, "subnets"],
        ))
        .await?
        .json()?;
    array(body, "share_network_subnets")
}

/// `GET share-networks/{id}/subnets/{subnet}`.
pub async fn subnet(session: &mut Session, network_id: &str, subnet_id: &str) -> Result<Value> {
    let body = session
        .send(Request::get(
            Service::Share,
            ["share-networks", network_id, "subnets", subnet_id],
        ))
        .await?
        .json()?;
    take(body, "share_network_subnet")
}

/// `DELETE share-networks/{id}/subnets/{subnet}`.
pub async fn delete_subnet(session: &mut Session, network_id: &str, subnet_id: &str) -> Result<()> {
    session
        .send(Request::delete(
            Service::Share,
            ["share-networks", network_id, "subnets", subnet_id],
        ))
        .await
        .map(|_| ())
}

fn array(body: Value, key: &str) -> Result<Vec<Value>> {
    match take(body, key)? {
        Value::Array(items) => Ok(items),
        _ => Err(unexpected(key)),
    }
}

fn take(mut body: Value, key: &str) -> Result<Value> {
    body.get_mut(key)
        .map(Value::take)
        .ok_or_else(|| unexpected(key))
}

fn unexpected(key: &str) -> Error {
    Error::new(Kind::Server, format!("Manila's answer has no `{key}`"))
}

/// `GET /messages?resource_id=…`: Manila's user messages about a resource,
/// newest first.
pub async fn messages_for(session: &mut Session, resource_id: &str) -> Result<Vec<Value>> {
    let query = vec![
        ("resource_id".to_string(), resource_id.to_string()),
        ("sort_key".to_string(), "created_at".to_string()),
        ("sort_dir".to_string(), "desc".to_string()),
    ];
    list(session, MESSAGES, &query).await
}

/// `GET /quota-sets/{project}[/detail]`.
pub async fn quota(
    session: &mut Session,
    project_id: &str,
    detail: bool,
    defaults: bool,
) -> Result<Value> {
    let req = match (detail, defaults) {
        (_, true) => Request::get(Service::Share, ["quota-sets", project_id, "defaults"]),
        (true, false) => Request::get(Service::Share, ["quota-sets", project_id, "detail"]),
        (false, false) => Request::get(Service::Share, ["quota-sets", project_id]),
    };
    take(session.send(req).await?.json()?, "quota_set")
}

/// `PUT /quota-sets/{project}`.
pub async fn set_quota(
    session: &mut Session,
    project_id: &str,
    values: Value,
    force: bool,
) -> Result<Value> {
    let mut body = values;
    if force {
        body["force"] = json!(true);
    }
    let resp = session
        .send(Request::put(
            Service::Share,
            ["quota-sets", project_id],
            json!({"quota_set": body}),
        ))
        .await?;
    take(resp.json()?, "quota_set")
}

/// `GET /scheduler-stats/pools[/detail]`.
pub async fn pools(
    session: &mut Session,
    detail: bool,
    query: &[(String, String)],
) -> Result<Vec<Value>> {
    let req = if detail {
        Request::get(Service::Share, ["scheduler-stats", "pools", "detail"])
    } else {
        Request::get(Service::Share, ["scheduler-stats", "pools"])
    };
    array(session.send(req.queries(query)).await?.json()?, "pools")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_recognised() {
        assert!(is_uuid("0f1c9a1e-6b43-4a4e-9d1b-2b6e4d3f5a77"));
        assert!(!is_uuid("my-share"));
    }
}
