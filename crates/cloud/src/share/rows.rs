//! The rows of the share state machine and the look-ups on them: a share's
//! and a share server's row (what is searchable: key ref, pool, size), a
//! status change, the shares on a server, the keys servers and shares hold,
//! and the release of a server's application credential.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::models::{Message, Record, Share, ShareServer, Snapshot};
use crate::http::now;
use crate::keymanager;
use crate::seed::SERVICE_USER;
use crate::store::{Row, Tx};
use crate::{LocalError, text};

/// A share's row from its record, checked against the model.
pub fn share_row(body: Value) -> Result<Row, LocalError> {
    Share::from_body(body)?.row()
}

/// A share server's row from its record, checked against the model.
pub(super) fn server_row(body: Value) -> Result<Row, LocalError> {
    ShareServer::from_body(body)?.row()
}

/// A row whose record changed: its searched columns again.
fn rebuild(row: Row) -> Result<Row, LocalError> {
    match row.kind {
        "share" => share_row(row.body),
        "share_server" => server_row(row.body),
        "snapshot" => Snapshot::from_body(row.body)?.row(),
        _ => {
            let text = |k: &str| row.body.get(k).and_then(Value::as_str).map(str::to_string);
            let (project_id, name, status) = (text("project_id"), text("name"), text("status"));
            Ok(Row {
                project_id,
                name,
                status,
                ..row
            })
        }
    }
}

/// Change a resource's status (and drop any claim or hold on it): in a
/// status the manager works on (`creating`, `deleting`, …), it is the
/// manager's.
pub fn set_status(tx: &Tx, row: Row, status: &str) -> Result<(), LocalError> {
    put_status(tx, row, status, false)
}

/// The body field (the models' `held`) of a resource an administrator's
/// reset put in a status: the manager leaves it alone (see [`Tx::pending`]).
pub const HELD: &str = "held";

/// An administrator's reset of a resource's status. Manila's manager acts on
/// requests, never on a status, so a share or server reset to `creating` or
/// `deleting` stays there; the local manager, which works from statuses,
/// is told to leave it alone until an API call (a delete, a force delete,
/// another reset) changes its status.
pub fn reset_status(tx: &Tx, row: Row, status: &str) -> Result<(), LocalError> {
    put_status(tx, row, status, WORKED_ON.contains(&status))
}

/// `row` in `status`, its claim dropped, held from the manager or not.
fn put_status(tx: &Tx, mut row: Row, status: &str, held: bool) -> Result<(), LocalError> {
    row.body["status"] = json!(status);
    row.body["updated_at"] = json!(now());
    if let Some(b) = row.body.as_object_mut() {
        b.remove("claim");
        if held {
            b.insert(HELD.into(), json!(true));
        } else {
            b.remove(HELD);
        }
    }
    tx.put(&rebuild(row)?)
}

/// The statuses in which the manager works on a resource.
const WORKED_ON: [&str; 4] = ["creating", "deleting", "extending", "shrinking"];

/// The shares a server holds.
pub fn server_shares(tx: &Tx, server_id: &str) -> Result<Vec<Row>, LocalError> {
    tx.by_field("share", "share_server_id", server_id)
}

/// GiB allocated per pool (`local@crypt#pool0`).
pub fn allocated_by_pool(tx: &Tx) -> Result<BTreeMap<String, i64>, LocalError> {
    Ok(tx.gigabytes_by_pool("share")?.into_iter().collect())
}

/// Whether `project` owns the secret `key` (what the spec's synchronous
/// check, and the share service's ACL hand-off, need).
pub fn secret_usable(tx: &Tx, key: &str, project: &str) -> Result<bool, LocalError> {
    Ok(tx
        .get("secret", key)?
        .is_some_and(|s| s.project_id.as_deref() == Some(project)))
}

/// The key a share server holds (`share_server` level only; the schema v2
/// migration gave every older server its `server_key`).
pub fn server_key(body: &Value) -> Option<&str> {
    text(body, "server_key")
}

/// The share server of the share a snapshot was taken of.
pub(super) fn parent_server_of(tx: &Tx, snapshot_id: &str) -> Result<Option<Row>, LocalError> {
    let Some(snap) = tx.get("snapshot", snapshot_id)? else {
        return Ok(None);
    };
    let Some(parent) = tx.get("share", text(&snap.body, "share_id").unwrap_or_default())? else {
        return Ok(None);
    };
    match text(&parent.body, "share_server_id") {
        Some(id) => tx.get("share_server", id),
        None => Ok(None),
    }
}

/// Whether anything of the share service still uses `key` (other than `except`).
fn key_in_use(tx: &Tx, key: &str, except: &str) -> Result<bool, LocalError> {
    let shares = tx.by_key_ref("share", key)?;
    let servers = tx.by_field("share_server", "encryption_key_ref", key)?;
    Ok(shares
        .iter()
        .any(|s| s.id != except && text(&s.body, "app_cred_id").is_some())
        || servers
            .iter()
            .any(|s| s.id != except && server_key(&s.body) == Some(key)))
}

/// Delete a server and what it was given: its application credential and
/// the service user's place on the key's ACL.
pub fn remove_server(tx: &Tx, server: &Row) -> Result<(), LocalError> {
    release_credential(tx, &server.body, &server.id)?;
    tx.delete("share_server", &server.id)?;
    Ok(())
}

pub(super) fn release_credential(
    tx: &Tx,
    holder: &Value,
    holder_id: &str,
) -> Result<(), LocalError> {
    if let Some(cred) = text(holder, "app_cred_id") {
        tx.delete("app_cred", cred)?;
    }
    if let Some(key) = text(holder, "encryption_key_ref")
        && text(holder, "app_cred_id").is_some()
        && !key_in_use(tx, key, holder_id)?
    {
        let manila = tx.by_name("user", SERVICE_USER, None)?.into_iter().next();
        if let Some(m) = manila {
            keymanager::revoke_read(tx, key, &m.id)?;
        }
    }
    Ok(())
}

/// Manila's user-message actions and details.
pub(super) const ACTION_ALLOCATE_HOST: (&str, &str) = ("001", "allocate host");
pub(super) const ACTION_CREATE: (&str, &str) = ("002", "create");
pub(super) const DETAIL_NO_SHARE_SERVER: (&str, &str) = (
    "004",
    "Could not find an existing share server or allocate one on the share network provided. You may use a different share network, or verify the network details in the share network and retry your request. If this doesn't work, contact your administrator to troubleshoot issues with your network.",
);
pub(super) const DETAIL_UNEXPECTED_NETWORK: (&str, &str) = (
    "003",
    "Driver does not expect share-network to be provided with current configuration.",
);

pub(super) fn message(
    tx: &Tx,
    share: &Row,
    action: (&str, &str),
    detail: (&str, &str),
) -> Result<(), LocalError> {
    tx.put(&Message::share_error(share, action, detail).row()?)
}

pub(super) fn fail_share(
    tx: &Tx,
    share: Row,
    action: (&str, &str),
    detail: (&str, &str),
) -> Result<(), LocalError> {
    message(tx, &share, action, detail)?;
    let mut share = share;
    // A failed share holds no key: its key ref stays for the record, but
    // the quota counts it no more (see quota::KEYLESS_STATUS).
    if let Some(b) = share.body.as_object_mut() {
        b.remove("app_cred_id");
    }
    set_status(tx, share, "error")
}
