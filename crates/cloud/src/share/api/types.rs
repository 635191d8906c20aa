//! `/types`: share types and their access (their extra specs: `extra_specs`).

use super::*;
use crate::share::models::{Record, ShareType};

/// A share type by ID or name, as the caller may see it.
pub(super) fn find_type(tx: &Tx, ctx: &Ctx, key: &str) -> Result<Option<Row>, LocalError> {
    let row = match tx.get("share_type", key)? {
        Some(r) => Some(r),
        None => tx.by_name("share_type", key, None)?.into_iter().next(),
    };
    Ok(row.filter(|r| type_visible(ctx, &r.body)))
}

pub(super) fn type_visible(ctx: &Ctx, b: &Value) -> bool {
    ctx.admin()
        || b.get("is_public").and_then(Value::as_bool).unwrap_or(true)
        || shared_with(ctx, b)
}

/// Whether a private type was shared with the caller's project.
pub(super) fn shared_with(ctx: &Ctx, b: &Value) -> bool {
    b.get("projects")
        .and_then(Value::as_array)
        .is_some_and(|p| {
            p.iter()
                .any(|p| p.as_str() == Some(ctx.caller.project_id.as_str()))
        })
}

pub(super) fn spec<'a>(t: &'a Value, key: &str) -> Option<&'a str> {
    t.get("extra_specs")
        .and_then(|s| s.get(key))
        .and_then(Value::as_str)
}

/// The size limits of a share type's extra specs, checked as Manila's
/// `provision_filter_on_size` checks them: `op` is `create` (both limits),
/// `shrink` (the minimum), `extend` (the maximum) or `admin-extend` (the
/// maximum extend size, for those who may extend past the maximum).
pub(super) fn check_size_limits(t: &Value, size: i64, op: &str) -> Result<(), ApiError> {
    let name = t.get("name").and_then(Value::as_str).unwrap_or_default();
    let limit = |key: &str| spec(t, key).and_then(|v| v.trim().parse::<i64>().ok().map(|n| (v, n)));
    let refuse = |what: &str, limit: &str| {
        Err(ApiError::bad_request(format!(
            "Invalid input received: Specified share size of '{size}' is {what} of '{limit}' for share type '{name}'."
        )))
    };
    if matches!(op, "create" | "shrink")
        && let Some((v, min)) = limit("provisioning:min_share_size")
        && size < min
    {
        return refuse("less than the minimum required size", v);
    }
    if matches!(op, "create" | "extend")
        && let Some((v, max)) = limit("provisioning:max_share_size")
        && size > max
    {
        return refuse("greater than the maximum allowable size", v);
    }
    if op == "admin-extend"
        && let Some((v, max)) = limit("provisioning:max_share_extend_size")
        && size > max
    {
        return refuse("greater than the maximum allowable extend size", v);
    }
    Ok(())
}

pub(super) fn is_true(v: Option<&str>) -> bool {
    v.is_some_and(|v| {
        matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "true" | "<is> true" | "1" | "yes" | "on"
        )
    })
}

/// Manila puts the whole share type, as Python prints a dict, into some messages.
pub(super) fn type_repr(t: &Row) -> String {
    let b = &t.body;
    let shown = json!({"id": t.id, "name": b.get("name"), "description": b.get("description"),
                       "is_public": b.get("is_public"), "extra_specs": b.get("extra_specs")});
    sharekeep_base::pyrepr::repr(&shown)
}

pub(super) fn is_default_type(tx: &Tx, id: &str) -> Result<bool, LocalError> {
    Ok(tx.meta("default_share_type")?.as_deref() == Some(id))
}

pub(super) fn type_view(tx: &Tx, ctx: &Ctx, row: &Row) -> Result<Value, LocalError> {
    Ok(views::share_type(
        ctx,
        &row.body,
        is_default_type(tx, &row.id)?,
    ))
}

/// A share type answer, under both of Manila's keys.
fn one(v: Value) -> Resp {
    Resp::ok(json!({"share_type": v.clone(), "volume_type": v}))
}

pub(super) fn type_not_found() -> ApiError {
    ApiError::not_found("Share type not found.")
}

