//! `/snapshots`: share snapshots.

use super::*;
use crate::share::models::{Record, Share, Snapshot};

pub(super) fn visible_snapshot(tx: &Tx, ctx: &Ctx, id: &str) -> Result<Row, ApiError> {
    ctx.visible(tx, "snapshot", id)?
        .ok_or_else(|| ApiError::not_found(format!("Snapshot {id} could not be found.")))
}

pub(in crate::share) fn list_snapshots(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    _: &Params,
    detail: bool,
) -> Result<Resp, ApiError> {
    let rows = state.read(|tx| tx.list("snapshot", listed_project(req, ctx)))?;
    let items: Vec<Value> = rows
        .into_iter()
        .map(|r| r.body)
        .filter(|b| matches_filters(b, req, &["name", "status", "share_id", "description"]))
        .filter(|b| matches_inexact(b, req, ctx))
        .collect();
    let items = page(items, req)?;
    let list = list_views(ctx, items.iter(), detail, "snapshots", views::snapshot);
    Ok(Resp::ok(json!({"snapshots": list})))
}

pub(in crate::share) fn create_snapshot(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    _: &Params,
) -> Result<Resp, ApiError> {
    let b = req.json()?;
    let s = b
        .get("snapshot")
        .cloned()
        .ok_or_else(|| ApiError::new(422, "Unable to process the contained instructions"))?;
    let share_id = text(&s, "share_id").unwrap_or_default().to_string();
    let row = state.write(|tx| {
            let share = match own_share(tx, ctx, &share_id) {
                Ok(r) => r,
                Err(_) => return Ok(Err(ApiError::not_found(format!("Share {share_id} could not be found.")))),
            };
            if share.status.as_deref() != Some("available") {
                return Ok(Err(ApiError::bad_request(format!("Invalid share: Source share status must be available, but current status is: {}.", share.status.clone().unwrap_or_default()))));
            }
            if share.body.get("snapshot_support").and_then(Value::as_bool) != Some(true) {
                return Ok(Err(ApiError::new(422, format!("Snapshots cannot be created for share '{share_id}' since it does not have that capability."))));
            }
            let project = share.project_id.clone().unwrap_or_default();
            let limits = quota::limits(tx, &project)?;
            let used = quota::usage(tx, &project)?;
            if limits["snapshot_gigabytes"] >= 0 && used["snapshot_gigabytes"] + share.gigabytes > limits["snapshot_gigabytes"] {
                return Ok(Err(ApiError::over_limit("SnapshotSizeExceedsAvailableQuota: Requested snapshot exceeds allowed project/user or share type gigabytes quota.")));
            }
            if limits["snapshots"] >= 0 && used["snapshots"] + 1 > limits["snapshots"] {
                return Ok(Err(ApiError::over_limit(format!("SnapshotLimitExceeded: Maximum number of snapshots allowed ({}) exceeded.", limits["snapshots"]))));
            }
            let given = |k: &str, old: &str| s.get(k).or_else(|| s.get(old)).cloned().unwrap_or_default();
            let row = Snapshot::new(
                &Share::from_row(&share)?,
                &ctx.caller.user_id,
                given("name", "display_name"),
                given("description", "display_description"),
                s.get("metadata").cloned().unwrap_or(json!({})),
            )
            .row()?;
            tx.put(&row)?;
            Ok(Ok(row))
        })??;
    Ok(Resp::json(
        202,
        json!({"snapshot": views::snapshot(ctx, &row.body)}),
    ))
}

pub(in crate::share) fn show_snapshot(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let row = state.read(|tx| Ok(visible_snapshot(tx, ctx, id)))??;
    Ok(Resp::ok(
        json!({"snapshot": views::snapshot(ctx, &row.body)}),
    ))
}

pub(in crate::share) fn update_snapshot(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let b = req.json()?;
    let s = b.get("snapshot").cloned().unwrap_or(json!({}));
    let row = state.write(|tx| {
        let mut row = match visible_snapshot(tx, ctx, id) {
            Ok(r) => r,
            Err(e) => return Ok(Err(e)),
        };
        if let Some(given) = s.as_object() {
            copy_names(&mut row.body, given);
        }
        let row = Snapshot::from_body(row.body)?.row()?;
        tx.put(&row)?;
        Ok(Ok(row))
    })??;
    Ok(Resp::ok(
        json!({"snapshot": views::snapshot(ctx, &row.body)}),
    ))
}

pub(in crate::share) fn delete_snapshot(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    state.write(|tx| {
            let row = match visible_snapshot(tx, ctx, id) {
                Ok(r) => r,
                Err(e) => return Ok(Err(e)),
            };
            let st = row.status.clone().unwrap_or_default();
            if !["available", "error"].contains(&st.as_str()) {
                return Ok(Err(ApiError::forbidden("Invalid share snapshot: Share Snapshot status must be one of ('available', 'error').")));
            }
            rows::set_status(tx, row, "deleting")?;
            Ok(Ok(()))
        })??;
    Ok(Resp::empty(202))
}

pub(in crate::share) fn snapshot_action(
    state: &State,
    _: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let b = req.json()?;
    if b.get("force_delete").is_some() || b.get("os-force_delete").is_some() {
        state.write(|tx| match tx.get("snapshot", id)? {
            Some(row) => Ok(Ok(rows::set_status(tx, row, "deleting")?)),
            None => Ok(Err(ApiError::not_found(format!(
                "Snapshot {id} could not be found."
            )))),
        })??;
        return Ok(Resp::empty(202));
    }
    if let Some(r) = b.get("reset_status").or_else(|| b.get("os-reset_status")) {
        let snapshot = ("snapshot", "Snapshot");
        return resets::reset_other(state, snapshot, id, r, &resets::SNAPSHOT_STATUSES);
    }
    Err(ApiError::bad_request("Invalid request body"))
}

pub(in crate::share) fn snapshot_export_locations(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    state.read(|tx| Ok(visible_snapshot(tx, ctx, id)))??;
    Ok(Resp::ok(json!({"share_snapshot_export_locations": []})))
}

pub(in crate::share) fn snapshot_metadata(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let rest: &[&str] = p.rest();
    metadata(state, ctx, req, "snapshot", id, rest)
}
