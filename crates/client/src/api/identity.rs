//! Keystone v3 calls beyond authentication.

use serde_json::Value;

use crate::error::{Error, Kind, Result};
use crate::session::{Request, Service, Session};

/// `DELETE /v3/auth/tokens` with the token to revoke in `X-Subject-Token`.
pub async fn revoke_token(session: &mut Session, token: &str) -> Result<()> {
    let req =
        Request::delete(Service::Identity, ["auth", "tokens"]).header("x-subject-token", token);
    session.send(req).await.map(|_| ())
}

/// How [`project_id`] ends when the caller may not look projects up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unresolved {
    /// Refuse, as `openstack share quota set|show` does.
    Refuse,
    /// Take the string as the ID, as the `openstack` client's list filters
    /// (`share list --project`) do when Keystone forbids the look-up.
    TakeAsId,
}

/// The ID of a project given by name or ID, found as the `openstack` client
/// finds it: the current project's ID at once; else `GET /v3/projects/{x}`,
/// then `GET /v3/projects?name=x`; and for a member (who may not list
/// projects) the projects it can scope to, `GET /v3/auth/projects`.
pub async fn project_id(
    session: &mut Session,
    name_or_id: &str,
    unresolved: Unresolved,
) -> Result<String> {
    if session.token().await?.project_id.as_deref() == Some(name_or_id) {
        return Ok(name_or_id.to_string());
    }
    let mut forbidden = false;
    match session
        .send(Request::get(Service::Identity, ["projects", name_or_id]))
        .await
    {
        Ok(resp) => {
            if let Some(id) = resp.json()?.pointer("/project/id").and_then(Value::as_str) {
                return Ok(id.to_string());
            }
        }
        Err(e) if e.kind == Kind::NotFound => {}
        Err(e) if e.kind == Kind::Forbidden => forbidden = true,
        Err(e) => return Err(e),
    }
    let by_name = Request::get(Service::Identity, ["projects"]).query("name", name_or_id);
    let listed = match session.send(by_name).await {
        Ok(resp) => Some(resp.json()?),
        Err(e) if e.kind == Kind::Forbidden => {
            forbidden = true;
            None
        }
        Err(e) => return Err(e),
    };
    let listed = match listed {
        Some(body) => body,
        None => session
            .send(Request::get(Service::Identity, ["auth", "projects"]))
            .await?
            .json()?,
    };
    let matches: Vec<&Value> = listed
        .get("projects")
        .and_then(Value::as_array)
        .map(|ps| {
            ps.iter()
                .filter(|p| {
                    p.get("name").and_then(Value::as_str) == Some(name_or_id)
                        || p.get("id").and_then(Value::as_str) == Some(name_or_id)
                })
                .collect()
        })
        .unwrap_or_default();
    let ids: Vec<&str> = matches
        .iter()
        .filter_map(|p| p.get("id").and_then(Value::as_str))
        .collect();
    match (ids.as_slice(), forbidden, unresolved) {
        ([id], _, _) => Ok(id.to_string()),
        ([], true, Unresolved::TakeAsId) => Ok(name_or_id.to_string()),
        ([], true, Unresolved::Refuse) => Err(Error::new(
            Kind::Forbidden,
            format!("cannot find the project `{name_or_id}`: Keystone lets you look up only the projects you belong to"),
        )
        .with_hint("give the project's ID (an administrator sees them with `openstack project list`)")),
        ([], false, _) => Err(Error::new(
            Kind::NotFound,
            format!("no project with the name or ID `{name_or_id}`"),
        )
        .with_hint("`openstack project list` shows them (an administrator's)")),
        (many, _, _) => Err(Error::usage(format!(
            "more than one project is named `{name_or_id}`"
        ))
        .with_hint(format!("use the ID of the one you mean: {}", many.join(", ")))),
    }
}
