//! Barbican's quotas: a project's effective quotas (`GET /v1/quotas`), the
//! administrator's per-project settings (`/v1/project-quotas`), and their
//! enforcement when a secret, an order, a container or a consumer is made.
//! As Barbican 23 with its default configuration: every default is
//! unlimited (-1), 0 disables a resource, a value below -1 is unlimited too.

use super::*;

/// Barbican's default for every resource (`[quotas] quota_*`).
const UNLIMITED: i64 = -1;

/// `/v1/quotas` and `/v1/project-quotas[/{id}]`, or `None` for another path.
pub(super) fn route(state: &State, who: &Caller, req: &Req) -> Option<Result<Resp, ApiError>> {
    let path = req.path();
    Some(match (&req.method, path.as_slice()) {
        (&Method::GET, ["v1", "quotas"]) => effective(state, who),
        (_, ["v1", "quotas"]) => Err(not_allowed()),
        (&Method::GET, ["v1", "project-quotas"]) => list(state, who, req),
        (_, ["v1", "project-quotas"]) => Err(not_allowed()),
        (&Method::GET, ["v1", "project-quotas", project]) => show(state, who, project),
        (&Method::PUT, ["v1", "project-quotas", project]) => set(state, who, project, req),
        (&Method::DELETE, ["v1", "project-quotas", project]) => unset(state, who, project),
        (_, ["v1", "project-quotas", _]) => Err(not_allowed()),
        _ => return None,
    })
}

fn not_allowed() -> ApiError {
    ApiError::new(405, "")
}

fn not_found() -> ApiError {
    ApiError::not_found("Project quotas not found.")
}

fn configured(tx: &Tx, project: &str) -> Result<Option<ProjectQuotas>, crate::LocalError> {
    tx.get(ProjectQuotas::KIND, project)?
        .map(|row| ProjectQuotas::from_row(&row))
        .transpose()
}

/// What a project may have of `resource`: its setting, else the default.
fn effective_quota(quotas: Option<&ProjectQuotas>, resource: &str) -> i64 {
    quotas.and_then(|q| q.get(resource)).unwrap_or(UNLIMITED)
}

fn effective(state: &State, who: &Caller) -> Result<Resp, ApiError> {
    permit(state, who, "quotas:get", "Quotas")?;
    let quotas = state.read(|tx| configured(tx, &who.project_id))?;
    let view: Map<String, Value> = QUOTA_RESOURCES
        .iter()
        .map(|r| (r.to_string(), json!(effective_quota(quotas.as_ref(), r))))
        .collect();
    Ok(Resp::ok(json!({ "quotas": view })))
}

/// A project's settings as Barbican shows them: every resource, unset ones null.
fn settings_view(q: &ProjectQuotas) -> Value {
    let view: Map<String, Value> = QUOTA_RESOURCES
        .iter()
        .map(|r| (r.to_string(), json!(q.get(r))))
        .collect();
    Value::Object(view)
}

fn list(state: &State, who: &Caller, req: &Req) -> Result<Resp, ApiError> {
    permit(state, who, "project_quotas:get", "Project Quotas")?;
    let (offset, limit) = paging(req);
    let rows = state.read(|tx| tx.list(ProjectQuotas::KIND, None))?;
    let total = rows.len();
    let mut page = Vec::new();
    for row in rows.iter().skip(offset).take(limit) {
        let q = ProjectQuotas::from_row(row)?;
        page.push(json!({"project_id": q.id, "project_quotas": settings_view(&q)}));
    }
    Ok(Resp::ok(paged(
        state,
        ("project_quotas", "project-quotas"),
        page,
        (offset, limit, total),
    )))
}

fn show(state: &State, who: &Caller, project: &str) -> Result<Resp, ApiError> {
    permit(state, who, "project_quotas:get", "Project Quotas")?;
    let quotas = state
        .read(|tx| configured(tx, project))?
        .ok_or_else(not_found)?;
    Ok(Resp::ok(json!({"project_quotas": settings_view(&quotas)})))
}

/// `PUT`: the given resources set, the others kept (as Barbican updates them).
fn set(state: &State, who: &Caller, project: &str, req: &Req) -> Result<Resp, ApiError> {
    permit(state, who, "project_quotas:put", "Project Quotas")?;
    if req.body.is_empty() {
        return Err(ApiError::bad_request(
            "Project Quotas issue seen - No data supplied to process..",
        ));
    }
    let given = parse_settings(&json_body(req)?)?;
    state.write(|tx| {
        let mut quotas = configured(tx, project)?.unwrap_or_else(|| ProjectQuotas {
            id: project.to_string(),
            created: now(),
            ..ProjectQuotas::default()
        });
        quotas.quotas.extend(given);
        tx.put(&quotas.row()?)
    })?;
    Ok(Resp::empty(204))
}