pub(in crate::share) fn list_types(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    _: &Params,
) -> Result<Resp, ApiError> {
    // Manila: an administrator's `is_public` (default true, `all`);
    // a member always gets the public types and those shared with the project.
    let which = match req.query("is_public").map(str::to_ascii_lowercase) {
        _ if !ctx.admin() => "true".to_string(),
        None => "true".to_string(),
        Some(v) if v == "all" || strict_bool(&v).is_some() => v,
        Some(v) => {
            return Err(ApiError::bad_request(format!(
                "Invalid is_public filter [{v}]"
            )));
        }
    };
    let list = state.read(|tx| {
        let mut out = Vec::new();
        for r in tx.list("share_type", None)? {
            let public = r
                .body
                .get("is_public")
                .and_then(Value::as_bool)
                .unwrap_or(true);
            let show = match which.as_str() {
                "all" => true,
                "false" | "0" | "no" | "off" | "f" | "n" => !public,
                // Public, or shared with the caller's project (an
                // administrator's too: Manila's `is_public` filter).
                _ => public || shared_with(ctx, &r.body),
            };
            if show && specs_match(&r.body, req) {
                out.push(type_view(tx, ctx, &r)?);
            }
        }
        Ok(out)
    })?;
    Ok(Resp::ok(
        json!({"share_types": list.clone(), "volume_types": list}),
    ))
}

pub(in crate::share) fn default_type_show(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    _: &Params,
) -> Result<Resp, ApiError> {
    let v = state.read(|tx| match default_type(tx)? {
        Some(r) => Ok(Some(type_view(tx, ctx, &r)?)),
        None => Ok(None),
    })?;
    v.map(one)
        .ok_or_else(|| ApiError::not_found("Default share type not found."))
}

pub(in crate::share) fn create_type_route(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    _: &Params,
) -> Result<Resp, ApiError> {
    create_type(state, ctx, req).map(one)
}

pub(in crate::share) fn show_type(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let v = state.read(|tx| match find_type(tx, ctx, id)? {
        Some(r) => Ok(Some(type_view(tx, ctx, &r)?)),
        None => Ok(None),
    })?;
    v.map(one).ok_or_else(type_not_found)
}

pub(in crate::share) fn update_type(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let b = req.json()?;
    let t = b.get("share_type").cloned().unwrap_or(json!({}));
    let name = t.get("name").and_then(Value::as_str);
    let description = t.get("description").and_then(Value::as_str);
    let public = t
        .get("share_type_access:is_public")
        .filter(|v| !v.is_null());
    if let Some(p) = public
        && !matches!(p, Value::Bool(_))
        && p.as_str().is_none_or(|v| strict_bool(v).is_none())
    {
        return Err(ApiError::bad_request(
            "share_type_access:is_public has a non-boolean value.",
        ));
    }
    if let Some(n) = name {
        if n.trim().is_empty() {
            return Err(ApiError::bad_request("Share type name cannot be empty."));
        }
        if n.chars().count() > 255 {
            return Err(ApiError::bad_request(
                "Share type name cannot be greater than 255 characters in length.",
            ));
        }
    }
    if description.is_some_and(|d| d.chars().count() > 255) {
        return Err(ApiError::bad_request(
            "Share type description cannot be greater than 255 characters in length.",
        ));
    }
    if name.is_none() && t.get("description").is_none_or(Value::is_null) && public.is_none() {
        return Err(ApiError::bad_request(
            "Specify share type name, description, share_type_access:is_public or a combination thereof.",
        ));
    }
    let v = state.write(|tx| {
        let Some(row) = tx.get("share_type", id)? else {
            return Ok(Err(type_not_found()));
        };
        let mut share_type = ShareType::from_row(&row)?;
        if let Some(n) = name
            && tx
                .by_name("share_type", n, None)?
                .iter()
                .any(|r| r.id != *id)
        {
            return Ok(Err(ApiError::conflict(format!(
                "Share Type {n} already exists."
            ))));
        }
        if let Some(v) = t.get("name").filter(|v| !v.is_null()) {
            share_type.name = v.clone();
        }
        // Manila: an empty description unsets it (null), null keeps it.
        match t.get("description") {
            Some(Value::String(d)) if d.is_empty() => share_type.description = Value::Null,
            Some(v) if !v.is_null() => share_type.description = v.clone(),
            _ => {}
        }
        if let Some(p) = public {
            let yes = p
                .as_bool()
                .or_else(|| p.as_str().and_then(strict_bool))
                .unwrap_or(true);
            share_type.is_public = yes;
        }
        let row = share_type.row()?;
        tx.put(&row)?;
        Ok(Ok(type_view(tx, ctx, &row)?))
    })??;
    Ok(one(v))
}

pub(in crate::share) fn delete_type(
    state: &State,
    _: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    state.write(|tx| {
        if tx.get("share_type", id)?.is_none() {
            return Ok(Err(type_not_found()));
        }
        if tx
            .list("share", None)?
            .iter()
            .any(|s| text(&s.body, "share_type") == Some(id))
        {
            return Ok(Err(ApiError::bad_request(
                "Target share type is still in use.",
            )));
        }
        tx.delete("share_type", id)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::empty(202))
}

pub(in crate::share) fn list_type_access(
    state: &State,
    _: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let row = state
        .read(|tx| tx.get("share_type", id))?
        .ok_or_else(type_not_found)?;
    if row
        .body
        .get("is_public")
        .and_then(Value::as_bool)
        .unwrap_or(true)
    {
        return Err(ApiError::not_found(
            "Access list not available for public share types.",
        ));
    }
    let list: Vec<Value> = row
        .body
        .get("projects")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|p| json!({"share_type_id": id, "project_id": p}))
        .collect();
    Ok(Resp::ok(json!({"share_type_access": list})))
}

