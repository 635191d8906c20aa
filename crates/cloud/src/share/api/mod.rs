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
use crate::store::{Row, Tx};
use crate::{LocalError, State, text};
use sharekeep_base::microversion::{HEADER, Microversion};

mod availability_zones;
mod common;
mod extra_specs;
mod limits;
mod messages;
pub(in crate::share) mod network_checks;
mod networks;
mod pools;
mod quota_sets;
mod recycle;
mod resets;
mod routes;
mod servers;
mod share_actions;
mod shares;
mod snapshots;
mod types;

use availability_zones::*;
use common::*;
use extra_specs::*;
use limits::*;
use messages::*;
pub(in crate::share) use networks::network_view_of;
use networks::*;
use pools::*;
use quota_sets::*;
pub(in crate::share) use routes::Params;
use routes::may;
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
    // Manila's routes end where the path does: `shares/` (an empty ID) and
    // `types/{id}/extra_specs/` (an empty key) match none, at any version.
    if req.trailing_slash {
        return Err(not_found());
    }
    // Work left by this or another process (a create without --wait) is
    // done before the answer, so that what the caller reads is current.
    manager::drain(app).await;
    let is_admin = {
        let creds = crate::policy::Creds {
            roles: who.roles.clone(),
            project_id: who.project_id.clone(),
            user_id: who.user_id.clone(),
            is_admin: false,
        };
        let target = [("project_id".to_string(), who.project_id.clone())].into();
        let manila = crate::policy::Service::Manila;
        state
            .policy
            .allows(manila, "context_is_admin", &creds, &target)
    };
    // Endpoints registered with the project in the path
    // (`/share/v2/{project_id}/shares`): Manila routes every resource with
    // and without a segment of hex digits and dashes there; one that is not
    // the token's project is refused (`routes::dispatch`).
    let (url_project, rest) = match path.get(1) {
        Some(p)
            if p.bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f' | b'-')) =>
        {
            (Some(*p), &path[2..])
        }
        _ => (None, &path[1..]),
    };
    let foreign_url_project = url_project.is_some_and(|p| p != who.project_id);
    let link_project = match url_project {
        Some(p) if !foreign_url_project => format!("{p}/"),
        _ => String::new(),
    };
    let ctx = Ctx {
        version,
        caller: who,
        base: state.base_url(),
        is_admin,
        link_project,
        foreign_url_project,
    };
    let out = routes::dispatch(state, &ctx, req, rest);
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
