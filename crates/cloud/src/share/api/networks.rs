//! `/share-networks`: share networks and their subnets.

use super::*;
use crate::share::models::{Record, ShareNetwork, Subnet};

pub(in crate::share) fn network_view_of(
    tx: &Tx,
    ctx: &Ctx,
    row: &Row,
) -> Result<Value, LocalError> {
    network_view(tx, ctx, row)
}

pub(super) fn network_view(tx: &Tx, ctx: &Ctx, row: &Row) -> Result<Value, LocalError> {
    let subnets: Vec<Value> = tx
        .children("subnet", &row.id)?
        .into_iter()
        .map(|s| s.body)
        .collect();
    Ok(views::share_network(ctx, &row.body, &subnets))
}

pub(super) fn visible_network(tx: &Tx, ctx: &Ctx, id: &str) -> Result<Row, ApiError> {
    ctx.visible(tx, "share_network", id)?
        .ok_or_else(|| ApiError::not_found(format!("Share network {id} could not be found.")))
}

pub(in crate::share) fn list_networks(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    _: &Params,
    detail: bool,
) -> Result<Resp, ApiError> {
    // An administrator's `project_id` names the project listed, whatever
    // `all_tenants` says (Manila's share network controller).
    let project = match req.query("project_id").filter(|_| ctx.admin()) {
        Some(p) => Some(p),
        None => listed_project(req, ctx),
    };
    let list = state.read(|tx| {
        let rows = tx.list("share_network", project)?;
        let mut out = Vec::new();
        // A date, `yyyy-mm-dd` as Manila's `strptime` reads it, nothing else.
        let date = |t: &str| {
            jiff::fmt::strtime::parse("%Y-%m-%d", t)
                .and_then(|d| d.to_date())
                .ok()
                .and_then(|_| parse_time(t))
        };
        let bound = |k: &str| req.query(k).map(|t| date(t).ok_or(t));
        let (since, before) = (bound("created_since"), bound("created_before"));
        for b in [&since, &before] {
            if let Some(Err(t)) = b {
                return Ok(Err(ApiError::bad_request(format!(
                    "{t} is not in yyyy-mm-dd format."
                ))));
            }
        }
        let net_filters = [
            "neutron_net_id",
            "neutron_subnet_id",
            "cidr",
            "ip_version",
            "network_type",
            "segmentation_id",
        ];
        let first_subnet = |r: &Row| -> Result<Value, LocalError> {
            Ok(tx
                .children("subnet", &r.id)?
                .into_iter()
                .next()
                .map(|s| s.body)
                .unwrap_or(json!({})))
        };
        let mut kept = Vec::new();
        for r in rows.iter() {
            if net_filters.iter().any(|k| req.query(k).is_some())
                && !matches_filters(&first_subnet(r)?, req, &net_filters)
            {
                continue;
            }
            if let Some(ss) = req.query("security_service_id")
                && !security::of_network(r)?.iter().any(|i| i == ss)
            {
                continue;
            }
            let at = text(&r.body, "created_at").unwrap_or_default().to_string();
            if since
                .as_ref()
                .is_some_and(|s| s.as_deref().is_ok_and(|s| at.as_str() < s))
                || before
                    .as_ref()
                    .is_some_and(|b| b.as_deref().is_ok_and(|b| at.as_str() > b))
            {
                continue;
            }
            kept.push(r);
        }
        for r in kept
            .into_iter()
            .filter(|r| matches_filters(&r.body, req, &["name", "project_id"]))
            .filter(|r| matches_inexact(&r.body, req, ctx))
        {
            out.push(if detail {
                network_view(tx, ctx, r)?
            } else {
                json!({"id": r.id, "name": r.body.get("name")})
            });
        }
        Ok(Ok(out))
    })??;
    Ok(Resp::ok(json!({"share_networks": list})))
}

