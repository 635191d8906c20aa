//! `/shares`: create, list (with Manila's filters), show, update, delete.

use super::*;
use crate::share::models::{NewShare, Record, Share};

pub(super) const PROTOCOLS: [&str; 6] = ["NFS", "CIFS", "GLUSTERFS", "HDFS", "CEPHFS", "MAPRFS"];

/// A share the caller may see: its project's, a public one, or any for an admin.
pub(super) fn visible_share(tx: &Tx, ctx: &Ctx, id: &str) -> Result<Row, ApiError> {
    let row = tx.get("share", id)?.ok_or_else(not_found)?;
    let own = row.project_id.as_deref() == Some(ctx.caller.project_id.as_str());
    let public = row
        .body
        .get("is_public")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if ctx.admin() || own || public {
        Ok(row)
    } else {
        Err(not_found())
    }
}

/// A share the caller may change: its project's (or any, for an admin).
pub(super) fn own_share(tx: &Tx, ctx: &Ctx, id: &str) -> Result<Row, ApiError> {
    let row = visible_share(tx, ctx, id)?;
    if ctx.sees(&row) {
        Ok(row)
    } else {
        Err(denied())
    }
}

pub(super) fn create_share(state: &State, ctx: &Ctx, req: &Req) -> Result<Resp, ApiError> {
    let body = req.json()?;
    let s = body
        .get("share")
        .filter(|s| s.is_object())
        .ok_or_else(|| ApiError::new(422, "Unable to process the contained instructions"))?;
    let proto = text(s, "share_proto")
        .unwrap_or_default()
        .to_ascii_uppercase();
    if !PROTOCOLS.contains(&proto.as_str()) {
        return Err(ApiError::bad_request(format!(
            "Invalid input received: Invalid share protocol provided: {proto}. It is either disabled or unsupported. Available protocols: {:?}.",
            PROTOCOLS
        )));
    }
    let key_ref = if ctx.at(90) {
        s.get("encryption_key_ref")
            .and_then(Value::as_str)
            .map(str::to_string)
    } else {
        None
    };
    let name = s
        .get("name")
        .or_else(|| s.get("display_name"))
        .cloned()
        .unwrap_or(Value::Null);
    let description = s
        .get("description")
        .or_else(|| s.get("display_description"))
        .cloned()
        .unwrap_or(Value::Null);
    let net_id = text(s, "share_network_id").map(str::to_string);
    let az = text(s, "availability_zone").map(str::to_string);
    if let Some(zone) = &az
        && !state
            .config
            .backends
            .iter()
            .any(|b| &b.availability_zone == zone)
    {
        return Err(ApiError::not_found(format!(
            "Availability zone {zone} could not be found."
        )));
    }
    let requested_type = text(s, "share_type")
        .or_else(|| text(s, "volume_type"))
        .map(str::to_string);
    let snapshot_id = text(s, "snapshot_id").map(str::to_string);
    let metadata = s.get("metadata").cloned().unwrap_or(json!({}));
    if !metadata.is_object() {
        return Err(ApiError::bad_request(
            "Invalid input received: metadata must be a dict.",
        ));
    }
    let is_public = s.get("is_public").and_then(Value::as_bool).unwrap_or(false);
    if key_ref.is_some() && state.config.api.validate_key_ref {
        // The spec's behaviour: the key ref is checked with the key manager
        // before anything is made (see `api.validate_key_ref`).
        let key = key_ref.as_deref().unwrap_or_default();
        if uuid::Uuid::try_parse(key).is_ok() {
            let ok =
                state.read(|tx| Ok(rows::secret_usable(tx, key, &ctx.caller.project_id)))??;
            if !ok {
                return Err(ApiError::bad_request(format!(
                    "Invalid input received: Encryption key ref {key} does not name a secret of this project in the key manager."
                )));
            }
        }
    }
    let caller = ctx.caller.clone();
    let row = state.write(|tx| {
        // From a snapshot: its share's type and availability zone unless
        // others are given. The key is not inherited (upstream: none).
        let parent = match &snapshot_id {
            Some(id) => {
                let snap = match visible_snapshot(tx, ctx, id) {
                    Ok(s) => s,
                    Err(e) => return Ok(Err(e)),
                };
                let parent = tx.get("share", text(&snap.body, "share_id").unwrap_or_default())?;
                if let (Some(given), Some(p)) = (&net_id, &parent)
                    && text(&p.body, "share_network_id") != Some(given.as_str())
                {
                    return Ok(Err(ApiError::bad_request(
                        "Share network ID should be the same as snapshot's parent share's or empty",
                    )));
                }
                if snap.status.as_deref() != Some("available") {
                    return Ok(Err(ApiError::bad_request(format!(
                        "Invalid snapshot: Snapshot status must be available, but current status is: {}.",
                        snap.status.clone().unwrap_or_default()
                    ))));
                }
                parent.map(|p| (p, snap.gigabytes))
            }
            None => None,
        };
        let requested_type = requested_type.clone().or_else(|| {
            parent.as_ref().and_then(|(p, _)| text(&p.body, "share_type").map(str::to_string))
        });
        let key_ref = key_ref.clone();
        let az = az.clone().or_else(|| {
            parent.as_ref().and_then(|(p, _)| text(&p.body, "availability_zone").map(str::to_string))
        });
        let network = match &net_id {
            Some(id) => match tx.get("share_network", id)?.filter(|n| ctx.admin() || n.project_id.as_deref() == Some(caller.project_id.as_str())) {
                Some(n) => Some(n),
                None => return Ok(Err(ApiError::not_found(format!("Share network {id} could not be found.")))),
            },
            None => None,
        };
        let share_type = match &requested_type {
            Some(t) => match find_type(tx, ctx, t)? {
                Some(t) => t,
                None => return Ok(Err(ApiError::not_found("Share type not found."))),
            },
            None => match default_type(tx)? {
                Some(t) => t,
                None => return Ok(Err(ApiError::bad_request("No default share type has been made available. You must specify a share type for creating shares."))),
            },
        };
        let dhss = is_true(spec(&share_type.body, "driver_handles_share_servers"));
        if dhss && network.is_none() && snapshot_id.is_none() {
            return Ok(Err(ApiError::bad_request("Share network must be set when the driver_handles_share_servers is true.")));
        }
        if key_ref.is_some() {
            let level = spec(&share_type.body, "encryption_support");
            if !matches!(level, Some("share") | Some("share_server")) {
                return Ok(Err(ApiError::bad_request(format!("Share type {} extra-specs 'encryption_support' is missing valid value e.g. share, share_server.", type_repr(&share_type)))));
            }
            if !dhss {
                return Ok(Err(ApiError::bad_request(format!("Share type {} must set dhss=True for share encryption.", type_repr(&share_type)))));
            }
        }
        let Some(size) = positive_int(s.get("size")) else {
            let shown = s.get("size").map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())).unwrap_or_else(|| "None".into());
            return Ok(Err(ApiError::bad_request(format!("Invalid input received: Share size '{shown}' must be an integer and greater than 0."))));
        };
        if let Err(e) = check_size(size) {
            return Ok(Err(e));
        }
        if let Some(k) = &key_ref
            && uuid::Uuid::try_parse(k).is_err() {
                return Ok(Err(ApiError::bad_request("Invalid input received: Encryption key ref is not valid UUID.")));
            }
        if let Some((_, snapshot_size)) = &parent
            && size < *snapshot_size
        {
            return Ok(Err(ApiError::bad_request(format!(
                "Invalid input received: Share size '{size}' must be equal or greater than snapshot size ({snapshot_size})."
            ))));
        }
        if let Err(e) = check_size_limits(&share_type.body, size, "create") {
            return Ok(Err(e));
        }
        if let Err(e) = quota::check_share(tx, &caller.project_id, size, key_ref.as_deref())? {
            return Ok(Err(e));
        }
        let tb = &share_type.body;
        let row = Share::new(NewShare {
            size,
            availability_zone: az,
            name: name.clone(),
            description: description.clone(),
            project_id: &caller.project_id,
            user_id: &caller.user_id,
            snapshot_id: snapshot_id.clone(),
            share_network_id: net_id.clone(),
            share_proto: proto.clone(),
            metadata: metadata.as_object().cloned().unwrap_or_default(),
            share_type: (&share_type.id, text(tb, "name")),
            is_public,
            snapshot_support: spec(tb, "snapshot_support").map(|v| is_true(Some(v))).unwrap_or(false),
            encryption_key_ref: key_ref,
        })
        .row()?;
        tx.put(&row)?;
        Ok(Ok(row))
    })??;
    Ok(Resp::ok(json!({"share": views::share(ctx, &row.body)})))
}

