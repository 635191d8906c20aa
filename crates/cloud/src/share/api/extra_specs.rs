//! `/types/{id}/extra_specs`: a share type's extra specs, and Manila's
//! checks of the specs given to a type (at its creation and after), as
//! Manila's `share_types_extra_specs`.

use super::*;
use crate::share::models::{Record, ShareType};

/// The share type `id` (by ID only, as Manila's extra-spec routes take it).
fn existing_type(state: &State, id: &str) -> Result<Row, ApiError> {
    state
        .read(|tx| tx.get("share_type", id))?
        .ok_or_else(type_not_found)
}

/// The share type `id` (ID or name) as the caller may see it.
fn seen_type(state: &State, ctx: &Ctx, id: &str) -> Result<Row, ApiError> {
    state
        .read(|tx| find_type(tx, ctx, id))?
        .ok_or_else(type_not_found)
}

pub(in crate::share) fn list_extra_specs(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let row = seen_type(state, ctx, id)?;
    let v = views::share_type(ctx, &row.body, false);
    Ok(Resp::ok(json!({"extra_specs": v.get("extra_specs")})))
}

pub(in crate::share) fn show_extra_spec(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let key: &&str = &p.get("key");
    let id: &&str = &p.get("id");
    let row = seen_type(state, ctx, id)?;
    match row.body.pointer("/extra_specs").and_then(|s| s.get(*key)) {
        Some(v) => Ok(Resp::ok(json!({ *key: v }))),
        None => Err(not_found()),
    }
}

pub(in crate::share) fn set_extra_spec(
    state: &State,
    _: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let key: &&str = &p.get("key");
    let id: &&str = &p.get("id");
    let b = req.json()?;
    let given = b.as_object().cloned().unwrap_or_default();
    if given.is_empty() {
        return Err(ApiError::bad_request("Request body empty"));
    }
    existing_type(state, id)?;
    if !given.contains_key(*key) {
        return Err(ApiError::bad_request("Request body and URI mismatch"));
    }
    if given.len() > 1 {
        return Err(ApiError::bad_request(
            "Request body contains too many items",
        ));
    }
    verify_specs(&given)?;
    check_specs(&given, false)?;
    merge_specs(state, id, &given)?;
    Ok(Resp::ok(Value::Object(given)))
}

pub(in crate::share) fn create_extra_specs(
    state: &State,
    _: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let b = req.json()?;
    let given = b
        .get("extra_specs")
        .and_then(Value::as_object)
        .cloned()
        .ok_or_else(|| ApiError::bad_request("Malformed request body."))?;
    existing_type(state, id)?;
    verify_specs(&given)?;
    check_specs(&given, false)?;
    merge_specs(state, id, &given)?;
    Ok(Resp::ok(json!({"extra_specs": given})))
}

pub(in crate::share) fn delete_extra_spec(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let key: &&str = &p.get("key");
    let id: &&str = &p.get("id");
    existing_type(state, id)?;
    // Required: DHSS always, snapshot_support before 2.24.
    if *key == "driver_handles_share_servers" || (*key == "snapshot_support" && !ctx.at(24)) {
        return Err(ApiError::forbidden(format!(
            "Extra spec '{key}' can't be deleted."
        )));
    }
    state.write(|tx| {
        let Some(row) = tx.get("share_type", id)? else {
            return Ok(Err(type_not_found()));
        };
        let mut share_type = ShareType::from_row(&row)?;
        if share_type.extra_specs.remove(*key).is_none() {
            return Ok(Err(ApiError::not_found(format!(
                "Share Type {id} has no extra specs with key {key}."
            ))));
        }
        tx.put(&share_type.row()?)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::empty(202))
}

/// Add or change a type's extra specs (checked by the caller).
pub(super) fn merge_specs(
    state: &State,
    id: &str,
    given: &Map<String, Value>,
) -> Result<(), ApiError> {
    state.write(|tx| {
        let Some(row) = tx.get("share_type", id)? else {
            return Ok(Err(ApiError::not_found("Share type not found.")));
        };
        let mut share_type = ShareType::from_row(&row)?;
        share_type
            .extra_specs
            .extend(given.iter().map(|(k, v)| (k.clone(), json!(spec_text(v)))));
        tx.put(&share_type.row()?)?;
        Ok(Ok(()))
    })?
}

/// A spec's value as Manila stores it (booleans as Python prints them).
pub(super) fn spec_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        other => other.to_string(),
    }
}

/// Manila's checks of extra specs given to a type: keys and values are
/// strings of 1-255 characters (a value may be a boolean), and key names
/// are alphanumerics, `_ . : -`.
pub(super) fn verify_specs(specs: &Map<String, Value>) -> Result<(), ApiError> {
    let ok = |s: &str| (1..256).contains(&s.chars().count());
    for (k, v) in specs {
        let value_ok = match v {
            Value::String(s) => ok(s),
            Value::Bool(_) => true,
            _ => false,
        };
        if !ok(k) || !value_ok {
            let shown = match v {
                Value::String(s) => s.clone(),
                other => spec_text(other),
            };
            return Err(ApiError::bad_request(format!(
                "Invalid extra_spec: {k}: {shown}"
            )));
        }
    }
    if !specs.keys().all(|k| {
        k.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | ':' | '-'))
    }) {
        return Err(ApiError::bad_request(
            "Key names can only contain alphanumeric characters, underscores, periods, colons and hyphens.",
        ));
    }
    Ok(())
}

pub(super) fn check_specs(specs: &Map<String, Value>, required: bool) -> Result<(), ApiError> {
    let as_text = |v: &Value| {
        v.as_str()
            .map(str::to_string)
            .unwrap_or_else(|| v.to_string())
    };
    match specs.get("driver_handles_share_servers").map(as_text) {
        None if required => {
            return Err(ApiError::bad_request(
                "Invalid extra_spec: Required extra specs 'driver_handles_share_servers' not specified.",
            ));
        }
        Some(v)
            if !matches!(
                v.to_ascii_lowercase().as_str(),
                "true" | "false" | "<is> true" | "<is> false"
            ) =>
        {
            return Err(ApiError::bad_request(
                "Invalid extra_spec: Value of required extra_spec driver_handles_share_servers is not valid.",
            ));
        }
        _ => {}
    }
    if let Some(v) = specs.get("encryption_support").map(as_text)
        && v != "share"
        && v != "share_server"
    {
        // Manila 23 sends its message template unfilled here.
        return Err(ApiError::bad_request(
            "Invalid share type: Invalid extra_spec: %(reason)s.",
        ));
    }
    Ok(())
}
