//! Per-project quotas. Usage is recounted from the resources themselves in
//! the transaction that changes them, so it is exact however many processes
//! share the state, and nothing is ever booked and then forgotten.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use crate::LocalError;
use crate::http::ApiError;
use crate::store::Tx;

/// Manila 23's defaults (`[quota]` in manila.conf).
pub const DEFAULTS: [(&str, i64); 13] = [
    ("shares", 50),
    ("gigabytes", 1000),
    ("snapshots", 50),
    ("snapshot_gigabytes", 1000),
    ("share_networks", 10),
    ("share_groups", 50),
    ("share_group_snapshots", 50),
    ("share_replicas", 100),
    ("replica_gigabytes", 1000),
    ("per_share_gigabytes", -1),
    ("backups", 10),
    ("backup_gigabytes", 1000),
    ("encryption_keys", 100),
];

/// The share status whose key no longer counts: a share that failed holds no key.
pub const KEYLESS_STATUS: &str = "error";

pub fn default_of(resource: &str) -> Option<i64> {
    DEFAULTS
        .iter()
        .find(|(r, _)| *r == resource)
        .map(|(_, v)| *v)
}

/// A project's limits: the defaults with its own settings over them.
pub fn limits(tx: &Tx, project: &str) -> Result<BTreeMap<&'static str, i64>, LocalError> {
    let set = tx.get("quota", project)?;
    Ok(DEFAULTS
        .iter()
        .map(|(r, d)| {
            let v = set
                .as_ref()
                .and_then(|s| s.body.get(*r))
                .and_then(Value::as_i64)
                .unwrap_or(*d);
            (*r, v)
        })
        .collect())
}

/// The keys a project holds (all projects: `None`), as Manila books them:
/// the key of each of its shares that did not fail, and the key each of its
/// share servers holds, for as long as the server exists (a share made from
/// a snapshot records no key, but sits on its parent's key-held server).
pub fn keys_held(tx: &Tx, project: Option<&str>) -> Result<BTreeSet<String>, LocalError> {
    let mut keys: BTreeSet<String> = tx
        .distinct_key_refs("share", project, KEYLESS_STATUS)?
        .into_iter()
        .collect();
    for server in tx.list("share_server", project)? {
        if let Some(k) = crate::share::rows::server_key(&server.body) {
            keys.insert(k.to_string());
        }
    }
    Ok(keys)
}

/// What a project uses now, counted.
pub fn usage(tx: &Tx, project: &str) -> Result<BTreeMap<&'static str, i64>, LocalError> {
    let (shares, gigabytes) = tx.count("share", project, &[])?;
    let (snapshots, snapshot_gigabytes) = tx.count("snapshot", project, &[])?;
    let (share_networks, _) = tx.count("share_network", project, &[])?;
    let keys = keys_held(tx, Some(project))?.len() as i64;
    let mut u: BTreeMap<&'static str, i64> = DEFAULTS.iter().map(|(r, _)| (*r, 0)).collect();
    u.insert("shares", shares);
    u.insert("gigabytes", gigabytes);
    u.insert("snapshots", snapshots);
    u.insert("snapshot_gigabytes", snapshot_gigabytes);
    u.insert("share_networks", share_networks);
    u.insert("encryption_keys", keys);
    Ok(u)
}

/// The check for a new share of `size` GiB with `key` (a key the project
/// already uses costs nothing), in Manila's order and words.
pub fn check_share(
    tx: &Tx,
    project: &str,
    size: i64,
    key: Option<&str>,
) -> Result<Result<(), ApiError>, LocalError> {
    let limits = limits(tx, project)?;
    let used = usage(tx, project)?;
    let over = |r: &str, extra: i64| {
        let limit = limits.get(r).copied().unwrap_or(-1);
        limit >= 0 && used.get(r).copied().unwrap_or(0).saturating_add(extra) > limit
    };
    let per_share = limits.get("per_share_gigabytes").copied().unwrap_or(-1);
    if per_share >= 0 && size > per_share {
        return Ok(Err(ApiError::over_limit(format!(
            "ShareSizeExceedsLimit: Requested share size {size} is larger than maximum allowed limit {per_share}."
        ))));
    }
    if over("gigabytes", size) {
        return Ok(Err(ApiError::over_limit(
            "ShareSizeExceedsAvailableQuota: Requested share exceeds allowed project/user or share type gigabytes quota.",
        )));
    }
    if over("shares", 1) {
        return Ok(Err(ApiError::over_limit(format!(
            "ShareLimitExceeded: Maximum number of shares allowed ({}) either per project/user or share type quota is exceeded.",
            limits["shares"]
        ))));
    }
    if let Some(key) = key
        && !keys_held(tx, Some(project))?.contains(key)
        && over("encryption_keys", 1)
    {
        return Ok(Err(ApiError::over_limit(
            "EncryptionKeysLimitExceeded: Maximum number of allowed encryption keys is exceeded.",
        )));
    }
    Ok(Ok(()))
}

/// Extending a share by `more` GiB (Manila answers 403 here, not 413).
pub fn check_extend(tx: &Tx, project: &str, more: i64) -> Result<Result<(), ApiError>, LocalError> {
    let limits = limits(tx, project)?;
    let used = usage(tx, project)?;
    let limit = limits["gigabytes"];
    if limit >= 0 && used["gigabytes"].saturating_add(more) > limit {
        return Ok(Err(ApiError::forbidden(
            "Requested share exceeds allowed project/user or share type gigabytes quota.",
        )));
    }
    Ok(Ok(()))
}

/// The quota set view: plain limits, or `{limit, in_use, reserved}` each.
pub fn view(
    tx: &Tx,
    project: &str,
    resources: &[&str],
    detail: bool,
    defaults: bool,
) -> Result<Value, LocalError> {
    let limits = limits(tx, project)?;
    let used = usage(tx, project)?;
    let mut m = serde_json::Map::new();
    for r in resources {
        if *r == "id" {
            m.insert("id".into(), json!(project));
            continue;
        }
        let limit = if defaults {
            default_of(r).unwrap_or(-1)
        } else {
            limits.get(r).copied().unwrap_or(-1)
        };
        let v = if detail {
            json!({"limit": limit, "in_use": used.get(r).copied().unwrap_or(0), "reserved": 0})
        } else {
            json!(limit)
        };
        m.insert(r.to_string(), v);
    }
    Ok(Value::Object(m))
}
