//! The share manager: the state machine of shares, share servers and
//! snapshots, share-server matching by key ref, and the hand-off of an
//! application credential to the driver.
//!
//! Work that outlives a request is the resource's own status (`creating`,
//! `deleting`, …). Any process that opens the state drains it: a unit of
//! work is claimed in a transaction (a lease that expires, so a process that
//! dies mid-way leaves work that the next one resumes), done, and finished
//! in a second transaction that checks the claim is still its own.

use std::sync::Arc;

use serde_json::{Value, json};

use super::models::{Record, Share, ShareServer};
use super::placement::{level, schedule};
use super::rows::*;
use super::{driver, quota};
use crate::http::App;
use crate::identity;
use crate::identity::models::{AccessRule, RoleRef};
use crate::keymanager;
use crate::seed::{self, SERVICE_USER};
use crate::store::{Row, Tx};
use crate::{LocalError, State, text};

/// How long a claim holds before another process may take the work over.
const LEASE: jiff::SignedDuration = jiff::SignedDuration::from_secs(10);
/// Rounds of work per drain (each round is one unit).
const MAX_ROUNDS: usize = 64;

/// One unit of work, claimed.
enum Work {
    /// Set up a server: for a key at `share_server` level, the credential
    /// to fetch it with.
    Server {
        server: Row,
        cred: Option<(String, String)>,
    },
    /// Finish a share at `share` level on an active server: fetch its key.
    ShareKey {
        share: Row,
        cred: (String, String),
        key: String,
    },
    /// Nothing to fetch: the transaction did it all.
    Done,
}

fn now_ts() -> jiff::Timestamp {
    jiff::Timestamp::now()
}

/// Whether the work on `row` may be taken: no claim, a claim whose lease
/// is over, or one whose process is gone (a CLI killed mid-way: its work
/// need not wait out the lease).
fn claimable(row: &Row) -> bool {
    let Some(claim) = row.body.get("claim") else {
        return true;
    };
    let until = claim
        .get("until")
        .and_then(Value::as_str)
        .and_then(|t| t.parse::<jiff::Timestamp>().ok());
    let holder = claim
        .get("pid")
        .and_then(Value::as_u64)
        .and_then(|p| u32::try_from(p).ok());
    until.is_none_or(|until| until <= now_ts()) || holder.is_some_and(gone)
}

/// Whether the process `pid` of this machine has ended: only where
/// `/proc` tells (Linux), never for this process; elsewhere the lease
/// decides. A state directory shared by machines or PID namespaces is not
/// safe here, and no worse: a claim taken over is finished only by its new
/// holder (`still_ours`), and a credential its old holder made is replaced.
fn gone(pid: u32) -> bool {
    let proc_root = std::path::Path::new("/proc");
    pid != std::process::id()
        && proc_root.join("self").exists()
        && !proc_root.join(pid.to_string()).exists()
}

fn claim(row: &mut Row) -> String {
    let token = seed::uuid();
    row.body["claim"] = json!({
        "id": token,
        "until": (now_ts() + LEASE).to_string(),
        "pid": std::process::id(),
    });
    token
}

fn still_ours(
    tx: &Tx,
    kind: &'static str,
    id: &str,
    token: &str,
) -> Result<Option<Row>, LocalError> {
    Ok(tx
        .get(kind, id)?
        .filter(|r| r.body.pointer("/claim/id").and_then(Value::as_str) == Some(token)))
}

/// Do the pending work of the state, this process's and others'.
pub async fn drain(app: &Arc<App>) {
    for _ in 0..MAX_ROUNDS {
        match step(app).await {
            Ok(true) => continue,
            Ok(false) => break,
            // Busy or failing storage: the work stays pending, and the next
            // request (of any process) tries again.
            Err(_) => break,
        }
    }
}

/// One unit of work; `false` when there is none.
async fn step(app: &Arc<App>) -> Result<bool, LocalError> {
    let state = &app.state;
    empty_recycle_bin(app)?;
    // Most requests find nothing to do: ask in a read transaction, so that
    // processes reading at once do not queue for the write lock.
    if !state.read(any_pending)? {
        return Ok(false);
    }
    let claimed = state.write(|tx| claim_next(state, tx))?;
    let Some((work, token)) = claimed else {
        return Ok(false);
    };
    match work {
        Work::Done => {}
        Work::Server { server, cred } => {
            let outcome = match (&cred, server_key(&server.body)) {
                (Some((id, secret)), Some(key)) => {
                    Some(driver::key_fingerprint(app, id, secret, key).await)
                }
                _ => None,
            };
            state.write(|tx| finish_server(tx, &server.id, &token, outcome))?;
        }
        Work::ShareKey { share, cred, key } => {
            let outcome = driver::key_fingerprint(app, &cred.0, &cred.1, &key).await;
            state.write(|tx| finish_share_key(tx, &share.id, &token, outcome))?;
        }
    }
    Ok(true)
}

