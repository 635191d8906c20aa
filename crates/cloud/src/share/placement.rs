//! Where a new share goes: the scheduler's pool, and on a back end that
//! handles share servers, the server it lands on, matched by the key ref,
//! the encryption level and the subnet (a new server when none matches).

use serde_json::{Map, Value};

use super::models::{NewShareServer, Record, Share, ShareServer, ShareType, Subnet, match_key};
use super::rows::*;
use super::scheduler;
use crate::store::{Row, Tx};
use crate::{LocalError, State};

/// The share's type (none when it was deleted under it).
fn share_type(tx: &Tx, share: &Share) -> Result<Option<ShareType>, LocalError> {
    tx.get("share_type", &share.share_type)?
        .map(|t| ShareType::from_row(&t))
        .transpose()
}

/// The level of encryption a share asks for: its type's `encryption_support`
/// when it has a key, else none.
pub(super) fn level(tx: &Tx, share: &Share) -> Result<Option<String>, LocalError> {
    if share.encryption_key_ref.is_none() {
        return Ok(None);
    }
    Ok(share_type(tx, share)?.and_then(|t| {
        t.extra_specs
            .get("encryption_support")
            .and_then(Value::as_str)
            .map(str::to_string)
    }))
}

/// Place a new share: a pool, then (with share servers) a server that
/// matches its key, subnet and back end, or a new one.
pub(super) fn schedule(state: &State, tx: &Tx, row: Row) -> Result<(), LocalError> {
    let mut share = Share::from_row(&row)?;
    let specs: Map<String, Value> = share_type(tx, &share)?
        .map(|t| t.extra_specs)
        .unwrap_or_default();
    let allocated = allocated_by_pool(tx)?;
    let pools = scheduler::candidates(&state.config, |h| allocated.get(h).copied().unwrap_or(0));
    let request = scheduler::Request {
        size: share.size,
        availability_zone: share.availability_zone.as_deref(),
        extra_specs: &specs,
    };
    let chosen = match scheduler::place(&request, &pools) {
        Ok(c) => c,
        Err(filter) => {
            let detail = format!(
                "No storage could be allocated for this share request, {} filter didn't succeed.",
                filter.name()
            );
            return fail_share(tx, row, ACTION_ALLOCATE_HOST, (filter.detail_id(), &detail));
        }
    };
    let backend = chosen.backend;
    share.host = Some(chosen.host());
    share.availability_zone = Some(backend.availability_zone.clone());
    if !backend.driver_handles_share_servers {
        if share.share_network_id.is_some() {
            return fail_share(tx, share.row()?, ACTION_CREATE, DETAIL_UNEXPECTED_NETWORK);
        }
        return tx.put(&share.row()?);
    }
    let Some(network_id) = share.share_network_id.clone() else {
        return fail_share(tx, share.row()?, ACTION_CREATE, DETAIL_NO_SHARE_SERVER);
    };
    let subnets = tx
        .children("subnet", &network_id)?
        .iter()
        .map(Subnet::from_row)
        .collect::<Result<Vec<_>, _>>()?;
    let az = backend.availability_zone.as_str();
    let subnet = subnets
        .iter()
        .find(|s| s.availability_zone.as_str() == Some(az))
        .or_else(|| subnets.iter().find(|s| s.availability_zone.is_null()));
    let Some(subnet) = subnet else {
        return fail_share(tx, share.row()?, ACTION_CREATE, DETAIL_NO_SHARE_SERVER);
    };
    let level = level(tx, &share)?;
    let key = share.encryption_key_ref.clone();
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
    let parent_server = match &share.snapshot_id {
        Some(snapshot) => match parent_server_of(tx, snapshot)?.filter(usable) {
            Some(row) => {
                let server = ShareServer::from_row(&row)?;
                (server.host == backend.host() && server.share_network_subnet_id == subnet.id)
                    .then_some(row)
            }
            None => None,
        },
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
                project_id: &share.project_id,
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
    share.share_server_id = Some(server_id);
    share.share_network_subnet_id = Some(subnet.id.clone());
    tx.put(&share.row()?)
}
