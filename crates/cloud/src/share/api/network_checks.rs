//! The share network checks a client runs before a change (`openstack
//! share network subnet create --check-only`, `share network set
//! --new-security-service … --check-only`): Manila's 2.70
//! `share_network_subnet_create_check` and 2.63 `add_security_service_check`
//! and `update_security_service_check`.
//!
//! With no share server on what the change touches, the change is
//! compatible at once. Otherwise Manila asks the servers' back ends and
//! answers before they do: the first check (or one with `reset_operation`)
//! finds no answer yet (`compatible: null`, each host `null`), a later one
//! the answer the back ends left. The local back ends can take any such
//! change, so their answer is `true`; it is kept per network and change, as
//! Manila keeps it (`async_operation_data`), and goes with the network.

use std::collections::BTreeSet;

use super::*;
use crate::share::models::{Record, SecurityService, Share, ShareNetwork, ShareServer};

/// The store's kind for a check the back ends were asked.
const CHECK: &str = "network_check";

/// What the back ends of `hosts` answer to the change `key` on the
/// network: `null` when this call is the one that asks them.
fn hosts_check(
    tx: &Tx,
    network_id: &str,
    key: &str,
    hosts: &BTreeSet<String>,
    reset: bool,
) -> Result<(Value, Map<String, Value>), LocalError> {
    let id = format!("{network_id}|{key}");
    if reset {
        tx.delete(CHECK, &id)?;
    }
    let answer = match tx.get(CHECK, &id)? {
        Some(_) => json!(true),
        None => {
            let record = json!({"share_network_id": network_id, "key": key});
            tx.put(&Row::new(CHECK, id, record).with_parent(network_id))?;
            Value::Null
        }
    };
    let per_host = hosts.iter().map(|h| (h.clone(), answer.clone())).collect();
    Ok((answer, per_host))
}

/// The checks a network's deletion takes with it.
pub(super) fn forget_checks(tx: &Tx, network_id: &str) -> Result<(), LocalError> {
    for c in tx.children(CHECK, network_id)? {
        tx.delete(CHECK, &c.id)?;
    }
    Ok(())
}

/// `reset_operation`, as Manila reads a boolean parameter (strictly).
fn reset_operation(data: &Map<String, Value>) -> Result<bool, ApiError> {
    match data.get("reset_operation") {
        None | Some(Value::Bool(false)) => Ok(false),
        Some(Value::Bool(true)) => Ok(true),
        Some(v) => v.as_str().and_then(strict_bool).ok_or_else(|| {
            ApiError::bad_request(format!(
                "Invalid value {} for reset_operation. Expecting a boolean.",
                sharekeep_base::pyrepr::display(v)
            ))
        }),
    }
}

/// Manila's rule for a subnet's Neutron network: both IDs or neither.
pub(super) fn check_neutron_pair(data: &Map<String, Value>) -> Result<(), ApiError> {
    let given = |k: &str| data.get(k).is_some_and(|v| !v.is_null());
    if given("neutron_net_id") != given("neutron_subnet_id") {
        return Err(ApiError::bad_request(
            "When creating a new share network subnet you need to specify both neutron_net_id and neutron_subnet_id or none of them.",
        ));
    }
    Ok(())
}

/// The servers on the network's subnets; those of the zone `az` only when
/// `zone` is set (`None`: the subnets of no zone).
fn servers(
    tx: &Tx,
    network_id: &str,
    zone: Option<&Value>,
) -> Result<Vec<ShareServer>, LocalError> {
    let mut subnets = tx.children("subnet", network_id)?;
    if let Some(az) = zone {
        // Manila looks at the first subnet of the zone: all of a zone's
        // subnets have the same servers.
        subnets.retain(|s| s.body.get("availability_zone").unwrap_or(&Value::Null) == az);
        subnets.truncate(1);
    }
    let mut out = Vec::new();
    for subnet in subnets {
        for s in tx.by_field("share_server", "share_network_subnet_id", &subnet.id)? {
            out.push(ShareServer::from_row(&s)?);
        }
    }
    Ok(out)
}