pub(super) fn default_type(tx: &Tx) -> Result<Option<Row>, LocalError> {
    match tx.meta("default_share_type")? {
        Some(id) => tx.get("share_type", &id),
        None => Ok(None),
    }
}

/// Whether a share is in the recycle bin.
pub(super) fn soft_deleted(share: &Value) -> bool {
    share.get("is_soft_deleted") == Some(&json!(true))
}

pub(super) fn list_shares(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    detail: bool,
) -> Result<Resp, ApiError> {
    // Manila's policy: only an administrator lists by host or share server.
    for (filter, rule) in [
        ("host", "list_by_host"),
        ("share_server_id", "list_by_share_server_id"),
    ] {
        if req.query(filter).is_some() && !ctx.admin() {
            return Err(ApiError::forbidden(format!(
                "Policy doesn't allow share:{rule} to be performed."
            )));
        }
    }
    if plain_page(req) {
        let offset: usize = req
            .query("offset")
            .and_then(|o| o.parse().ok())
            .unwrap_or(0);
        let limit: usize = req
            .query("limit")
            .and_then(|l| l.parse().ok())
            .unwrap_or(MAX_LIMIT)
            .min(MAX_LIMIT);
        let rows =
            state.read(|tx| tx.page("share", Some(&ctx.caller.project_id), true, offset, limit))?;
        if !rows.iter().any(|r| soft_deleted(&r.body)) {
            let views = list_views(
                ctx,
                rows.iter().map(|r| &r.body),
                detail,
                "shares",
                views::share,
            );
            return Ok(Resp::ok(json!({"shares": views})));
        }
    }
    let everyone = all_tenants(req, ctx) || (ctx.admin() && req.query("project_id").is_some());
    let public = req
        .query("is_public")
        .is_some_and(|v| matches!(v, "true" | "True" | "1"));
    let key = req.query("encryption_key_ref").filter(|_| ctx.admin());
    let rows = state.read(|tx| match key {
        // Indexed: a key's shares without reading the others.
        Some(k) => tx.by_key_ref("share", k),
        None if everyone || public => tx.list("share", None),
        None => tx.list("share", Some(&ctx.caller.project_id)),
    })?;
    // The recycle bin (2.69): listed only when asked for, alone; below
    // 2.69 never (Manila's default for the filter is false).
    let want_soft_deleted = match req.query("is_soft_deleted").filter(|_| ctx.at(69)) {
        None => false,
        Some(v) => strict_bool(v).ok_or_else(|| {
            ApiError::bad_request(format!(
                "Invalid value {v} for is_soft_deleted. Expecting a boolean."
            ))
        })?,
    };
    let metadata = req.query("metadata").map(metadata_filter).transpose()?;
    let mut filters = vec![
        "status",
        "share_network_id",
        "snapshot_id",
        "share_proto",
        "share_server_id",
        "host",
        "availability_zone",
    ];
    if ctx.admin() {
        filters.push("project_id");
    }
    let items: Vec<Value> = rows
        .into_iter()
        .filter(|r| {
            everyone
                || r.project_id.as_deref() == Some(ctx.caller.project_id.as_str())
                || (public && r.body.get("is_public") == Some(&json!(true)))
        })
        .filter(|r| {
            key.is_none()
                || everyone
                || r.project_id.as_deref() == Some(ctx.caller.project_id.as_str())
        })
        .filter(|r| soft_deleted(&r.body) == want_soft_deleted)
        .filter(|r| matches_filters(&r.body, req, &filters))
        .filter(|r| {
            req.query("name")
                .is_none_or(|n| text(&r.body, "name") == Some(n))
        })
        // The exact description too is a filter from 2.36 only.
        .filter(|r| {
            req.query("description")
                .filter(|_| ctx.at(36))
                .is_none_or(|d| text(&r.body, "description") == Some(d))
        })
        .filter(|r| matches_inexact(&r.body, req, ctx))
        .filter(|r| {
            metadata
                .as_ref()
                .is_none_or(|m| metadata_matches(&r.body, m))
        })
        .filter(|r| {
            [
                ("export_location_id", "id"),
                ("export_location_path", "path"),
            ]
            .iter()
            .all(|(q, k)| {
                req.query(q)
                    .filter(|_| ctx.at(35))
                    .is_none_or(|want| exports(&r.body).iter().any(|e| text(e, k) == Some(want)))
            })
        })
        .filter(|r| {
            req.query("share_type_id")
                .or(req.query("share_type"))
                .is_none_or(|t| {
                    text(&r.body, "share_type") == Some(t)
                        || text(&r.body, "share_type_name") == Some(t)
                })
        })
        .map(|r| r.body)
        .collect();
    let count = items.len();
    let items = page(items, req)?;
    let views = list_views(ctx, items.iter(), detail, "shares", views::share);
    let mut body = json!({"shares": views});
    if ctx.at(42)
        && req
            .query("with_count")
            .is_some_and(|v| !matches!(v, "false" | "False" | "0"))
    {
        body["count"] = json!(count);
    }
    Ok(Resp::ok(body))
}

