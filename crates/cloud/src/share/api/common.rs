//! What the resources share: filters, paging, list views, metadata, sizes.

use super::*;

/// `osapi_max_limit`: the longest page a list answers with.
pub(super) const MAX_LIMIT: usize = 1000;

pub(super) fn exports(b: &Value) -> Vec<Value> {
    b.get("export_locations")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// Manila's text (its exception's class name is part of it).
pub(super) const METADATA_NOT_FOUND: &str = "MetadataItemNotFound: Metadata item is not found.";

/// The largest size Manila's database stores (its `size` column is a
/// 32-bit integer); larger ones are refused before they reach a quota sum.
pub const MAX_SIZE: i64 = i32::MAX as i64;

pub(super) fn positive_int(v: Option<&Value>) -> Option<i64> {
    match v {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
    .filter(|n| *n > 0)
}

/// 400 for a size beyond [`MAX_SIZE`].
pub(super) fn check_size(size: i64) -> Result<(), ApiError> {
    if size > MAX_SIZE {
        return Err(ApiError::bad_request(format!(
            "Invalid input received: share size {size} GiB is larger than the largest supported, {MAX_SIZE}."
        )));
    }
    Ok(())
}

/// Filters that compare a field exactly (`name~` and `description~` are substrings).
pub(super) fn matches_filters(b: &Value, req: &Req, keys: &[&str]) -> bool {
    for k in keys {
        if let Some(want) = req.query(k) {
            let have = b.get(*k).map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| v.to_string())
            });
            if have.as_deref() != Some(want) {
                return false;
            }
        }
    }
    true
}

/// The inexact filters `name~` and `description~` (a substring, either
/// case), honoured from 2.36 as Manila honours them; below, ignored.
pub(super) fn matches_inexact(b: &Value, req: &Req, ctx: &Ctx) -> bool {
    !ctx.at(36)
        || ["name", "description"].iter().all(|k| {
            req.query(&format!("{k}~")).is_none_or(|part| {
                text(b, k).is_some_and(|v| v.to_lowercase().contains(&part.to_lowercase()))
            })
        })
}

/// `limit`, `offset` and Manila's sort (newest first unless asked).
pub(super) fn page(mut items: Vec<Value>, req: &Req) -> Result<Vec<Value>, ApiError> {
    let key = req.query("sort_key").unwrap_or("created_at").to_string();
    let desc = match req.query("sort_dir").unwrap_or("desc") {
        "desc" => true,
        "asc" => false,
        other => {
            return Err(ApiError::bad_request(format!(
                "Invalid input received: Unknown sort direction, must be 'desc' or 'asc': {other}"
            )));
        }
    };
    items.sort_by(|a, b| {
        let order = match (a.get(&key), b.get(&key)) {
            (Some(Value::Number(x)), Some(Value::Number(y))) => x
                .as_f64()
                .partial_cmp(&y.as_f64())
                .unwrap_or(std::cmp::Ordering::Equal),
            (x, y) => x.map(Value::to_string).cmp(&y.map(Value::to_string)),
        };
        if desc { order.reverse() } else { order }
    });
    let offset: usize = req
        .query("offset")
        .and_then(|o| o.parse().ok())
        .unwrap_or(0);
    let limit: usize = req
        .query("limit")
        .and_then(|l| l.parse().ok())
        .unwrap_or(MAX_LIMIT)
        .min(MAX_LIMIT);
    Ok(items.into_iter().skip(offset).take(limit).collect())
}

pub(super) fn all_tenants(req: &Req, ctx: &Ctx) -> bool {
    ctx.admin()
        && req
            .query("all_tenants")
            .is_some_and(|v| !matches!(v, "0" | "false" | "False" | ""))
}

/// Whose resources a list shows: the caller's project's, or every
/// project's (`None`) for an administrator's `all_tenants`.
pub(super) fn listed_project<'a>(req: &Req, ctx: &'a Ctx) -> Option<&'a str> {
    (!all_tenants(req, ctx)).then_some(ctx.caller.project_id.as_str())
}

/// A list's items as Manila shows them: the detail view, or `{id, name, links}`.
pub(super) fn list_views<'a>(
    ctx: &Ctx,
    items: impl Iterator<Item = &'a Value>,
    detail: bool,
    collection: &str,
    view: fn(&Ctx, &Value) -> Value,
) -> Vec<Value> {
    items
        .map(|b| {
            if detail {
                view(ctx, b)
            } else {
                views::summary(ctx, collection, b)
            }
        })
        .collect()
}

/// Whether a list asks for nothing but a page in Manila's default order
/// (newest first): then the page is read with the index alone.
pub(super) fn plain_page(req: &Req) -> bool {
    req.query.iter().all(|(k, v)| match k.as_str() {
        "limit" | "offset" => true,
        "sort_key" => v == "created_at",
        "sort_dir" => v == "desc",
        _ => false,
    })
}

/// Manila's `metadata` filter: a dict, as Python prints it
/// (`{'tier': 'silver'}`) or as JSON.
pub(super) fn metadata_filter(raw: &str) -> Result<Map<String, Value>, ApiError> {
    serde_json::from_str::<Map<String, Value>>(raw)
        .or_else(|_| serde_json::from_str::<Map<String, Value>>(&raw.replace('\'', "\"")))
        .map_err(|_| ApiError::bad_request(format!("Invalid metadata filter: {raw}")))
}

