//! Manila v2: shares, share types, share networks, share servers, quotas,
//! pools, user messages. Every call goes through the session, which adds the
//! negotiated microversion.

use serde_json::{Value, json};

use crate::error::{Error, Kind, Result};
use crate::session::{Request, Service, Session};

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
        .send(Request::get(Service::Share, format!("{}/{id}", c.path)))
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
    let path = if c.detail {
        format!("{}/detail", c.path)
    } else {
        c.path.to_string()
    };
    let mut req = Request::get(Service::Share, path);
    req.query = query.to_vec();
    let body = session.send(req).await?.json()?;
    match take(body, c.many)? {
        Value::Array(items) => Ok(items),
        _ => Err(unexpected(c.many)),
    }
}

/// `POST {path}` with `{one: body}`.
pub async fn create(session: &mut Session, c: Collection, body: Value) -> Result<Value> {
    let resp = session
        .send(Request::post(
            Service::Share,
            c.path,
            json!({ c.one: body }),
        ))
        .await?;
    take(resp.json()?, c.one)
}

pub async fn delete(session: &mut Session, c: Collection, id: &str) -> Result<()> {
    session
        .send(Request::delete(Service::Share, format!("{}/{id}", c.path)))
        .await
        .map(|_| ())
}

/// `POST {path}/{id}/action` with one action.
pub async fn action(session: &mut Session, c: Collection, id: &str, body: Value) -> Result<()> {
    session
        .send(Request::post(
            Service::Share,
            format!("{}/{id}/action", c.path),
            body,
        ))
        .await
        .map(|_| ())
}

fn take(mut body: Value, key: &str) -> Result<Value> {
    body.get_mut(key)
        .map(Value::take)
        .ok_or_else(|| unexpected(key))
}

fn unexpected(key: &str) -> Error {
    Error::new(Kind::Server, format!("Manila's answer has no `{key}`"))
}

/// Find a resource by ID or name, as the `openstack` client does: an ID is
/// fetched directly; a name must match exactly one resource.
pub async fn find(session: &mut Session, c: Collection, name_or_id: &str) -> Result<Value> {
    if is_uuid(name_or_id) {
        match get(session, c, name_or_id).await {
            Ok(v) => return Ok(v),
            Err(e) if e.kind == Kind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    let query: Vec<(String, String)> = if c.detail {
        vec![("name".into(), name_or_id.into())]
    } else {
        Vec::new()
    };
    let matches: Vec<Value> = list(session, c, &query)
        .await?
        .into_iter()
        .filter(|item| {
            item.get("name").and_then(Value::as_str) == Some(name_or_id)
                || item.get("id").and_then(Value::as_str) == Some(name_or_id)
        })
        .collect();
    match matches.len() {
        1 => Ok(matches.into_iter().next().unwrap_or_default()),
        0 => Err(Error::new(
            Kind::NotFound,
            format!("no {} with the name or ID `{name_or_id}`", c.noun),
        )
        .with_hint(format!(
            "`sharekeep {} list` shows the ones this project can see",
            c.noun
        ))),
        _ => Err(
            Error::usage(format!("more than one {} is named `{name_or_id}`", c.noun)).with_hint(
                format!(
                    "use the ID of the one you mean: {}",
                    matches
                        .iter()
                        .filter_map(|m| m.get("id").and_then(Value::as_str))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
        ),
    }
}

/// The ID of a resource given by name or ID.
pub async fn find_id(session: &mut Session, c: Collection, name_or_id: &str) -> Result<String> {
    let item = find(session, c, name_or_id).await?;
    item.get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| unexpected("id"))
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
    let path = match (detail, defaults) {
        (_, true) => format!("quota-sets/{project_id}/defaults"),
        (true, false) => format!("quota-sets/{project_id}/detail"),
        (false, false) => format!("quota-sets/{project_id}"),
    };
    take(
        session
            .send(Request::get(Service::Share, path))
            .await?
            .json()?,
        "quota_set",
    )
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
            format!("quota-sets/{project_id}"),
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
    let path = if detail {
        "scheduler-stats/pools/detail"
    } else {
        "scheduler-stats/pools"
    };
    let mut req = Request::get(Service::Share, path);
    req.query = query.to_vec();
    match take(session.send(req).await?.json()?, "pools")? {
        Value::Array(items) => Ok(items),
        _ => Err(unexpected("pools")),
    }
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
