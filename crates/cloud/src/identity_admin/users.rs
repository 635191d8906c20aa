//! Keystone's users: views, create, update, the password change, and a user's projects.

use super::*;

/// Free-form attributes first (as sent), then Keystone's columns.
pub(super) const USER_COLUMNS: [&str; 6] = [
    "id",
    "name",
    "domain_id",
    "enabled",
    "default_project_id",
    "password_hash",
];

pub(super) fn user_view(ctx: &Ctx, b: &Value) -> Value {
    let mut m = Map::new();
    if let Some(extras) = b.get("extras").and_then(Value::as_object) {
        for (k, v) in extras {
            m.insert(k.clone(), v.clone());
        }
    }
    let id = text(b, "id").unwrap_or_default();
    m.insert("id".into(), json!(id));
    m.insert("name".into(), b.get("name").cloned().unwrap_or(Value::Null));
    m.insert(
        "domain_id".into(),
        b.get("domain_id").cloned().unwrap_or(json!(DOMAIN_ID)),
    );
    m.insert("enabled".into(), json!(enabled(b)));
    if let Some(p) = b.get("default_project_id").filter(|p| !p.is_null()) {
        m.insert("default_project_id".into(), p.clone());
    }
    m.insert("password_expires_at".into(), Value::Null);
    m.insert(
        "options".into(),
        b.get("options").cloned().unwrap_or(json!({})),
    );
    m.insert("links".into(), ctx.link("users", id));
    Value::Object(m)
}

pub(super) fn duplicate_user(name: &str) -> ApiError {
    ApiError::conflict(format!(
        "Conflict occurred attempting to store user - Duplicate entry found with name {name} at domain ID {DOMAIN_ID}."
    ))
}

/// The keys of a user body that are not Keystone's columns: kept and shown first.
pub(super) fn user_extras(o: &Map<String, Value>) -> Map<String, Value> {
    o.iter()
        .filter(|(k, _)| {
            !USER_COLUMNS.contains(&k.as_str())
                && !matches!(k.as_str(), "password" | "options" | "federated" | "links")
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

pub(super) fn password_of(o: &Map<String, Value>) -> Result<Option<String>, ApiError> {
    match o.get("password") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(p)) => Ok(Some(p.clone())),
        Some(_) => Err(ApiError::bad_request(
            "Invalid input for field/attribute password. The password must be a string.",
        )),
    }
}

pub(super) fn create_user(ctx: &Ctx) -> Result<Resp, ApiError> {
    let o = ctx.body("user")?;
    let name = name_of(&o, "user", 255)?;
    check_domain(&o)?;
    let password = password_of(&o)?;
    let default_project = o.get("default_project_id").cloned().unwrap_or(Value::Null);
    let mut user = User::new(&name, default_project);
    user.enabled = json!(o.get("enabled").and_then(Value::as_bool).unwrap_or(true));
    user.options = Some(o.get("options").cloned().unwrap_or(json!({})));
    user.extras = Some(user_extras(&o));
    user.password_hash = password.as_deref().map(crypto::hash_password);
    let row = user.row()?;
    let body = row.body.clone();
    ctx.state.write(|tx| {
        if !tx.by_name("user", &name, None)?.is_empty() {
            return Ok(Err(duplicate_user(&name)));
        }
        if let Some(p) = text(&body, "default_project_id")
            && tx.get("project", p)?.is_none()
        {
            return Ok(Err(ApiError::bad_request(format!(
                "Could not find project: {p}."
            ))));
        }
        tx.put(&row)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::json(201, json!({"user": user_view(ctx, &body)})))
}

pub(super) fn update_user(ctx: &Ctx, id: &str) -> Result<Resp, ApiError> {
    let o = ctx.body("user")?;
    if o.is_empty() {
        return Err(ApiError::bad_request(
            "Invalid input for field/attribute user. Value: {}. {} does not have enough properties",
        ));
    }
    if o.get("id").and_then(Value::as_str).is_some_and(|i| i != id) {
        return Err(ApiError::bad_request("Cannot change ID"));
    }
    let name = match o.get("name") {
        Some(_) => Some(name_of(&o, "user", 255)?),
        None => None,
    };
    let password = password_of(&o)?;
    let hash = password.as_deref().map(crypto::hash_password);
    let body = ctx.state.write(|tx| {
        let Some(row) = tx.get("user", id)? else {
            return Ok(Err(not_found("user", id)));
        };
        let mut user = User::from_row(&row)?;
        if let Some(n) = &name {
            if tx.by_name("user", n, None)?.iter().any(|r| r.id != id) {
                return Ok(Err(duplicate_user(n)));
            }
            user.name = n.clone();
        }
        let mut revoke = false;
        if let Some(h) = &hash {
            user.password_hash = Some(h.clone());
            revoke = true;
        }
        if let Some(e) = o.get("enabled").and_then(Value::as_bool) {
            revoke |= !e;
            user.enabled = json!(e);
        }
        if let Some(v) = o.get("default_project_id") {
            user.default_project_id = v.clone();
        }
        if let Some(v) = o.get("options") {
            user.options = Some(v.clone());
        }
        user.extras.get_or_insert_default().extend(user_extras(&o));
        if revoke {
            revoke_tokens(tx, id)?;
        }
        let row = user.row()?;
        tx.put(&row)?;
        Ok(Ok(row.body))
    })??;
    Ok(Resp::ok(json!({"user": user_view(ctx, &body)})))
}

/// `POST /v3/users/{id}/password`: the original password is the
/// authentication; every token of the user is revoked.
pub(super) fn change_password(state: &State, req: &Req, id: &str) -> Result<Resp, ApiError> {
    let b = req.json()?;
    let u = b
        .get("user")
        .and_then(Value::as_object)
        .ok_or_else(|| ApiError::bad_request("'user' is a required property"))?;
    let (Some(new), Some(old)) = (
        u.get("password").and_then(Value::as_str),
        u.get("original_password").and_then(Value::as_str),
    ) else {
        return Err(ApiError::bad_request(
            "'password' and 'original_password' are required properties",
        ));
    };
    let hash = crypto::hash_password(new);
    state.write(|tx| {
        let Some(row) = tx.get("user", id)? else {
            return Ok(Err(ApiError::unauthorized()));
        };
        let mut user = User::from_row(&row)?;
        let stored = user.password_hash.as_deref().unwrap_or_default();
        if !crypto::verify_password(old, stored) {
            return Ok(Err(ApiError::unauthorized()));
        }
        if !user.is_enabled() {
            return Ok(Err(ApiError::new(
                401,
                format!("The account is disabled for user: {id}."),
            )));
        }
        user.password_hash = Some(hash);
        revoke_tokens(tx, id)?;
        tx.put(&user.row()?)?;
        Ok(Ok(Resp::empty(204)))
    })?
}

/// The projects where `user_id` has a role.
pub(super) fn user_projects(ctx: &Ctx, user_id: &str) -> Result<Vec<Value>, ApiError> {
    Ok(ctx.state.read(|tx| {
        let mut ids: Vec<String> = assignments(tx)?
            .iter()
            .filter(|a| field(a, "user_id") == user_id)
            .map(|a| field(a, "project_id").to_string())
            .collect();
        ids.sort();
        ids.dedup();
        let mut out = Vec::new();
        for id in ids {
            if let Some(p) = tx.get("project", &id)?
                && filters_match(ctx.req, &p.body, &["name", "domain_id"])
            {
                out.push(project_view(ctx, &p.body));
            }
        }
        Ok(out)
    })?)
}
