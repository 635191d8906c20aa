//! Finding a resource by name or ID as the `openstack` client does (`find_resource`): by ID, then by name, then by name in the recycle bin.

use super::*;

/// Find a resource by ID or name, as the `openstack` client does: an ID is
/// fetched directly; a name must match exactly one resource.
pub async fn find(session: &mut Session, c: Collection, name_or_id: &str) -> Result<Value> {
    find_with(session, c, name_or_id, &[]).await
}

/// [`find`], with more filters on the list (`is_public=all` for private types).
pub async fn find_with(
    session: &mut Session,
    c: Collection,
    name_or_id: &str,
    filters: &[(String, String)],
) -> Result<Value> {
    if is_uuid(name_or_id) {
        match get(session, c, name_or_id).await {
            Ok(v) => return Ok(v),
            Err(e) if e.kind == Kind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    let mut query: Vec<(String, String)> = if c.detail {
        vec![("name".into(), name_or_id.into())]
    } else {
        Vec::new()
    };
    query.extend_from_slice(filters);
    let named = |items: Vec<Value>| -> Vec<Value> {
        items
            .into_iter()
            .filter(|item| {
                item.get("name").and_then(Value::as_str) == Some(name_or_id)
                    || item.get("id").and_then(Value::as_str) == Some(name_or_id)
            })
            .collect()
    };
    let mut matches = named(list(session, c, &query).await?);
    // A share in the recycle bin (2.69+) is found by name too, as
    // manilaclient finds it; a live share of that name comes first.
    if matches.is_empty()
        && c.path == SHARES.path
        && !filters.iter().any(|(k, _)| k == "is_soft_deleted")
        && session.share_microversion().await?
            >= crate::session::microversion::Microversion::new(2, 69)
    {
        query.push(("is_soft_deleted".into(), "True".into()));
        matches = named(list(session, c, &query).await?);
    }
    match matches.len() {
        1 => Ok(matches.into_iter().next().unwrap_or_default()),
        0 => Err(Error::new(
            Kind::NotFound,
            format!("no {} with the name or ID `{name_or_id}`", c.noun),
        )
        .with_hint(format!(
            "`sharekeep {} list` shows the ones this project can see",
            c.noun
        ))),
        _ => Err(
            Error::usage(format!("more than one {} is named `{name_or_id}`", c.noun)).with_hint(
                format!(
                    "use the ID of the one you mean: {}",
                    matches
                        .iter()
                        .filter_map(|m| m.get("id").and_then(Value::as_str))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ),
        ),
    }
}

/// A share type by name or ID, private ones included: `is_public=all`, as
/// manilaclient lists types (Manila shows an administrator only public
/// types without it, and a member the public ones and those shared with the
/// project whatever it says).
pub async fn find_type(session: &mut Session, name_or_id: &str) -> Result<Value> {
    let all = [("is_public".to_string(), "all".to_string())];
    find_with(session, TYPES, name_or_id, &all).await
}

/// [`find_type`]'s ID.
pub async fn find_type_id(session: &mut Session, name_or_id: &str) -> Result<String> {
    let t = find_type(session, name_or_id).await?;
    t.get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| unexpected("id"))
}

/// The ID of a resource given by name or ID.
pub async fn find_id(session: &mut Session, c: Collection, name_or_id: &str) -> Result<String> {
    let item = find(session, c, name_or_id).await?;
    item.get("id")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| unexpected("id"))
}