/// The body's `project_quotas`, checked as Barbican's `Project Quota` schema checks it.
fn parse_settings(body: &Value) -> Result<Vec<(String, i64)>, ApiError> {
    let refuse = |reason: String, property: &str| {
        ApiError::bad_request(format!(
            "Provided object does not match schema 'Project Quota': {reason}. Invalid property: '{property}'"
        ))
    };
    let Some(top) = body.as_object() else {
        return Err(refuse(
            format!(
                "{} is not of type 'object'",
                sharekeep_base::pyrepr::repr(body)
            ),
            "None",
        ));
    };
    // JSON Schema's order: `required` is checked before `additionalProperties`.
    let Some(settings) = top.get("project_quotas") else {
        return Err(refuse(
            "'project_quotas' is a required property".into(),
            "None",
        ));
    };
    if let Some(extra) = top.keys().find(|k| *k != "project_quotas") {
        return Err(refuse(
            format!("Additional properties are not allowed ('{extra}' was unexpected)"),
            "None",
        ));
    }
    let Some(settings) = settings.as_object() else {
        return Err(refuse(
            format!(
                "{} is not of type 'object'",
                sharekeep_base::pyrepr::repr(settings)
            ),
            "project_quotas",
        ));
    };
    let mut out = Vec::new();
    for (resource, value) in settings {
        if !QUOTA_RESOURCES.contains(&resource.as_str()) {
            return Err(refuse(
                format!("Additional properties are not allowed ('{resource}' was unexpected)"),
                "project_quotas",
            ));
        }
        // JSON Schema's integer: a number with no fraction (5.0 too), not a bool.
        let n = value.as_i64().or_else(|| {
            value
                .as_f64()
                .filter(|f| f.fract() == 0.0)
                .map(|f| f as i64)
        });
        let Some(n) = n else {
            return Err(refuse(
                format!(
                    "{} is not of type 'integer'",
                    sharekeep_base::pyrepr::repr(value)
                ),
                "project_quotas",
            ));
        };
        out.push((resource.clone(), n));
    }
    Ok(out)
}

fn unset(state: &State, who: &Caller, project: &str) -> Result<Resp, ApiError> {
    permit(state, who, "project_quotas:delete", "Project Quotas")?;
    if !state.write(|tx| tx.delete(ProjectQuotas::KIND, project))? {
        return Err(not_found());
    }
    Ok(Resp::empty(204))
}

/// Barbican's refusal of a creation its quota forbids; `operation` as
/// `Secret creation`.
pub(super) fn reached(operation: &str) -> ApiError {
    ApiError::forbidden(format!(
        "{operation} issue seen - Creation not allowed because a quota has been reached."
    ))
}

/// Whether `project` may not make one more of `resource` (`secrets`,
/// `orders`, `containers`, `consumers`): checked in the transaction that
/// makes it, so that two at once cannot both pass.
pub(super) fn full(tx: &Tx, project: &str, resource: &str) -> Result<bool, crate::LocalError> {
    let quotas = configured(tx, project)?;
    let quota = effective_quota(quotas.as_ref(), resource);
    if quota <= UNLIMITED {
        return Ok(false);
    }
    if quota == 0 {
        return Ok(true);
    }
    let kind = match resource {
        "secrets" => "secret",
        "orders" => "order",
        "containers" => "container",
        _ => Consumer::KIND,
    };
    let (count, _) = tx.count(kind, project, &[])?;
    Ok(count >= quota)
}

/// Barbican's paging arguments: `offset` (0) and `limit` (10, at most 100).
pub(super) fn paging(req: &Req) -> (usize, usize) {
    let limit: usize = req
        .query("limit")
        .and_then(|l| l.parse().ok())
        .unwrap_or(10)
        .min(100);
    let offset: usize = req
        .query("offset")
        .and_then(|o| o.parse().ok())
        .unwrap_or(0);
    (offset, limit)
}

/// A page of `collection` as Barbican answers it: the items under `plural`,
/// the `previous` and `next` links where there are such pages, the `total`.
pub(super) fn paged(
    state: &State,
    (plural, collection): (&str, &str),
    page: Vec<Value>,
    (offset, limit, total): (usize, usize, usize),
) -> Value {
    let link = |off: usize| {
        format!(
            "{}/key-manager/v1/{collection}?limit={limit}&offset={off}",
            state.base_url()
        )
    };
    let mut body = Map::new();
    body.insert(plural.into(), Value::Array(page));
    if offset > 0 {
        body.insert("previous".into(), json!(link(offset.saturating_sub(limit))));
    }
    if offset.saturating_add(limit) < total {
        body.insert("next".into(), json!(link(offset + limit)));
    }
    body.insert("total".into(), json!(total));
    Value::Object(body)
}
