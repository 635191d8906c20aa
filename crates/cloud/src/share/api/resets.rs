//! The administrators' resets of a share (`reset_status`,
//! `reset_task_state`): checked as Manila 23 checks them, first against the
//! request schema (a value Manila knows of at all), then against the states
//! a reset may set.

use sharekeep_base::pyrepr;

use super::*;
use crate::share::models::{Record, Share, ShareServer};

/// Every share status Manila knows (`constants.SHARE_STATUSES`), in its order.
const SHARE_STATUSES: [&str; 34] = [
    "creating",
    "creating_from_snapshot",
    "deleting",
    "deferred_deleting",
    "deleted",
    "error",
    "error_deleting",
    "error_deferred_deleting",
    "available",
    "manage_starting",
    "manage_error",
    "unmanage_starting",
    "manage_error_unmanage_starting",
    "unmanage_error",
    "unmanaged",
    "extending",
    "extending_error",
    "shrinking",
    "shrinking_error",
    "migrating",
    "migrating_to",
    "shrinking_possible_data_loss_error",
    "replication_change",
    "restoring",
    "reverting",
    "reverting_error",
    "awaiting_transfer",
    "backup_creating",
    "backup_restoring",
    "backup_restoring_error",
    "ensuring",
    "server_migrating",
    "server_migrating_to",
    "reverting_to_snapshot",
];

/// The statuses a reset may set (the `valid_statuses` of Manila's admin
/// actions), in the order Manila's constants list them.
const RESETTABLE: [&str; 8] = [
    "creating",
    "available",
    "deleting",
    "error",
    "error_deleting",
    "migrating",
    "migrating_to",
    "server_migrating",
];

/// Every task state (`constants.TASK_STATE_STATUSES`); `null` clears it.
const TASK_STATES: [&str; 14] = [
    "migration_starting",
    "migration_in_progress",
    "migration_completing",
    "migration_success",
    "migration_error",
    "migration_cancelled",
    "migration_driver_in_progress",
    "migration_driver_phase1_done",
    "data_copying_starting",
    "data_copying_in_progress",
    "data_copying_completing",
    "data_copying_completed",
    "data_copying_cancelled",
    "data_copying_error",
];

/// The statuses a share server may be reset to (`SHARE_SERVER_STATUSES`).
const SERVER_STATUSES: [&str; 12] = [
    "active",
    "error",
    "deleting",
    "creating",
    "manage_starting",
    "unmanage_starting",
    "unmanage_error",
    "manage_error",
    "inactive",
    "server_migrating",
    "server_migrating_to",
    "network_change",
];

/// The statuses a snapshot may be reset to (`SHARE_SNAPSHOT_STATUSES`;
/// Manila lists them from a set, in an order that changes between runs).
pub(super) const SNAPSHOT_STATUSES: [&str; 12] = [
    "available",
    "error",
    "error_deleting",
    "deleting",
    "creating",
    "manage_starting",
    "unmanage_starting",
    "unmanage_error",
    "manage_error",
    "migrating",
    "migrating_to",
    "restoring",
];

/// The task states a share server may be reset to
/// (`SERVER_TASK_STATE_STATUSES`; `null` clears it).
const SERVER_TASK_STATES: [&str; 9] = [
    "migration_starting",
    "migration_in_progress",
    "migration_completing",
    "migration_success",
    "migration_error",
    "migration_cancel_in_progress",
    "migration_cancelled",
    "migration_driver_in_progress",
    "migration_driver_phase1_done",
];