/// The check's answer, with each host's for an administrator.
fn check_view(ctx: &Ctx, mut view: Map<String, Value>, hosts: Map<String, Value>) -> Resp {
    if ctx.admin() {
        view.insert("hosts_check_result".into(), Value::Object(hosts));
    }
    Resp::json(202, Value::Object(view))
}

/// `share_network_subnet_create_check` (2.70).
pub(super) fn subnet_create_check(
    state: &State,
    ctx: &Ctx,
    id: &str,
    data: &Value,
) -> Result<Resp, ApiError> {
    let data = data.as_object().ok_or_else(|| {
        ApiError::bad_request("Share Network Subnet Create Check is missing from the request body.")
    })?;
    check_neutron_pair(data)?;
    let az = data
        .get("availability_zone")
        .cloned()
        .unwrap_or(Value::Null);
    let (answer, hosts) = state.write(|tx| {
        if let Err(e) = visible_network(tx, ctx, id) {
            return Ok(Err(e));
        }
        if let Some(zone) = az.as_str()
            && !state
                .config
                .backends
                .iter()
                .any(|b| b.availability_zone == zone)
        {
            return Ok(Err(ApiError::bad_request(format!(
                "The provided availability zone {zone} does not exist."
            ))));
        }
        let reset = match reset_operation(data) {
            Ok(r) => r,
            Err(e) => return Ok(Err(e)),
        };
        let servers = servers(tx, id, Some(&az))?;
        if servers.is_empty() {
            return Ok(Ok((json!(true), Map::new())));
        }
        let hosts = servers.into_iter().map(|s| s.host).collect();
        let key = format!("allocations|{}", az.as_str().unwrap_or_default());
        Ok(Ok(hosts_check(tx, id, &key, &hosts, reset)?))
    })??;
    let mut view = Map::new();
    view.insert("compatible".into(), answer);
    Ok(check_view(ctx, view, hosts))
}

/// `add_security_service_check` and `update_security_service_check` (2.63).
pub(super) fn security_service_check(
    state: &State,
    ctx: &Ctx,
    id: &str,
    action: &str,
    data: &Value,
) -> Result<Resp, ApiError> {
    let update = action == "update_security_service_check";
    let malformed = || ApiError::bad_request("Malformed request body.");
    let (new_id, current_id) = if update {
        match (
            text(data, "new_service_id"),
            text(data, "current_service_id"),
        ) {
            (Some(n), Some(c)) => (n.to_string(), Some(c.to_string())),
            _ => return Err(malformed()),
        }
    } else {
        (
            text(data, "security_service_id")
                .ok_or_else(malformed)?
                .to_string(),
            None,
        )
    };
    let empty = Map::new();
    let reset = reset_operation(data.as_object().unwrap_or(&empty))?;
    let (answer, hosts) = state.write(|tx| {
        let net = match visible_network(tx, ctx, id) {
            Ok(r) => ShareNetwork::from_row(&r)?,
            Err(e) => return Ok(Err(e)),
        };
        let service = |sid: &str| -> Result<Option<SecurityService>, LocalError> {
            match ctx.visible(tx, "security_service", sid)? {
                Some(r) => Ok(Some(SecurityService::from_row(&r)?)),
                None => Ok(None),
            }
        };
        let (new, current) = match (service(&new_id)?, current_id.as_deref()) {
            (Some(n), None) => (n, None),
            (Some(n), Some(c)) => match service(c)? {
                Some(c) => (n, Some(c)),
                None => {
                    return Ok(Err(ApiError::bad_request(
                        "The current security service or the new security service doesn't exist.",
                    )));
                }
            },
            (None, Some(_)) => {
                return Ok(Err(ApiError::bad_request(
                    "The current security service or the new security service doesn't exist.",
                )));
            }
            (None, None) => {
                return Ok(Err(ApiError::bad_request(format!(
                    "Security service {new_id} doesn't exist."
                ))));
            }
        };
        let hosts = match initial_checks(tx, &net, &new, current.as_ref())? {
            Ok(hosts) => hosts,
            Err(e) => return Ok(Err(e)),
        };
        if hosts.is_empty() {
            return Ok(Ok((json!(true), Map::new())));
        }
        let key = update_key(&new, current.as_ref());
        Ok(Ok(hosts_check(tx, id, &key, &hosts, reset)?))
    })??;
    let mut view = Map::new();
    view.insert("compatible".into(), answer);
    view.insert(
        "requested_operation".into(),
        json!({
            "operation": if update { "update_security_service" } else { "add_security_service" },
            "current_security_service": current_id,
            "new_security_service": new_id,
        }),
    );
    Ok(check_view(ctx, view, hosts))
}

