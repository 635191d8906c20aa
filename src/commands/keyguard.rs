//! The guard in front of what would make a key that shares still need
//! unusable: deleting the secret, or taking a user (Manila's service user,
//! for one) off its read ACL. Both refuse without `--force`, naming what
//! needs the key ([`crate::api::keyusage`] follows the snapshot lineage).

use crate::api::keyusage;
use crate::error::{Error, Kind, Result};
use crate::session::Session;

/// What is about to be done to the key.
pub enum Change<'a> {
    Delete,
    /// These users lose read access (they are on the ACL now, and will not be).
    Unshare(&'a [String]),
}

/// Refuse `change` to the key `uuid` while a share or share server needs it.
pub async fn refuse_if_in_use(session: &mut Session, uuid: &str, change: Change<'_>) -> Result<()> {
    if let Change::Unshare([]) = change {
        return Ok(());
    }
    let users = keyusage::key_users(session, uuid).await.map_err(|e| {
        e.with_hint("sharekeep checks whether a share needs the key first; --force skips the check")
    })?;
    let Some(users) = users else {
        return Ok(());
    };
    if users.is_empty() {
        return refuse_if_hidden(session, uuid).await;
    }
    let mut what = Vec::new();
    if !users.shares.is_empty() {
        what.push(format!("shares {}", users.shares.join(", ")));
    }
    if !users.servers.is_empty() {
        what.push(format!("share servers {}", users.servers.join(", ")));
    }
    let what = what.join(" and ");
    let (message, hints) = match change {
        Change::Delete => (
            format!("secret {uuid} is the encryption key of {what}"),
            [
                "deleting it makes their data unreadable the next time the back end needs the key",
                "delete those first, or pass --force to delete the key anyway",
            ],
        ),
        Change::Unshare(removed) => (
            format!(
                "secret {uuid} is the encryption key of {what}: taking {} off its read ACL may lock the share service out of it",
                removed.join(", ")
            ),
            [
                "Manila's service user reads the key through this ACL the next time the back end needs it (a restart, a new share on the server)",
                "keep that user on the ACL (acl user remove takes only the users named), or pass --force to change it anyway",
            ],
        ),
    };
    Err(hints
        .iter()
        .fold(Error::new(Kind::Rejected, message), |e, h| e.with_hint(*h)))
}

/// A member sees no share servers, and a share made from a snapshot records
/// no key: once its parent and the snapshot are gone, nothing it can list
/// links the share to the key its server holds. Such a share (its snapshot
/// gone, no key of its own, a type that asks for encryption) may need any of
/// the project's keys: refuse, naming it and who can tell. An administrator
/// sees the servers, so the lineage check already covered it.
async fn refuse_if_hidden(session: &mut Session, uuid: &str) -> Result<()> {
    let orphans = keyusage::unknown_lineage(session).await?;
    if orphans.is_empty() {
        return Ok(());
    }
    Err(Error::new(
        Kind::Rejected,
        format!(
            "secret {uuid} may be the encryption key of share {}: made from a snapshot that is gone, it records no key, and only an administrator sees which key its share server holds",
            orphans.join(", ")
        ),
    )
    .with_hint(format!(
        "an administrator can tell: sharekeep share server list --encryption-key-ref {uuid}; --force goes ahead anyway"
    )))
}