/// A share server's `reset_task_state`: Manila's generic reset, with
/// `null` among the states (listed as `None`).
fn reset_server_task_state(
    state: &State,
    (kind, noun): (&'static str, &str),
    id: &str,
    arg: &Value,
) -> Result<Resp, ApiError> {
    let task_state = given(arg, "task_state")?;
    let valid = match task_state {
        Value::Null => true,
        Value::String(s) => SERVER_TASK_STATES.contains(&s.as_str()),
        _ => false,
    };
    if !valid {
        return Err(ApiError::bad_request(format!(
            "Invalid state. Valid states: {}, None.",
            SERVER_TASK_STATES.join(", ")
        )));
    }
    reset_found(state, (kind, noun), id, |tx, row| {
        let mut server = ShareServer::from_row(&row)?;
        server.task_state = task_state.as_str().map(str::to_string);
        server.updated_at = Some(now());
        tx.put(&server.row()?)
    })
}

/// Reset what `reset` changes of the resource `id` of `kind`, or Manila's
/// "could not be found" for it: 202.
fn reset_found(
    state: &State,
    (kind, noun): (&'static str, &str),
    id: &str,
    reset: impl FnOnce(&Tx, Row) -> Result<(), LocalError>,
) -> Result<Resp, ApiError> {
    state.write(|tx| {
        let Some(row) = tx.get(kind, id)? else {
            return Ok(Err(ApiError::not_found(format!(
                "{noun} {id} could not be found."
            ))));
        };
        reset(tx, row)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::empty(202))
}

/// The statuses a share network may be reset to (`SHARE_NETWORK_STATUSES`).
const NETWORK_STATUSES: [&str; 3] = ["active", "error", "network_change"];

/// `reset_status` of a share server, a snapshot or a share network: no request schema
/// there, only the states a reset may set. A reset to a state the local
/// manager works on (`creating`, `deleting`) leaves it there, as in Manila
/// (see [`rows::reset_status`]).
pub(super) fn reset_other(
    state: &State,
    (kind, noun): (&'static str, &str),
    id: &str,
    arg: &Value,
    valid: &[&str],
) -> Result<Resp, ApiError> {
    let status = given(arg, "status")?;
    let Some(status) = status.as_str().filter(|s| valid.contains(s)) else {
        return Err(ApiError::bad_request(format!(
            "Invalid state. Valid states: {}.",
            valid.join(", ")
        )));
    };
    reset_found(state, (kind, noun), id, |tx, row| {
        rows::reset_status(tx, row, status)
    })
}

/// `POST /share-servers/{id}/action`: `reset_status`, and
/// `reset_task_state` from 2.57 (what `openstack share server set
/// --status` sends after it).
pub(in crate::share) fn server_action(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let body = req.json()?;
    let server = ("share_server", "Share server");
    match body.as_object().and_then(|o| o.iter().next()) {
        Some((a, arg)) if a == "reset_status" => {
            reset_other(state, server, p.get("id"), arg, &SERVER_STATUSES)
        }
        Some((a, arg)) if a == "reset_task_state" && ctx.at(57) => {
            reset_server_task_state(state, server, p.get("id"), arg)
        }
        Some((a, _)) if a == "reset_task_state" => Err(not_found()),
        Some((a, _)) => Err(ApiError::bad_request(format!(
            "There is no such action: {a}"
        ))),
        None => Err(ApiError::bad_request("There is no such action: ")),
    }
}

/// A share network's `reset_status` (2.63).
pub(super) fn reset_network(state: &State, id: &str, arg: &Value) -> Result<Resp, ApiError> {
    reset_other(
        state,
        ("share_network", "Share network"),
        id,
        arg,
        &NETWORK_STATUSES,
    )
}

/// Manila's request-schema refusal of `value` for `field`.
fn schema_refusal(field: &str, value: &Value, why: String) -> ApiError {
    ApiError::bad_request(format!(
        "Invalid input for field/attribute {field}. Value: {}. {why}",
        pyrepr::display(value)
    ))
}

/// `value` as one of `allowed` (with `null` too when `nullable`), as the
/// request schema checks an enum.
fn one_of(
    field: &str,
    value: &Value,
    allowed: &[&str],
    nullable: bool,
) -> Result<Option<String>, ApiError> {
    match value {
        Value::Null if nullable => Ok(None),
        Value::String(s) if allowed.contains(&s.as_str()) => Ok(Some(s.clone())),
        Value::String(_) | Value::Null => {
            let mut list: Vec<Value> = allowed.iter().map(|s| json!(s)).collect();
            if nullable {
                list.push(Value::Null);
            }
            Err(schema_refusal(
                field,
                value,
                format!(
                    "{} is not one of {}",
                    pyrepr::repr(value),
                    pyrepr::repr(&Value::Array(list))
                ),
            ))
        }
        other => {
            let kind = if nullable {
                "['string', 'null']"
            } else {
                "'string'"
            };
            Err(schema_refusal(
                field,
                other,
                format!("{} is not of type {kind}", pyrepr::repr(other)),
            ))
        }
    }
}

/// The field of a reset's body: `field` or `os-field`; Manila's "Must
/// specify" when neither is there.
fn given<'a>(arg: &'a Value, field: &str) -> Result<&'a Value, ApiError> {
    arg.get(field)
        .or_else(|| arg.get(format!("os-{field}")))
        .ok_or_else(|| ApiError::bad_request(format!("Must specify '{field}'")))
}

/// `reset_status`: any status a reset may set; the share is not the
/// manager's to work on until an API call changes its status again.
pub(super) fn reset_status(
    state: &State,
    ctx: &Ctx,
    id: &str,
    arg: &Value,
) -> Result<Resp, ApiError> {
    let status =
        one_of("status", given(arg, "status")?, &SHARE_STATUSES, false)?.unwrap_or_default();
    if !RESETTABLE.contains(&status.as_str()) {
        return Err(ApiError::bad_request(format!(
            "Invalid state. Valid states: {}.",
            RESETTABLE.join(", ")
        )));
    }
    state.write(|tx| {
        let row = match own_share(tx, ctx, id) {
            Ok(r) => r,
            Err(e) => return Ok(Err(e)),
        };
        if Share::from_row(&row)?.is_soft_deleted {
            return Ok(Err(ApiError::forbidden(format!(
                "status cannot be reset for share '{id}' since it has been soft deleted."
            ))));
        }
        rows::reset_status(tx, row, &status)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::empty(202))
}

/// `reset_task_state`: a task state, or `null` to clear it (what the
/// `openstack share set` sends on every call).
pub(super) fn reset_task_state(
    state: &State,
    ctx: &Ctx,
    id: &str,
    arg: &Value,
) -> Result<Resp, ApiError> {
    if let Some(v) = arg.get("task_state").or_else(|| arg.get("os-task_state")) {
        one_of("task_state", v, &TASK_STATES, true)?;
    }
    state.write(|tx| {
        let row = match own_share(tx, ctx, id) {
            Ok(r) => r,
            Err(e) => return Ok(Err(e)),
        };
        let mut share = Share::from_row(&row)?;
        if share.is_soft_deleted {
            return Ok(Err(ApiError::forbidden(format!(
                "task state cannot be reset for share '{id}' since it has been soft deleted."
            ))));
        }
        let task_state = match given(arg, "task_state") {
            Ok(v) => v,
            Err(e) => return Ok(Err(e)),
        };
        share.task_state = task_state.as_str().map(str::to_string);
        share.updated_at = Some(now());
        tx.put(&share.row()?)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::empty(202))
}
