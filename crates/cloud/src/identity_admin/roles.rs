//! Keystone's roles, grants, implied roles and role assignments.

use super::*;

pub(super) fn assignments(tx: &Tx) -> Result<Vec<Row>, LocalError> {
    tx.list("assignment", None)
}

pub(super) fn role_view(ctx: &Ctx, b: &Value) -> Value {
    let id = text(b, "id").unwrap_or_default();
    let g = |k: &str| b.get(k).cloned().unwrap_or(Value::Null);
    json!({"id": id, "name": g("name"), "domain_id": g("domain_id"),
           "description": g("description"),
           "options": b.get("options").cloned().unwrap_or(json!({})),
           "links": ctx.link("roles", id)})
}

pub(super) fn create_role(ctx: &Ctx) -> Result<Resp, ApiError> {
    let o = ctx.body("role")?;
    let name = name_of(&o, "role", 255)?;
    let mut role = Role::new(&name);
    role.description = Some(o.get("description").cloned().unwrap_or(Value::Null));
    role.options = Some(o.get("options").cloned().unwrap_or(json!({})));
    let row = role.row()?;
    let body = row.body.clone();
    ctx.state.write(|tx| {
        if !tx.by_name("role", &name, None)?.is_empty() {
            return Ok(Err(ApiError::conflict(format!(
                "Conflict occurred attempting to store role - Duplicate entry found with name {name}."
            ))));
        }
        tx.put(&row)?;
        Ok(Ok(()))
    })??;
    Ok(Resp::json(201, json!({"role": role_view(ctx, &body)})))
}

/// Keystone looks the role, the user and the project up (in that order)
/// before the policy, so a missing one is 404 for anyone.
pub(super) fn lookup_grant_target(
    tx: &Tx,
    role: Option<&str>,
    user: &str,
    project: &str,
) -> Result<Result<(), ApiError>, LocalError> {
    if let Some(r) = role
        && tx.get("role", r)?.is_none()
    {
        return Ok(Err(not_found("role", r)));
    }
    if tx.get("user", user)?.is_none() {
        return Ok(Err(not_found("user", user)));
    }
    if tx.get("project", project)?.is_none() {
        return Ok(Err(not_found("project", project)));
    }
    Ok(Ok(()))
}

pub(super) fn grant(ctx: &Ctx, m: &Method, p: &str, u: &str, r: &str) -> Result<Resp, ApiError> {
    let action = match *m {
        Method::PUT => "create_grant",
        Method::DELETE => "revoke_grant",
        Method::GET | Method::HEAD => "check_grant",
        _ => {
            return Err(ApiError::new(
                405,
                "The method is not allowed for the requested URL.",
            ));
        }
    };
    ctx.state
        .read(|tx| lookup_grant_target(tx, Some(r), u, p))??;
    ctx.authorize(action, &[])?;
    let id = Assignment::id_of(u, p, r);
    let missing = || {
        ApiError::not_found(format!(
            "Could not find role assignment with role: {r}, user or group: {u}, project, domain, or system: {p}."
        ))
    };
    ctx.state.write(|tx| {
        let exists = tx.get("assignment", &id)?.is_some();
        Ok(match *m {
            Method::PUT => {
                if !exists {
                    tx.put(&Assignment::new(u, p, r).row()?)?;
                }
                Ok(Resp::empty(204))
            }
            _ if !exists => Err(missing()),
            Method::DELETE => {
                tx.delete("assignment", &id)?;
                Ok(Resp::empty(204))
            }
            _ => Ok(Resp::empty(204)),
        })
    })?
}

pub(super) fn role_inferences(ctx: &Ctx) -> Result<Resp, ApiError> {
    let roles = ctx.state.read(|tx| tx.list("role", None))?;
    let by_name = |n: &str| roles.iter().find(|r| r.name.as_deref() == Some(n));
    let brief = |r: &Row| json!({"id": r.id, "links": ctx.link("roles", &r.id), "name": r.name});
    let out: Vec<Value> = DIRECT
        .iter()
        .filter_map(|(prior, next)| Some((by_name(prior)?, by_name(next)?)))
        .map(|(p, n)| json!({"prior_role": brief(p), "implies": [brief(n)]}))
        .collect();
    Ok(Resp::ok(json!({"role_inferences": out})))
}

pub(super) fn role_assignments(ctx: &Ctx) -> Result<Resp, ApiError> {
    let q = |k: &str| ctx.req.query(k);
    let flag = |k: &str| ctx.req.query(k).is_some_and(|v| v != "0");
    if q("scope.project.id").is_some() && q("scope.domain.id").is_some() {
        return Err(ApiError::bad_request(
            "Specify a domain or project, not both",
        ));
    }
    if q("user.id").is_some() && q("group.id").is_some() {
        return Err(ApiError::bad_request("Specify a user or group, not both"));
    }
    if flag("include_subtree") && q("scope.project.id").is_none() {
        return Err(ApiError::bad_request(
            "scope.project.id must be specified if include_subtree is also specified",
        ));
    }
    let effective = flag("effective");
    let names = flag("include_names");
    let base = ctx.base();
    let items = ctx.state.read(|tx| {
        let mut out = Vec::new();
        if q("group.id").is_some() || q("scope.domain.id").is_some() || q("scope.system").is_some()
        {
            return Ok(out); // no groups, no domain or system grants here
        }
        let roles = tx.list("role", None)?;
        let role_name = |id: &str| {
            roles
                .iter()
                .find(|r| r.id == id)
                .and_then(|r| r.name.clone())
                .unwrap_or_default()
        };
        let role_id = |name: &str| roles.iter().find(|r| r.name.as_deref() == Some(name)).map(|r| r.id.clone());
        for a in assignments(tx)? {
            let (u, p, r) = (field(&a, "user_id"), field(&a, "project_id"), field(&a, "role_id"));
            if q("user.id").is_some_and(|x| x != u) || q("scope.project.id").is_some_and(|x| x != p) {
                continue;
            }
            let mut entries = vec![(r.to_string(), None::<String>)];
            if effective {
                let prior = role_name(r);
                entries.extend(
                    implied(&prior)
                        .into_iter()
                        .filter_map(role_id)
                        .map(|i| (i, Some(r.to_string()))),
                );
            }
            for (rid, prior) in entries {
                if q("role.id").is_some_and(|x| x != rid) {
                    continue;
                }
                let mut links = json!({"assignment": format!("{base}/projects/{p}/users/{u}/roles/{}", prior.as_deref().unwrap_or(&rid))});
                if let Some(prior) = &prior {
                    links["prior_role"] = json!(format!("{base}/prior_role/{rid}/implies/{prior}"));
                }
                let domain = json!({"id": DOMAIN_ID, "name": DOMAIN_NAME});
                let (mut scope, mut user, mut role) =
                    (json!({"id": p}), json!({"id": u}), json!({"id": rid}));
                if names {
                    let pn = tx.get("project", p)?.and_then(|r| r.name).unwrap_or_default();
                    let un = tx.get("user", u)?.and_then(|r| r.name).unwrap_or_default();
                    scope = json!({"id": p, "name": pn, "domain": domain});
                    user = json!({"id": u, "name": un, "domain": domain});
                    role = json!({"id": rid, "name": role_name(&rid)});
                }
                out.push(json!({"links": links, "scope": {"project": scope}, "user": user, "role": role}));
            }
        }
        Ok(out)
    })?;
    Ok(ctx.collection("role_assignments", items, "role_assignments"))
}