/// How often a process looks for shares whose time in the recycle bin is up
/// (Manila's `check_for_expired_shares_in_recycle_bin_interval` is an hour).
const RECYCLE_EVERY: i64 = 60;

/// Delete the shares whose time in the recycle bin is up, as Manila's
/// periodic task does: they go to `deleting`, and the manager deletes them.
fn empty_recycle_bin(app: &App) -> Result<(), LocalError> {
    use std::sync::atomic::Ordering;
    let now = now_ts();
    // A retention shorter than the interval is looked at every time.
    let retention = app.state.config.api.soft_deleted_share_retention_time;
    let every = RECYCLE_EVERY.min(i64::try_from(retention).unwrap_or(i64::MAX));
    if now.as_second() - app.recycle_checked.load(Ordering::Relaxed) < every {
        return Ok(());
    }
    app.recycle_checked
        .store(now.as_second(), Ordering::Relaxed);
    let bound = crate::http::manila_time(now);
    let due = |tx: &Tx| tx.field_at_most("share", "scheduled_to_be_deleted_at", &bound);
    if app.state.read(due)?.is_empty() {
        return Ok(());
    }
    app.state.write(|tx| {
        for row in due(tx)? {
            if Share::from_row(&row)?.is_soft_deleted && row.status.as_deref() != Some("deleting") {
                set_status(tx, row, "deleting")?;
            }
        }
        Ok(())
    })
}

/// The kinds and statuses that mean work for the manager.
const PENDING: [(&str, &[&str]); 3] = [
    ("share_server", &["creating", "deleting"]),
    ("share", &["creating", "deleting", "extending", "shrinking"]),
    ("snapshot", &["creating", "deleting"]),
];

