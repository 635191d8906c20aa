//! Manila v2's REST for the local cloud: request validation in Manila's
//! order and words, microversions, the default policy (reader, member,
//! admin; one project never sees another's resources), and the answers.

use std::sync::Arc;

use axum::http::Method;
use serde_json::{Map, Value, json};

use super::views::{self, Ctx};
use super::{manager, quota};
use crate::local::identity::caller;
use crate::local::seed;
use crate::local::server::{ApiError, App, Req, Resp, manila_time, now};
use crate::local::store::{Row, Tx};
use crate::local::{LocalError, State, text};
use crate::session::microversion::{HEADER, Microversion};

pub const MIN_VERSION: Microversion = Microversion::new(2, 0);
pub const MAX_VERSION: Microversion = Microversion::new(2, 99);
/// `osapi_max_limit`: the longest page a list answers with.
const MAX_LIMIT: usize = 1000;
const PROTOCOLS: [&str; 6] = ["NFS", "CIFS", "GLUSTERFS", "HDFS", "CEPHFS", "MAPRFS"];

fn version_doc(state: &State) -> Value {
    json!({"versions": [{
        "id": "v2.0", "status": "CURRENT", "version": MAX_VERSION.to_string(),
        "min_version": MIN_VERSION.to_string(), "updated": "2015-08-27T11:33:21Z",
        "links": [{"rel": "describedby", "type": "text/html", "href": "http://docs.openstack.org/"},
                  {"rel": "self", "href": format!("{}/share/v2/", state.base_url())}],
        "media-types": [{"base": "application/json", "type": "application/vnd.openstack.share+json;version=1"}],
    }]})
}

fn denied() -> ApiError {
    ApiError::forbidden("Access was denied to this resource.")
}

fn not_found() -> ApiError {
    ApiError::not_found("The resource could not be found.")
}

fn requested_version(req: &Req) -> Result<Microversion, ApiError> {
    let Some(raw) = req.header(HEADER) else {
        return Ok(MIN_VERSION);
    };
    let v = Microversion::parse(raw.trim()).ok_or_else(|| {
        ApiError::bad_request(format!(
            "API Version String {raw} is of invalid format. Must be of format MajorNum.MinorNum."
        ))
    })?;
    if v < MIN_VERSION || v > MAX_VERSION {
        return Err(ApiError::new(
            406,
            format!(
                "Version {v} is not supported by the API. Minimum is {MIN_VERSION} and maximum is {MAX_VERSION}."
            ),
        ));
    }
    Ok(v)
}

pub async fn handle(app: &Arc<App>, req: &Req) -> Result<Resp, ApiError> {
    let state = &app.state;
    let path = req.path();
    if path.is_empty() {
        return Ok(Resp::json(300, version_doc(state)));
    }
    if path.first() != Some(&"v2") {
        return Err(not_found());
    }
    let service_path = format!("/{}", req.path.join("/"));
    let who = caller(state, req, "sharev2", &service_path)?;
    let version = requested_version(req);
    let echo = |resp: Resp, v: Microversion| {
        resp.header("x-openstack-manila-api-version", v.to_string())
            .header("vary", "X-OpenStack-Manila-API-Version")
    };
    let version = match version {
        Ok(v) => v,
        Err(e) => {
            return Ok(echo(
                e.render(crate::local::server::Api::Share),
                MIN_VERSION,
            ));
        }
    };
    if path.len() == 1 {
        return Ok(echo(Resp::ok(version_doc(state)), version));
    }
    // Work left by this or another process (a create without --wait) is
    // done before the answer, so that what the caller reads is current.
    manager::drain(app).await;
    let ctx = Ctx {
        version,
        caller: who,
        base: state.base_url(),
    };
    let rest = &path[1..];
    let out = route(state, &ctx, req, rest);
    let resp = match out {
        Ok(r) => r,
        Err(e) => e.render(crate::local::server::Api::Share),
    };
    if matches!(req.method, Method::POST | Method::PUT | Method::DELETE) {
        // A change may have queued work: start it now, so that a caller
        // polling right away sees its result.
        manager::drain(app).await;
    }
    Ok(echo(resp, version))
}

fn route(state: &State, ctx: &Ctx, req: &Req, path: &[&str]) -> Result<Resp, ApiError> {
    let m = &req.method;
    let writes = !matches!(*m, Method::GET | Method::HEAD);
    if writes && !ctx.caller.is_member() {
        return Err(denied());
    }
    match (m, path) {
        // No back end here replicates: every share has no replicas.
        (&Method::GET, ["share-replicas"] | ["share-replicas", "detail"]) => {
            Ok(Resp::ok(json!({"share_replicas": []})))
        }
        (&Method::POST, ["shares"]) => create_share(state, ctx, req),
        (&Method::GET, ["shares"]) => list_shares(state, ctx, req, false),
        (&Method::GET, ["shares", "detail"]) => list_shares(state, ctx, req, true),
        (&Method::GET, ["shares", id]) => {
            let row = state.read(|tx| Ok(visible_share(tx, ctx, id)))??;
            Ok(Resp::ok(json!({"share": views::share(ctx, &row.body)})))
        }
        (&Method::PUT, ["shares", id]) => update_share(state, ctx, req, id),
        (&Method::DELETE, ["shares", id]) => delete_share(state, ctx, id, false),
        (&Method::POST, ["shares", id, "action"]) => share_action(state, ctx, req, id),
        (_, ["shares", id, "metadata", rest @ ..]) => metadata(state, ctx, req, "share", id, rest),
        (&Method::GET, ["shares", id, "export_locations"]) => {
            let row = state.read(|tx| Ok(visible_share(tx, ctx, id)))??;
            let list: Vec<Value> = exports(&row.body)
                .iter()
                .filter(|e| ctx.admin() || !views::admin_only(e))
                .map(|e| views::export_location(ctx, &row.body, e, false))
                .collect();
            Ok(Resp::ok(json!({"export_locations": list})))
        }
        (&Method::GET, ["shares", id, "export_locations", el]) => {
            let row = state.read(|tx| Ok(visible_share(tx, ctx, id)))??;
            let e = exports(&row.body)
                .into_iter()
                .filter(|e| ctx.admin() || !views::admin_only(e))
                .find(|e| e.get("id").and_then(Value::as_str) == Some(el))
                .ok_or_else(|| ApiError::not_found(format!("Export location '{el}' not found.")))?;
            Ok(Resp::ok(
                json!({"export_location": views::export_location(ctx, &row.body, &e, true)}),
            ))
        }
        (&Method::GET, ["share-access-rules"]) => {
            let share_id = req.query("share_id").ok_or_else(|| {
                ApiError::bad_request("The field 'share_id' has to be specified.")
            })?;
            access_list(state, ctx, share_id, req)
        }
        (_, ["share-access-rules", id, rest @ ..]) => access_rule(state, ctx, req, id, rest),
        (_, ["types", rest @ ..]) => types(state, ctx, req, rest),
        (_, ["share-networks", rest @ ..]) => networks(state, ctx, req, rest),
        (_, ["security-services", rest @ ..]) => super::security::route(state, ctx, req, rest),
        (_, ["share-servers", rest @ ..]) => servers(state, ctx, req, rest),
        (_, ["quota-sets", rest @ ..]) => quotas(state, ctx, req, rest),
        (&Method::GET, ["scheduler-stats", "pools", rest @ ..]) => {
            pools(state, ctx, req, rest.first() == Some(&"detail"))
        }
        (_, ["messages", rest @ ..]) => messages(state, ctx, req, rest),
        (&Method::GET, ["availability-zones"]) | (&Method::GET, ["os-availability-zone"]) => {
            let mut zones: Vec<&str> = state
                .config
                .backends
                .iter()
                .map(|b| b.availability_zone.as_str())
                .collect();
            zones.sort();
            zones.dedup();
            let list: Vec<Value> = zones.iter().map(|z| json!({"id": stable_uuid(state, z), "name": z, "created_at": "2026-01-01T00:00:00.000000", "updated_at": null})).collect();
            Ok(Resp::ok(json!({"availability_zones": list})))
        }
        (&Method::GET, ["limits"]) => limits(state, ctx),
        (_, ["snapshots", rest @ ..]) => snapshots(state, ctx, req, rest),
        _ => Err(not_found()),
    }
}

/// A UUID that is the same every time for this state and this name.
fn stable_uuid(state: &State, name: &str) -> String {
    let d = state.stable_digest(name);
    format!(
        "{}-{}-{}-{}-{}",
        &d[0..8],
        &d[8..12],
        &d[12..16],
        &d[16..20],
        &d[20..32]
    )
}

