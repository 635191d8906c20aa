//! The share manager: the state machine of shares, share servers and
//! snapshots, share-server matching by key ref, and the hand-off of an
//! application credential to the driver.
//!
//! Work that outlives a request is the resource's own status (`creating`,
//! `deleting`, …). Any process that opens the state drains it: a unit of
//! work is claimed in a transaction (a lease that expires, so a process that
//! dies mid-way leaves work that the next one resumes), done, and finished
//! in a second transaction that checks the claim is still its own.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde_json::{Value, json};

use super::{driver, quota, scheduler};
use crate::http::{App, now};
use crate::identity;
use crate::keymanager;
use crate::seed::{self, SERVICE_USER};
use crate::store::{Row, Tx};
use crate::{LocalError, State, text};

/// How long a claim holds before another process may take the work over.
const LEASE: jiff::SignedDuration = jiff::SignedDuration::from_secs(10);
/// Rounds of work per drain (each round is one unit).
const MAX_ROUNDS: usize = 64;

/// Manila's user-message actions and details.
const ACTION_ALLOCATE_HOST: (&str, &str) = ("001", "allocate host");
const ACTION_CREATE: (&str, &str) = ("002", "create");
const DETAIL_NO_SHARE_SERVER: (&str, &str) = (
    "004",
    "Could not find an existing share server or allocate one on the share network provided. You may use a different share network, or verify the network details in the share network and retry your request. If this doesn't work, contact your administrator to troubleshoot issues with your network.",
);
const DETAIL_UNEXPECTED_NETWORK: (&str, &str) = (
    "003",
    "Driver does not expect share-network to be provided with current configuration.",
);

/// A share's row: its key ref and pool are searchable, its size summed.
pub fn share_row(body: Value) -> Row {
    let id = text(&body, "id").unwrap_or_default().to_string();
    let key = text(&body, "encryption_key_ref").map(str::to_string);
    let pool = text(&body, "host").map(str::to_string);
    let size = body.get("size").and_then(Value::as_i64).unwrap_or(0);
    let mut row = Row::new("share", id, body).with_ref2(pool).with_num(size);
    row.ref1 = key;
    row
}

fn server_row(body: Value) -> Row {
    let id = text(&body, "id").unwrap_or_default().to_string();
    let key = text(&body, "match_key").unwrap_or_default().to_string();
    Row::new("share_server", id, body).with_ref(key)
}

fn rebuild(row: Row) -> Row {
    match row.kind {
        "share" => share_row(row.body),
        "share_server" => server_row(row.body),
        kind => {
            let num = row.num;
            let ref1 = row.ref1.clone();
            let mut r = Row::new(kind, row.id, row.body).with_num(num);
            r.ref1 = ref1;
            r
        }
    }
}

/// Change a resource's status (and drop any claim on it).
pub fn set_status(tx: &Tx, mut row: Row, status: &str) -> Result<(), LocalError> {
    row.body["status"] = json!(status);
    row.body["updated_at"] = json!(now());
    if let Some(b) = row.body.as_object_mut() {
        b.remove("claim");
    }
    tx.put(&rebuild(row))
}

/// The shares a server holds.
pub fn server_shares(tx: &Tx, server_id: &str) -> Result<Vec<Row>, LocalError> {
    tx.by_field("share", "share_server_id", server_id)
}

/// GiB allocated per pool (`local@crypt#pool0`).
pub fn allocated_by_pool(tx: &Tx) -> Result<BTreeMap<String, i64>, LocalError> {
    Ok(tx.sum_by_ref2("share")?.into_iter().collect())
}

/// Whether `project` owns the secret `key` (what the spec's synchronous
/// check, and the share service's ACL hand-off, need).
pub fn secret_usable(tx: &Tx, key: &str, project: &str) -> Result<bool, LocalError> {
    Ok(tx
        .get("secret", key)?
        .is_some_and(|s| s.project_id.as_deref() == Some(project)))
}

/// The key a share server holds (`share_server` level); states made before
/// `server_key` existed kept it in `encryption_key_ref` only at that level.
pub fn server_key(body: &Value) -> Option<&str> {
    match body.get("server_key") {
        Some(Value::String(k)) => Some(k),
        Some(_) => None,
        None => text(body, "encryption_key_ref")
            .filter(|_| text(body, "encryption_level") == Some("share_server")),
    }
}