/// Whether anything waits for the manager.
fn any_pending(tx: &Tx) -> Result<bool, LocalError> {
    for (kind, statuses) in PENDING {
        if !tx.pending(kind, statuses, 1)?.is_empty() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// How many resources wait for the manager (for `local status`).
pub fn pending_count(tx: &Tx) -> Result<usize, LocalError> {
    let mut n = 0;
    for (kind, statuses) in PENDING {
        n += tx.pending(kind, statuses, usize::MAX >> 1)?.len();
    }
    Ok(n)
}

/// Claim the next unit of work (servers first: shares wait on them).
fn claim_next(state: &State, tx: &Tx) -> Result<Option<(Work, String)>, LocalError> {
    for mut server in tx.pending("share_server", &["creating", "deleting"], 16)? {
        if !claimable(&server) {
            continue;
        }
        if server.status.as_deref() == Some("deleting") {
            remove_server(tx, &server)?;
            return Ok(Some((Work::Done, String::new())));
        }
        let token = claim(&mut server);
        // A credential left by a process that died is replaced.
        release_credential(tx, &server.body, &server.id)?;
        if let Some(b) = server.body.as_object_mut() {
            b.remove("app_cred_id");
        }
        let cred = match server_key(&server.body).map(str::to_string) {
            Some(key) => match hand_off(
                tx,
                state,
                &server.body,
                &key,
                &format!("manila_barbican_{}", server.id),
            )? {
                Some((id, secret)) => {
                    server.body["app_cred_id"] = json!(id);
                    // What the back end was given (never its secret), for an administrator.
                    server.body["backend_details"]["application_credential"] =
                        json!(format!("manila_barbican_{}", server.id));
                    Some((id, secret))
                }
                None => {
                    drop_server(tx, &server)?;
                    return Ok(Some((Work::Done, String::new())));
                }
            },
            None => None,
        };
        tx.put(&server_row(server.body.clone())?)?;
        return Ok(Some((Work::Server { server, cred }, token)));
    }
    for status in ["creating", "deleting", "extending", "shrinking"] {
        for mut share in tx.pending("share", &[status], 16)? {
            if !claimable(&share) {
                continue;
            }
            match status {
                "creating" => {
                    if let Some(work) = create_step(state, tx, &mut share)? {
                        return Ok(Some(work));
                    }
                }
                "deleting" => {
                    release_credential(tx, &share.body, &share.id)?;
                    if let (Some(server_id), Some(_)) = (
                        text(&share.body, "share_server_id"),
                        text(&share.body, "app_cred_id"),
                    ) {
                        forget_share_key(tx, server_id, &share.id)?;
                    }
                    for rule in tx.children("access_rule", &share.id)? {
                        tx.delete("access_rule", &rule.id)?;
                    }
                    tx.delete("share", &share.id)?;
                    return Ok(Some((Work::Done, String::new())));
                }
                _ => {
                    let mut typed = Share::from_row(&share)?;
                    if let Some(target) = typed.target_size.take() {
                        typed.size = target;
                    }
                    set_status(tx, typed.row()?, "available")?;
                    return Ok(Some((Work::Done, String::new())));
                }
            }
        }
    }
    if let Some(snap) = tx
        .pending("snapshot", &["creating", "deleting"], 16)?
        .into_iter()
        .next()
    {
        if snap.status.as_deref() == Some("deleting") {
            tx.delete("snapshot", &snap.id)?;
        } else {
            set_status(tx, snap, "available")?;
        }
        return Ok(Some((Work::Done, String::new())));
    }
    Ok(None)
}

/// Replace the key's read ACL with the share service's user and make an
/// application credential that may read only that key, as Manila does for
/// an encrypted share server; `None` when the key is missing or foreign.
fn hand_off(
    tx: &Tx,
    state: &State,
    holder: &Value,
    key: &str,
    name: &str,
) -> Result<Option<(String, String)>, LocalError> {
    let project = text(holder, "project_id").unwrap_or_default();
    if !secret_usable(tx, key, project)? {
        return Ok(None);
    }
    let manila = state.ids.user(SERVICE_USER).to_string();
    keymanager::grant_read(tx, key, &manila)?;
    Ok(Some(key_credential(tx, state, key, name)?))
}

/// An application credential of the share service's user whose access
/// rules allow reading `key` and nothing else; its secret is random and is
/// returned once (the state keeps its digest).
pub(super) fn key_credential(
    tx: &Tx,
    state: &State,
    key: &str,
    name: &str,
) -> Result<(String, String), LocalError> {
    let manila = state.ids.user(SERVICE_USER);
    let service_project = state.ids.project("service");
    let roles = vec![RoleRef {
        id: state.ids.roles.get("service").cloned().unwrap_or_default(),
        name: "service".into(),
    }];
    let rules = AccessRule::key_reads(key);
    identity::create_app_credential(tx, (manila, service_project), name, roles, Some(rules))
}

fn fail_server(tx: &Tx, server: Row) -> Result<(), LocalError> {
    let id = server.id.clone();
    set_status(tx, server, "error")?;
    for share in server_shares(tx, &id)? {
        if share.status.as_deref() == Some("creating") {
            fail_share(tx, share, ACTION_CREATE, DETAIL_NO_SHARE_SERVER)?;
        }
    }
    Ok(())
}

/// A server whose key could not be handed to the back end (the secret is
/// missing or foreign) is not kept, as Manila 23 keeps none: its shares fail
/// with no server.
fn drop_server(tx: &Tx, server: &Row) -> Result<(), LocalError> {
    for share in server_shares(tx, &server.id)? {
        let mut typed = Share::from_row(&share)?;
        typed.share_server_id = None;
        let share = typed.row()?;
        if share.status.as_deref() == Some("creating") {
            fail_share(tx, share, ACTION_CREATE, DETAIL_NO_SHARE_SERVER)?;
        } else {
            tx.put(&share)?;
        }
    }
    remove_server(tx, server)
}

fn finish_server(
    tx: &Tx,
    id: &str,
    token: &str,
    outcome: Option<Result<String, driver::KeyError>>,
) -> Result<(), LocalError> {
    let Some(mut server) = still_ours(tx, "share_server", id, token)? else {
        return Ok(());
    };
    match outcome {
        Some(Err(why)) => {
            server.body["backend_details"]["last_error"] = json!(why.0);
            release_credential(tx, &server.body, &server.id)?;
            if let Some(b) = server.body.as_object_mut() {
                b.remove("app_cred_id");
            }
            fail_server(tx, server)
        }
        Some(Ok(fingerprint)) => {
            server.body["backend_details"]["key_fingerprint"] = json!(fingerprint);
            set_status(tx, server, "active")
        }
        None => set_status(tx, server, "active"),
    }
}

/// Advance a share in `creating`; `None` when it must wait (its server is
/// being set up by someone).
fn create_step(
    state: &State,
    tx: &Tx,
    share: &mut Row,
) -> Result<Option<(Work, String)>, LocalError> {
    let typed = Share::from_row(share)?;
    if typed.host.is_none() {
        return schedule(state, tx, share.clone()).map(|()| Some((Work::Done, String::new())));
    }
    let Some(server_id) = typed.share_server_id.clone() else {
        finish_share(tx, share.clone(), driver::SERVICE_ADDRESS)?;
        return Ok(Some((Work::Done, String::new())));
    };
    let Some(server) = tx.get("share_server", &server_id)? else {
        fail_share(tx, share.clone(), ACTION_CREATE, DETAIL_NO_SHARE_SERVER)?;
        return Ok(Some((Work::Done, String::new())));
    };
    match server.status.as_deref() {
        Some("active") => {}
        Some("creating") => return Ok(None),
        _ => {
            fail_share(tx, share.clone(), ACTION_CREATE, DETAIL_NO_SHARE_SERVER)?;
            return Ok(Some((Work::Done, String::new())));
        }
    }
    let address = ShareServer::from_row(&server)?.address;
    if level(tx, &typed)?.as_deref() == Some("share") {
        // `share` level: the key belongs to the share; the back end fetches it now.
        let key = typed.encryption_key_ref.clone().unwrap_or_default();
        release_credential(tx, &share.body, &share.id)?;
        let token = claim(share);
        match hand_off(
            tx,
            state,
            &share.body,
            &key,
            &format!("manila_barbican_share_{}", share.id),
        )? {
            Some(cred) => {
                let mut typed = Share::from_row(share)?;
                typed.app_cred_id = Some(cred.0.clone());
                *share = typed.row()?;
                tx.put(share)?;
                return Ok(Some((
                    Work::ShareKey {
                        share: share.clone(),
                        cred,
                        key,
                    },
                    token,
                )));
            }
            None => {
                fail_share(tx, share.clone(), ACTION_CREATE, DETAIL_NO_SHARE_SERVER)?;
                return Ok(Some((Work::Done, String::new())));
            }
        }
    }
    finish_share(tx, share.clone(), &address)?;
    Ok(Some((Work::Done, String::new())))
}

fn finish_share(tx: &Tx, share: Row, address: &str) -> Result<(), LocalError> {
    let mut typed = Share::from_row(&share)?;
    typed.export_locations = driver::export_locations(&typed.share_proto, address, &share.id);
    set_status(tx, typed.row()?, "available")
}

fn finish_share_key(
    tx: &Tx,
    id: &str,
    token: &str,
    outcome: Result<String, driver::KeyError>,
) -> Result<(), LocalError> {
    let Some(share) = still_ours(tx, "share", id, token)? else {
        return Ok(());
    };
    match outcome {
        Ok(fingerprint) => {
            let server_id = Share::from_row(&share)?.share_server_id.unwrap_or_default();
            let Some(server) = tx.get("share_server", &server_id)? else {
                return fail_share(tx, share, ACTION_CREATE, DETAIL_NO_SHARE_SERVER);
            };
            let mut server = ShareServer::from_row(&server)?;
            let keys = server
                .backend_details
                .entry("share_keys")
                .or_insert_with(|| json!({}));
            keys[id] = json!(fingerprint);
            tx.put(&server.row()?)?;
            finish_share(tx, share, &server.address)
        }
        Err(_) => {
            release_credential(tx, &share.body, &share.id)?;
            fail_share(tx, share, ACTION_CREATE, DETAIL_NO_SHARE_SERVER)
        }
    }
}

fn forget_share_key(tx: &Tx, server_id: &str, share_id: &str) -> Result<(), LocalError> {
    if let Some(mut server) = tx.get("share_server", server_id)? {
        if let Some(keys) = server
            .body
            .pointer_mut("/backend_details/share_keys")
            .and_then(Value::as_object_mut)
        {
            keys.remove(share_id);
        }
        tx.put(&server_row(server.body)?)?;
    }
    Ok(())
}

/// Counts for `local status`: what the state holds.
pub fn keys_in_use(tx: &Tx) -> Result<i64, LocalError> {
    Ok(quota::keys_held(tx, None)?.len() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claimed_by(pid: u32) -> Row {
        let until = (now_ts() + LEASE).to_string();
        let body = json!({"claim": {"id": "c", "until": until, "pid": pid}});
        Row::new("share", "s", body)
    }

    #[test]
    fn a_claim_is_taken_over_at_once_when_its_process_has_ended() {
        let mut ended = std::process::Command::new("true").spawn().unwrap();
        ended.wait().unwrap();
        let mut alive = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .unwrap();
        let (of_ended, of_alive) = (claimed_by(ended.id()), claimed_by(alive.id()));
        let (ended_free, alive_free) = (claimable(&of_ended), claimable(&of_alive));
        alive.kill().unwrap();
        alive.wait().unwrap();
        assert!(
            ended_free,
            "the claim of an ended process waits out its lease"
        );
        assert!(!alive_free, "a live process's claim was taken");
        assert!(!claimable(&claimed_by(std::process::id())));
        // A lease that is over frees any claim; an old claim has no process.
        let over = json!({"claim": {"id": "c", "until": (now_ts() - LEASE).to_string()}});
        assert!(claimable(&Row::new("share", "s", over)));
        let old = json!({"claim": {"id": "c", "until": (now_ts() + LEASE).to_string()}});
        assert!(!claimable(&Row::new("share", "s", old)));
    }
}