pub(in crate::share) fn create_network(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    _: &Params,
) -> Result<Resp, ApiError> {
    let b = req.json()?;
    let n = b
        .get("share_network")
        .cloned()
        .ok_or_else(|| ApiError::new(422, "Unable to process the contained instructions"))?;
    let project = ctx.caller.project_id.clone();
    let v = state.write(|tx| {
            let limit = quota::limits(tx, &project)?["share_networks"];
            let used = quota::usage(tx, &project)?["share_networks"];
            if limit >= 0 && used + 1 > limit {
                return Ok(Err(ApiError::over_limit(format!("ShareNetworksLimitExceeded: Maximum number of share-networks allowed ({limit}) exceeded."))));
            }
            if let Some(zone) = n.get("availability_zone").and_then(Value::as_str)
                && !state.config.backends.iter().any(|b| b.availability_zone == zone)
            {
                return Ok(Err(ApiError::bad_request(format!("The provided availability zone {zone} does not exist."))));
            }
            // Manila stores what the body gives, a creation time included.
            let stamp = n.get("created_at").and_then(Value::as_str).and_then(parse_time).unwrap_or_else(now);
            let g = |k: &str| n.get(k).cloned().unwrap_or(Value::Null);
            let network = ShareNetwork::new((g("name"), g("description")), &project, stamp.clone());
            let id = network.id.clone();
            let row = network.row()?;
            tx.put(&row)?;
            let mut subnet = Subnet::new((&id, g("name")), Some(project.clone()), stamp.clone());
            subnet.neutron_net_id = g("neutron_net_id");
            subnet.neutron_subnet_id = g("neutron_subnet_id");
            subnet.availability_zone = g("availability_zone");
            subnet.network_type = g("network_type");
            subnet.segmentation_id = g("segmentation_id");
            subnet.cidr = g("cidr");
            subnet.ip_version = g("ip_version");
            subnet.gateway = g("gateway");
            subnet.mtu = g("mtu");
            tx.put(&subnet.row()?)?;
            Ok(Ok(network_view(tx, ctx, &row)?))
        })??;
    Ok(Resp::ok(json!({"share_network": v})))
}

pub(in crate::share) fn show_network(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let v = state.read(|tx| match visible_network(tx, ctx, id) {
        Ok(r) => Ok(Ok(network_view(tx, ctx, &r)?)),
        Err(e) => Ok(Err(e)),
    })??;
    Ok(Resp::ok(json!({"share_network": v})))
}

pub(in crate::share) fn update_network(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let b = req.json()?;
    let n = b
        .get("share_network")
        .and_then(Value::as_object)
        .cloned()
        .ok_or_else(|| ApiError::new(422, "Unable to process the contained instructions"))?;
    let v = state.write(|tx| {
        let row = match visible_network(tx, ctx, id) {
            Ok(r) => r,
            Err(e) => return Ok(Err(e)),
        };
        if let Err(e) = update_default_subnet(tx, id, &n)? {
            return Ok(Err(e));
        }
        let mut network = ShareNetwork::from_row(&row)?;
        if let Some(v) = n.get("name") {
            network.name = v.clone();
        }
        if let Some(v) = n.get("description") {
            network.description = v.clone();
        }
        network.updated_at = Some(now());
        let row = network.row()?;
        tx.put(&row)?;
        Ok(Ok(network_view(tx, ctx, &row)?))
    })??;
    Ok(Resp::ok(json!({"share_network": v})))
}

