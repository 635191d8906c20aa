//! Manila's security services (LDAP, Kerberos, Active Directory settings a
//! share network's servers join) and the share-network actions that attach
//! them. The local back ends join nothing; the records, views, filters and
//! refusals are Manila's. The `password` is shown back to the project, as
//! Manila does, and kept sealed with the state's key encryption key.

use serde_json::{Map, Value, json};

use super::api::{Params, network_checks};
use super::models::{Record, SECURITY_SERVICE_TYPES, SecurityService, ShareNetwork};
use super::views::Ctx;
use crate::http::{ApiError, Req, Resp, now};
use crate::store::{Row, Tx};
use crate::{LocalError, State, text};

/// The fields a security service carries (besides id, name, type).
const FIELDS: [&str; 8] = [
    "description",
    "dns_ip",
    "server",
    "domain",
    "user",
    "password",
    "ou",
    "default_ad_site",
];

fn not_found() -> ApiError {
    ApiError::not_found("The resource could not be found.")
}

/// The security services a network holds (IDs).
pub fn of_network(network: &Row) -> Result<Vec<String>, LocalError> {
    Ok(ShareNetwork::from_row(network)?.security_service_ids)
}

fn networks_with(tx: &Tx, id: &str) -> Result<Vec<Row>, LocalError> {
    let mut out = Vec::new();
    for n in tx.list("share_network", None)? {
        if of_network(&n)?.iter().any(|s| s == id) {
            out.push(n);
        }
    }
    Ok(out)
}

fn view(state: &State, ctx: &Ctx, row: &Row, detail: bool) -> Result<Value, LocalError> {
    let ss = SecurityService::from_row(row)?;
    let mut m = Map::new();
    m.insert("id".into(), json!(ss.id));
    m.insert("name".into(), ss.name.clone());
    m.insert("type".into(), json!(ss.kind));
    m.insert("status".into(), json!("new"));
    if detail {
        m.insert("created_at".into(), json!(ss.created_at));
        m.insert("updated_at".into(), json!(ss.updated_at));
        for k in ["description", "dns_ip", "server", "domain", "user"] {
            m.insert(k.into(), ss.setting(k));
        }
        let password = ss
            .password_sealed
            .as_deref()
            .and_then(|s| state.kek.open(&ss.id, s).ok())
            .map(|p| json!(String::from_utf8_lossy(&p)))
            .unwrap_or(Value::Null);
        m.insert("password".into(), password);
        m.insert("project_id".into(), json!(ss.project_id));
        if ctx.at(44) {
            m.insert("ou".into(), ss.setting("ou"));
        }
        if ctx.at(76) {
            m.insert("default_ad_site".into(), ss.setting("default_ad_site"));
        }
    }
    Ok(Value::Object(m))
}

pub(in crate::share) fn list_security_services(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    _: &Params,
    detail: bool,
) -> Result<Resp, ApiError> {
    let list = state.read(|tx| {
        let rows: Vec<Row> = match req.query("share_network_id") {
            Some(n) => {
                let Some(net) = ctx.visible(tx, "share_network", n)? else {
                    return Ok(Err(ApiError::not_found(format!(
                        "Share network {n} could not be found."
                    ))));
                };
                let mut out = Vec::new();
                for id in of_network(&net)? {
                    out.extend(tx.get("security_service", &id)?);
                }
                out
            }
            None => {
                let everyone = ctx.admin()
                    && req
                        .query("all_tenants")
                        .is_some_and(|v| !matches!(v, "0" | "false" | "False"));
                tx.list(
                    "security_service",
                    (!everyone).then_some(ctx.caller.project_id.as_str()),
                )?
            }
        };
        let mut out = Vec::new();
        for r in rows.iter().filter(|r| {
            ["name", "id", "type", "user", "server", "dns_ip", "domain"]
                .iter()
                .all(|k| {
                    req.query(k).is_none_or(|want| {
                        if *k == "id" {
                            r.id == want
                        } else {
                            text(&r.body, k) == Some(want)
                        }
                    })
                })
        }) {
            let mut v = view(state, ctx, r, detail)?;
            if detail {
                let nets: Vec<String> = networks_with(tx, &r.id)?
                    .into_iter()
                    .map(|n| n.id)
                    .collect();
                v["share_networks"] = json!(nets);
            }
            out.push(v);
        }
        Ok(Ok(out))
    })??;
    Ok(Resp::ok(json!({"security_services": list})))
}