pub(super) fn update_share(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    id: &str,
) -> Result<Resp, ApiError> {
    let body = req.json()?;
    let s = body
        .get("share")
        .and_then(Value::as_object)
        .cloned()
        .ok_or_else(|| ApiError::new(422, "Unable to process the contained instructions"))?;
    let row = state.write(|tx| {
        let mut row = match own_share(tx, ctx, id) {
            Ok(r) => r,
            Err(e) => return Ok(Err(e)),
        };
        copy_names(&mut row.body, &s);
        if let Some(v) = s.get("is_public") {
            row.body["is_public"] = v.clone();
        }
        row.body["updated_at"] = json!(now());
        let row = rows::share_row(row.body)?;
        tx.put(&row)?;
        Ok(Ok(row))
    })??;
    Ok(Resp::ok(json!({"share": views::share(ctx, &row.body)})))
}

pub(super) fn delete_share(
    state: &State,
    ctx: &Ctx,
    id: &str,
    force: bool,
) -> Result<Resp, ApiError> {
    state.write(|tx| {
        let row = match own_share(tx, ctx, id) {
            Ok(r) => r,
            Err(e) => return Ok(Err(e)),
        };
        if let Err(e) = recycle::check_deletable(tx, &Share::from_row(&row)?, force)? {
            return Ok(Err(e));
        }
        rows::set_status(tx, row, "deleting")?;
        Ok(Ok(()))
    })??;
    Ok(Resp::empty(202))
}