/// What a share network update does before its name and description, as
/// Manila's controller: no nova network; with servers, nothing but the name
/// and description; Neutron IDs go to the network's one default subnet
/// (the one of no availability zone), both at once if it has neither.
fn update_default_subnet(
    tx: &Tx,
    id: &str,
    n: &Map<String, Value>,
) -> Result<Result<(), ApiError>, LocalError> {
    if n.contains_key("nova_net_id") {
        return Ok(Err(ApiError::bad_request(
            "nova networking is not supported starting in Ocata.",
        )));
    }
    let has_servers = tx
        .by_field("share_server", "share_network_id", id)?
        .into_iter()
        .next()
        .is_some();
    if has_servers && n.keys().any(|k| k != "name" && k != "description") {
        return Ok(Err(ApiError::forbidden(format!(
            "Cannot update share network {id}. It is used by share servers. Only 'name' and 'description' fields are available for update"
        ))));
    }
    if !n.contains_key("neutron_net_id") && !n.contains_key("neutron_subnet_id") {
        return Ok(Ok(()));
    }
    let defaults: Vec<Row> = tx
        .children("subnet", id)?
        .into_iter()
        .filter(|s| s.body.get("availability_zone").is_none_or(Value::is_null))
        .collect();
    let which = match defaults.len() {
        0 => Some("a"),
        1 => None,
        _ => Some("an unique"),
    };
    if let Some(which) = which {
        return Ok(Err(ApiError::bad_request(format!(
            "The share network {id} does not have {which} 'default' subnet that serves all availability zones, so subnet details ('neutron_net_id', 'neutron_subnet_id') cannot be updated."
        ))));
    }
    let mut subnet = Subnet::from_row(&defaults[0])?;
    let given = |k: &str| n.get(k).is_some_and(|v| !v.is_null());
    if subnet.neutron_net_id.is_null()
        && subnet.neutron_subnet_id.is_null()
        && !(given("neutron_net_id") && given("neutron_subnet_id"))
    {
        return Ok(Err(ApiError::bad_request(format!(
            "To update the share network {id} you need to specify both 'neutron_net_id' and 'neutron_subnet_id'."
        ))));
    }
    if let Some(v) = n.get("neutron_net_id") {
        subnet.neutron_net_id = v.clone();
    }
    if let Some(v) = n.get("neutron_subnet_id") {
        subnet.neutron_subnet_id = v.clone();
    }
    subnet.updated_at = Some(now());
    tx.put(&subnet.row()?)?;
    Ok(Ok(()))
}

