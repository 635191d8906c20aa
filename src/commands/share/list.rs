//! `share list`: filters as the `openstack` client sends them, paging, and the sort keys.

use super::*;

pub(super) async fn list(session: &mut Session, args: &ListArgs) -> Result<()> {
    let version = session.share_microversion().await?;
    let needs = |what: &str, v: (u16, u16)| {
        microversion::require(what, Microversion::new(v.0, v.1), version)
    };
    if args.like.name_like.is_some() || args.like.description_like.is_some() {
        needs("--name~/--description~", (2, 36))?;
    }
    if args.export_location.is_some() {
        needs("--export-location", (2, 35))?;
    }
    if args.soft_deleted {
        needs("--soft-deleted", (2, 69))?;
    }
    if args.availability_zone.is_some() {
        needs("--availability-zone", (2, 97))?;
    }
    let sort = SortKeys::parse(args.sort.as_deref().unwrap_or("name:asc"))?;
    let mut query: Vec<(String, String)> = Vec::new();
    let mut push = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            query.push((k.to_string(), v));
        }
    };
    push(
        "all_tenants",
        (args.all_projects || args.project.is_some()).then(|| "1".into()),
    );
    let project = match &args.project {
        Some(p) => Some(identity::project_id(session, p, Unresolved::TakeAsId).await?),
        None => None,
    };
    push("project_id", project);
    push("name", args.name.clone());
    push("status", args.status.clone());
    push("is_public", args.public.then(|| "True".into()));
    // --limit 0 lists everything, as `openstack` does; with --marker the
    // page is cut here, after the marker.
    let limit = args.limit.filter(|l| *l > 0);
    if args.marker.is_none() {
        push("limit", limit.map(|l| l.to_string()));
        push("offset", args.offset.map(|o| o.to_string()));
    }
    push("name~", args.like.name_like.clone());
    push("description~", args.like.description_like.clone());
    push("host", args.host.clone());
    push("share_server_id", args.share_server.clone());
    push("share_group_id", args.share_group.clone());
    push("availability_zone", args.availability_zone.clone());
    push("user_id", args.user.clone());
    push("is_soft_deleted", args.soft_deleted.then(|| "True".into()));
    if let Some(el) = &args.export_location {
        let key = if uuid::Uuid::try_parse(el).is_ok() {
            "export_location_id"
        } else {
            "export_location_path"
        };
        push(key, Some(el.clone()));
    }
    for (key, pairs) in [
        ("metadata", &args.properties),
        ("extra_specs", &args.extra_specs),
    ] {
        if !pairs.is_empty() {
            let m: Map<String, Value> = pairs_map(pairs);
            push(key, Some(crate::output::python_str(&Value::Object(m))));
        }
    }
    if let Some(t) = &args.share_type {
        let id = api::find_type_id(session, t).await?;
        query.push(("share_type_id".into(), id));
    }
    if let Some(n) = &args.share_network {
        let id = api::find_id(session, api::NETWORKS, n).await?;
        query.push(("share_network_id".into(), id));
    }
    if let Some(snap) = &args.snapshot {
        let id = api::find_id(session, api::SNAPSHOTS, snap).await?;
        query.push(("snapshot_id".into(), id));
    }
    let mut key_filter = None;
    if let Some(k) = &args.encryption_key_ref {
        let uuid = keyref::resolve_filter(session, k).await?;
        query.push(("encryption_key_ref".into(), uuid.clone()));
        key_filter = Some(uuid);
    }
    query.sort();
    let mut shares = api::list(session, SHARES, &query).await?;
    // Manila silently drops this filter for non-admins: apply it here too.
    if let Some(uuid) = key_filter {
        shares
            .retain(|s| s.get("encryption_key_ref").and_then(Value::as_str) == Some(uuid.as_str()));
    }
    // --marker: the shares after it in Manila's order (newest first), as a page.
    if let Some(marker) = &args.marker {
        let at = shares
            .iter()
            .position(|s| s.get("id").and_then(Value::as_str) == Some(marker.as_str()))
            .ok_or_else(|| {
                Error::new(
                    Kind::NotFound,
                    format!("no share `{marker}` among the shares listed"),
                )
                .with_hint("--marker takes the ID of the last share of the previous page")
            })?;
        shares.drain(..=at);
        if let Some(l) = limit {
            shares.truncate(l as usize);
        }
    }
    sort.apply(&mut shares);
    let columns: &[(&str, &str)] = if args.long {
        &LONG_COLUMNS
    } else {
        &LIST_COLUMNS
    };
    session.ui().print(
        &args.output,
        Data::list(&headers(columns), rows(&shares, columns)),
    )
}

/// osc-lib's `--sort key[:asc|desc][,key…]`: values compared as the Python
/// `str()` the client sorts by (None as "None").
pub(super) struct SortKeys(Vec<(String, bool)>);

impl SortKeys {
    fn parse(spec: &str) -> Result<SortKeys> {
        let mut keys = Vec::new();
        for part in spec.split(',').filter(|p| !p.trim().is_empty()) {
            let (key, dir) = part.split_once(':').unwrap_or((part, "asc"));
            let descending = match dir.trim() {
                "asc" => false,
                "desc" => true,
                other => {
                    return Err(Error::usage(format!(
                        "sort direction `{other}` is not asc or desc"
                    )));
                }
            };
            keys.push((key.trim().to_string(), descending));
        }
        Ok(SortKeys(keys))
    }

    fn apply(&self, items: &mut [Value]) {
        // Stable sorts, last key first: the first key decides, the next break ties.
        for (key, descending) in self.0.iter().rev() {
            items.sort_by(|a, b| {
                let s = |v: &Value| crate::output::python_str(v.get(key).unwrap_or(&Value::Null));
                let o = s(a).cmp(&s(b));
                if *descending { o.reverse() } else { o }
            });
        }
    }
}
