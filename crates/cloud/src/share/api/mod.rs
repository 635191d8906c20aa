//! Manila v2's REST for the local cloud: request validation in Manila's
//! order and words, microversions, the default policy (reader, member,
//! admin; one project never sees another's resources), and the answers.
//!
//! Laid out as `manila/api/v2/`: one module per resource (`shares`,
//! `share_actions` with access rules, `types`, `networks` with subnets,
//! `servers`, `snapshots`, `quota_sets`, `pools`, `messages`, `limits`;
//! security services in `../security.rs`), what they share in `common`
//! (filters, paging, list views, metadata), the views in `../views.rs`.
//! This module parses the version header and routes (`route`).

use std::sync::Arc;

use axum::http::Method;
use serde_json::{Map, Value, json};

use super::views::{self, Ctx};
use super::{manager, quota, rows, scheduler, security};
use crate::http::{ApiError, App, Req, Resp, manila_time, now};
use crate::identity::caller;
use crate::seed;
use crate::store::{Row, Tx};
use crate::{LocalError, State, text};
use sharekeep_base::microversion::{HEADER, Microversion};

mod common;
mod limits;
mod messages;
mod networks;
mod pools;
mod quota_sets;
mod servers;
mod share_actions;
mod shares;
mod snapshots;
mod types;

use common::*;
use limits::*;
use messages::*;
pub(in crate::share) use networks::network_view_of;
use networks::*;
use pools::*;
use quota_sets::*;
use servers::*;
use share_actions::*;
use shares::*;
use snapshots::*;
use types::*;

pub const MIN_VERSION: Microversion = Microversion::new(2, 0);

pub const MAX_VERSION: Microversion = Microversion::new(2, 99);

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
            return Ok(echo(e.render(crate::http::Api::Share), MIN_VERSION));
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
        Err(e) => e.render(crate::http::Api::Share),
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
        (_, ["security-services", rest @ ..]) => security::route(state, ctx, req, rest),
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