pub(in crate::share) fn delete_network(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    state.write(|tx| {
        if let Err(e) = visible_network(tx, ctx, id) {
            return Ok(Err(e));
        }
        let shares = tx
            .list("share", None)?
            .into_iter()
            .filter(|s| text(&s.body, "share_network_id") == Some(id))
            .count();
        if shares > 0 {
            return Ok(Err(ApiError::conflict(format!(
                "Can not delete share network {id}, it has {shares} share(s)."
            ))));
        }
        if tx.children("subnet", id)?.len() > 1 {
            return Ok(Err(ApiError::conflict(format!(
                "The share network {id} has more than one subnet attached. Please remove the subnets untill you have one or no subnets remaining."
            ))));
        }
        for server in tx
            .list("share_server", None)?
            .into_iter()
            .filter(|s| text(&s.body, "share_network_id") == Some(id))
        {
            rows::remove_server(tx, &server)?;
        }
        for s in tx.children("subnet", id)? {
            tx.delete("subnet", &s.id)?;
        }
        network_checks::forget_checks(tx, id)?;
        tx.delete("share_network", id)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::empty(202))
}

pub(in crate::share) fn network_action(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let b = req.json()?;
    let action = b.as_object().and_then(|o| o.iter().next());
    match action {
        Some((a, data)) if a == "share_network_subnet_create_check" && ctx.at(70) => {
            return network_checks::subnet_create_check(state, ctx, id, data);
        }
        Some((a, data))
            if (a == "add_security_service_check" || a == "update_security_service_check")
                && ctx.at(63) =>
        {
            return network_checks::security_service_check(state, ctx, id, a, data);
        }
        Some((a, data)) if a == "reset_status" && ctx.at(63) => {
            return resets::reset_network(state, id, data);
        }
        Some((a, _)) if a.ends_with("_check") || a == "reset_status" => {
            return Err(ApiError::not_found("The resource could not be found."));
        }
        _ => {}
    }
    match security::network_action(state, ctx, id, &b) {
        Some(v) => Ok(Resp::ok(json!({"share_network": v?}))),
        None => Err(ApiError::bad_request(
            "Invalid request body: unknown action.",
        )),
    }
}

pub(in crate::share) fn list_subnets(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let list = state.read(|tx| {
        if let Err(e) = visible_network(tx, ctx, id) {
            return Ok(Err(e));
        }
        Ok(Ok(tx
            .children("subnet", id)?
            .iter()
            .map(|s| views::subnet(ctx, &s.body))
            .collect::<Vec<_>>()))
    })??;
    Ok(Resp::ok(json!({"share_network_subnets": list})))
}

pub(in crate::share) fn create_subnet(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let b = req.json()?;
    let s = b.get("share-network-subnet").cloned().unwrap_or(json!({}));
    if ctx.at(78)
        && let Some(m) = s.get("metadata").and_then(Value::as_object)
    {
        check_metadata(m)?;
    }
    if let Some(given) = s.as_object() {
        network_checks::check_neutron_pair(given)?;
    }
    let v = state.write(|tx| {
            let net = match visible_network(tx, ctx, id) {
                Ok(r) => r,
                Err(e) => return Ok(Err(e)),
            };
            let az = s.get("availability_zone").cloned().unwrap_or(Value::Null);
            if let Some(zone) = az.as_str()
                && !state.config.backends.iter().any(|b| b.availability_zone == zone)
            {
                return Ok(Err(ApiError::bad_request(format!(
                    "The provided availability zone {zone} does not exist."
                ))));
            }
            // From 2.70 a zone may have several subnets.
            if !ctx.at(70) && tx.children("subnet", id)?.iter().any(|x| x.body.get("availability_zone").unwrap_or(&Value::Null) == &az) {
                return Ok(Err(ApiError::conflict(format!("Another share network subnet was found in the specified availability zone. Only one share network subnet is allowed per availability zone for share network {id}."))));
            }
            let given = |k: &str| s.get(k).cloned().unwrap_or(Value::Null);
            let mut subnet = Subnet::new((id, net.body.get("name").cloned().unwrap_or_default()), net.project_id.clone(), now());
            subnet.neutron_net_id = given("neutron_net_id");
            subnet.neutron_subnet_id = given("neutron_subnet_id");
            subnet.availability_zone = az;
            subnet.metadata = s.get("metadata").cloned().unwrap_or(json!({}));
            let row = subnet.row()?;
            tx.put(&row)?;
            Ok(Ok(views::subnet(ctx, &row.body)))
        })??;
    Ok(Resp::ok(json!({"share_network_subnet": v})))
}

pub(in crate::share) fn subnet_metadata(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let sid: &&str = &p.get("sid");
    let rest: &[&str] = p.rest();
    if !ctx.at(78) {
        return Err(not_found());
    }
    // Manila checks a subnet's new metadata before it looks the subnet up
    // (a share's after): bad metadata for a subnet that is gone is 400.
    if matches!(req.method, Method::POST | Method::PUT) && rest.is_empty() {
        let body = req.json()?;
        let given = body
            .get("metadata")
            .and_then(Value::as_object)
            .ok_or_else(|| ApiError::bad_request("Malformed request body."))?;
        check_metadata(given)?;
    }
    state.read(|tx| Ok(subnet_of(tx, ctx, id, sid)))??;
    metadata(state, ctx, req, "subnet", sid, rest)
}

pub(in crate::share) fn show_subnet(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let sid: &&str = &p.get("sid");
    let s = state.read(|tx| Ok(subnet_of(tx, ctx, id, sid)))??;
    Ok(Resp::ok(
        json!({"share_network_subnet": views::subnet(ctx, &s.body)}),
    ))
}

pub(in crate::share) fn delete_subnet(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let sid: &&str = &p.get("sid");
    state.write(|tx| {
        if let Err(e) = subnet_of(tx, ctx, id, sid) {
            return Ok(Err(e));
        }
        if !tx
            .by_field("share", "share_network_subnet_id", sid)?
            .is_empty()
        {
            return Ok(Err(ApiError::conflict(
                "Cannot delete share network subnet, it has one or more shares.",
            )));
        }
        tx.delete("subnet", sid)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::empty(202))
}

/// The subnet `sid` of the share network `id`, as the caller may see it:
/// the network's not-found first, then the subnet's.
fn subnet_of(tx: &Tx, ctx: &Ctx, id: &str, sid: &str) -> Result<Row, ApiError> {
    visible_network(tx, ctx, id)?;
    tx.get("subnet", sid)?
        .filter(|s| s.parent_id.as_deref() == Some(id))
        .ok_or_else(|| {
            ApiError::not_found(format!("Share network subnet {sid} could not be found."))
        })
}
