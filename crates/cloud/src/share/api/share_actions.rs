//! `POST /shares/{id}/action`: resize, access rules, the recycle bin, resets; and access rules.

use super::*;
use crate::share::models::{AccessRule, Record, Share};

pub(super) fn share_action(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    id: &str,
) -> Result<Resp, ApiError> {
    let body = req.json()?;
    let Some((action, arg)) = body
        .as_object()
        .and_then(|o| o.iter().next())
        .map(|(k, v)| (k.clone(), v.clone()))
    else {
        return Err(ApiError::bad_request("There is no such action: "));
    };
    if !served_at(ctx, &action)? {
        return Err(not_found());
    }
    let action = action.strip_prefix("os-").unwrap_or(&action).to_string();
    match action.as_str() {
        "extend" | "shrink" => {
            let force = arg.get("force").is_some_and(|f| {
                f.as_bool() == Some(true)
                    || f.as_str().is_some_and(|f| f.eq_ignore_ascii_case("true"))
            });
            if action == "extend"
                && force
                && !may(state, ctx, "share:force_extend", &ctx.caller.project_id)
            {
                return Err(ApiError::forbidden(
                    "Policy doesn't allow share:force_extend to be performed.",
                ));
            }
            // Any integer passes here; the size checks below refuse 0 and less.
            let new = match arg.get("new_size") {
                Some(Value::Number(n)) => n.as_i64(),
                Some(Value::String(s)) => s.trim().parse().ok(),
                _ => None,
            }
            .ok_or_else(|| {
                ApiError::bad_request("New share size must be specified as an integer.")
            })?;
            check_size(new)?;
            state.write(|tx| {
                let row = match own_share(tx, ctx, id) {
                    Ok(r) => r,
                    Err(e) => return Ok(Err(e)),
                };
                let status = row.status.as_deref().unwrap_or_default().to_string();
                if status != "available" {
                    return Ok(Err(ApiError::bad_request(format!("Invalid share: Share {id} status must be 'available' to {action}, but current status is: {status}."))));
                }
                let size = row.gigabytes;
                if action == "extend" {
                    if new <= size {
                        return Ok(Err(ApiError::bad_request(format!("Invalid input received: New size for extend must be greater than current size. (current: {size}, extended: {new}).")))) ;
                    }
                    let past_max = may(state, ctx, "share:extend_beyond_max_share_size_spec", row.project_id.as_deref().unwrap_or_default());
                    let op = if past_max { "admin-extend" } else { "extend" };
                    if let Err(e) = share_type_of(tx, &row)?.map_or(Ok(()), |t| check_size_limits(&t.body, new, op)) {
                        return Ok(Err(e));
                    }
                    if let Err(e) = quota::check_extend(tx, row.project_id.as_deref().unwrap_or_default(), new - size)? {
                        return Ok(Err(e));
                    }
                } else if new >= size || new <= 0 {
                    return Ok(Err(ApiError::bad_request(format!("Invalid input received: New size for shrink must be less than current size and greater than 0 (current: {size}, new: {new}).")))) ;
                } else if let Err(e) = share_type_of(tx, &row)?.map_or(Ok(()), |t| check_size_limits(&t.body, new, "shrink")) {
                    return Ok(Err(e));
                }
                let mut share = Share::from_row(&row)?;
                share.target_size = Some(new);
                rows::set_status(tx, share.row()?, if action == "extend" { "extending" } else { "shrinking" })?;
                Ok(Ok(()))
            })??;
            Ok(Resp::empty(202))
        }
        "allow_access" => allow_access(state, ctx, id, &arg),
        "deny_access" => {
            let rule_id = text(&arg, "access_id").unwrap_or_default().to_string();
            state.write(|tx| {
                if let Err(e) = own_share(tx, ctx, id) {
                    return Ok(Err(e));
                }
                match tx
                    .get("access_rule", &rule_id)?
                    .filter(|r| text(&r.body, "share_id") == Some(id))
                {
                    Some(r) => {
                        if r.body.get("lock_deletion").and_then(Value::as_bool) == Some(true)
                            && arg.get("unrestrict") != Some(&json!(true))
                        {
                            return Ok(Err(ApiError::forbidden(
                                "Access rule is locked against deletion.",
                            )));
                        }
                        tx.delete("access_rule", &rule_id)?;
                        Ok(Ok(()))
                    }
                    None => Ok(Err(ApiError::not_found("Resource could not be found."))),
                }
            })??;
            Ok(Resp::empty(202))
        }
        "access_list" => access_list(state, ctx, id, req),
        "soft_delete" => recycle::soft_delete(state, ctx, id),
        "restore" => recycle::restore(state, ctx, id),
        "force_delete" => delete_share(state, ctx, id, true),
        "unmanage" => Err(not_emulated("unmanage")),
        "reset_status" => resets::reset_status(state, ctx, id, &arg),
        "reset_task_state" => resets::reset_task_state(state, ctx, id, &arg),
        other => Err(ApiError::bad_request(format!(
            "There is no such action: {other}"
        ))),
    }
}