pub(super) fn metadata_matches(share: &Value, want: &Map<String, Value>) -> bool {
    want.iter().all(|(k, v)| {
        share
            .pointer(&format!(
                "/metadata/{}",
                k.replace('~', "~0").replace('/', "~1")
            ))
            .is_some_and(|have| have == v || have.as_str() == Some(&v.to_string()))
    })
}

/// A PUT's `name`/`description` (or Manila's older `display_name`/
/// `display_description`) into the record.
pub(super) fn copy_names(body: &mut Value, given: &Map<String, Value>) {
    for (from, to) in [
        ("display_name", "name"),
        ("name", "name"),
        ("display_description", "description"),
        ("description", "description"),
    ] {
        if let Some(v) = given.get(from) {
            body[to] = v.clone();
        }
    }
}

/// The metadata endpoints of a resource: GET/POST (merge)/PUT (replace) on
/// `…/metadata`, GET/DELETE on `…/metadata/{key}`.
pub(super) fn metadata(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    kind: &'static str,
    id: &str,
    rest: &[&str],
) -> Result<Resp, ApiError> {
    let mut row = state.read(|tx| {
        Ok(match kind {
            "share" => visible_share(tx, ctx, id),
            // The caller checked the subnet's network.
            "subnet" => tx.get("subnet", id)?.ok_or_else(|| {
                ApiError::not_found(format!("Share network subnet {id} could not be found."))
            }),
            _ => visible_snapshot(tx, ctx, id),
        })
    })??;
    if req.method != Method::GET
        && !ctx.admin()
        && row.project_id.as_deref() != Some(ctx.caller.project_id.as_str())
    {
        return Err(denied());
    }
    let out = metadata_on(&mut row.body, req, rest)?;
    if req.method != Method::GET {
        let row = if kind == "share" {
            rows::share_row(row.body)?
        } else {
            row
        };
        state.write(|tx| tx.put(&row))?;
    }
    Ok(out)
}

pub(super) use sharekeep_base::pyrepr::strict_bool;

/// Manila's checks of metadata (`api.common.check_metadata_properties`).
pub(super) fn check_metadata(given: &Map<String, Value>) -> Result<(), ApiError> {
    for (k, v) in given {
        let v = v
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| v.to_string());
        let problem = if k.is_empty() {
            "Metadata property key is blank."
        } else if k.chars().count() > 255 {
            "Metadata property key is greater than 255 characters."
        } else if v.is_empty() {
            "Metadata property value is blank."
        } else if v.chars().count() > 1023 {
            "Metadata property value is greater than 1023 characters."
        } else {
            continue;
        };
        return Err(ApiError::bad_request(problem));
    }
    Ok(())
}

pub(super) fn metadata_on(body: &mut Value, req: &Req, rest: &[&str]) -> Result<Resp, ApiError> {
    let current = body
        .get("metadata")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    match (&req.method, rest) {
        (&Method::GET, []) => Ok(Resp::ok(json!({"metadata": current}))),
        (&Method::GET, [key]) => match current.get(*key) {
            Some(v) => Ok(Resp::ok(json!({"meta": {*key: v}}))),
            None => Err(ApiError::not_found(METADATA_NOT_FOUND)),
        },
        (&Method::POST | &Method::PUT, []) => {
            let b = req.json()?;
            let given = b
                .get("metadata")
                .and_then(Value::as_object)
                .cloned()
                .ok_or_else(|| ApiError::bad_request("Malformed request body."))?;
            check_metadata(&given)?;
            let mut merged: Map<String, Value> = if req.method == Method::POST {
                current
            } else {
                Map::new()
            };
            merged.extend(given);
            body["metadata"] = Value::Object(merged.clone());
            Ok(Resp::ok(json!({"metadata": merged})))
        }
        (&Method::DELETE, [key]) => {
            let mut m = current;
            if m.remove(*key).is_none() {
                return Err(ApiError::not_found(METADATA_NOT_FOUND));
            }
            body["metadata"] = Value::Object(m);
            Ok(Resp::empty(200))
        }
        _ => Err(ApiError::not_found("The resource could not be found.")),
    }
}

/// A time as clients send it (`2026-12-01 15:00:17.123456`,
/// `2026-12-01T15:00:17Z`, …) in Manila's stored format, for comparing.
pub(super) fn parse_time(t: &str) -> Option<String> {
    let mut t = t.trim().replace(' ', "T");
    if !t.contains('T') {
        t.push_str("T00:00:00"); // a date alone is its midnight
    }
    // Without an offset, a time is UTC (Manila keeps UTC).
    t.parse::<jiff::Timestamp>()
        .or_else(|_| format!("{t}Z").parse::<jiff::Timestamp>())
        .ok()
        .map(manila_time)
}

/// What the local cloud has no back end for (managing a share that exists
/// outside it, unmanaging one): refused for those Manila's policy lets
/// through, after that policy (a member's 403 is Manila's).
pub(super) fn not_emulated(what: &str) -> ApiError {
    ApiError::bad_request(format!(
        "The local cloud does not {what} shares: its back ends hold only the shares it made."
    ))
}
