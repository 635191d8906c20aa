//! What still needs a key: the shares and share servers whose data depends on
//! a Barbican secret. A share's own `encryption_key_ref` is not the whole
//! answer: a share made from a snapshot of an encrypted share records no key
//! (as Manila 23 records none) but sits on its parent's key-held server, and
//! its data is its parent's. So the lineage is followed: share servers by
//! their key (an administrator's view), the shares on them, and the shares
//! made from snapshots of shares that use the key (anyone's view).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::share::{SERVERS, SHARES, SNAPSHOTS, TYPES, list};
use crate::error::{Kind, Result};
use crate::session::{Service, Session};

/// What uses a Barbican secret as its encryption key: the IDs of the
/// caller's shares (their own key, or their lineage's) and, for an
/// administrator, of share servers.
#[derive(Debug, Default, Clone)]
pub struct KeyUsers {
    pub shares: Vec<String>,
    pub servers: Vec<String>,
}

impl KeyUsers {
    pub fn is_empty(&self) -> bool {
        self.shares.is_empty() && self.servers.is_empty()
    }
}

/// The shares and share servers that need `key_uuid`. `None` when the cloud
/// has no Manila, or one older than 2.90 (nothing there can use a key).
pub async fn key_users(session: &mut Session, key_uuid: &str) -> Result<Option<KeyUsers>> {
    Ok(key_usage(session, Some(key_uuid))
        .await?
        .map(|mut by_key| by_key.remove(key_uuid).unwrap_or_default()))
}

fn text<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k).and_then(Value::as_str)
}

/// Which shares and share servers need which key, by key UUID (only `key`
/// when one is given). Manila ignores the key filter for non-admins and
/// lets only administrators list share servers, so the grouping is done here.
pub async fn key_usage(
    session: &mut Session,
    key: Option<&str>,
) -> Result<Option<BTreeMap<String, KeyUsers>>> {
    match session.endpoint(Service::Share).await {
        Ok(_) => {}
        Err(e) if e.kind == Kind::Config => return Ok(None),
        Err(e) => return Err(e),
    }
    if session.share_microversion().await? < crate::session::microversion::ENCRYPTION {
        return Ok(None);
    }
    let by_key: Vec<(String, String)> = key
        .map(|k| ("encryption_key_ref".to_string(), k.to_string()))
        .into_iter()
        .collect();
    let mut shares = list(session, SHARES, &by_key).await?;
    let servers = match list(session, SERVERS, &by_key).await {
        Ok(items) => items,
        Err(e) if e.kind == Kind::Forbidden => Vec::new(),
        Err(e) => return Err(e),
    };
    let snapshots = list(session, SNAPSHOTS, &[]).await?;
    // Manila applies the key filter for an administrator only; a filtered
    // list leaves out the shares that record no key: fetch those on the
    // key's servers and those made from its users' snapshots.
    let filtered = key.is_some_and(|k| {
        shares
            .iter()
            .all(|s| text(s, "encryption_key_ref") == Some(k))
    });
    if let (Some(k), true) = (key, filtered) {
        let mut seen: BTreeSet<String> = ids(&shares);
        for server in servers.iter().filter_map(|s| text(s, "id")) {
            let on = [("share_server_id".to_string(), server.to_string())];
            add_new(&mut shares, &mut seen, list(session, SHARES, &on).await?);
        }
        let mut asked = BTreeSet::new();
        loop {
            let users: BTreeSet<String> = group(&shares, &servers, &snapshots, Some(k))
                .remove(k)
                .map(|u| u.shares.into_iter().collect())
                .unwrap_or_default();
            let next: Vec<String> = snapshots
                .iter()
                .filter(|s| text(s, "share_id").is_some_and(|p| users.contains(p)))
                .filter_map(|s| text(s, "id").map(str::to_string))
                .filter(|id| !asked.contains(id))
                .collect();
            if next.is_empty() {
                break;
            }
            for snapshot in next {
                let from = [("snapshot_id".to_string(), snapshot.clone())];
                add_new(&mut shares, &mut seen, list(session, SHARES, &from).await?);
                asked.insert(snapshot);
            }
        }
    }
    Ok(Some(group(&shares, &servers, &snapshots, key)))
}

