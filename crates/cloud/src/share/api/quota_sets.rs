//! `/quota-sets`: limits and usage per project.

use super::*;

pub(in crate::share) fn show_quotas(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let project: &&str = &p.get("project");
    let rest: &[&str] = p.rest();
    let resources = views::quota_resources(ctx);
    let (detail, defaults) = match rest {
        [] => (false, false),
        ["detail"] if ctx.at(25) => (true, false),
        ["defaults"] => (false, true),
        _ => return Err(not_found()),
    };
    let of_type = match (defaults, req.query("share_type")) {
        (false, Some(t)) => Some(share_type_asked(state, ctx, req, t)?),
        _ => None,
    };
    let mut v = state.read(|tx| quota::view(tx, project, &resources, detail, defaults))?;
    // A share type's quotas: the project's where the type has none of its
    // own (the local cloud keeps none), without the keys of no type.
    if of_type.is_some()
        && let Some(view) = v.as_object_mut()
    {
        for key in ["share_networks", "share_groups", "share_group_snapshots"] {
            view.remove(key);
        }
    }
    Ok(Resp::ok(json!({"quota_set": v})))
}

/// The share type a quota request names, checked as Manila checks it:
/// from 2.39, not with a user, one that exists (by ID or name).
fn share_type_asked(state: &State, ctx: &Ctx, req: &Req, t: &str) -> Result<String, ApiError> {
    if !ctx.at(39) {
        return Err(ApiError::bad_request(
            "'share_type' key is not supported by this microversion. Use 2.39 or greater microversion to be able to use 'share_type' quotas.",
        ));
    }
    if req.query("user_id").is_some() {
        return Err(ApiError::bad_request(
            "'user_id' and 'share_type' values are mutually exclusive",
        ));
    }
    match state.read(|tx| find_type(tx, ctx, t))? {
        Some(row) => Ok(row.id),
        None => Err(ApiError::not_found(format!(
            "Share type with name or id '{t}' not found."
        ))),
    }
}

/// A change of a share type's quotas: the local cloud keeps none, and
/// says so rather than change the project's.
fn no_type_quotas(state: &State, ctx: &Ctx, req: &Req) -> Result<(), ApiError> {
    match req.query("share_type") {
        Some(t) => {
            share_type_asked(state, ctx, req, t)?;
            Err(ApiError::bad_request(
                "The local cloud keeps no quotas of a share type: a share type's quotas are its project's.",
            ))
        }
        None => Ok(()),
    }
}

pub(in crate::share) fn update_quotas(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let project: &&str = &p.get("project");
    let resources = views::quota_resources(ctx);
    no_type_quotas(state, ctx, req)?;
    let b = req.json()?;
    let q = b
        .get("quota_set")
        .and_then(Value::as_object)
        .cloned()
        .ok_or_else(|| {
            ApiError::bad_request("Missing required element 'quota_set' in request body.")
        })?;
    let force = q.get("force").and_then(Value::as_bool).unwrap_or(false);
    let v = state.write(|tx| {
            let used = quota::usage(tx, project)?;
            let mut set = tx.get("quota", project)?.map(|r| r.body).unwrap_or(json!({}));
            for (k, v) in &q {
                if matches!(k.as_str(), "force" | "share_type" | "user_id" | "tenant_id") {
                    continue;
                }
                if quota::default_of(k).is_none() {
                    return Ok(Err(ApiError::bad_request(format!("Bad key(s) in quota set: {k}"))));
                }
                if k == "encryption_keys" && !ctx.at(90) {
                    return Ok(Err(ApiError::bad_request(format!("Bad key(s) in quota set: {k}"))));
                }
                let limit = match v.as_i64().or_else(|| v.as_str().and_then(|s| s.parse().ok())) {
                    Some(l) if l >= -1 => l,
                    _ => return Ok(Err(ApiError::bad_request(format!("Quota limit {v} for {k} must be -1 or greater.")))),
                };
                let in_use = used.get(k.as_str()).copied().unwrap_or(0);
                if !force && limit >= 0 && limit < in_use {
                    return Ok(Err(ApiError::bad_request(format!("Quota value {limit} for {k} is smaller than already used and reserved {in_use}."))));
                }
                set[k] = json!(limit);
            }
            tx.put(&Row::new("quota", project.to_string(), set))?;
            Ok(Ok(quota::view(tx, project, &resources, false, false)?))
        })??;
    Ok(Resp::ok(json!({"quota_set": v})))
}

pub(in crate::share) fn delete_quotas(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let project: &&str = &p.get("project");
    no_type_quotas(state, ctx, req)?;
    state.write(|tx| tx.delete("quota", project))?;
    Ok(Resp::empty(202))
}