/// The share server of the share a snapshot was taken of.
fn parent_server_of(tx: &Tx, snapshot_id: &str) -> Result<Option<Row>, LocalError> {
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
    let shares = tx.by_ref("share", key)?;
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

fn release_credential(tx: &Tx, holder: &Value, holder_id: &str) -> Result<(), LocalError> {
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

fn message(
    tx: &Tx,
    share: &Row,
    action: (&str, &str),
    detail: (&str, &str),
) -> Result<(), LocalError> {
    let id = seed::uuid();
    let created = jiff::Timestamp::now();
    let expires = created + jiff::SignedDuration::from_secs(2_592_000);
    let fmt = crate::http::manila_time;
    let body = json!({
        "id": id, "project_id": share.project_id, "action_id": action.0, "detail_id": detail.0,
        "message_level": "ERROR", "created_at": fmt(created), "expires_at": fmt(expires),
        "request_id": format!("req-{}", seed::uuid()), "resource_type": "SHARE",
        "resource_id": share.id, "user_message": format!("{}: {}", action.1, detail.1),
    });
    tx.put(&Row::new("message", id, body).with_ref(share.id.clone()))
}

fn fail_share(
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

fn claimable(row: &Row) -> bool {
    match row
        .body
        .pointer("/claim/until")
        .and_then(Value::as_str)
        .and_then(|t| t.parse::<jiff::Timestamp>().ok())
    {
        Some(until) => until <= now_ts(),
        None => true,
    }
}

fn claim(row: &mut Row) -> String {
    let token = seed::uuid();
    row.body["claim"] = json!({"id": token, "until": (now_ts() + LEASE).to_string()});
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
        tx.put(&server_row(server.body.clone()))?;
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
                    for rule in tx.by_ref("access_rule", &share.id)? {
                        tx.delete("access_rule", &rule.id)?;
                    }
                    tx.delete("share", &share.id)?;
                    return Ok(Some((Work::Done, String::new())));
                }
                _ => {
                    let target = share
                        .body
                        .get("target_size")
                        .cloned()
                        .unwrap_or(json!(share.num));
                    share.body["size"] = target;
                    if let Some(b) = share.body.as_object_mut() {
                        b.remove("target_size");
                    }
                    set_status(tx, share, "available")?;
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
fn key_credential(
    tx: &Tx,
    state: &State,
    key: &str,
    name: &str,
) -> Result<(String, String), LocalError> {
    let manila = state.ids.user(SERVICE_USER);
    let service_project = state.ids.project("service");
    let roles = json!([{"id": state.ids.roles.get("service"), "name": "service"}]);
    let rules = json!([
        {"service": "key-manager", "method": "GET", "path": format!("/v1/secrets/{key}")},
        {"service": "key-manager", "method": "GET", "path": format!("/v1/secrets/{key}/payload")},
    ]);
    identity::create_app_credential(tx, manila, service_project, name, roles, rules)
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
    for mut share in server_shares(tx, &server.id)? {
        share.body["share_server_id"] = Value::Null;
        if share.status.as_deref() == Some("creating") {
            fail_share(tx, share, ACTION_CREATE, DETAIL_NO_SHARE_SERVER)?;
        } else {
            tx.put(&share_row(share.body))?;
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

/// The level of encryption a share asks for: its type's `encryption_support`
/// when it has a key, else none.
fn level(tx: &Tx, share: &Row) -> Result<Option<String>, LocalError> {
    if text(&share.body, "encryption_key_ref").is_none() {
        return Ok(None);
    }
    let t = tx.get(
        "share_type",
        text(&share.body, "share_type").unwrap_or_default(),
    )?;
    Ok(t.and_then(|t| {
        t.body
            .pointer("/extra_specs/encryption_support")
            .and_then(Value::as_str)
            .map(str::to_string)
    }))
}

/// The server key: back end, subnet, and the encryption mode (`none`,
/// `share`, or `server:<key>`), so that a server never holds two keys and
/// an unencrypted share never lands on an encrypted server.
pub fn match_key(
    backend_host: &str,
    subnet: &str,
    level: Option<&str>,
    key: Option<&str>,
) -> String {
    let mode = match (level, key) {
        (Some("share_server"), Some(k)) => format!("server:{k}"),
        (Some("share"), Some(_)) => "share".to_string(),
        _ => "none".to_string(),
    };
    format!("{backend_host}|{subnet}|{mode}")
}

/// Advance a share in `creating`; `None` when it must wait (its server is
/// being set up by someone).
fn create_step(
    state: &State,
    tx: &Tx,
    share: &mut Row,
) -> Result<Option<(Work, String)>, LocalError> {
    if text(&share.body, "host").is_none() {
        return schedule(state, tx, share.clone()).map(|()| Some((Work::Done, String::new())));
    }
    let Some(server_id) = text(&share.body, "share_server_id").map(str::to_string) else {
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
    let address = text(&server.body, "address")
        .unwrap_or(driver::SERVICE_ADDRESS)
        .to_string();
    if level(tx, share)?.as_deref() == Some("share") {
        // `share` level: the key belongs to the share; the back end fetches it now.
        let key = text(&share.body, "encryption_key_ref")
            .unwrap_or_default()
            .to_string();
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
                share.body["app_cred_id"] = json!(cred.0);
                tx.put(&share_row(share.body.clone()))?;
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

fn finish_share(tx: &Tx, mut share: Row, address: &str) -> Result<(), LocalError> {
    let proto = text(&share.body, "share_proto")
        .unwrap_or("NFS")
        .to_string();
    share.body["export_locations"] = json!(driver::export_locations(&proto, address, &share.id));
    set_status(tx, share, "available")
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
            let server_id = text(&share.body, "share_server_id")
                .unwrap_or_default()
                .to_string();
            let Some(mut server) = tx.get("share_server", &server_id)? else {
                return fail_share(tx, share, ACTION_CREATE, DETAIL_NO_SHARE_SERVER);
            };
            server.body["backend_details"]["share_keys"][id] = json!(fingerprint);
            let address = text(&server.body, "address")
                .unwrap_or(driver::SERVICE_ADDRESS)
                .to_string();
            tx.put(&server_row(server.body))?;
            finish_share(tx, share, &address)
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
        tx.put(&server_row(server.body))?;
    }
    Ok(())
}

/// Place a new share: a pool, then (with share servers) a server that
/// matches its key, subnet and back end, or a new one.
fn schedule(state: &State, tx: &Tx, mut share: Row) -> Result<(), LocalError> {
    let t = tx.get(
        "share_type",
        text(&share.body, "share_type").unwrap_or_default(),
    )?;
    let specs = t
        .as_ref()
        .and_then(|t| t.body.get("extra_specs"))
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let allocated = allocated_by_pool(tx)?;
    let pools = scheduler::candidates(&state.config, |h| allocated.get(h).copied().unwrap_or(0));
    let request = scheduler::Request {
        size: share.num,
        availability_zone: text(&share.body, "availability_zone"),
        extra_specs: &specs,
    };
    let chosen = match scheduler::place(&request, &pools) {
        Ok(c) => c,
        Err(filter) => {
            let detail = format!(
                "No storage could be allocated for this share request, {} filter didn't succeed.",
                filter.name()
            );
            return fail_share(
                tx,
                share,
                ACTION_ALLOCATE_HOST,
                (filter.detail_id(), &detail),
            );
        }
    };
    let backend = chosen.backend;
    share.body["host"] = json!(chosen.host());
    share.body["availability_zone"] = json!(backend.availability_zone);
    let network_id = text(&share.body, "share_network_id").map(str::to_string);
    if !backend.driver_handles_share_servers {
        if network_id.is_some() {
            return fail_share(tx, share, ACTION_CREATE, DETAIL_UNEXPECTED_NETWORK);
        }
        tx.put(&share_row(share.body))?;
        return Ok(());
    }
    let Some(network_id) = network_id else {
        return fail_share(tx, share, ACTION_CREATE, DETAIL_NO_SHARE_SERVER);
    };
    let subnets = tx.by_ref("subnet", &network_id)?;
    let az = backend.availability_zone.as_str();
    let subnet = subnets
        .iter()
        .find(|s| text(&s.body, "availability_zone") == Some(az))
        .or_else(|| {
            subnets
                .iter()
                .find(|s| s.body.get("availability_zone").is_none_or(Value::is_null))
        });
    let Some(subnet) = subnet else {
        return fail_share(tx, share, ACTION_CREATE, DETAIL_NO_SHARE_SERVER);
    };
    let level = level(tx, &share)?;
    let key = text(&share.body, "encryption_key_ref").map(str::to_string);
    let mkey = match_key(
        &backend.host(),
        &subnet.id,
        level.as_deref(),
        key.as_deref(),
    );
    let usable = |s: &Row| matches!(s.status.as_deref(), Some("active") | Some("creating"));
    // A share made from a snapshot goes to its parent's server, as Manila
    // places it (the data comes from there), when that is on this back end
    // and subnet.
    let parent_server = match text(&share.body, "snapshot_id") {
        Some(snapshot) => parent_server_of(tx, snapshot)?.filter(|s| {
            usable(s)
                && text(&s.body, "host") == Some(backend.host().as_str())
                && text(&s.body, "share_network_subnet_id") == Some(subnet.id.as_str())
        }),
        None => None,
    };
    let reusable = match parent_server {
        Some(s) => Some(s),
        None => tx.by_ref("share_server", &mkey)?.into_iter().find(usable),
    };
    let server_id = match reusable {
        Some(s) => s.id,
        None => {
            let id = seed::uuid();
            let stamp = now();
            let net = tx.get("share_network", &network_id)?;
            let body = json!({
                "id": id, "project_id": share.project_id, "updated_at": stamp, "created_at": stamp,
                "status": "creating", "host": backend.host(),
                "share_network_name": net.as_ref().and_then(|n| n.body.get("name")).cloned(),
                "share_network_id": network_id, "share_network_subnet_id": subnet.id,
                "is_auto_deletable": false, "identifier": id,
                // As Manila: the key of the share that made the server, at
                // either level; only a `share_server` server holds it.
                "encryption_key_ref": key,
                "server_key": if level.as_deref() == Some("share_server") { json!(key) } else { Value::Null },
                "encryption_level": level, "match_key": mkey, "address": driver::server_address(&id),
                "backend_details": {"backend": backend.name, "address": driver::server_address(&id)},
            });
            tx.put(&server_row(body))?;
            id
        }
    };
    share.body["share_server_id"] = json!(server_id);
    share.body["share_network_subnet_id"] = json!(subnet.id);
    tx.put(&share_row(share.body))?;
    Ok(())
}

/// Counts for `local status`: what the state holds.
pub fn keys_in_use(tx: &Tx) -> Result<i64, LocalError> {
    Ok(quota::keys_held(tx, None)?.len() as i64)
}

/// Fill the demo project with `shares` available shares spread over
/// `servers` active encrypted share servers (one key each), in one
/// transaction, for benchmarks. The project's share, gigabyte and key
/// quotas become unlimited.
pub fn populate(state: &State, shares: u32, servers: u32) -> Result<(u32, u32), LocalError> {
    let servers = servers.max(1);
    state.write(|tx| {
        let project = state.ids.project("demo").to_string();
        let user = state.ids.user("demo").to_string();
        let manila = state.ids.user(SERVICE_USER).to_string();
        let types = tx.by_name("share_type", "encrypted", None)?;
        let share_type = types.first().ok_or_else(|| LocalError::Unseeded("`encrypted` share type".into()))?;
        let network = tx
            .list("share_network", Some(&project))?
            .into_iter()
            .next()
            .ok_or_else(|| LocalError::Unseeded("demo share network".into()))?;
        let subnet = tx
            .by_ref("subnet", &network.id)?
            .into_iter()
            .next()
            .ok_or_else(|| LocalError::Unseeded("demo subnet".into()))?;
        let mut set = tx.get("quota", &project)?.map(|r| r.body).unwrap_or(json!({}));
        for r in ["shares", "gigabytes", "encryption_keys"] {
            set[r] = json!(-1);
        }
        tx.put(&Row::new("quota", project.clone(), set).with_ref(project.clone()))?;
        let backend = state
            .config
            .backends
            .iter()
            .find(|b| b.encryption_support.iter().any(|l| l == "share_server"))
            .ok_or_else(|| LocalError::Unseeded("back end with share_server encryption".into()))?;
        let pool = format!("{}#{}", backend.host(), backend.pools[0].name);
        let stamp = now();
        let mut server_ids = Vec::new();
        for _ in 0..servers {
            let key = seed::uuid();
            let material = crate::crypto::random_bytes::<32>();
            tx.put(&Row::new("secret", key.clone(), json!({
                "id": key, "name": null, "project_id": project, "creator_id": user,
                "algorithm": "aes", "bit_length": 256, "mode": "cbc", "secret_type": "symmetric",
                "expiration": null, "status": "ACTIVE", "created": stamp, "updated": stamp,
                "sealed_payload": state.kek.seal(&key, &material), "content_type": "application/octet-stream",
                "acl": {"users": [manila], "project-access": false, "created": stamp, "updated": stamp},
            })))?;
            let id = seed::uuid();
            let (cred, _) = key_credential(tx, state, &key, &format!("manila_barbican_{id}"))?;
            let mkey = match_key(&backend.host(), &subnet.id, Some("share_server"), Some(&key));
            tx.put(&server_row(json!({
                "id": id, "project_id": project, "updated_at": stamp, "created_at": stamp,
                "status": "active", "host": backend.host(), "share_network_name": network.body.get("name"),
                "share_network_id": network.id, "share_network_subnet_id": subnet.id,
                "is_auto_deletable": false, "identifier": id, "encryption_key_ref": key,
                "encryption_level": "share_server", "match_key": mkey, "app_cred_id": cred,
                "address": driver::server_address(&id),
                "backend_details": {"backend": backend.name, "address": driver::server_address(&id),
                                    "key_fingerprint": crate::crypto::fingerprint(&material)},
            })))?;
            server_ids.push((id, key));
        }
        for i in 0..shares {
            let (server, key) = &server_ids[i as usize % server_ids.len()];
            let id = seed::uuid();
            let address = driver::server_address(server);
            tx.put(&share_row(json!({
                "id": id, "size": 1, "availability_zone": backend.availability_zone, "created_at": stamp,
                "updated_at": stamp, "status": "available", "name": format!("bench-{i}"), "description": null,
                "project_id": project, "user_id": user, "snapshot_id": null, "share_network_id": network.id,
                "share_network_subnet_id": subnet.id, "share_proto": "NFS", "metadata": {},
                "share_type": share_type.id, "share_type_name": "encrypted", "is_public": false,
                "snapshot_support": true, "task_state": null, "access_rules_status": "active",
                "replication_type": null, "has_replicas": false, "create_share_from_snapshot_support": true,
                "revert_to_snapshot_support": false, "share_group_id": null,
                "source_share_group_snapshot_member_id": null, "mount_snapshot_support": false,
                "is_soft_deleted": false, "scheduled_to_be_deleted_at": null, "source_backup_id": null,
                "encryption_key_ref": key, "snapshot_inherit_share_access_support": false,
                "share_server_id": server, "host": pool, "instance_id": seed::uuid(),
                "export_locations": driver::export_locations("NFS", &address, &id),
            })))?;
        }
        Ok((shares, servers))
    })
}

#[cfg(test)]
mod tests {
    use super::match_key;

    #[test]
    fn a_server_key_keeps_keys_and_modes_apart() {
        let k = |level, key| match_key("local@crypt", "subnet-1", level, key);
        assert_eq!(
            k(Some("share_server"), Some("a")),
            k(Some("share_server"), Some("a"))
        );
        assert_ne!(
            k(Some("share_server"), Some("a")),
            k(Some("share_server"), Some("b"))
        );
        // Share-level keys share servers with each other, never with unencrypted shares.
        assert_eq!(k(Some("share"), Some("a")), k(Some("share"), Some("b")));
        assert_ne!(k(Some("share"), Some("a")), k(None, None));
        assert_ne!(k(Some("share_server"), Some("a")), k(None, None));
        // A type with encryption but no key ref: an unencrypted share.
        assert_eq!(k(Some("share_server"), None), k(None, None));
        // Another subnet or back end: another server.
        assert_ne!(
            match_key("local@crypt", "subnet-2", None, None),
            k(None, None)
        );
        assert_ne!(
            match_key("local@other", "subnet-1", None, None),
            k(None, None)
        );
    }
}