/// The share type a share was made with (none if it was deleted since).
fn share_type_of(tx: &Tx, row: &Row) -> Result<Option<Row>, LocalError> {
    match text(&row.body, "share_type") {
        Some(id) => tx.get("share_type", id),
        None => Ok(None),
    }
}

/// The microversions a share action is served at, as Manila's
/// `api_version` decorators have them (an `os-` name to 2.6, the plain one
/// from 2.7; the last minor version included). Outside them Manila answers
/// 404; an action it does not have at all is 400 (`share_action`).
const SERVED: [(&str, u16, u16); 18] = [
    ("os-reset_status", 0, 6),
    ("reset_status", 7, u16::MAX),
    ("os-force_delete", 0, 6),
    ("force_delete", 7, u16::MAX),
    ("soft_delete", 69, u16::MAX),
    ("restore", 69, u16::MAX),
    ("reset_task_state", 22, u16::MAX),
    ("os-allow_access", 0, 6),
    ("allow_access", 7, u16::MAX),
    ("os-deny_access", 0, 6),
    ("deny_access", 7, u16::MAX),
    ("os-access_list", 0, 6),
    ("access_list", 7, 44),
    ("os-extend", 0, 6),
    ("extend", 7, u16::MAX),
    ("os-shrink", 0, 6),
    ("shrink", 7, u16::MAX),
    ("unmanage", 7, u16::MAX),
];

/// Whether `action` is served at the request's microversion; one not in
/// [`SERVED`] is left to the handler's refusal.
fn served_at(ctx: &Ctx, action: &str) -> Result<bool, ApiError> {
    match SERVED.iter().find(|(name, _, _)| *name == action) {
        Some((_, from, to)) => Ok(ctx.at(*from) && (*to == u16::MAX || !ctx.at(to + 1))),
        // Only the actions above have an `os-` name.
        None if action.starts_with("os-") => Err(ApiError::bad_request(format!(
            "There is no such action: {action}"
        ))),
        None => Ok(true),
    }
}

/// An IPv4 or IPv6 address or network (`10.0.0.0/24`; host bits allowed).
pub(super) fn ip_network(s: &str) -> bool {
    let (addr, prefix) = match s.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (s, None),
    };
    let max = match addr.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(_)) => 32,
        Ok(std::net::IpAddr::V6(_)) => 128,
        Err(_) => return false,
    };
    prefix.is_none_or(|p| p.parse::<u8>().is_ok_and(|n| n <= max))
}

pub(super) fn allow_access(
    state: &State,
    ctx: &Ctx,
    id: &str,
    arg: &Value,
) -> Result<Resp, ApiError> {
    let access_type = text(arg, "access_type").unwrap_or_default().to_string();
    let access_to = text(arg, "access_to").unwrap_or_default().to_string();
    let level = text(arg, "access_level").unwrap_or("rw").to_string();
    if !["ip", "user", "cert", "cephx"].contains(&access_type.as_str()) {
        return Err(ApiError::bad_request(
            "Invalid input received: Only 'ip', 'user', 'cert' or 'cephx' access types are supported.",
        ));
    }
    if !["rw", "ro"].contains(&level.as_str()) {
        return Err(ApiError::bad_request(format!(
            "Invalid input received: Invalid or unsupported share access level: {level}."
        )));
    }
    if access_to.is_empty() {
        return Err(ApiError::bad_request(
            "Invalid input received: Access to must be specified.",
        ));
    }
    if access_type == "ip" && !ip_network(&access_to) {
        // Python's ipaddress, whose message Manila passes on.
        return Err(ApiError::bad_request(format!(
            "'{access_to}' does not appear to be an IPv4 or IPv6 network"
        )));
    }
    let rule = state.write(|tx| {
        if let Err(e) = own_share(tx, ctx, id) {
            return Ok(Err(e));
        }
        let existing = tx.children("access_rule", id)?;
        if existing.iter().any(|r| {
            text(&r.body, "access_type") == Some(&access_type)
                && text(&r.body, "access_to") == Some(&access_to)
        }) {
            return Ok(Err(ApiError::bad_request(format!(
                "Share access {access_type}:{access_to} exists."
            ))));
        }
        let mut rule = AccessRule::new(
            id,
            (&access_type, &access_to, &level),
            &ctx.caller.project_id,
        );
        rule.metadata = arg.get("metadata").cloned().unwrap_or(json!({}));
        rule.lock_deletion = arg.get("lock_deletion").cloned().unwrap_or(json!(false));
        let row = rule.row()?;
        tx.put(&row)?;
        Ok(Ok(row))
    })??;
    let mut view = access_view(state, ctx, &rule.body, true);
    // A new rule is `queued_to_apply` in the answer (not yet updated) and
    // `active` once applied.
    view["state"] = json!("queued_to_apply");
    if view.get("updated_at").is_some() {
        view["updated_at"] = Value::Null;
    }
    Ok(Resp::ok(json!({"access": view})))
}

