//! `share …`: shares, and (in submodules) types, networks, servers, quotas,
//! pools, messages, export locations and access rules, printed as
//! python-manilaclient prints them.

mod access;
mod exports;
mod keyref;
mod limits;
mod messages;
mod network;
mod pools;
mod preflight;
mod quota;
mod server;
mod snapshot;
mod types;
mod zones;

use std::time::Duration;

use serde_json::{Map, Value, json};

use super::wait::{self, Until};
use crate::api::identity::{self, Unresolved};
use crate::api::share::{self as api, SHARES};
use crate::cli::share::{CreateArgs, ListArgs, ShareCommand};
use crate::error::{Error, Kind, Result};
use crate::output::Print;
use crate::output::{Data, Views};
use crate::session::Session;
use crate::session::microversion::{self, Microversion};

pub async fn run(session: &mut Session, cmd: &ShareCommand) -> Result<()> {
    match cmd {
        ShareCommand::Create(args) => create(session, args).await,
        ShareCommand::List(args) => list(session, args).await,
        ShareCommand::Show(args) => {
            let share = api::find(session, SHARES, &args.share).await?;
            let locations = api::export_locations(session, &str_field(&share, "id")).await?;
            session.ui().print(
                &args.output,
                Views::by(|table| show_view(share.clone(), &locations, table)),
            )
        }
        ShareCommand::Delete(args) => {
            if args.soft {
                microversion::require(
                    "--soft",
                    Microversion::new(2, 69),
                    session.share_microversion().await?,
                )?;
            }
            each(&args.shares, "shares", "delete", async |name| {
                delete_one(session, name, args).await
            })
            .await
        }
        ShareCommand::Set(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            if !args.properties.is_empty() {
                let metadata: Map<String, Value> = pairs_map(&args.properties);
                api::set_metadata(session, &id, metadata).await?;
            }
            let update = [
                ("display_name", args.name.as_ref().map(|n| json!(n))),
                (
                    "display_description",
                    args.description.as_ref().map(|d| json!(d)),
                ),
                ("is_public", args.public.as_ref().map(|p| json!(p))),
            ];
            update_share(session, &id, &update).await
        }
        ShareCommand::Unset(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            for key in &args.properties {
                api::unset_metadata(session, &id, key).await?;
            }
            let update = [
                ("display_name", args.name.then_some(Value::Null)),
                (
                    "display_description",
                    args.description.then_some(Value::Null),
                ),
            ];
            update_share(session, &id, &update).await?;
            Ok(())
        }
        ShareCommand::Resize(args) => {
            let share = api::find(session, SHARES, &args.share).await?;
            let id = str_field(&share, "id");
            let size = share.get("size").and_then(Value::as_u64).unwrap_or(0);
            let new = u64::from(args.new_size);
            let action = match new.cmp(&size) {
                std::cmp::Ordering::Greater => "extend",
                std::cmp::Ordering::Less => "shrink",
                std::cmp::Ordering::Equal => {
                    return Err(Error::usage(format!("share {id} is already {size} GiB")));
                }
            };
            api::action(session, SHARES, &id, json!({action: {"new_size": new}})).await?;
            if args.wait.wait {
                let failure = [
                    "error",
                    "extending_error",
                    "shrinking_error",
                    "shrinking_possible_data_loss_error",
                ];
                let until = Until::Status {
                    success: &["available"],
                    failure: &failure,
                };
                wait::wait(
                    session,
                    SHARES,
                    &id,
                    until,
                    Duration::from_secs(args.wait.wait_timeout),
                )
                .await?;
            }
            Ok(())
        }
        ShareCommand::Type(cmd) => types::run(session, cmd).await,
        ShareCommand::Network(cmd) => network::run(session, cmd).await,
        ShareCommand::Server(cmd) => server::run(session, cmd).await,
        ShareCommand::Quota(cmd) => quota::quota(session, cmd).await,
        ShareCommand::Pool(cmd) => pools::pools(session, cmd).await,
        ShareCommand::Message(cmd) => messages::messages(session, cmd).await,
        ShareCommand::Export(cmd) => exports::export_locations(session, cmd).await,
        ShareCommand::Access(cmd) => access::access(session, cmd).await,
        ShareCommand::Restore(args) => {
            microversion::require(
                "share restore",
                Microversion::new(2, 69),
                session.share_microversion().await?,
            )?;
            // Unlike the openstack client, names work: the recycle bin is searched.
            let bin = [("is_soft_deleted".to_string(), "True".to_string())];
            each(&args.shares, "shares", "restore", async |name| {
                let share = api::find_with(session, SHARES, name, &bin).await?;
                api::action(
                    session,
                    SHARES,
                    &str_field(&share, "id"),
                    json!({"restore": null}),
                )
                .await
                .map(|_| ())
            })
            .await
        }
        ShareCommand::Snapshot(cmd) => snapshot::run(session, cmd).await,
        ShareCommand::Availability(cmd) => zones::availability_zones(session, cmd).await,
        ShareCommand::Limits(cmd) => limits::limits(session, cmd).await,
    }
}

