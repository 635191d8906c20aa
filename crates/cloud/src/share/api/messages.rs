//! `/messages`: user messages.

use super::*;

pub(in crate::share) fn list_messages(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    _: &Params,
) -> Result<Resp, ApiError> {
    let visible = |r: &Row| ctx.sees(r);
    let rows = state.read(|tx| match req.query("resource_id") {
        Some(id) => tx.children("message", id),
        None => tx.list(
            "message",
            if ctx.admin() {
                None
            } else {
                Some(&ctx.caller.project_id)
            },
        ),
    })?;
    let items: Vec<Value> = rows
        .into_iter()
        .filter(visible)
        .map(|r| r.body)
        .filter(|b| {
            matches_filters(
                b,
                req,
                &[
                    "resource_type",
                    "action_id",
                    "detail_id",
                    "message_level",
                    "request_id",
                    "project_id",
                ],
            )
        })
        .collect();
    // Manila (2.52+): created_since / created_before, any ISO 8601 time.
    let bound = |k: &str| -> Result<Option<String>, ApiError> {
        match req.query(k).filter(|_| ctx.at(52)) {
            None => Ok(None),
            // Manila 23 checks the query against its schema (the value is
            // the first of the parameter's list: attribute `0`).
            Some(t) => parse_time(t).map(Some).ok_or_else(|| {
                ApiError::bad_request(format!(
                    "Invalid input for field/attribute 0. Value: {t}. {} is not a 'date-time'",
                    sharekeep_base::pyrepr::repr(&json!(t))
                ))
            }),
        }
    };
    let (since, before) = (bound("created_since")?, bound("created_before")?);
    let items: Vec<Value> = items
        .into_iter()
        .filter(|b| {
            let at = text(b, "created_at").unwrap_or_default();
            // Both bounds include a message made at that very time, as Manila's.
            since.as_deref().is_none_or(|s| at >= s) && before.as_deref().is_none_or(|e| at <= e)
        })
        .collect();
    let items = page(items, req)?;
    Ok(Resp::ok(
        json!({"messages": items.iter().map(|b| views::message(ctx, b)).collect::<Vec<_>>()}),
    ))
}

pub(in crate::share) fn show_message(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let visible = |r: &Row| ctx.sees(r);
    let row = state
        .read(|tx| tx.get("message", id))?
        .filter(visible)
        .ok_or_else(|| ApiError::not_found(format!("Message {id} could not be found.")))?;
    Ok(Resp::ok(json!({"message": views::message(ctx, &row.body)})))
}

pub(in crate::share) fn delete_message(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let visible = |r: &Row| ctx.sees(r);
    state.write(|tx| match tx.get("message", id)?.filter(visible) {
        Some(_) => Ok(Ok(tx.delete("message", id)?)),
        None => Ok(Err(ApiError::not_found(format!(
            "Message {id} could not be found."
        )))),
    })??;
    Ok(Resp::empty(204))
}
