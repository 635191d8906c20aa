//! The recycle bin (2.69): `soft_delete` and `restore`, refused as Manila 23
//! refuses them. A share's time in the bin is `backends.yaml`'s
//! `api: soft_deleted_share_retention_time`; the manager empties the bin.

use super::*;
use crate::share::models::{Record, Share};

/// The task states during which a share is busy (`BUSY_TASK_STATES`).
const BUSY_TASK_STATES: [&str; 10] = [
    "migration_starting",
    "migration_in_progress",
    "migration_completing",
    "migration_driver_starting",
    "migration_driver_in_progress",
    "migration_driver_phase1_done",
    "data_copying_starting",
    "data_copying_in_progress",
    "data_copying_completing",
    "data_copying_completed",
];

/// Manila's refusal of an action on a share it finds invalid (403); a
/// reason's own full stop is not doubled (Manila's exceptions drop the
/// second).
fn invalid_share(reason: &str) -> ApiError {
    let reason = reason.strip_suffix('.').unwrap_or(reason);
    ApiError::forbidden(format!("Invalid share: {reason}."))
}

/// What a delete and a soft delete both check, in Manila's order: the
/// share's status (not for a force delete), then its snapshots.
pub(super) fn check_deletable(
    tx: &Tx,
    share: &Share,
    force: bool,
) -> Result<Result<(), ApiError>, LocalError> {
    if !force && !["available", "error", "inactive"].contains(&share.status.as_str()) {
        return Ok(Err(invalid_share(
            "Share status must be one of ('available', 'error', 'inactive')",
        )));
    }
    let snapshots = tx.children("snapshot", &share.id)?.len();
    if snapshots > 0 {
        return Ok(Err(invalid_share(&format!(
            "Share still has {snapshots} dependent snapshots."
        ))));
    }
    Ok(Ok(()))
}

/// `soft_delete`: into the recycle bin, for a share that could be deleted.
pub(super) fn soft_delete(state: &State, ctx: &Ctx, id: &str) -> Result<Resp, ApiError> {
    state.write(|tx| {
        let row = match own_share(tx, ctx, id) {
            Ok(r) => r,
            Err(e) => return Ok(Err(e)),
        };
        let mut share = Share::from_row(&row)?;
        if share.is_soft_deleted {
            return Ok(Err(invalid_share("The share has been soft deleted already")));
        }
        if let Err(e) = check_deletable(tx, &share, false)? {
            return Ok(Err(e));
        }
        if let Some(task) = share
            .task_state
            .as_deref()
            .filter(|t| BUSY_TASK_STATES.contains(t))
        {
            return Ok(Err(ApiError::forbidden(format!(
                "Share is busy with an active task: Share {id} is busy as part of an active task: {task}."
            ))));
        }
        share.is_soft_deleted = true;
        let keep = state.config.api.soft_deleted_share_retention_time;
        let later = jiff::Timestamp::now()
            + jiff::SignedDuration::from_secs(i64::try_from(keep).unwrap_or(i64::MAX / 2));
        share.scheduled_to_be_deleted_at = Some(crate::http::manila_time(later));
        tx.put(&share.row()?)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::empty(202))
}

/// `restore`: out of the recycle bin; a share not in it is left as it is
/// (200), one the bin is already deleting is refused.
pub(super) fn restore(state: &State, ctx: &Ctx, id: &str) -> Result<Resp, ApiError> {
    let restored = state.write(|tx| {
        let row = match own_share(tx, ctx, id) {
            Ok(r) => r,
            Err(ApiError { status: 404, .. }) => {
                return Ok(Err(ApiError::not_found(format!(
                    "No share exists with ID {id}."
                ))));
            }
            Err(e) => return Ok(Err(e)),
        };
        let mut share = Share::from_row(&row)?;
        if !share.is_soft_deleted {
            return Ok(Ok(false));
        }
        if ["deleting", "error_deleting"].contains(&share.status.as_str()) {
            return Ok(Err(ApiError::forbidden(format!(
                "Share {id} is being deleted or has suffered an error during deletion, cannot be restored."
            ))));
        }
        share.is_soft_deleted = false;
        share.scheduled_to_be_deleted_at = None;
        tx.put(&share.row()?)?;
        Ok(Ok(true))
    })??;
    Ok(Resp::empty(if restored { 202 } else { 200 }))
}