fn exports(b: &Value) -> Vec<Value> {
    b.get("export_locations")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

/// A share the caller may see: its project's, a public one, or any for an admin.
fn visible_share(tx: &Tx, ctx: &Ctx, id: &str) -> Result<Row, ApiError> {
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
fn own_share(tx: &Tx, ctx: &Ctx, id: &str) -> Result<Row, ApiError> {
    let row = visible_share(tx, ctx, id)?;
    if ctx.sees(&row) {
        Ok(row)
    } else {
        Err(denied())
    }
}

/// A share type by ID or name, as the caller may see it.
fn find_type(tx: &Tx, ctx: &Ctx, key: &str) -> Result<Option<Row>, LocalError> {
    let row = match tx.get("share_type", key)? {
        Some(r) => Some(r),
        None => tx.by_name("share_type", key, None)?.into_iter().next(),
    };
    Ok(row.filter(|r| type_visible(ctx, &r.body)))
}

fn type_visible(ctx: &Ctx, b: &Value) -> bool {
    ctx.admin()
        || b.get("is_public").and_then(Value::as_bool).unwrap_or(true)
        || shared_with(ctx, b)
}

/// Whether a private type was shared with the caller's project.
fn shared_with(ctx: &Ctx, b: &Value) -> bool {
    b.get("projects")
        .and_then(Value::as_array)
        .is_some_and(|p| {
            p.iter()
                .any(|p| p.as_str() == Some(ctx.caller.project_id.as_str()))
        })
}

fn spec<'a>(t: &'a Value, key: &str) -> Option<&'a str> {
    t.get("extra_specs")
        .and_then(|s| s.get(key))
        .and_then(Value::as_str)
}

fn is_true(v: Option<&str>) -> bool {
    v.is_some_and(|v| {
        matches!(
            v.trim().to_ascii_lowercase().as_str(),
            "true" | "<is> true" | "1" | "yes" | "on"
        )
    })
}

/// Manila puts the whole share type, as Python prints a dict, into some messages.
fn type_repr(t: &Row) -> String {
    let b = &t.body;
    let shown = json!({"id": t.id, "name": b.get("name"), "description": b.get("description"),
                       "is_public": b.get("is_public"), "extra_specs": b.get("extra_specs")});
    crate::output::pyrepr::repr(&shown)
}

/// Manila's text (its exception's class name is part of it).
const METADATA_NOT_FOUND: &str = "MetadataItemNotFound: Metadata item is not found.";

/// The largest size Manila's database stores (its `size` column is a
/// 32-bit integer); larger ones are refused before they reach a quota sum.
pub const MAX_SIZE: i64 = i32::MAX as i64;

fn positive_int(v: Option<&Value>) -> Option<i64> {
    match v {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
    .filter(|n| *n > 0)
}

/// 400 for a size beyond [`MAX_SIZE`].
fn check_size(size: i64) -> Result<(), ApiError> {
    if size > MAX_SIZE {
        return Err(ApiError::bad_request(format!(
            "Invalid input received: share size {size} GiB is larger than the largest supported, {MAX_SIZE}."
        )));
    }
    Ok(())
}

fn create_share(state: &State, ctx: &Ctx, req: &Req) -> Result<Resp, ApiError> {
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
                state.read(|tx| Ok(manager::secret_usable(tx, key, &ctx.caller.project_id)))??;
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
                if snap.status.as_deref() != Some("available") {
                    return Ok(Err(ApiError::bad_request(format!(
                        "Invalid snapshot: Snapshot status must be available, but current status is: {}.",
                        snap.status.clone().unwrap_or_default()
                    ))));
                }
                tx.get("share", text(&snap.body, "share_id").unwrap_or_default())?
                    .map(|p| (p, snap.num))
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
        if let Err(e) = quota::check_share(tx, &caller.project_id, size, key_ref.as_deref())? {
            return Ok(Err(e));
        }
        let id = seed::uuid();
        let stamp = now();
        let tb = &share_type.body;
        let snapshot_support = spec(tb, "snapshot_support").map(|v| is_true(Some(v))).unwrap_or(false);
        let body = json!({
            "id": id, "size": size, "availability_zone": az, "created_at": stamp, "updated_at": stamp,
            "status": "creating", "name": name, "description": description,
            "project_id": caller.project_id, "user_id": caller.user_id,
            "snapshot_id": snapshot_id, "share_network_id": net_id, "share_proto": proto,
            "metadata": metadata, "share_type": share_type.id, "share_type_name": tb.get("name"),
            "is_public": is_public, "snapshot_support": snapshot_support, "task_state": null,
            "access_rules_status": "active", "replication_type": null, "has_replicas": false,
            "create_share_from_snapshot_support": snapshot_support, "revert_to_snapshot_support": false,
            "share_group_id": null, "source_share_group_snapshot_member_id": null,
            "mount_snapshot_support": false, "is_soft_deleted": false, "scheduled_to_be_deleted_at": null,
            "source_backup_id": null, "encryption_key_ref": key_ref,
            "snapshot_inherit_share_access_support": false,
            "share_server_id": null, "host": null, "instance_id": seed::uuid(),
            "export_locations": [],
        });
        let row = manager::share_row(body);
        tx.put(&row)?;
        Ok(Ok(row))
    })??;
    Ok(Resp::ok(json!({"share": views::share(ctx, &row.body)})))
}

fn default_type(tx: &Tx) -> Result<Option<Row>, LocalError> {
    match tx.meta("default_share_type")? {
        Some(id) => tx.get("share_type", &id),
        None => Ok(None),
    }
}

/// Filters that compare a field exactly (`name~` and `description~` are substrings).
fn matches_filters(b: &Value, req: &Req, keys: &[&str]) -> bool {
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
    for k in ["name", "description"] {
        if let Some(part) = req.query(&format!("{k}~"))
            && !text(b, k).is_some_and(|v| v.to_lowercase().contains(&part.to_lowercase()))
        {
            return false;
        }
    }
    true
}

/// `limit`, `offset` and Manila's sort (newest first unless asked).
fn page(mut items: Vec<Value>, req: &Req) -> Result<Vec<Value>, ApiError> {
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

fn all_tenants(req: &Req, ctx: &Ctx) -> bool {
    ctx.admin()
        && req
            .query("all_tenants")
            .is_some_and(|v| !matches!(v, "0" | "false" | "False" | ""))
}

/// A list's items as Manila shows them: the detail view, or `{id, name, links}`.
fn list_views<'a>(
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
fn plain_page(req: &Req) -> bool {
    req.query.iter().all(|(k, v)| match k.as_str() {
        "limit" | "offset" => true,
        "sort_key" => v == "created_at",
        "sort_dir" => v == "desc",
        _ => false,
    })
}

/// Whether a share is in the recycle bin.
fn soft_deleted(share: &Value) -> bool {
    share.get("is_soft_deleted") == Some(&json!(true))
}

fn list_shares(state: &State, ctx: &Ctx, req: &Req, detail: bool) -> Result<Resp, ApiError> {
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
        Some(k) => tx.by_ref("share", k),
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
        .filter(|r| {
            req.query("description")
                .is_none_or(|d| text(&r.body, "description") == Some(d))
        })
        // Inexact filters (2.36+): a substring, case-insensitive.
        .filter(|r| {
            ["name~", "description~"].iter().all(|k| {
                req.query(k).filter(|_| ctx.at(36)).is_none_or(|want| {
                    text(&r.body, k.trim_end_matches('~'))
                        .is_some_and(|have| have.to_lowercase().contains(&want.to_lowercase()))
                })
            })
        })
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

/// Manila's `metadata` filter: a dict, as Python prints it
/// (`{'tier': 'silver'}`) or as JSON.
fn metadata_filter(raw: &str) -> Result<Map<String, Value>, ApiError> {
    serde_json::from_str::<Map<String, Value>>(raw)
        .or_else(|_| serde_json::from_str::<Map<String, Value>>(&raw.replace('\'', "\"")))
        .map_err(|_| ApiError::bad_request(format!("Invalid metadata filter: {raw}")))
}

fn metadata_matches(share: &Value, want: &Map<String, Value>) -> bool {
    want.iter().all(|(k, v)| {
        share
            .pointer(&format!(
                "/metadata/{}",
                k.replace('~', "~0").replace('/', "~1")
            ))
            .is_some_and(|have| have == v || have.as_str() == Some(&v.to_string()))
    })
}

fn update_share(state: &State, ctx: &Ctx, req: &Req, id: &str) -> Result<Resp, ApiError> {
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
        let row = manager::share_row(row.body);
        tx.put(&row)?;
        Ok(Ok(row))
    })??;
    Ok(Resp::ok(json!({"share": views::share(ctx, &row.body)})))
}