pub(crate) fn str_field(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// `PUT /shares/{id}` with the fields that are given (none: no request).
async fn update_share(
    session: &mut Session,
    id: &str,
    fields: &[(&str, Option<Value>)],
) -> Result<()> {
    let update: Map<String, Value> = fields
        .iter()
        .filter_map(|(k, v)| v.clone().map(|v| (k.to_string(), v)))
        .collect();
    api::update(session, SHARES, id, update).await
}

/// Do `f` for each of several resources, as the `openstack` client does: every
/// one is tried; a single resource's error comes back as it is, several
/// failures as one summary naming each, with the exit code they share.
pub(crate) async fn each(
    items: &[String],
    what: &str,
    verb: &str,
    mut f: impl AsyncFnMut(&str) -> Result<()>,
) -> Result<()> {
    let mut failures: Vec<(String, Kind)> = Vec::new();
    for item in items {
        if let Err(e) = f(item).await {
            if items.len() == 1 {
                return Err(e);
            }
            failures.push((format!("{item}: {}", e.message), e.kind));
        }
    }
    let Some((_, first)) = failures.first() else {
        return Ok(());
    };
    // The kind the failures share (6 when none was found), else 1.
    let kind = if failures.iter().all(|(_, k)| k == first) {
        *first
    } else {
        Kind::Failure
    };
    let mut err = Error::new(
        kind,
        format!(
            "{} of {} {what} failed to {verb}",
            failures.len(),
            items.len()
        ),
    );
    for (f, _) in failures {
        err = err.with_hint(f);
    }
    Err(err)
}

async fn create(session: &mut Session, args: &CreateArgs) -> Result<()> {
    let version = session.share_microversion().await?;
    if args.encryption_key_ref.is_some() {
        microversion::require("--encryption-key-ref", microversion::ENCRYPTION, version)?;
    }
    if args.mount_point_name.is_some() {
        microversion::require("--mount-point-name", Microversion::new(2, 84), version)?;
    }
    if !args.scheduler_hints.is_empty() {
        microversion::require("--scheduler-hint", Microversion::new(2, 65), version)?;
    }
    if args
        .name
        .as_deref()
        .is_some_and(|n| n.eq_ignore_ascii_case("none"))
    {
        return Err(Error::usage("a share cannot be named `None`"));
    }
    // As the openstack client: a share made from a snapshot is at least the
    // snapshot's size, and takes the snapshot's type unless one is given.
    let snapshot = match &args.snapshot_id {
        Some(s) => Some(api::find(session, api::SNAPSHOTS, s).await?),
        None => None,
    };
    let size = snapshot
        .as_ref()
        .and_then(|s| s.get("size").and_then(Value::as_u64))
        .map_or(u64::from(args.size), |s| s.max(u64::from(args.size)));
    let share_type = match (&args.share_type, &snapshot) {
        (Some(t), _) => Some(api::find_type(session, t).await?),
        (None, None) => api::default_type(session).await?,
        (None, Some(_)) => None,
    };
    let network_id = match &args.share_network {
        Some(n) => Some(api::find_id(session, api::NETWORKS, n).await?),
        None => None,
    };
    let key = match &args.encryption_key_ref {
        Some(k) if args.no_preflight => Some(k.clone()),
        Some(k) => Some(keyref::resolve(session, k).await?),
        None => None,
    };
    if let (Some(key), false) = (&key, args.no_preflight) {
        let plan = preflight::Plan {
            share_type: share_type.as_ref(),
            share_network_id: network_id.as_deref(),
            key_uuid: key,
        };
        let checks = preflight::run(session, &plan).await;
        if args.dry_run {
            session
                .ui()
                .print(&args.output, preflight::table(&checks))?;
            return preflight::verdict(&checks, true);
        }
        preflight::verdict(&checks, false)?;
    } else if args.dry_run {
        return Err(Error::usage(
            "--dry-run checks an encrypted create: add --encryption-key-ref",
        ));
    }
    let mut scheduler_hints = Map::new();
    for (k, v) in &args.scheduler_hints {
        let mut ids = Vec::new();
        for name in v.split(',') {
            ids.push(api::find_id(session, SHARES, name.trim()).await?);
        }
        scheduler_hints.insert(k.clone(), json!(ids.join(",")));
    }
    let metadata: Map<String, Value> = pairs_map(&args.properties);
    let mut body = json!({
        "size": size,
        "snapshot_id": snapshot.as_ref().map(|s| str_field(s, "id")),
        "name": args.name,
        "description": args.description,
        "metadata": metadata,
        "share_proto": args.share_protocol,
        "share_network_id": network_id,
        "share_type": share_type.as_ref().map(|t| str_field(t, "id")),
        "is_public": args.public.as_ref().map_or(json!(false), |p| json!(p)),
        "availability_zone": args.availability_zone,
        "scheduler_hints": scheduler_hints,
    });
    if let Some(g) = &args.share_group {
        body["share_group_id"] = json!(g);
    }
    if let Some(m) = &args.mount_point_name {
        body["mount_point_name"] = json!(m);
    }
    if let Some(k) = &key {
        body["encryption_key_ref"] = json!(k);
    }
    let created = api::create(session, SHARES, body).await?;
    let mut share = created;
    if args.wait.wait {
        let id = str_field(&share, "id");
        let until = Until::Status {
            success: &["available"],
            failure: &["error"],
        };
        share = wait::wait(
            session,
            SHARES,
            &id,
            until,
            Duration::from_secs(args.wait.wait_timeout),
        )
        .await?;
    }
    session.ui().print(&args.output, create_view(share))
}

/// The share as `share create` prints it: the API's fields minus links.
fn create_view(mut share: Value) -> Data {
    if let Some(m) = share.as_object_mut() {
        m.shift_remove("links");
        m.shift_remove("shares_type");
    }
    object_rows(&share)
}

/// Rows of a ShowOne in the API's key order.
pub(crate) fn object_rows(v: &Value) -> Data {
    let pairs: Vec<(String, Value)> = v
        .as_object()
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default();
    let (columns, values) = pairs.into_iter().unzip();
    Data::One { columns, values }
}

/// `share show`: the share minus metadata and links, then its export
/// locations and properties, as python-manilaclient shows it.
fn show_view(mut share: Value, locations: &[Value], table: bool) -> Data {
    let metadata = share.get("metadata").cloned().unwrap_or(json!({}));
    if let Some(m) = share.as_object_mut() {
        m.shift_remove("metadata");
        m.shift_remove("links");
        m.shift_remove("shares_type");
        m.insert(
            "export_locations".into(),
            json!(dict_list_string(
                locations,
                &["replica_state", "availability_zone", "share_replica_id"]
            )),
        );
        m.insert("properties".into(), properties_column(metadata, table));
    }
    object_rows(&share)
}

/// `KEY=VALUE` pairs from the command line as a JSON object (the last of a
/// repeated key wins, as osc-lib's KeyValueAction).
pub(crate) fn pairs_map(pairs: &[(String, String)]) -> Map<String, Value> {
    pairs.iter().map(|(k, v)| (k.clone(), json!(v))).collect()
}

/// A `properties` dict column as the `openstack` client shows it: osc-lib's
/// `format_dict` in a table, the dict itself in the other formats.
pub(crate) fn properties_column(metadata: Value, table: bool) -> Value {
    if table {
        json!(format_dict(&metadata))
    } else {
        metadata
    }
}

/// manilaclient's `convert_dict_list_to_string`: `\nkey = value` per field.
pub(crate) fn dict_list_string(items: &[Value], ignore: &[&str]) -> String {
    let mut out = String::new();
    for item in items {
        if let Some(m) = item.as_object() {
            for (k, v) in m {
                if !ignore.contains(&k.as_str()) {
                    out.push_str(&format!("\n{k} = {}", crate::output::python_str(v)));
                }
            }
        }
    }
    out
}

/// osc-lib's `format_dict` (a table's dict column): `a='1', b='2'`, keys sorted.
pub(crate) fn format_dict(v: &Value) -> String {
    let Some(m) = v.as_object() else {
        return crate::output::python_str(v);
    };
    let mut keys: Vec<&String> = m.keys().collect();
    keys.sort();
    keys.iter()
        .map(|k| match &m[*k] {
            Value::Null => format!("{k}="),
            other => format!("{k}='{}'", crate::output::python_str(other)),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// manilaclient's `format_properties`: `key : value` lines.
pub(crate) fn properties_string(v: &Value) -> String {
    v.as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| format!("{k} : {}", crate::output::python_str(v)))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

const LIST_COLUMNS: [(&str, &str); 9] = [
    ("ID", "id"),
    ("Name", "name"),
    ("Size", "size"),
    ("Share Proto", "share_proto"),
    ("Status", "status"),
    ("Is Public", "is_public"),
    ("Share Type Name", "share_type_name"),
    ("Host", "host"),
    ("Availability Zone", "availability_zone"),
];

const LONG_COLUMNS: [(&str, &str); 29] = [
    ("ID", "id"),
    ("Name", "name"),
    ("Size", "size"),
    ("Share Protocol", "share_proto"),
    ("Status", "status"),
    ("Is Public", "is_public"),
    ("Share Type Name", "share_type_name"),
    ("Availability Zone", "availability_zone"),
    ("Description", "description"),
    ("Share Network ID", "share_network_id"),
    ("Share Server ID", "share_server_id"),
    ("Share Type", "share_type"),
    ("Share Group ID", "share_group_id"),
    ("Host", "host"),
    ("User ID", "user_id"),
    ("Project ID", "project_id"),
    ("Access Rules Status", "access_rules_status"),
    ("Source Snapshot ID", "snapshot_id"),
    ("Supports Creating Snapshots", "snapshot_support"),
    (
        "Supports Cloning Snapshots",
        "create_share_from_snapshot_support",
    ),
    ("Supports Mounting snapshots", "mount_snapshot_support"),
    (
        "Supports Reverting to Snapshot",
        "revert_to_snapshot_support",
    ),
    ("Migration Task Status", "task_state"),
    (
        "Source Share Group Snapshot Member ID",
        "source_share_group_snapshot_member_id",
    ),
    ("Replication Type", "replication_type"),
    ("Has Replicas", "has_replicas"),
    ("Created At", "created_at"),
    ("Properties", "metadata"),
    ("Encryption Key Ref", "encryption_key_ref"),
];

/// Rows for a list: each column's field, `""` when the API left it out.
pub(crate) fn rows(items: &[Value], columns: &[(&str, &str)]) -> Vec<Vec<Value>> {
    items
        .iter()
        .map(|item| {
            columns
                .iter()
                .map(|(_, f)| item.get(*f).cloned().unwrap_or(json!("")))
                .collect()
        })
        .collect()
}

pub(crate) fn headers<'a>(columns: &[(&'a str, &str)]) -> Vec<&'a str> {
    columns.iter().map(|(h, _)| *h).collect()
}

async fn list(session: &mut Session, args: &ListArgs) -> Result<()> {
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
struct SortKeys(Vec<(String, bool)>);

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

async fn delete_one(
    session: &mut Session,
    name: &str,
    args: &crate::cli::share::DeleteArgs,
) -> Result<()> {
    let wait_args = &args.wait;
    let id = api::find_id(session, SHARES, name).await?;
    if args.soft {
        // In the recycle bin at once (the API marks it): nothing to wait for.
        api::action(session, SHARES, &id, json!({"soft_delete": null})).await?;
        return Ok(());
    }
    if args.force {
        api::action(session, SHARES, &id, json!({"force_delete": null})).await?;
    } else {
        api::delete(session, SHARES, &id).await?;
    }
    if wait_args.wait {
        let until = Until::Gone {
            failure: &["error_deleting", "error"],
        };
        wait::wait(
            session,
            SHARES,
            &id,
            until,
            Duration::from_secs(wait_args.wait_timeout),
        )
        .await?;
    }
    Ok(())
}
