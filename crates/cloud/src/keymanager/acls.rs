//! Barbican's secret ACLs: the view, the set (PUT and PATCH), and the read grants that Manila's service user needs.

use super::*;

pub(super) fn acl_view(b: &Value) -> Value {
    match b.get("acl") {
        Some(acl) => json!({"read": {
            "created": acl.get("created"), "updated": acl.get("updated"),
            "users": acl.get("users").cloned().unwrap_or(json!([])),
            "project-access": acl.get("project-access").cloned().unwrap_or(json!(true)),
        }}),
        None => json!({"read": {"project-access": true}}),
    }
}

/// `PUT` replaces the read ACL; `PATCH` adds users and may change
/// `project-access`.
pub(super) fn set_acl(state: &State, who: &Caller, id: &str, req: &Req) -> Result<Resp, ApiError> {
    let mut row = secret(
        state,
        who,
        id,
        "secret_acls:put_patch",
        "SecretACL(s) Update",
    )?;
    let b = req.json()?;
    let read = b.get("read").cloned().unwrap_or(json!({}));
    let users: Vec<String> = match read.get("users") {
        None => Vec::new(),
        Some(Value::Array(u)) => u
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        Some(_) => {
            return Err(ApiError::bad_request(
                "Provided object does not match schema 'ACL': 'users' must be a list",
            ));
        }
    };
    let replace = req.method == Method::PUT;
    let stamp = now();
    let old = row.body.get("acl").cloned();
    let mut acl = if replace {
        Map::new()
    } else {
        old.as_ref()
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default()
    };
    let mut all: Vec<String> = if replace {
        Vec::new()
    } else {
        acl.get("users")
            .and_then(Value::as_array)
            .map(|u| {
                u.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    for u in users {
        if !all.contains(&u) {
            all.push(u);
        }
    }
    acl.insert("users".into(), json!(all));
    if let Some(pa) = read.get("project-access") {
        acl.insert("project-access".into(), json!(pa.as_bool().unwrap_or(true)));
    } else if replace {
        acl.insert("project-access".into(), json!(true));
    }
    acl.insert(
        "created".into(),
        old.as_ref()
            .and_then(|o| o.get("created"))
            .cloned()
            .unwrap_or(json!(stamp)),
    );
    acl.insert("updated".into(), json!(stamp));
    row.body["acl"] = Value::Object(acl);
    state.write(|tx| tx.put(&row))?;
    Ok(Resp::ok(
        json!({"acl_ref": format!("{}/acl", href(state, "secrets", id))}),
    ))
}

/// Replace a secret's read ACL from inside the local cloud (the share
/// service's hand-off, done in the caller's transaction).
pub fn grant_read(tx: &Tx, secret_id: &str, user_id: &str) -> Result<bool, crate::LocalError> {
    let Some(mut row) = tx.get("secret", secret_id)? else {
        return Ok(false);
    };
    let stamp = now();
    let created = row
        .body
        .pointer("/acl/created")
        .cloned()
        .unwrap_or(json!(stamp));
    row.body["acl"] =
        json!({"users": [user_id], "project-access": false, "created": created, "updated": stamp});
    tx.put(&row)?;
    Ok(true)
}

/// Take `user_id` off a secret's read ACL (when the share service lets go of
/// the key); the ACL entry goes when no user is left on it.
pub fn revoke_read(tx: &Tx, secret_id: &str, user_id: &str) -> Result<(), crate::LocalError> {
    let Some(mut row) = tx.get("secret", secret_id)? else {
        return Ok(());
    };
    let Some(acl) = row.body.get_mut("acl").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    if let Some(Value::Array(users)) = acl.get_mut("users") {
        users.retain(|u| u.as_str() != Some(user_id));
        if users.is_empty()
            && let Some(b) = row.body.as_object_mut()
        {
            b.remove("acl");
        }
    }
    tx.put(&row)
}