pub(in crate::share) fn create_security_service(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    _: &Params,
) -> Result<Resp, ApiError> {
    let s = body(req)?;
    let kind = s.get("type").and_then(Value::as_str).unwrap_or_default();
    if !SECURITY_SERVICE_TYPES.contains(&kind) {
        return Err(ApiError::bad_request(format!(
            "Invalid input received: Invalid type {} specified for security service. Valid types are {}",
            if kind.is_empty() { "None" } else { kind },
            SECURITY_SERVICE_TYPES.join(",")
        )));
    }
    check_ad_site(ctx, &s, kind)?;
    let name = s.get("name").cloned().unwrap_or(Value::Null);
    let mut ss = SecurityService::new(kind, name, &ctx.caller.project_id, now());
    apply(state, &mut ss, &s);
    let row = ss.row()?;
    state.write(|tx| tx.put(&row))?;
    Ok(Resp::ok(
        json!({"security_service": view(state, ctx, &row, true)?}),
    ))
}

pub(in crate::share) fn show_security_service(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let row = state
        .read(|tx| ctx.visible(tx, "security_service", id))?
        .ok_or_else(not_found)?;
    Ok(Resp::ok(
        json!({"security_service": view(state, ctx, &row, true)?}),
    ))
}

pub(in crate::share) fn update_security_service(
    state: &State,
    ctx: &Ctx,
    req: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    let s = body(req)?;
    let row = state.write(|tx| {
            let Some(row) = ctx.visible(tx, "security_service", id)? else {
                return Ok(Err(not_found()));
            };
            let mut ss = SecurityService::from_row(&row)?;
            let in_use = networks_with(tx, id)?
                .iter()
                .any(|n| !tx.by_field("share_server", "share_network_id", &n.id).map(|v| v.is_empty()).unwrap_or(true));
            if in_use && s.keys().any(|k| k != "name" && k != "description") {
                return Ok(Err(ApiError::forbidden(format!(
                    "Cannot update security service {id}. It is attached to share network with share server associated. Only 'name' and 'description' fields are available for update."
                ))));
            }
            if let Err(e) = check_ad_site(ctx, &s, &ss.kind) {
                return Ok(Err(e));
            }
            if let Some(n) = s.get("name") {
                ss.name = n.clone();
            }
            apply(state, &mut ss, &s);
            ss.updated_at = Some(now());
            let row = ss.row()?;
            tx.put(&row)?;
            Ok(Ok(row))
        })??;
    Ok(Resp::ok(
        json!({"security_service": view(state, ctx, &row, true)?}),
    ))
}

pub(in crate::share) fn delete_security_service(
    state: &State,
    ctx: &Ctx,
    _: &Req,
    p: &Params,
) -> Result<Resp, ApiError> {
    let id: &&str = &p.get("id");
    state.write(|tx| {
        if ctx.visible(tx, "security_service", id)?.is_none() {
            return Ok(Err(not_found()));
        }
        if !networks_with(tx, id)?.is_empty() {
            return Ok(Err(ApiError::forbidden(
                "Cannot delete security service. It is assigned to share network(s)",
            )));
        }
        tx.delete("security_service", id)?;
        Ok(Ok(Resp::empty(202)))
    })?
}

/// The request's `security_service` object (422 without one, as Manila).
fn body(req: &Req) -> Result<Map<String, Value>, ApiError> {
    req.json()?
        .get("security_service")
        .and_then(Value::as_object)
        .cloned()
        .ok_or_else(|| ApiError::new(422, "Unable to process the contained instructions"))
}