pub(in crate::share) fn type_action(
    state: &State,
    _: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let b = req.json()?;
    let (add, project) = if let Some(a) = b.get("addProjectAccess") {
        (true, text(a, "project").unwrap_or_default().to_string())
    } else if let Some(a) = b.get("removeProjectAccess") {
        (false, text(a, "project").unwrap_or_default().to_string())
    } else {
        return Err(ApiError::bad_request("Invalid request body"));
    };
    state.write(|tx| {
            let Some(row) = tx.get("share_type", id)? else { return Ok(Err(type_not_found())) };
            let mut share_type = ShareType::from_row(&row)?;
            if share_type.is_public {
                return Ok(Err(ApiError::conflict("Invalid share type: Type access modification is not applicable to public share type.")));
            }
            let projects = &mut share_type.projects;
            let has = projects.contains(&project);
            match (add, has) {
                // Upstream sends these two with their placeholders unfilled.
                (true, true) => return Ok(Err(ApiError::conflict("Share type access for %(share_type_id)s / %(project_id)s combination already exists."))),
                (false, false) => return Ok(Err(ApiError::not_found("Share type access not found for %(share_type_id)s / %(project_id)s combination."))),
                (true, false) => projects.push(project.clone()),
                (false, true) => projects.retain(|p| *p != project),
            }
            tx.put(&share_type.row()?)?;
            Ok(Ok(()))
        })??;
    Ok(Resp::empty(202))
}

/// `extra_specs` filter on the type list: `?extra_specs={'k': 'v'}` as the client sends it.
pub(super) fn specs_match(b: &Value, req: &Req) -> bool {
    let Some(raw) = req.query("extra_specs") else {
        return true;
    };
    let json = raw.replace('\'', "\"");
    let Ok(Value::Object(want)) = serde_json::from_str::<Value>(&json) else {
        return true;
    };
    want.iter().all(|(k, v)| {
        spec(b, k).map(str::to_ascii_lowercase) == v.as_str().map(str::to_ascii_lowercase)
    })
}

pub(super) fn create_type(state: &State, ctx: &Ctx, req: &Req) -> Result<Value, ApiError> {
    let b = req.json()?;
    let t = b
        .get("share_type")
        .or_else(|| b.get("volume_type"))
        .cloned()
        .ok_or_else(|| ApiError::new(422, "Unable to process the contained instructions"))?;
    let name = text(&t, "name").unwrap_or_default().to_string();
    let description = t.get("description").cloned().unwrap_or(Value::Null);
    if name.is_empty() || name.len() > 255 || description.as_str().is_some_and(|d| d.len() > 255) {
        return Err(ApiError::bad_request(
            "Type name or description is not valid.",
        ));
    }
    if !description.is_null() && !ctx.at(41) {
        return Err(ApiError::bad_request(
            "Invalid input received: 'description' key is not supported by this microversion. Use 2.41 or greater microversion to be able to use 'description' in share type.",
        ));
    }
    let mut specs: Map<String, Value> = t
        .get("extra_specs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    check_specs(&specs, true)?;
    if !ctx.at(24) {
        specs.entry("snapshot_support").or_insert(json!("True"));
    }
    // The create answer echoes the required spec as sent (`true` stays a
    // boolean); the stored specs are strings, booleans as Python prints
    // them (`True`), which is what a later show returns.
    let required_as_sent = specs.get("driver_handles_share_servers").cloned();
    let specs: Map<String, Value> = specs
        .iter()
        .map(|(k, v)| (k.clone(), json!(spec_text(v))))
        .collect();
    let is_public = t
        .get("share_type_access:is_public")
        .or_else(|| t.get("os-share-type-access:is_public"))
        .and_then(Value::as_bool)
        .unwrap_or(true);
    state.write(|tx| {
        if !tx.by_name("share_type", &name, None)?.is_empty() {
            return Ok(Err(ApiError::conflict(format!(
                "Share Type {name} already exists."
            ))));
        }
        let row = ShareType::new((&name, description), is_public, specs, now()).row()?;
        tx.put(&row)?;
        let mut view = type_view(tx, ctx, &row)?;
        if let Some(sent) = required_as_sent {
            view["required_extra_specs"]["driver_handles_share_servers"] = sent;
        }
        Ok(Ok(view))
    })?
}
