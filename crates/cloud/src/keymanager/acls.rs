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
    let row = secret(
        state,
        who,
        id,
        "secret_acls:put_patch",
        "SecretACL(s) Update",
    )?;
    let b = json_body(req)?;
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
    let mut record = Secret::from_row(&row)?;
    let old = record.acl.take();
    let mut all: Vec<String> = match (&old, replace) {
        (Some(acl), false) => acl.users.clone(),
        _ => Vec::new(),
    };
    for u in users {
        if !all.contains(&u) {
            all.push(u);
        }
    }
    let project_access = match read.get("project-access") {
        Some(pa) => Some(pa.as_bool().unwrap_or(true)),
        None if replace => Some(true),
        None => old.as_ref().and_then(|a| a.project_access),
    };
    record.acl = Some(Acl {
        users: all,
        project_access,
        created: old.map_or(stamp.clone(), |a| a.created),
        updated: stamp,
    });
    let row = record.row()?;
    state.write(|tx| tx.put(&row))?;
    Ok(Resp::ok(
        json!({"acl_ref": format!("{}/acl", href(state, "secrets", id))}),
    ))
}

/// Replace a secret's read ACL from inside the local cloud (the share
/// service's hand-off, done in the caller's transaction).
pub fn grant_read(tx: &Tx, secret_id: &str, user_id: &str) -> Result<bool, crate::LocalError> {
    let Some(row) = tx.get("secret", secret_id)? else {
        return Ok(false);
    };
    let mut secret = Secret::from_row(&row)?;
    secret.grant_only(user_id);
    tx.put(&secret.row()?)?;
    Ok(true)
}

/// Take `user_id` off a secret's read ACL (when the share service lets go of
/// the key); the ACL entry goes when no user is left on it.
pub fn revoke_read(tx: &Tx, secret_id: &str, user_id: &str) -> Result<(), crate::LocalError> {
    let Some(row) = tx.get("secret", secret_id)? else {
        return Ok(());
    };
    let mut secret = Secret::from_row(&row)?;
    let Some(acl) = secret.acl.as_mut() else {
        return Ok(());
    };
    acl.users.retain(|u| u != user_id);
    if acl.users.is_empty() {
        secret.acl = None;
    }
    tx.put(&secret.row()?)
}
