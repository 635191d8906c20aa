//! `/share-servers`: share servers (administrators).

use super::*;

pub(in crate::share) fn list_servers(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    _: &Params,
) -> Result<Resp, ApiError> {
    // Manila answers an empty list to a filter it does not know.
    const KNOWN: [&str; 15] = [
        "id",
        "deleted",
        "host",
        "is_auto_deletable",
        "identifier",
        "task_state",
        "source_share_server_id",
        "status",
        "security_service_update_support",
        "network_allocation_update_support",
        "encryption_key_ref",
        "share_network_subnet_id",
        "project_id",
        "share_network",
        "share_network_id",
    ];
    if req.query.iter().any(|(k, _)| !KNOWN.contains(&k.as_str())) {
        return Ok(Resp::ok(json!({"share_servers": []})));
    }
    let rows = state.read(|tx| match req.query("encryption_key_ref") {
        Some(k) => Ok(tx
            .list("share_server", None)?
            .into_iter()
            .filter(|s| text(&s.body, "encryption_key_ref") == Some(k))
            .collect()),
        None => tx.list("share_server", None),
    })?;
    let list: Vec<Value> = rows
        .iter()
        .filter(|r| {
            matches_filters(
                &r.body,
                req,
                &[
                    "host",
                    "status",
                    "share_network_id",
                    "project_id",
                    "source_share_server_id",
                    "share_network_subnet_id",
                    "id",
                    "identifier",
                ],
            )
        })
        .filter(|r| {
            req.query("share_network").is_none_or(|n| {
                text(&r.body, "share_network_id") == Some(n)
                    || text(&r.body, "share_network_name") == Some(n)
            })
        })
        .map(|r| views::share_server(ctx, &r.body, false))
        .collect();
    Ok(Resp::ok(json!({"share_servers": list})))
}

pub(in crate::share) fn show_server(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let row = server(state, p.get("id"))?;
    Ok(Resp::ok(
        json!({"share_server": views::share_server(ctx, &row.body, true)}),
    ))
}

pub(in crate::share) fn show_server_details(
    state: &State,
    _: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let row = server(state, p.get("id"))?;
    Ok(Resp::ok(
        json!({"details": row.body.get("backend_details").cloned().unwrap_or(json!({}))}),
    ))
}

pub(in crate::share) fn delete_server(
    state: &State,
    _: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    state.write(|tx| {
        let Some(row) = tx.get("share_server", id)? else {
            return Ok(Err(server_not_found(id)));
        };
        if !rows::server_shares(tx, id)?.is_empty() {
            return Ok(Err(ApiError::conflict(format!(
                "Share server {id} is in use."
            ))));
        }
        let status = row.status.clone().unwrap_or_default();
        if !["active", "error", "inactive"].contains(&status.as_str()) {
            return Ok(Err(ApiError::forbidden(format!(
                "Share server's actions are not allowed while it is in {status} state."
            ))));
        }
        rows::set_status(tx, row, "deleting")?;
        Ok(Ok(()))
    })??;
    Ok(Resp::empty(202))
}

fn server_not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("Share server {id} could not be found."))
}

/// The share server `id` (its routes are an administrator's: no visibility to check).
fn server(state: &State, id: &str) -> Result<Row, ApiError> {
    state
        .read(|tx| tx.get("share_server", id))?
        .ok_or_else(|| server_not_found(id))
}