/// A PUT's `name`/`description` (or Manila's older `display_name`/
/// `display_description`) into the record.
fn copy_names(body: &mut Value, given: &Map<String, Value>) {
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

fn delete_share(state: &State, ctx: &Ctx, id: &str, force: bool) -> Result<Resp, ApiError> {
    state.write(|tx| {
        let row = match own_share(tx, ctx, id) {
            Ok(r) => r,
            Err(e) => return Ok(Err(e)),
        };
        let status = row.status.as_deref().unwrap_or_default();
        let allowed = ["available", "error", "inactive", "extending_error", "shrinking_error", "manage_error", "unmanage_error", "soft_deleting"];
        if !force && !allowed.contains(&status) {
            return Ok(Err(ApiError::forbidden(format!("Invalid share: Share status must be one of ('available', 'error', 'inactive'). Current status: {status}."))));
        }
        let snapshots = tx.list("snapshot", row.project_id.as_deref())?.iter().filter(|s| text(&s.body, "share_id") == Some(id)).count();
        if snapshots > 0 {
            return Ok(Err(ApiError::forbidden(format!("Invalid share: Share still has {snapshots} dependent snapshots."))));
        }
        manager::set_status(tx, row, "deleting")?;
        Ok(Ok(()))
    })??;
    Ok(Resp::empty(202))
}

fn share_action(state: &State, ctx: &Ctx, req: &Req, id: &str) -> Result<Resp, ApiError> {
    let body = req.json()?;
    let Some((action, arg)) = body
        .as_object()
        .and_then(|o| o.iter().next())
        .map(|(k, v)| (k.clone(), v.clone()))
    else {
        return Err(ApiError::bad_request("There is no such action: "));
    };
    let action = action.strip_prefix("os-").unwrap_or(&action).to_string();
    match action.as_str() {
        "extend" | "shrink" => {
            let force = arg.get("force").is_some_and(|f| {
                f.as_bool() == Some(true)
                    || f.as_str().is_some_and(|f| f.eq_ignore_ascii_case("true"))
            });
            if action == "extend" && force && !ctx.admin() {
                return Err(ApiError::forbidden(
                    "Policy doesn't allow share:force_extend to be performed.",
                ));
            }
            // Any integer passes here; the size checks below refuse 0 and less.
            let new = match arg.get("new_size") {
                Some(Value::Number(n)) => n.as_i64(),
                Some(Value::String(s)) => s.trim().parse().ok(),
                _ => None,
            }
            .ok_or_else(|| {
                ApiError::bad_request("New share size must be specified as an integer.")
            })?;
            check_size(new)?;
            state.write(|tx| {
                let row = match own_share(tx, ctx, id) {
                    Ok(r) => r,
                    Err(e) => return Ok(Err(e)),
                };
                let status = row.status.as_deref().unwrap_or_default().to_string();
                if status != "available" {
                    return Ok(Err(ApiError::bad_request(format!("Invalid share: Share {id} status must be 'available' to {action}, but current status is: {status}."))));
                }
                let size = row.num;
                if action == "extend" {
                    if new <= size {
                        return Ok(Err(ApiError::bad_request(format!("Invalid input received: New size for extend must be greater than current size. (current: {size}, extended: {new}).")))) ;
                    }
                    if let Err(e) = quota::check_extend(tx, row.project_id.as_deref().unwrap_or_default(), new - size)? {
                        return Ok(Err(e));
                    }
                } else if new >= size || new <= 0 {
                    return Ok(Err(ApiError::bad_request(format!("Invalid input received: New size for shrink must be less than current size and greater than 0 (current: {size}, new: {new}).")))) ;
                }
                let mut row = row;
                row.body["target_size"] = json!(new);
                manager::set_status(tx, row, if action == "extend" { "extending" } else { "shrinking" })?;
                Ok(Ok(()))
            })??;
            Ok(Resp::empty(202))
        }
        "allow_access" => allow_access(state, ctx, id, &arg),
        "deny_access" => {
            let rule_id = text(&arg, "access_id").unwrap_or_default().to_string();
            state.write(|tx| {
                if let Err(e) = own_share(tx, ctx, id) {
                    return Ok(Err(e));
                }
                match tx
                    .get("access_rule", &rule_id)?
                    .filter(|r| text(&r.body, "share_id") == Some(id))
                {
                    Some(r) => {
                        if r.body.get("lock_deletion").and_then(Value::as_bool) == Some(true)
                            && arg.get("unrestrict") != Some(&json!(true))
                        {
                            return Ok(Err(ApiError::forbidden(
                                "Access rule is locked against deletion.",
                            )));
                        }
                        tx.delete("access_rule", &rule_id)?;
                        Ok(Ok(()))
                    }
                    None => Ok(Err(ApiError::not_found("Resource could not be found."))),
                }
            })??;
            Ok(Resp::empty(202))
        }
        "access_list" => access_list(state, ctx, id, req),
        "soft_delete" => {
            state.write(|tx| {
                let mut row = match own_share(tx, ctx, id) {
                    Ok(r) => r,
                    Err(e) => return Ok(Err(e)),
                };
                row.body["is_soft_deleted"] = json!(true);
                // Manila's soft_deleted_share_retention_time default: 7 days.
                let later = jiff::Timestamp::now() + jiff::SignedDuration::from_secs(604_800);
                row.body["scheduled_to_be_deleted_at"] =
                    json!(crate::local::server::manila_time(later));
                tx.put(&manager::share_row(row.body))?;
                Ok(Ok(()))
            })??;
            Ok(Resp::empty(202))
        }
        "restore" => {
            state.write(|tx| {
                let mut row = match own_share(tx, ctx, id) {
                    Ok(r) => r,
                    Err(e) => return Ok(Err(e)),
                };
                row.body["is_soft_deleted"] = json!(false);
                row.body["scheduled_to_be_deleted_at"] = Value::Null;
                tx.put(&manager::share_row(row.body))?;
                Ok(Ok(()))
            })??;
            Ok(Resp::empty(202))
        }
        "force_delete" => {
            if !ctx.admin() {
                return Err(denied());
            }
            delete_share(state, ctx, id, true)
        }
        "reset_status" => {
            if !ctx.admin() {
                return Err(denied());
            }
            let status = text(&arg, "status").unwrap_or_default().to_string();
            state.write(|tx| {
                let row = match own_share(tx, ctx, id) {
                    Ok(r) => r,
                    Err(e) => return Ok(Err(e)),
                };
                manager::set_status(tx, row, &status)?;
                Ok(Ok(()))
            })??;
            Ok(Resp::empty(202))
        }
        other => Err(ApiError::bad_request(format!(
            "There is no such action: {other}"
        ))),
    }
}

/// An IPv4 or IPv6 address or network (`10.0.0.0/24`; host bits allowed).
fn ip_network(s: &str) -> bool {
    let (addr, prefix) = match s.split_once('/') {
        Some((a, p)) => (a, Some(p)),
        None => (s, None),
    };
    let max = match addr.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(_)) => 32,
        Ok(std::net::IpAddr::V6(_)) => 128,
        Err(_) => return false,
    };
    prefix.is_none_or(|p| p.parse::<u8>().is_ok_and(|n| n <= max))
}

fn allow_access(state: &State, ctx: &Ctx, id: &str, arg: &Value) -> Result<Resp, ApiError> {
    let access_type = text(arg, "access_type").unwrap_or_default().to_string();
    let access_to = text(arg, "access_to").unwrap_or_default().to_string();
    let level = text(arg, "access_level").unwrap_or("rw").to_string();
    if !["ip", "user", "cert", "cephx"].contains(&access_type.as_str()) {
        return Err(ApiError::bad_request(
            "Invalid input received: Only 'ip', 'user', 'cert' or 'cephx' access types are supported.",
        ));
    }
    if !["rw", "ro"].contains(&level.as_str()) {
        return Err(ApiError::bad_request(format!(
            "Invalid input received: Invalid or unsupported share access level: {level}."
        )));
    }
    if access_to.is_empty() {
        return Err(ApiError::bad_request(
            "Invalid input received: Access to must be specified.",
        ));
    }
    if access_type == "ip" && !ip_network(&access_to) {
        // Python's ipaddress, whose message Manila passes on.
        return Err(ApiError::bad_request(format!(
            "'{access_to}' does not appear to be an IPv4 or IPv6 network"
        )));
    }
    let rule = state.write(|tx| {
        if let Err(e) = own_share(tx, ctx, id) {
            return Ok(Err(e));
        }
        let existing = tx.by_ref("access_rule", id)?;
        if existing.iter().any(|r| text(&r.body, "access_type") == Some(&access_type) && text(&r.body, "access_to") == Some(&access_to)) {
            return Ok(Err(ApiError::bad_request(format!("Share access {access_type}:{access_to} exists."))));
        }
        let rid = seed::uuid();
        let stamp = now();
        // A cephx key is derived from the state's key when shown, never stored.
        let body = json!({"id": rid, "share_id": id, "access_level": level, "access_to": access_to,
                          "access_type": access_type, "state": "active", "access_key": null,
                          "created_at": stamp, "updated_at": stamp,
                          "metadata": arg.get("metadata").cloned().unwrap_or(json!({})),
                          "lock_deletion": arg.get("lock_deletion").cloned().unwrap_or(json!(false)),
                          "project_id": ctx.caller.project_id});
        let row = Row::new("access_rule", rid, body).with_ref(id);
        tx.put(&row)?;
        Ok(Ok(row))
    })??;
    let mut view = access_view(state, ctx, &rule.body, true);
    // A new rule is `queued_to_apply` in the answer (not yet updated) and
    // `active` once applied.
    view["state"] = json!("queued_to_apply");
    if view.get("updated_at").is_some() {
        view["updated_at"] = Value::Null;
    }
    Ok(Resp::ok(json!({"access": view})))
}