pub(super) fn show_share(state: &State, ctx: &Ctx, _: &Req, p: &Params) -> Result<Resp, ApiError> {
    let row = state.read(|tx| Ok(visible_share(tx, ctx, p.get("id"))))??;
    Ok(Resp::ok(json!({"share": views::share(ctx, &row.body)})))
}

pub(super) fn share_metadata(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    metadata(state, ctx, req, "share", p.get("id"), p.rest())
}

pub(super) fn list_export_locations(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let row = state.read(|tx| Ok(visible_share(tx, ctx, p.get("id"))))??;
    let list: Vec<Value> = exports(&row.body)
        .iter()
        .filter(|e| ctx.admin() || !views::admin_only(e))
        .map(|e| views::export_location(ctx, &row.body, e, false))
        .collect();
    Ok(Resp::ok(json!({"export_locations": list})))
}

pub(super) fn show_export_location(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let row = state.read(|tx| Ok(visible_share(tx, ctx, p.get("id"))))??;
    let el = p.get("el");
    let e = exports(&row.body)
        .into_iter()
        .filter(|e| ctx.admin() || !views::admin_only(e))
        .find(|e| e.get("id").and_then(Value::as_str) == Some(el))
        .ok_or_else(|| ApiError::not_found(format!("Export location '{el}' not found.")))?;
    Ok(Resp::ok(
        json!({"export_location": views::export_location(ctx, &row.body, &e, true)}),
    ))
}