fn check_ad_site(ctx: &Ctx, s: &Map<String, Value>, kind: &str) -> Result<(), ApiError> {
    if s.get("default_ad_site").is_some_and(|v| !v.is_null()) {
        if !ctx.at(76) {
            return Err(ApiError::bad_request(
                "\"default_ad_site\" is only supported from API version 2.76.",
            ));
        }
        if kind == "active_directory" && s.get("server").is_some_and(|v| !v.is_null()) {
            return Err(ApiError::bad_request(
                "Invalid input received: Cannot create security service because both server and 'default_ad_site' were provided, Specify either server or 'default_ad_site'.",
            ));
        }
    }
    Ok(())
}

/// Copy the given settings into the record; the password is sealed.
fn apply(state: &State, ss: &mut SecurityService, s: &Map<String, Value>) {
    for k in FIELDS {
        let Some(v) = s.get(k) else { continue };
        if k == "password" {
            ss.password_sealed = v.as_str().map(|p| state.kek.seal(&ss.id, p.as_bytes()));
        } else {
            ss.settings.insert(k.into(), v.clone());
        }
    }
}

/// `POST /share-networks/{id}/action` with `add_security_service` or
/// `remove_security_service`; `None` for other actions.
pub fn network_action(
    state: &State,
    ctx: &Ctx,
    network_id: &str,
    body: &Value,
) -> Option<Result<Value, ApiError>> {
    let (add, arg) = match (
        body.get("add_security_service"),
        body.get("remove_security_service"),
    ) {
        (Some(a), _) => (true, a),
        (_, Some(r)) => (false, r),
        _ => return None,
    };
    let ss_id = text(arg, "security_service_id")
        .unwrap_or_default()
        .to_string();
    Some(
        state
            .write(|tx| {
                let Some(net) = ctx.visible(tx, "share_network", network_id)? else {
                    return Ok(Err(ApiError::not_found(format!(
                        "Share network {network_id} could not be found."
                    ))));
                };
                let Some(ss) = ctx.visible(tx, "security_service", &ss_id)? else {
                    return Ok(Err(ApiError::not_found(format!(
                        "Security service {ss_id} could not be found."
                    ))));
                };
                let mut network = ShareNetwork::from_row(&net)?;
                if add {
                    // Manila's checks of an addition; on a network with
                    // servers, one their back ends answered must come first.
                    let new = SecurityService::from_row(&ss)?;
                    let in_use = !tx.by_field("share_server", "share_network_id", &network.id)?.is_empty();
                    if in_use && !ctx.at(63) {
                        return Ok(Err(ApiError::forbidden(
                            "Cannot add security services. Share network is used.",
                        )));
                    }
                    let hosts = match network_checks::initial_checks(tx, &network, &new, None)? {
                        Ok(hosts) => hosts,
                        Err(e) => return Ok(Err(e)),
                    };
                    if !hosts.is_empty() {
                        let key = network_checks::update_key(&new, None);
                        if let Err(e) = network_checks::take_check(tx, &network.id, &key)? {
                            return Ok(Err(e));
                        }
                    }
                    network.security_service_ids.push(ss_id.clone());
                } else {
                    let ids = &mut network.security_service_ids;
                    if !ids.contains(&ss_id) {
                        return Ok(Err(ApiError::bad_request(format!(
                            "Invalid input received: Security service {ss_id} is not associated with share network {network_id}"
                        ))));
                    }
                    ids.retain(|i| *i != ss_id);
                }
                let net = network.row()?;
                tx.put(&net)?;
                Ok(Ok(net))
            })
            .map_err(ApiError::from)
            .and_then(|r| r)
            .and_then(|net| {
                state
                    .read(|tx| super::api::network_view_of(tx, ctx, &net))
                    .map_err(ApiError::from)
            }),
    )
}
