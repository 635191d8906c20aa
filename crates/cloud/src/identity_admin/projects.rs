//! Keystone's projects and the Default domain: views, create and update.

use super::*;

pub(super) fn domain_view(ctx: &Ctx) -> Value {
    json!({"id": DOMAIN_ID, "name": DOMAIN_NAME, "description": "The default domain",
           "enabled": true, "tags": [], "options": {}, "links": ctx.link("domains", DOMAIN_ID)})
}

pub(super) fn project_view(ctx: &Ctx, b: &Value) -> Value {
    let g = |k: &str| b.get(k).cloned().unwrap_or(Value::Null);
    let id = text(b, "id").unwrap_or_default();
    json!({
        "id": id, "name": g("name"), "domain_id": g("domain_id"),
        "description": b.get("description").cloned().unwrap_or(json!("")),
        "enabled": enabled(b), "parent_id": g("parent_id"), "is_domain": false,
        "tags": b.get("tags").cloned().unwrap_or(json!([])),
        "options": b.get("options").cloned().unwrap_or(json!({})),
        "links": ctx.link("projects", id),
    })
}

pub(super) fn check_domain(o: &Map<String, Value>) -> Result<(), ApiError> {
    match o.get("domain_id").and_then(Value::as_str) {
        None => Ok(()),
        Some(d) if d == DOMAIN_ID => Ok(()),
        Some(d) => Err(ApiError::bad_request(format!(
            "Could not find domain: {d}."
        ))),
    }
}

pub(super) fn duplicate_project(name: &str, id: &str) -> ApiError {
    ApiError::conflict(format!(
        "Conflict occurred attempting to store project - it is not permitted to have two projects with either the same name or same id in the same domain: name is {name}, project id {id}."
    ))
}

pub(super) fn create_project(ctx: &Ctx) -> Result<Resp, ApiError> {
    let o = ctx.body("project")?;
    let name = name_of(&o, "project", 64)?;
    check_domain(&o)?;
    if o.get("is_domain").and_then(Value::as_bool) == Some(true) {
        return Err(ApiError::forbidden(
            "The local cloud has one domain, Default; it cannot make others.",
        ));
    }
    let mut project = Project::new(&name);
    if let Some(d) = o.get("description") {
        project.description = d.clone();
    }
    project.enabled = json!(o.get("enabled").and_then(Value::as_bool).unwrap_or(true));
    project.tags = Some(o.get("tags").cloned().unwrap_or(json!([])));
    project.options = Some(o.get("options").cloned().unwrap_or(json!({})));
    let row = project.row()?;
    let body = row.body.clone();
    ctx.state.write(|tx| {
        if !tx.by_name("project", &name, None)?.is_empty() {
            return Ok(Err(duplicate_project(&name, &project.id)));
        }
        tx.put(&row)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::json(
        201,
        json!({"project": project_view(ctx, &body)}),
    ))
}

pub(super) fn update_project(ctx: &Ctx, id: &str) -> Result<Resp, ApiError> {
    let o = ctx.body("project")?;
    if o.get("id").and_then(Value::as_str).is_some_and(|i| i != id) {
        return Err(ApiError::bad_request("Cannot change ID"));
    }
    let name = match o.get("name") {
        Some(_) => Some(name_of(&o, "project", 64)?),
        None => None,
    };
    let body = ctx.state.write(|tx| {
        let Some(row) = tx.get("project", id)? else {
            return Ok(Err(not_found("project", id)));
        };
        let mut project = Project::from_row(&row)?;
        if let Some(n) = &name {
            if tx.by_name("project", n, None)?.iter().any(|r| r.id != id) {
                return Ok(Err(duplicate_project(n, id)));
            }
            project.name = n.clone();
        }
        let given = |k: &str| o.get(k).cloned();
        if let Some(v) = given("description") {
            project.description = v;
        }
        if let Some(v) = given("enabled") {
            project.enabled = v;
        }
        project.tags = given("tags").or(project.tags);
        project.options = given("options").or(project.options);
        let row = project.row()?;
        tx.put(&row)?;
        Ok(Ok(row.body))
    })??;
    Ok(Resp::ok(json!({"project": project_view(ctx, &body)})))
}
