//! `/quota-sets`: limits and usage per project.

use super::*;

pub(in crate::share) fn show_quotas(
    state: &State,
    ctx: &Ctx,
    _: &Req,
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
    let v = state.read(|tx| quota::view(tx, project, &resources, detail, defaults))?;
    Ok(Resp::ok(json!({"quota_set": v})))
}

pub(in crate::share) fn update_quotas(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let project: &&str = &p.get("project");
    let resources = views::quota_resources(ctx);
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
    _: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let project: &&str = &p.get("project");
    state.write(|tx| tx.delete("quota", project))?;
    Ok(Resp::empty(202))
}
