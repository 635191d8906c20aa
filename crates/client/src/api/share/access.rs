//! Manila's access rules (2.45 and later: their own resource, with metadata) and export locations.

use super::*;

/// `GET shares/{id}/export_locations`.
pub async fn export_locations(session: &mut Session, share_id: &str) -> Result<Vec<Value>> {
    let body = session
        .send(Request::get(
            Service::Share,
            ["shares", share_id, "export_locations"],
        ))
        .await?
        .json()?;
    array(body, "export_locations")
}

/// `GET shares/{id}/export_locations/{el}`.
pub async fn export_location(
    session: &mut Session,
    share_id: &str,
    location_id: &str,
) -> Result<Value> {
    let body = session
        .send(Request::get(
            Service::Share,
            ["shares", share_id, "export_locations", location_id],
        ))
        .await?
        .json()?;
    take(body, "export_location")
}

/// `allow_access` on a share: the new rule.
pub async fn allow_access(session: &mut Session, share_id: &str, rule: Value) -> Result<Value> {
    let body = action(session, SHARES, share_id, json!({"allow_access": rule})).await?;
    take(body, "access")
}

/// `deny_access` on a share (`unrestrict`: drop the rule's deletion lock, 2.82+).
pub async fn deny_access(
    session: &mut Session,
    share_id: &str,
    rule_id: &str,
    unrestrict: bool,
) -> Result<()> {
    let mut deny = json!({"access_id": rule_id});
    if unrestrict {
        deny["unrestrict"] = json!(true);
    }
    action(session, SHARES, share_id, json!({"deny_access": deny}))
        .await
        .map(|_| ())
}

/// `PUT share-access-rules/{id}/metadata` (merged with what is there).
pub async fn set_rule_metadata(
    session: &mut Session,
    rule_id: &str,
    metadata: Map<String, Value>,
) -> Result<()> {
    session
        .send(Request::put(
            Service::Share,
            ["share-access-rules", rule_id, "metadata"],
            json!({"metadata": metadata}),
        ))
        .await
        .map(|_| ())
}

/// `DELETE share-access-rules/{id}/metadata/{key}`.
pub async fn unset_rule_metadata(session: &mut Session, rule_id: &str, key: &str) -> Result<()> {
    session
        .send(Request::delete(
            Service::Share,
            ["share-access-rules", rule_id, "metadata", key],
        ))
        .await
        .map(|_| ())
}

/// `PUT share-access-rules/{id}` with `update_access` (2.88+).
pub async fn update_rule_level(session: &mut Session, rule_id: &str, level: &str) -> Result<()> {
    session
        .send(Request::put(
            Service::Share,
            ["share-access-rules", rule_id],
            json!({"update_access": {"access_level": level}}),
        ))
        .await
        .map(|_| ())
}

/// A share's access rules: `GET share-access-rules?share_id=` from 2.45 on,
/// the older `access_list` action below it (the newer URL does not exist there).
pub async fn access_rules(
    session: &mut Session,
    share_id: &str,
    filters: &[(String, String)],
) -> Result<Vec<Value>> {
    let body = if session.share_microversion().await? >= Microversion::new(2, 45) {
        let mut query = filters.to_vec();
        query.push(("share_id".into(), share_id.into()));
        query.sort();
        session
            .send(Request::get(Service::Share, ["share-access-rules"]).queries(&query))
            .await?
            .json()?
    } else {
        action(session, SHARES, share_id, json!({"access_list": null})).await?
    };
    array(body, "access_list")
}

/// `GET share-access-rules/{id}` (2.45+).
pub async fn access_rule(session: &mut Session, rule_id: &str) -> Result<Value> {
    let body = session
        .send(Request::get(
            Service::Share,
            ["share-access-rules", rule_id],
        ))
        .await?
        .json()?;
    take(body, "access")
}