/// The key a security service change is checked under.
pub(in crate::share) fn update_key(
    new: &SecurityService,
    current: Option<&SecurityService>,
) -> String {
    format!(
        "hosts_check|{}|{}",
        new.id,
        current.map(|c| c.id.as_str()).unwrap_or_default()
    )
}

/// Manila's checks before a security service is added to a network or
/// replaces one (`_share_network_update_initial_checks`); the back-end
/// hosts of the network's servers when they pass.
pub(in crate::share) fn initial_checks(
    tx: &Tx,
    net: &ShareNetwork,
    new: &SecurityService,
    current: Option<&SecurityService>,
) -> Result<Result<BTreeSet<String>, ApiError>, LocalError> {
    let conflict = |m: String| {
        Ok(Err(ApiError::conflict(format!(
            "Invalid security service: {m}"
        ))))
    };
    let invalid = |m: String| {
        Ok(Err(ApiError::bad_request(format!(
            "Invalid share network: {m}"
        ))))
    };
    match current {
        None => {
            for other in &net.security_service_ids {
                let kind = match tx.get("security_service", other)? {
                    Some(r) => SecurityService::from_row(&r)?.kind,
                    None => continue,
                };
                if kind == new.kind {
                    return conflict(format!(
                        "Cannot add security service to share network. Security service with '{}' type already added to '{}' share network",
                        new.kind, net.id
                    ));
                }
            }
        }
        Some(c) => {
            if !net.security_service_ids.contains(&c.id) {
                return conflict(format!(
                    "The specified current security service {} is not associated to the share network {}.",
                    c.id, net.id
                ));
            }
            if c.kind != new.kind {
                return conflict(format!(
                    "A security service can only be replaced by one of the same type. The current security service type is '{}' and the new security service type is '{}'",
                    c.kind, new.kind
                ));
            }
        }
    }
    let servers = servers(tx, &net.id, None)?;
    if servers.is_empty() {
        return Ok(Ok(BTreeSet::new()));
    }
    if servers.iter().any(|s| s.status != "active") {
        return invalid(format!(
            "Some resources exported on share network {} are not currently available.",
            net.id
        ));
    }
    let shares = tx.by_field("share", "share_network_id", &net.id)?;
    let typed = shares
        .iter()
        .map(Share::from_row)
        .collect::<Result<Vec<_>, _>>()?;
    if typed.iter().any(|s| s.is_soft_deleted) {
        return invalid(format!(
            "Some shares with share network {} have been soft deleted.",
            net.id
        ));
    }
    let unavailable: Vec<Value> = typed
        .iter()
        .filter(|s| s.status != "available")
        .map(|s| json!(s.id))
        .collect();
    if !unavailable.is_empty() {
        return invalid(format!(
            "Some shares exported on share network {} are not available: {}.",
            net.id,
            sharekeep_base::pyrepr::repr(&Value::Array(unavailable))
        ));
    }
    Ok(Ok(servers.into_iter().map(|s| s.host).collect()))
}

/// Before a change to a network with servers: the check its back ends
/// answered (Manila refuses a change no check was asked for). The check is
/// used up by the change.
pub(in crate::share) fn take_check(
    tx: &Tx,
    network_id: &str,
    key: &str,
) -> Result<Result<(), ApiError>, LocalError> {
    let id = format!("{network_id}|{key}");
    if tx.get(CHECK, &id)?.is_none() {
        return Ok(Err(ApiError::bad_request(format!(
            "Invalid share network: The share network {network_id} cannot start the update process since no check operation was found. Before starting the update operation, a \"check\" operation must be triggered to validate if all backend hosts support the provided configuration paramaters."
        ))));
    }
    tx.delete(CHECK, &id)?;
    Ok(Ok(()))
}