/// An access rule as shown, with its cephx key (derived, not stored).
pub(super) fn access_view(state: &State, ctx: &Ctx, rule: &Value, with_share: bool) -> Value {
    let mut view = views::access_rule(ctx, rule, with_share);
    if view.get("access_key").is_some() && rule.get("access_type") == Some(&json!("cephx")) {
        let id = rule.get("id").and_then(Value::as_str).unwrap_or_default();
        view["access_key"] = json!(state.kek.derived(&format!("sharekeep-local-cephx:{id}")));
    }
    view
}

pub(super) fn access_list(
    state: &State,
    ctx: &Ctx,
    share_id: &str,
    req: &Req,
) -> Result<Resp, ApiError> {
    let rules = state.read(|tx| {
        if let Err(e) = visible_share(tx, ctx, share_id) {
            return Ok(Err(e));
        }
        Ok(Ok(tx.children("access_rule", share_id)?))
    })??;
    let list: Vec<Value> = rules
        .iter()
        .filter(|r| matches_filters(&r.body, req, &["access_type", "access_to", "access_level"]))
        .map(|r| access_view(state, ctx, &r.body, false))
        .collect();
    Ok(Resp::ok(json!({"access_list": list})))
}

/// An access rule the caller sees (through its share).
fn visible_rule(state: &State, ctx: &Ctx, id: &str) -> Result<Row, ApiError> {
    let not_found = || ApiError::not_found(format!("Access rule {id} not found."));
    let rule = state
        .read(|tx| tx.get("access_rule", id))?
        .ok_or_else(not_found)?;
    let share_id = text(&rule.body, "share_id").unwrap_or_default().to_string();
    state
        .read(|tx| Ok(visible_share(tx, ctx, &share_id)))?
        .map_err(|_| not_found())?;
    Ok(rule)
}

pub(super) fn list_access_rules(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    _: &Params,
) -> Result<Resp, ApiError> {
    let share_id = req
        .query("share_id")
        .ok_or_else(|| ApiError::bad_request("The field 'share_id' has to be specified."))?;
    access_list(state, ctx, share_id, req)
}

pub(super) fn show_access_rule(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let rule = visible_rule(state, ctx, p.get("id"))?;
    Ok(Resp::ok(
        json!({"access": access_view(state, ctx, &rule.body, true)}),
    ))
}

pub(super) fn update_access_rule(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let mut rule = visible_rule(state, ctx, p.get("id"))?;
    let body = req.json()?;
    let level = body
        .pointer("/update_access/access_level")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    if !["rw", "ro"].contains(&level.as_str()) {
        return Err(ApiError::bad_request(format!(
            "Invalid input received: Invalid or unsupported share access level: {level}."
        )));
    }
    rule.body["access_level"] = json!(level);
    rule.body["updated_at"] = json!(now());
    state.write(|tx| tx.put(&rule))?;
    Ok(Resp::ok(
        json!({"access": access_view(state, ctx, &rule.body, true)}),
    ))
}

pub(super) fn access_rule_metadata(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let mut rule = visible_rule(state, ctx, p.get("id"))?;
    let out = metadata_on(&mut rule.body, req, p.rest())?;
    if req.method != Method::GET {
        state.write(|tx| tx.put(&rule))?;
    }
    Ok(out)
}