/// An access rule as shown, with its cephx key (derived, not stored).
fn access_view(state: &State, ctx: &Ctx, rule: &Value, with_share: bool) -> Value {
    let mut view = views::access_rule(ctx, rule, with_share);
    if view.get("access_key").is_some() && rule.get("access_type") == Some(&json!("cephx")) {
        let id = rule.get("id").and_then(Value::as_str).unwrap_or_default();
        view["access_key"] = json!(state.kek.derived(&format!("sharekeep-local-cephx:{id}")));
    }
    view
}

fn access_list(state: &State, ctx: &Ctx, share_id: &str, req: &Req) -> Result<Resp, ApiError> {
    let rules = state.read(|tx| {
        if let Err(e) = visible_share(tx, ctx, share_id) {
            return Ok(Err(e));
        }
        Ok(Ok(tx.by_ref("access_rule", share_id)?))
    })??;
    let list: Vec<Value> = rules
        .iter()
        .filter(|r| matches_filters(&r.body, req, &["access_type", "access_to", "access_level"]))
        .map(|r| access_view(state, ctx, &r.body, false))
        .collect();
    Ok(Resp::ok(json!({"access_list": list})))
}

fn access_rule(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    id: &str,
    rest: &[&str],
) -> Result<Resp, ApiError> {
    let not_found = || ApiError::not_found(format!("Access rule {id} not found."));
    let rule = state
        .read(|tx| tx.get("access_rule", id))?
        .ok_or_else(not_found)?;
    let share_id = text(&rule.body, "share_id").unwrap_or_default().to_string();
    state
        .read(|tx| Ok(visible_share(tx, ctx, &share_id)))?
        .map_err(|_| not_found())?;
    match (&req.method, rest) {
        (&Method::GET, []) => Ok(Resp::ok(
            json!({"access": access_view(state, ctx, &rule.body, true)}),
        )),
        (&Method::PUT, []) => {
            let body = req.json()?;
            let level = body
                .pointer("/update_access/access_level")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            if !["rw", "ro"].contains(&level.as_str()) {
                return Err(ApiError::bad_request(format!(
                    "Invalid input received: Invalid or unsupported share access level: {level}."
                )));
            }
            let mut rule = rule;
            rule.body["access_level"] = json!(level);
            rule.body["updated_at"] = json!(now());
            state.write(|tx| tx.put(&rule))?;
            Ok(Resp::ok(
                json!({"access": access_view(state, ctx, &rule.body, true)}),
            ))
        }
        (_, ["metadata", key @ ..]) => {
            let mut rule = rule;
            let out = metadata_on(&mut rule.body, req, key)?;
            if req.method != Method::GET {
                state.write(|tx| tx.put(&rule))?;
            }
            Ok(out)
        }
        _ => Err(ApiError::not_found("The resource could not be found.")),
    }
}

/// The metadata endpoints of a resource: GET/POST (merge)/PUT (replace) on
/// `…/metadata`, GET/DELETE on `…/metadata/{key}`.
fn metadata(
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
            manager::share_row(row.body)
        } else {
            row
        };
        state.write(|tx| tx.put(&row))?;
    }
    Ok(out)
}

/// A boolean as `oslo_utils.strutils.bool_from_string(strict=True)` reads it.
fn strict_bool(v: &str) -> Option<bool> {
    match v.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" | "t" | "y" => Some(true),
        "false" | "0" | "no" | "off" | "f" | "n" => Some(false),
        _ => None,
    }
}

