//! The administrators' resets of a share (`reset_status`,
//! `reset_task_state`): checked as Manila 23 checks them, first against the
//! request schema (a value Manila knows of at all), then against the states
//! a reset may set.

use sharekeep_base::pyrepr;

use super::*;
use crate::share::models::{Record, Share};

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

/// `reset_status`: any status a reset may set (the share's claim on work
/// is dropped with it).
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
        rows::set_status(tx, row, &status)?;
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