/// For a caller who may not list share servers (`None` for one who may):
/// the IDs of its shares whose lineage cannot be followed to a key. Such a
/// share was made from a snapshot that no longer exists, records no key of
/// its own, and has a share type that asks for encryption (a share from a
/// snapshot takes its parent's type), so its server may hold any key.
pub async fn unknown_lineage(session: &mut Session) -> Result<Vec<String>> {
    match list(session, SERVERS, &[]).await {
        Ok(_) => return Ok(Vec::new()),
        Err(e) if e.kind == Kind::Forbidden => {}
        Err(e) => return Err(e),
    }
    let shares = list(session, SHARES, &[]).await?;
    let candidates: Vec<&Value> = shares
        .iter()
        .filter(|s| text(s, "encryption_key_ref").is_none() && text(s, "snapshot_id").is_some())
        .collect();
    if candidates.is_empty() {
        return Ok(Vec::new());
    }
    let snapshots = ids(&list(session, SNAPSHOTS, &[]).await?);
    let all_types = [("is_public".to_string(), "all".to_string())];
    let encrypting: BTreeSet<String> = list(session, TYPES, &all_types)
        .await?
        .iter()
        .filter(|t| {
            ["extra_specs", "required_extra_specs"].iter().any(|k| {
                t.get(*k)
                    .and_then(|s| s.get("encryption_support"))
                    .is_some()
            })
        })
        .flat_map(|t| [text(t, "id"), text(t, "name")])
        .flatten()
        .map(str::to_string)
        .collect();
    Ok(candidates
        .into_iter()
        .filter(|s| text(s, "snapshot_id").is_some_and(|id| !snapshots.contains(id)))
        .filter(|s| {
            [text(s, "share_type"), text(s, "share_type_name")]
                .into_iter()
                .flatten()
                .any(|t| encrypting.contains(t))
        })
        .filter_map(|s| text(s, "id").map(str::to_string))
        .collect())
}

fn ids(items: &[Value]) -> BTreeSet<String> {
    items
        .iter()
        .filter_map(|v| text(v, "id").map(str::to_string))
        .collect()
}

fn add_new(into: &mut Vec<Value>, seen: &mut BTreeSet<String>, items: Vec<Value>) {
    for item in items {
        if let Some(id) = text(&item, "id")
            && seen.insert(id.to_string())
        {
            into.push(item);
        }
    }
}

/// Group by the key each share and server needs: a share's own key, else
/// its share server's, else that of the share its snapshot was taken of.
fn group(
    shares: &[Value],
    servers: &[Value],
    snapshots: &[Value],
    only: Option<&str>,
) -> BTreeMap<String, KeyUsers> {
    let server_key: BTreeMap<&str, &str> = servers
        .iter()
        .filter_map(|s| Some((text(s, "id")?, text(s, "encryption_key_ref")?)))
        .collect();
    let parent_of: BTreeMap<&str, &str> = snapshots
        .iter()
        .filter_map(|s| Some((text(s, "id")?, text(s, "share_id")?)))
        .collect();
    let by_id: BTreeMap<&str, &Value> = shares
        .iter()
        .filter_map(|s| Some((text(s, "id")?, s)))
        .collect();
    let needs = |share: &Value| -> Option<String> {
        let mut share = share;
        // A lineage is short; the bound keeps a malformed answer from looping.
        for _ in 0..64 {
            if let Some(k) = text(share, "encryption_key_ref") {
                return Some(k.to_string());
            }
            if let Some(k) = text(share, "share_server_id").and_then(|s| server_key.get(s)) {
                return Some(k.to_string());
            }
            let parent = text(share, "snapshot_id").and_then(|s| parent_of.get(s))?;
            share = by_id.get(parent)?;
        }
        None
    };
    let mut out: BTreeMap<String, KeyUsers> = BTreeMap::new();
    for share in shares {
        if let (Some(k), Some(id)) = (needs(share), text(share, "id"))
            && only.is_none_or(|want| want == k)
        {
            out.entry(k).or_default().shares.push(id.to_string());
        }
    }
    for server in servers {
        if let (Some(k), Some(id)) = (text(server, "encryption_key_ref"), text(server, "id"))
            && only.is_none_or(|want| want == k)
        {
            out.entry(k.to_string())
                .or_default()
                .servers
                .push(id.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_share_from_a_snapshot_needs_its_parents_key() {
        let shares = [
            json!({"id": "parent", "encryption_key_ref": "k1"}),
            json!({"id": "child", "encryption_key_ref": null, "snapshot_id": "snap"}),
            json!({"id": "grandchild", "snapshot_id": "snap2"}),
            json!({"id": "plain"}),
        ];
        let snapshots = [
            json!({"id": "snap", "share_id": "parent"}),
            json!({"id": "snap2", "share_id": "child"}),
        ];
        let g = group(&shares, &[], &snapshots, None);
        assert_eq!(g["k1"].shares, ["parent", "child", "grandchild"]);
        assert_eq!(g.len(), 1);
    }

    #[test]
    fn a_share_on_a_key_held_server_needs_the_servers_key() {
        let shares = [json!({"id": "orphan", "share_server_id": "srv"})];
        let servers = [json!({"id": "srv", "encryption_key_ref": "k2"})];
        let g = group(&shares, &servers, &[], Some("k2"));
        assert_eq!(g["k2"].shares, ["orphan"]);
        assert_eq!(g["k2"].servers, ["srv"]);
        assert!(group(&shares, &servers, &[], Some("k3")).is_empty());
    }
}