/// Manila's checks of metadata (`api.common.check_metadata_properties`).
fn check_metadata(given: &Map<String, Value>) -> Result<(), ApiError> {
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

fn metadata_on(body: &mut Value, req: &Req, rest: &[&str]) -> Result<Resp, ApiError> {
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

fn is_default_type(tx: &Tx, id: &str) -> Result<bool, LocalError> {
    Ok(tx.meta("default_share_type")?.as_deref() == Some(id))
}

fn type_view(tx: &Tx, ctx: &Ctx, row: &Row) -> Result<Value, LocalError> {
    Ok(views::share_type(
        ctx,
        &row.body,
        is_default_type(tx, &row.id)?,
    ))
}

fn types(state: &State, ctx: &Ctx, req: &Req, path: &[&str]) -> Result<Resp, ApiError> {
    let admin_only = || if ctx.admin() { Ok(()) } else { Err(denied()) };
    let one = |v: Value| Resp::ok(json!({"share_type": v.clone(), "volume_type": v}));
    let type_not_found = || ApiError::not_found("Share type not found.");
    match (&req.method, path) {
        (&Method::GET, []) => {
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
        (&Method::GET, ["default"]) => {
            let v = state.read(|tx| match default_type(tx)? {
                Some(r) => Ok(Some(type_view(tx, ctx, &r)?)),
                None => Ok(None),
            })?;
            v.map(one)
                .ok_or_else(|| ApiError::not_found("Default share type not found."))
        }
        (&Method::POST, []) => {
            admin_only()?;
            create_type(state, ctx, req).map(one)
        }
        (&Method::GET, [id]) => {
            let v = state.read(|tx| match find_type(tx, ctx, id)? {
                Some(r) => Ok(Some(type_view(tx, ctx, &r)?)),
                None => Ok(None),
            })?;
            v.map(one).ok_or_else(type_not_found)
        }
        (&Method::PUT, [id]) => {
            admin_only()?;
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
            if name.is_none() && t.get("description").is_none_or(Value::is_null) && public.is_none()
            {
                return Err(ApiError::bad_request(
                    "Specify share type name, description, share_type_access:is_public or a combination thereof.",
                ));
            }
            let v = state.write(|tx| {
                let Some(mut row) = tx.get("share_type", id)? else {
                    return Ok(Err(type_not_found()));
                };
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
                    row.body["name"] = v.clone();
                }
                // Manila: an empty description unsets it (null), null keeps it.
                match t.get("description") {
                    Some(Value::String(d)) if d.is_empty() => row.body["description"] = Value::Null,
                    Some(v) if !v.is_null() => row.body["description"] = v.clone(),
                    _ => {}
                }
                if let Some(p) = public {
                    let yes = p
                        .as_bool()
                        .or_else(|| p.as_str().and_then(strict_bool))
                        .unwrap_or(true);
                    row.body["is_public"] = json!(yes);
                }
                let row = Row::new("share_type", id.to_string(), row.body);
                tx.put(&row)?;
                Ok(Ok(type_view(tx, ctx, &row)?))
            })??;
            Ok(one(v))
        }
        (&Method::DELETE, [id]) => {
            admin_only()?;
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
        (&Method::GET, [id, "extra_specs"]) => {
            admin_only()?;
            let row = state
                .read(|tx| find_type(tx, ctx, id))?
                .ok_or_else(type_not_found)?;
            let v = views::share_type(ctx, &row.body, false);
            Ok(Resp::ok(json!({"extra_specs": v.get("extra_specs")})))
        }
        (&Method::GET, [id, "extra_specs", key]) => {
            admin_only()?;
            let row = state
                .read(|tx| find_type(tx, ctx, id))?
                .ok_or_else(type_not_found)?;
            match row.body.pointer("/extra_specs").and_then(|s| s.get(*key)) {
                Some(v) => Ok(Resp::ok(json!({ *key: v }))),
                None => Err(not_found()),
            }
        }
        (&Method::PUT, [id, "extra_specs", key]) => {
            admin_only()?;
            let b = req.json()?;
            let given = b.as_object().cloned().unwrap_or_default();
            if given.is_empty() {
                return Err(ApiError::bad_request("Request body empty"));
            }
            state
                .read(|tx| tx.get("share_type", id))?
                .ok_or_else(type_not_found)?;
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
        (&Method::POST, [id, "extra_specs"]) => {
            admin_only()?;
            let b = req.json()?;
            let given = b
                .get("extra_specs")
                .and_then(Value::as_object)
                .cloned()
                .ok_or_else(|| ApiError::bad_request("Malformed request body."))?;
            state
                .read(|tx| tx.get("share_type", id))?
                .ok_or_else(type_not_found)?;
            verify_specs(&given)?;
            check_specs(&given, false)?;
            merge_specs(state, id, &given)?;
            Ok(Resp::ok(json!({"extra_specs": given})))
        }
        (&Method::DELETE, [id, "extra_specs", key]) => {
            admin_only()?;
            state
                .read(|tx| tx.get("share_type", id))?
                .ok_or_else(type_not_found)?;
            // Required: DHSS always, snapshot_support before 2.24.
            if *key == "driver_handles_share_servers" || (*key == "snapshot_support" && !ctx.at(24))
            {
                return Err(ApiError::forbidden(format!(
                    "Extra spec '{key}' can't be deleted."
                )));
            }
            state.write(|tx| {
                let Some(mut row) = tx.get("share_type", id)? else {
                    return Ok(Err(type_not_found()));
                };
                let removed = row
                    .body
                    .get_mut("extra_specs")
                    .and_then(Value::as_object_mut)
                    .and_then(|s| s.remove(*key));
                if removed.is_none() {
                    return Ok(Err(ApiError::not_found(format!(
                        "Share Type {id} has no extra specs with key {key}."
                    ))));
                }
                tx.put(&row)?;
                Ok(Ok(()))
            })??;
            Ok(Resp::empty(202))
        }
        (&Method::GET, [id, "share_type_access"]) => {
            admin_only()?;
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
        (&Method::POST, [id, "action"]) => {
            admin_only()?;
            let b = req.json()?;
            let (add, project) = if let Some(a) = b.get("addProjectAccess") {
                (true, text(a, "project").unwrap_or_default().to_string())
            } else if let Some(a) = b.get("removeProjectAccess") {
                (false, text(a, "project").unwrap_or_default().to_string())
            } else {
                return Err(ApiError::bad_request("Invalid request body"));
            };
            state.write(|tx| {
                let Some(mut row) = tx.get("share_type", id)? else { return Ok(Err(type_not_found())) };
                if row.body.get("is_public").and_then(Value::as_bool).unwrap_or(true) {
                    return Ok(Err(ApiError::conflict("Invalid share type: Type access modification is not applicable to public share type.")));
                }
                let mut projects: Vec<Value> = row.body.get("projects").and_then(Value::as_array).cloned().unwrap_or_default();
                let has = projects.iter().any(|p| p.as_str() == Some(project.as_str()));
                match (add, has) {
                    // Upstream sends these two with their placeholders unfilled.
                    (true, true) => return Ok(Err(ApiError::conflict("Share type access for %(share_type_id)s / %(project_id)s combination already exists."))),
                    (false, false) => return Ok(Err(ApiError::not_found("Share type access not found for %(share_type_id)s / %(project_id)s combination."))),
                    (true, false) => projects.push(json!(project)),
                    (false, true) => projects.retain(|p| p.as_str() != Some(project.as_str())),
                }
                row.body["projects"] = json!(projects);
                tx.put(&row)?;
                Ok(Ok(()))
            })??;
            Ok(Resp::empty(202))
        }
        _ => Err(ApiError::not_found("The resource could not be found.")),
    }
}

/// `extra_specs` filter on the type list: `?extra_specs={'k': 'v'}` as the client sends it.
fn specs_match(b: &Value, req: &Req) -> bool {
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

/// Manila's checks on extra specs (`required`: at type creation).
/// Add or change a type's extra specs (checked by the caller).
fn merge_specs(state: &State, id: &str, given: &Map<String, Value>) -> Result<(), ApiError> {
    state.write(|tx| {
        let Some(mut row) = tx.get("share_type", id)? else {
            return Ok(Err(ApiError::not_found("Share type not found.")));
        };
        let mut specs = row
            .body
            .get("extra_specs")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        specs.extend(given.iter().map(|(k, v)| (k.clone(), json!(spec_text(v)))));
        row.body["extra_specs"] = Value::Object(specs);
        tx.put(&row)?;
        Ok(Ok(()))
    })?
}

/// A spec's value as Manila stores it (booleans as Python prints them).
fn spec_text(v: &Value) -> String {
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
fn verify_specs(specs: &Map<String, Value>) -> Result<(), ApiError> {
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

fn check_specs(specs: &Map<String, Value>, required: bool) -> Result<(), ApiError> {
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

fn create_type(state: &State, ctx: &Ctx, req: &Req) -> Result<Value, ApiError> {
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
        .into_iter()
        .map(|(k, v)| {
            let v = match v {
                Value::String(s) => s,
                Value::Bool(true) => "True".into(),
                Value::Bool(false) => "False".into(),
                other => other.to_string(),
            };
            (k, json!(v))
        })
        .collect();
    let is_public = t
        .get("share_type_access:is_public")
        .or_else(|| t.get("os-share-type-access:is_public"))
        .and_then(Value::as_bool)
        .unwrap_or(true);
    state.write(|tx| {
        if !tx.by_name("share_type", &name, None)?.is_empty() {
            return Ok(Err(ApiError::conflict(format!("Share Type {name} already exists."))));
        }
        let id = seed::uuid();
        let row = Row::new("share_type", id.clone(), json!({"id": id, "name": name, "description": description, "is_public": is_public, "extra_specs": specs, "created_at": now(), "projects": []}));
        tx.put(&row)?;
        let mut view = type_view(tx, ctx, &row)?;
        if let Some(sent) = required_as_sent {
            view["required_extra_specs"]["driver_handles_share_servers"] = sent;
        }
        Ok(Ok(view))
    })?
}

pub(super) fn network_view_of(tx: &Tx, ctx: &Ctx, row: &Row) -> Result<Value, LocalError> {
    network_view(tx, ctx, row)
}

fn network_view(tx: &Tx, ctx: &Ctx, row: &Row) -> Result<Value, LocalError> {
    let subnets: Vec<Value> = tx
        .by_ref("subnet", &row.id)?
        .into_iter()
        .map(|s| s.body)
        .collect();
    Ok(views::share_network(ctx, &row.body, &subnets))
}

fn visible_network(tx: &Tx, ctx: &Ctx, id: &str) -> Result<Row, ApiError> {
    tx.get("share_network", id)?
        .filter(|n| ctx.sees(n))
        .ok_or_else(|| ApiError::not_found(format!("Share network {id} could not be found.")))
}

fn networks(state: &State, ctx: &Ctx, req: &Req, path: &[&str]) -> Result<Resp, ApiError> {
    match (&req.method, path) {
        (&Method::GET, []) | (&Method::GET, ["detail"]) => {
            let detail = path == ["detail"];
            let everyone = all_tenants(req, ctx);
            let list = state.read(|tx| {
                let rows = tx.list(
                    "share_network",
                    if everyone {
                        None
                    } else {
                        Some(&ctx.caller.project_id)
                    },
                )?;
                let mut out = Vec::new();
                let bound = |k: &str| req.query(k).map(|t| parse_time(t).ok_or(t));
                let (since, before) = (bound("created_since"), bound("created_before"));
                if let Some(Err(t)) = since.as_ref().or(before.as_ref()).filter(|b| b.is_err()) {
                    return Ok(Err(ApiError::bad_request(format!(
                        "Invalid date format: {t}. Use ISO 8601."
                    ))));
                }
                let net_filters = [
                    "neutron_net_id",
                    "neutron_subnet_id",
                    "cidr",
                    "ip_version",
                    "network_type",
                    "segmentation_id",
                ];
                let first_subnet = |r: &Row| -> Result<Value, LocalError> {
                    Ok(tx
                        .by_ref("subnet", &r.id)?
                        .into_iter()
                        .next()
                        .map(|s| s.body)
                        .unwrap_or(json!({})))
                };
                let mut kept = Vec::new();
                for r in rows.iter() {
                    if net_filters.iter().any(|k| req.query(k).is_some())
                        && !matches_filters(&first_subnet(r)?, req, &net_filters)
                    {
                        continue;
                    }
                    let at = text(&r.body, "created_at").unwrap_or_default().to_string();
                    if since
                        .as_ref()
                        .is_some_and(|s| s.as_deref().is_ok_and(|s| at.as_str() < s))
                        || before
                            .as_ref()
                            .is_some_and(|b| b.as_deref().is_ok_and(|b| at.as_str() > b))
                    {
                        continue;
                    }
                    kept.push(r);
                }
                for r in kept
                    .into_iter()
                    .filter(|r| matches_filters(&r.body, req, &["name", "project_id"]))
                    .filter(|r| {
                        req.query("security_service_id").is_none_or(|ss| {
                            super::security::of_network(&r.body).iter().any(|i| i == ss)
                        })
                    })
                {
                    out.push(if detail {
                        network_view(tx, ctx, r)?
                    } else {
                        json!({"id": r.id, "name": r.body.get("name")})
                    });
                }
                Ok(Ok(out))
            })??;
            Ok(Resp::ok(json!({"share_networks": list})))
        }
        (&Method::POST, []) => {
            let b = req.json()?;
            let n = b.get("share_network").cloned().ok_or_else(|| {
                ApiError::new(422, "Unable to process the contained instructions")
            })?;
            let project = ctx.caller.project_id.clone();
            let v = state.write(|tx| {
                let limit = quota::limits(tx, &project)?["share_networks"];
                let used = quota::usage(tx, &project)?["share_networks"];
                if limit >= 0 && used + 1 > limit {
                    return Ok(Err(ApiError::over_limit(format!("ShareNetworksLimitExceeded: Maximum number of share-networks allowed ({limit}) exceeded."))));
                }
                if let Some(zone) = n.get("availability_zone").and_then(Value::as_str)
                    && !state.config.backends.iter().any(|b| b.availability_zone == zone)
                {
                    return Ok(Err(ApiError::bad_request(format!("The provided availability zone {zone} does not exist."))));
                }
                let id = seed::uuid();
                // Manila stores what the body gives, a creation time included.
                let stamp = n.get("created_at").and_then(Value::as_str).and_then(parse_time).unwrap_or_else(now);
                let row = Row::new("share_network", id.clone(), json!({
                    "id": id, "name": n.get("name"), "description": n.get("description"), "project_id": project,
                    "created_at": stamp, "updated_at": null, "status": "active"}));
                tx.put(&row)?;
                let sid = seed::uuid();
                let g = |k: &str| n.get(k).cloned().unwrap_or(Value::Null);
                tx.put(&Row::new("subnet", sid.clone(), json!({
                    "id": sid, "share_network_id": id, "share_network_name": n.get("name"), "project_id": project,
                    "neutron_net_id": g("neutron_net_id"), "neutron_subnet_id": g("neutron_subnet_id"),
                    "availability_zone": g("availability_zone"), "created_at": stamp, "updated_at": null,
                    "network_type": g("network_type"), "segmentation_id": g("segmentation_id"), "cidr": g("cidr"),
                    "ip_version": g("ip_version"), "gateway": g("gateway"), "mtu": g("mtu"), "metadata": {}})).with_ref(id))?;
                Ok(Ok(network_view(tx, ctx, &row)?))
            })??;
            Ok(Resp::ok(json!({"share_network": v})))
        }
        (&Method::GET, [id]) => {
            let v = state.read(|tx| match visible_network(tx, ctx, id) {
                Ok(r) => Ok(Ok(network_view(tx, ctx, &r)?)),
                Err(e) => Ok(Err(e)),
            })??;
            Ok(Resp::ok(json!({"share_network": v})))
        }
        (&Method::PUT, [id]) => {
            let b = req.json()?;
            let n = b.get("share_network").cloned().unwrap_or(json!({}));
            let v = state.write(|tx| {
                let mut row = match visible_network(tx, ctx, id) {
                    Ok(r) => r,
                    Err(e) => return Ok(Err(e)),
                };
                for k in ["name", "description"] {
                    if let Some(v) = n.get(k) {
                        row.body[k] = v.clone();
                    }
                }
                row.body["updated_at"] = json!(now());
                let row = Row::new("share_network", id.to_string(), row.body);
                tx.put(&row)?;
                Ok(Ok(network_view(tx, ctx, &row)?))
            })??;
            Ok(Resp::ok(json!({"share_network": v})))
        }
        (&Method::DELETE, [id]) => {
            state.write(|tx| {
                if let Err(e) = visible_network(tx, ctx, id) {
                    return Ok(Err(e));
                }
                let shares = tx
                    .list("share", None)?
                    .into_iter()
                    .filter(|s| text(&s.body, "share_network_id") == Some(id))
                    .count();
                if shares > 0 {
                    return Ok(Err(ApiError::conflict(format!(
                        "Can not delete share network {id}, it has {shares} share(s)."
                    ))));
                }
                for server in tx
                    .list("share_server", None)?
                    .into_iter()
                    .filter(|s| text(&s.body, "share_network_id") == Some(id))
                {
                    manager::remove_server(tx, &server)?;
                }
                for s in tx.by_ref("subnet", id)? {
                    tx.delete("subnet", &s.id)?;
                }
                tx.delete("share_network", id)?;
                Ok(Ok(()))
            })??;
            Ok(Resp::empty(202))
        }
        (&Method::POST, [id, "action"]) => {
            let b = req.json()?;
            match super::security::network_action(state, ctx, id, &b) {
                Some(v) => Ok(Resp::ok(json!({"share_network": v?}))),
                None => Err(ApiError::bad_request(
                    "Invalid request body: unknown action.",
                )),
            }
        }
        (&Method::GET, [id, "subnets"]) => {
            let list = state.read(|tx| {
                if let Err(e) = visible_network(tx, ctx, id) {
                    return Ok(Err(e));
                }
                Ok(Ok(tx
                    .by_ref("subnet", id)?
                    .iter()
                    .map(|s| views::subnet(ctx, &s.body))
                    .collect::<Vec<_>>()))
            })??;
            Ok(Resp::ok(json!({"share_network_subnets": list})))
        }
        (&Method::POST, [id, "subnets"]) => {
            let b = req.json()?;
            let s = b.get("share-network-subnet").cloned().unwrap_or(json!({}));
            if ctx.at(78)
                && let Some(m) = s.get("metadata").and_then(Value::as_object)
            {
                check_metadata(m)?;
            }
            let v = state.write(|tx| {
                let net = match visible_network(tx, ctx, id) {
                    Ok(r) => r,
                    Err(e) => return Ok(Err(e)),
                };
                let az = s.get("availability_zone").cloned().unwrap_or(Value::Null);
                if let Some(zone) = az.as_str()
                    && !state.config.backends.iter().any(|b| b.availability_zone == zone)
                {
                    return Ok(Err(ApiError::bad_request(format!(
                        "The provided availability zone {zone} does not exist."
                    ))));
                }
                // From 2.70 a zone may have several subnets.
                if !ctx.at(70) && tx.by_ref("subnet", id)?.iter().any(|x| x.body.get("availability_zone").unwrap_or(&Value::Null) == &az) {
                    return Ok(Err(ApiError::conflict(format!("Another share network subnet was found in the specified availability zone. Only one share network subnet is allowed per availability zone for share network {id}."))));
                }
                let sid = seed::uuid();
                let body = json!({"id": sid, "share_network_id": id, "share_network_name": net.body.get("name"),
                    "project_id": net.project_id, "neutron_net_id": s.get("neutron_net_id"),
                    "neutron_subnet_id": s.get("neutron_subnet_id"), "availability_zone": az,
                    "created_at": now(), "updated_at": null, "network_type": null, "segmentation_id": null,
                    "cidr": null, "ip_version": null, "gateway": null, "mtu": null,
                    "metadata": s.get("metadata").cloned().unwrap_or(json!({}))});
                tx.put(&Row::new("subnet", sid, body.clone()).with_ref(id.to_string()))?;
                Ok(Ok(views::subnet(ctx, &body)))
            })??;
            Ok(Resp::ok(json!({"share_network_subnet": v})))
        }
        (_, [id, "subnets", sid, "metadata", rest @ ..]) => {
            if !ctx.at(78) {
                return Err(not_found());
            }
            let parent = state.read(|tx| {
                if let Err(e) = visible_network(tx, ctx, id) {
                    return Ok(Err(e));
                }
                Ok(Ok(tx
                    .get("subnet", sid)?
                    .filter(|s| s.ref1.as_deref() == Some(*id))))
            })??;
            if parent.is_none() {
                return Err(ApiError::not_found(format!(
                    "Share network subnet {sid} could not be found."
                )));
            }
            metadata(state, ctx, req, "subnet", sid, rest)
        }
        (&Method::GET, [id, "subnets", sid]) => {
            let v = state.read(|tx| {
                if let Err(e) = visible_network(tx, ctx, id) {
                    return Ok(Err(e));
                }
                Ok(Ok(tx
                    .get("subnet", sid)?
                    .filter(|s| s.ref1.as_deref() == Some(*id))))
            })??;
            let s = v.ok_or_else(|| {
                ApiError::not_found(format!("Share network subnet {sid} could not be found."))
            })?;
            Ok(Resp::ok(
                json!({"share_network_subnet": views::subnet(ctx, &s.body)}),
            ))
        }
        (&Method::DELETE, [id, "subnets", sid]) => {
            state.write(|tx| {
                if let Err(e) = visible_network(tx, ctx, id) {
                    return Ok(Err(e));
                }
                if tx
                    .get("subnet", sid)?
                    .filter(|s| s.ref1.as_deref() == Some(*id))
                    .is_none()
                {
                    return Ok(Err(ApiError::not_found(format!(
                        "Share network subnet {sid} could not be found."
                    ))));
                }
                if !tx
                    .by_field("share", "share_network_subnet_id", sid)?
                    .is_empty()
                {
                    return Ok(Err(ApiError::conflict(
                        "Cannot delete share network subnet, it has one or more shares.",
                    )));
                }
                tx.delete("subnet", sid)?;
                Ok(Ok(()))
            })??;
            Ok(Resp::empty(202))
        }
        _ => Err(ApiError::not_found("The resource could not be found.")),
    }
}

fn servers(state: &State, ctx: &Ctx, req: &Req, path: &[&str]) -> Result<Resp, ApiError> {
    if !ctx.admin() {
        return Err(denied());
    }
    let not_found =
        |id: &str| ApiError::not_found(format!("Share server {id} could not be found."));
    match (&req.method, path) {
        (&Method::GET, []) => {
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
        (&Method::GET, [id]) => {
            let row = state
                .read(|tx| tx.get("share_server", id))?
                .ok_or_else(|| not_found(id))?;
            Ok(Resp::ok(
                json!({"share_server": views::share_server(ctx, &row.body, true)}),
            ))
        }
        (&Method::GET, [id, "details"]) => {
            let row = state
                .read(|tx| tx.get("share_server", id))?
                .ok_or_else(|| not_found(id))?;
            Ok(Resp::ok(
                json!({"details": row.body.get("backend_details").cloned().unwrap_or(json!({}))}),
            ))
        }
        (&Method::DELETE, [id]) => {
            state.write(|tx| {
                let Some(row) = tx.get("share_server", id)? else {
                    return Ok(Err(not_found(id)));
                };
                if !manager::server_shares(tx, id)?.is_empty() {
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
                manager::set_status(tx, row, "deleting")?;
                Ok(Ok(()))
            })??;
            Ok(Resp::empty(202))
        }
        _ => Err(ApiError::not_found("The resource could not be found.")),
    }
}

fn quotas(state: &State, ctx: &Ctx, req: &Req, path: &[&str]) -> Result<Resp, ApiError> {
    let resources = views::quota_resources(ctx);
    let project_of = |p: &str| -> Result<(), ApiError> {
        if ctx.admin() || p == ctx.caller.project_id {
            Ok(())
        } else {
            Err(denied())
        }
    };
    match (&req.method, path) {
        (&Method::GET, [project, rest @ ..]) => {
            project_of(project)?;
            let (detail, defaults) = match rest {
                [] => (false, false),
                ["detail"] if ctx.at(25) => (true, false),
                ["defaults"] => (false, true),
                _ => return Err(not_found()),
            };
            let v = state.read(|tx| quota::view(tx, project, &resources, detail, defaults))?;
            Ok(Resp::ok(json!({"quota_set": v})))
        }
        (&Method::PUT, [project]) => {
            if !ctx.admin() {
                return Err(denied());
            }
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
                tx.put(&Row::new("quota", project.to_string(), set).with_ref(project.to_string()))?;
                Ok(Ok(quota::view(tx, project, &resources, false, false)?))
            })??;
            Ok(Resp::ok(json!({"quota_set": v})))
        }
        (&Method::DELETE, [project]) => {
            if !ctx.admin() {
                return Err(denied());
            }
            state.write(|tx| tx.delete("quota", project))?;
            Ok(Resp::empty(202))
        }
        _ => Err(not_found()),
    }
}

fn pools(state: &State, ctx: &Ctx, req: &Req, detail: bool) -> Result<Resp, ApiError> {
    if !ctx.admin() {
        return Err(denied());
    }
    let allocated = state.read(manager::allocated_by_pool)?;
    let type_specs = match req.query("share_type").filter(|_| ctx.at(23)) {
        Some(t) => Some(
            state
                .read(|tx| find_type(tx, ctx, t))?
                .ok_or_else(|| ApiError::bad_request(format!("Share type {t} not found.")))?
                .body
                .get("extra_specs")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default(),
        ),
        None => None,
    };
    let mut list = Vec::new();
    for c in super::scheduler::candidates(&state.config, |h| allocated.get(h).copied().unwrap_or(0))
    {
        let b = c.backend;
        // Manila matches these filters as regular expressions from the start
        // of the value (`re.match`); one that does not compile matches nothing.
        let pick = |k: &str, v: &str| {
            req.query(k).is_none_or(|want| {
                regex::Regex::new(&format!("^(?:{want})")).is_ok_and(|re| re.is_match(v))
            })
        };
        if !(pick("host", super::super::config::HOST)
            && pick("backend", &b.name)
            && pick("pool", c.pool))
        {
            continue;
        }
        if type_specs
            .as_ref()
            .is_some_and(|s| !super::scheduler::satisfies(b, s))
        {
            continue;
        }
        let mut v = json!({"name": c.host(), "host": super::super::config::HOST, "backend": b.name, "pool": c.pool});
        if detail {
            v["capabilities"] = json!({
                "pool_name": c.pool, "total_capacity_gb": c.total_gb, "free_capacity_gb": c.free_gb(),
                "allocated_capacity_gb": c.allocated_gb, "provisioned_capacity_gb": c.allocated_gb,
                "reserved_percentage": 0, "reserved_snapshot_percentage": 0, "reserved_share_extend_percentage": 0,
                "max_over_subscription_ratio": 1.0, "thin_provisioning": false, "dedupe": false, "compression": false,
                "qos": false, "share_backend_name": b.share_backend_name,
                "driver_handles_share_servers": b.driver_handles_share_servers,
                "snapshot_support": b.snapshot_support, "create_share_from_snapshot_support": b.snapshot_support,
                "revert_to_snapshot_support": false, "mount_snapshot_support": false,
                "encryption_support": if b.encryption_support.is_empty() { Value::Null } else { json!(b.encryption_support) },
                "storage_protocol": super::scheduler::STORAGE_PROTOCOL, "vendor_name": super::scheduler::VENDOR_NAME, "driver_version": env!("CARGO_PKG_VERSION"),
                "driver_name": "sharekeep.local", "replication_domain": null, "ipv4_support": true, "ipv6_support": false,
                "security_service_update_support": false, "network_allocation_update_support": false,
                "share_server_multiple_subnet_support": false, "timestamp": now(),
            });
        }
        list.push(v);
    }
    Ok(Resp::ok(json!({"pools": list})))
}

/// A time as clients send it (`2026-12-01 15:00:17.123456`,
/// `2026-12-01T15:00:17Z`, …) in Manila's stored format, for comparing.
fn parse_time(t: &str) -> Option<String> {
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

fn messages(state: &State, ctx: &Ctx, req: &Req, path: &[&str]) -> Result<Resp, ApiError> {
    if !ctx.at(37) {
        return Err(not_found());
    }
    let visible = |r: &Row| ctx.sees(r);
    match (&req.method, path) {
        (&Method::GET, []) => {
            let rows = state.read(|tx| match req.query("resource_id") {
                Some(id) => tx.by_ref("message", id),
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
                    Some(t) => parse_time(t).map(Some).ok_or_else(|| {
                        ApiError::bad_request(format!("Invalid value '{t}' for {k}."))
                    }),
                }
            };
            let (since, before) = (bound("created_since")?, bound("created_before")?);
            let items: Vec<Value> = items
                .into_iter()
                .filter(|b| {
                    let at = text(b, "created_at").unwrap_or_default();
                    since.as_deref().is_none_or(|s| at > s)
                        && before.as_deref().is_none_or(|e| at < e)
                })
                .collect();
            let items = page(items, req)?;
            Ok(Resp::ok(
                json!({"messages": items.iter().map(|b| views::message(ctx, b)).collect::<Vec<_>>()}),
            ))
        }
        (&Method::GET, [id]) => {
            let row = state
                .read(|tx| tx.get("message", id))?
                .filter(visible)
                .ok_or_else(|| ApiError::not_found(format!("Message {id} could not be found.")))?;
            Ok(Resp::ok(json!({"message": views::message(ctx, &row.body)})))
        }
        (&Method::DELETE, [id]) => {
            state.write(|tx| match tx.get("message", id)?.filter(visible) {
                Some(_) => Ok(Ok(tx.delete("message", id)?)),
                None => Ok(Err(ApiError::not_found(format!(
                    "Message {id} could not be found."
                )))),
            })??;
            Ok(Resp::empty(204))
        }
        _ => Err(not_found()),
    }
}

fn limits(state: &State, ctx: &Ctx) -> Result<Resp, ApiError> {
    let project = ctx.caller.project_id.clone();
    let (l, u) =
        state.read(|tx| Ok((quota::limits(tx, &project)?, quota::usage(tx, &project)?)))?;
    let mut abs = Map::new();
    // The order Manila 23 answers in (observed): the limits, then the usage,
    // each as below; later microversions add their resources in place.
    let all: [(&str, &str, &str, u16); 11] = [
        ("shares", "maxTotalShares", "totalSharesUsed", 0),
        (
            "snapshots",
            "maxTotalShareSnapshots",
            "totalShareSnapshotsUsed",
            0,
        ),
        (
            "gigabytes",
            "maxTotalShareGigabytes",
            "totalShareGigabytesUsed",
            0,
        ),
        (
            "snapshot_gigabytes",
            "maxTotalSnapshotGigabytes",
            "totalSnapshotGigabytesUsed",
            0,
        ),
        (
            "share_networks",
            "maxTotalShareNetworks",
            "totalShareNetworksUsed",
            0,
        ),
        (
            "share_groups",
            "maxTotalShareGroups",
            "totalShareGroupsUsed",
            58,
        ),
        (
            "share_group_snapshots",
            "maxTotalShareGroupSnapshots",
            "totalShareGroupSnapshotsUsed",
            58,
        ),
        (
            "share_replicas",
            "maxTotalShareReplicas",
            "totalShareReplicasUsed",
            53,
        ),
        (
            "replica_gigabytes",
            "maxTotalReplicaGigabytes",
            "totalReplicaGigabytesUsed",
            53,
        ),
        (
            "backups",
            "maxTotalShareBackups",
            "totalShareBackupsUsed",
            80,
        ),
        (
            "backup_gigabytes",
            "maxTotalBackupGigabytes",
            "totalBackupGigabytesUsed",
            80,
        ),
    ];
    let shown: Vec<_> = all.iter().filter(|(.., since)| ctx.at(*since)).collect();
    let max: Vec<(&str, &str)> = shown.iter().map(|(r, m, ..)| (*r, *m)).collect();
    let used: Vec<(&str, &str)> = shown.iter().map(|(r, _, u, _)| (*r, *u)).collect();
    for (r, k) in max {
        abs.insert(k.into(), json!(l.get(r).copied().unwrap_or(-1)));
    }
    for (r, k) in used {
        abs.insert(k.into(), json!(u.get(r).copied().unwrap_or(0)));
    }
    let _ = state;
    Ok(Resp::ok(json!({"limits": {"rate": [], "absolute": abs}})))
}

fn visible_snapshot(tx: &Tx, ctx: &Ctx, id: &str) -> Result<Row, ApiError> {
    tx.get("snapshot", id)?
        .filter(|s| ctx.sees(s))
        .ok_or_else(|| ApiError::not_found(format!("Snapshot {id} could not be found.")))
}

fn snapshots(state: &State, ctx: &Ctx, req: &Req, path: &[&str]) -> Result<Resp, ApiError> {
    match (&req.method, path) {
        (&Method::GET, []) | (&Method::GET, ["detail"]) => {
            let detail = path == ["detail"];
            let everyone = all_tenants(req, ctx);
            let rows = state.read(|tx| {
                tx.list(
                    "snapshot",
                    if everyone {
                        None
                    } else {
                        Some(&ctx.caller.project_id)
                    },
                )
            })?;
            let items: Vec<Value> = rows
                .into_iter()
                .map(|r| r.body)
                .filter(|b| matches_filters(b, req, &["name", "status", "share_id", "description"]))
                .collect();
            let items = page(items, req)?;
            let list = list_views(ctx, items.iter(), detail, "snapshots", views::snapshot);
            Ok(Resp::ok(json!({"snapshots": list})))
        }
        (&Method::POST, []) => {
            let b = req.json()?;
            let s = b.get("snapshot").cloned().ok_or_else(|| {
                ApiError::new(422, "Unable to process the contained instructions")
            })?;
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
                if limits["snapshot_gigabytes"] >= 0 && used["snapshot_gigabytes"] + share.num > limits["snapshot_gigabytes"] {
                    return Ok(Err(ApiError::over_limit("SnapshotSizeExceedsAvailableQuota: Requested snapshot exceeds allowed project/user or share type gigabytes quota.")));
                }
                if limits["snapshots"] >= 0 && used["snapshots"] + 1 > limits["snapshots"] {
                    return Ok(Err(ApiError::over_limit(format!("SnapshotLimitExceeded: Maximum number of snapshots allowed ({}) exceeded.", limits["snapshots"]))));
                }
                let id = seed::uuid();
                let body = json!({"id": id, "share_id": share_id, "share_size": share.num, "created_at": now(),
                    "status": "creating", "name": s.get("name").or_else(|| s.get("display_name")),
                    "description": s.get("description").or_else(|| s.get("display_description")),
                    "size": share.num, "share_proto": share.body.get("share_proto"),
                    "provider_location": format!("snapshot-{id}"), "user_id": ctx.caller.user_id,
                    "project_id": project, "metadata": s.get("metadata").cloned().unwrap_or(json!({}))});
                let row = Row::new("snapshot", id, body).with_num(share.num);
                tx.put(&row)?;
                Ok(Ok(row))
            })??;
            Ok(Resp::json(
                202,
                json!({"snapshot": views::snapshot(ctx, &row.body)}),
            ))
        }
        (&Method::GET, [id]) => {
            let row = state.read(|tx| Ok(visible_snapshot(tx, ctx, id)))??;
            Ok(Resp::ok(
                json!({"snapshot": views::snapshot(ctx, &row.body)}),
            ))
        }
        (&Method::PUT, [id]) => {
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
                let row = Row::new("snapshot", id.to_string(), row.body).with_num(row.num);
                tx.put(&row)?;
                Ok(Ok(row))
            })??;
            Ok(Resp::ok(
                json!({"snapshot": views::snapshot(ctx, &row.body)}),
            ))
        }
        (&Method::DELETE, [id]) => {
            state.write(|tx| {
                let row = match visible_snapshot(tx, ctx, id) {
                    Ok(r) => r,
                    Err(e) => return Ok(Err(e)),
                };
                let st = row.status.clone().unwrap_or_default();
                if !["available", "error"].contains(&st.as_str()) {
                    return Ok(Err(ApiError::forbidden(format!("Invalid share snapshot: Share Snapshot status must be one of ('available', 'error'). Current status: {st}."))));
                }
                manager::set_status(tx, row, "deleting")?;
                Ok(Ok(()))
            })??;
            Ok(Resp::empty(202))
        }
        (&Method::POST, [id, "action"]) => {
            let b = req.json()?;
            if b.get("force_delete").is_some() || b.get("os-force_delete").is_some() {
                if !ctx.admin() {
                    return Err(denied());
                }
                state.write(|tx| match tx.get("snapshot", id)? {
                    Some(row) => Ok(Ok(manager::set_status(tx, row, "deleting")?)),
                    None => Ok(Err(ApiError::not_found(format!(
                        "Snapshot {id} could not be found."
                    )))),
                })??;
                return Ok(Resp::empty(202));
            }
            if let Some(r) = b.get("reset_status").or_else(|| b.get("os-reset_status")) {
                if !ctx.admin() {
                    return Err(denied());
                }
                let status = text(r, "status").unwrap_or_default().to_string();
                state.write(|tx| match tx.get("snapshot", id)? {
                    Some(row) => Ok(Ok(manager::set_status(tx, row, &status)?)),
                    None => Ok(Err(ApiError::not_found(format!(
                        "Snapshot {id} could not be found."
                    )))),
                })??;
                return Ok(Resp::empty(202));
            }
            Err(ApiError::bad_request("Invalid request body"))
        }
        (&Method::GET, [id, "export-locations"]) => {
            state.read(|tx| Ok(visible_snapshot(tx, ctx, id)))??;
            Ok(Resp::ok(json!({"share_snapshot_export_locations": []})))
        }
        (_, [id, "metadata", rest @ ..]) => metadata(state, ctx, req, "snapshot", id, rest),
        _ => Err(not_found()),
    }
}
