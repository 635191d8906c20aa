//! Where a new share goes: the scheduler's pool, and on a back end that
//! handles share servers, the server it lands on, matched by the key ref,
//! the encryption level and the subnet (a new server when none matches).

use serde_json::{Value, json};

use super::models::{NewShareServer, Record, ShareServer, match_key};
use super::rows::*;
use super::scheduler;
use crate::store::{Row, Tx};
use crate::{LocalError, State, text};

/// The level of encryption a share asks for: its type's `encryption_support`
/// when it has a key, else none.
pub(super) fn level(tx: &Tx, share: &Row) -> Result<Option<String>, LocalError> {
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

/// Place a new share: a pool, then (with share servers) a server that
/// matches its key, subnet and back end, or a new one.
pub(super) fn schedule(state: &State, tx: &Tx, mut share: Row) -> Result<(), LocalError> {
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
        size: share.gigabytes,
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
        tx.put(&share_row(share.body)?)?;
        return Ok(());
    }
    let Some(network_id) = network_id else {
        return fail_share(tx, share, ACTION_CREATE, DETAIL_NO_SHARE_SERVER);
    };
    let subnets = tx.children("subnet", &network_id)?;
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
        None => tx
            .by_match_key("share_server", &mkey)?
            .into_iter()
            .find(usable),
    };
    let server_id = match reusable {
        Some(s) => s.id,
        None => {
            let net = tx.get("share_network", &network_id)?;
            let server = ShareServer::new(NewShareServer {
                project_id: share.project_id.as_deref().unwrap_or_default(),
                status: "creating",
                backend: (backend.host(), &backend.name),
                network: (
                    &network_id,
                    net.and_then(|n| n.body.get("name").cloned())
                        .unwrap_or_default(),
                ),
                subnet_id: &subnet.id,
                encryption_key_ref: key,
                encryption_level: level,
            });
            tx.put(&server.row()?)?;
            server.id
        }
    };
    share.body["share_server_id"] = json!(server_id);
    share.body["share_network_subnet_id"] = json!(subnet.id);
    tx.put(&share_row(share.body)?)?;
    Ok(())
}
