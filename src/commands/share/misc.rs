//! `share quota`, `share pool list`, `share message`, `share export location`,
//! `share access`.

use std::time::Duration;

use serde_json::{Map, Value, json};

use super::{headers, object_rows, properties_string, rows, str_field};
use crate::api::identity::{self, Unresolved};
use crate::api::share::{self as api, MESSAGES, SHARES};
use crate::cli::share::{
    AccessCommand, AvailabilityCommand, ExportCommand, ExportLocationCommand, LimitsCommand,
    MessageCommand, PoolCommand, QuotaCommand, ZoneCommand,
};
use crate::error::{Error, Kind, Result};
use crate::output::{Data, Views, python_str};
use crate::session::Session;
use crate::session::microversion::{self, Microversion};

pub async fn quota(session: &mut Session, cmd: &QuotaCommand) -> Result<()> {
    match cmd {
        QuotaCommand::Show(args) => {
            let project = match &args.project {
                Some(p) => identity::project_id(session, p, Unresolved::Refuse).await?,
                None => session
                    .token()
                    .await?
                    .project_id
                    .clone()
                    .unwrap_or_default(),
            };
            let q = api::quota(session, &project, args.detail, args.defaults).await?;
            // As the openstack client: rows sorted by name; usage details as
            // `in_use = …` lines in every format.
            let mut pairs: Vec<(String, Value)> = q
                .as_object()
                .map(|m| {
                    m.iter()
                        .map(|(k, v)| {
                            let v = match v.as_object() {
                                Some(d) => {
                                    let mut keys: Vec<&String> = d.keys().collect();
                                    keys.sort();
                                    json!(
                                        keys.iter()
                                            .map(|k| format!("{k} = {}", python_str(&d[*k])))
                                            .collect::<Vec<_>>()
                                            .join("\n")
                                    )
                                }
                                None => v.clone(),
                            };
                            (k.clone(), v)
                        })
                        .collect()
                })
                .unwrap_or_default();
            pairs.sort_by(|a, b| a.0.cmp(&b.0));
            let (columns, values) = pairs.into_iter().unzip();
            session
                .ui()
                .print(&args.output, Data::One { columns, values })
        }
        QuotaCommand::Set(args) => {
            let mut values = Map::new();
            for (k, v) in [
                ("shares", args.shares),
                ("snapshots", args.snapshots),
                ("gigabytes", args.gigabytes),
                ("snapshot_gigabytes", args.snapshot_gigabytes),
                ("share_networks", args.share_networks),
                ("share_groups", args.share_groups),
                ("share_group_snapshots", args.share_group_snapshots),
                ("share_replicas", args.share_replicas),
                ("replica_gigabytes", args.replica_gigabytes),
                ("per_share_gigabytes", args.per_share_gigabytes),
                ("encryption_keys", args.encryption_keys),
            ] {
                if let Some(v) = v {
                    values.insert(k.into(), json!(v));
                }
            }
            if values.is_empty() {
                return Err(Error::usage(
                    "nothing to set: give at least one quota, e.g. --encryption-keys 10",
                ));
            }
            if args.encryption_keys.is_some() {
                microversion::require(
                    "--encryption-keys",
                    microversion::ENCRYPTION,
                    session.share_microversion().await?,
                )?;
            }
            let project = identity::project_id(session, &args.project, Unresolved::Refuse).await?;
            values.insert("tenant_id".into(), json!(project));
            api::set_quota(session, &project, Value::Object(values), args.force)
                .await
                .map(|_| ())
        }
    }
}

pub async fn pools(session: &mut Session, cmd: &PoolCommand) -> Result<()> {
    let PoolCommand::List(args) = cmd;
    let mut query = Vec::new();
    for (k, v) in [
        ("host", &args.host),
        ("backend", &args.backend),
        ("pool", &args.pool),
    ] {
        if let Some(v) = v {
            query.push((k.to_string(), v.clone()));
        }
    }
    let pools = api::pools(session, args.detail, &query).await?;
    let mut columns = vec![
        ("Name", "name"),
        ("Host", "host"),
        ("Backend", "backend"),
        ("Pool", "pool"),
    ];
    if args.detail {
        columns.push(("Capabilities", "capabilities"));
    }
    let data = Data::list(&headers(&columns), rows(&pools, &columns));
    if !args.detail {
        return session.ui().print(&args.output, data);
    }
    session.ui().print(
        &args.output,
        Views::with_table(data, |d| {
            if let Data::List { rows, .. } = d {
                for row in rows {
                    row[4] = json!(properties_string(&row[4]));
                }
            }
        }),
    )
}

const MESSAGE_COLUMNS: [(&str, &str); 7] = [
    ("ID", "id"),
    ("Resource Type", "resource_type"),
    ("Resource ID", "resource_id"),
    ("Action ID", "action_id"),
    ("User Message", "user_message"),
    ("Detail ID", "detail_id"),
    ("Created At", "created_at"),
];

const MESSAGE_FIELDS: [&str; 10] = [
    "id",
    "resource_type",
    "resource_id",
    "action_id",
    "user_message",
    "message_level",
    "detail_id",
    "created_at",
    "expires_at",
    "request_id",
];

pub async fn messages(session: &mut Session, cmd: &MessageCommand) -> Result<()> {
    match cmd {
        MessageCommand::List(args) => {
            let mut query = Vec::new();
            for (k, v) in [
                ("resource_id", &args.resource_id),
                ("resource_type", &args.resource_type),
                ("action_id", &args.action_id),
                ("detail_id", &args.detail_id),
                ("message_level", &args.message_level),
                ("request_id", &args.request_id),
                ("created_since", &args.since),
                ("created_before", &args.before),
            ] {
                if let Some(v) = v {
                    query.push((k.to_string(), v.clone()));
                }
            }
            if args.since.is_some() || args.before.is_some() {
                microversion::require(
                    "--since/--before",
                    Microversion::new(2, 52),
                    session.share_microversion().await?,
                )?;
            }
            if let Some(l) = args.limit {
                query.push(("limit".to_string(), l.to_string()));
            }
            query.sort();
            let messages = api::list(session, MESSAGES, &query).await?;
            session.ui().print(
                &args.output,
                Data::list(
                    &headers(&MESSAGE_COLUMNS),
                    rows(&messages, &MESSAGE_COLUMNS),
                ),
            )
        }
        MessageCommand::Show(args) => {
            let m = api::get(session, MESSAGES, &args.message).await?;
            let pairs = MESSAGE_FIELDS
                .iter()
                .map(|f| (*f, m.get(*f).cloned().unwrap_or(Value::Null)))
                .collect();
            session.ui().print(&args.output, Data::one(pairs))
        }
        MessageCommand::Delete(args) => {
            super::each(&args.messages, "messages", "delete", async |id| {
                api::delete(session, MESSAGES, id).await
            })
            .await
        }
    }
}

pub async fn export_locations(session: &mut Session, cmd: &ExportCommand) -> Result<()> {
    let ExportCommand::Location(cmd) = cmd;
    match cmd {
        ExportLocationCommand::List(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            let locations = api::export_locations(session, &id).await?;
            let columns = [("ID", "id"), ("Path", "path"), ("Preferred", "preferred")];
            session.ui().print(
                &args.output,
                Data::list(&headers(&columns), rows(&locations, &columns)),
            )
        }
        ExportLocationCommand::Show(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            let mut el = api::export_location(session, &id, &args.export_location).await?;
            if let Some(m) = el.as_object_mut() {
                let meta = m.shift_remove("metadata").unwrap_or(json!({}));
                m.insert("properties".into(), meta);
            }
            session.ui().print(&args.output, object_rows(&el))
        }
    }
}

const ACCESS_COLUMNS: [(&str, &str); 8] = [
    ("ID", "id"),
    ("Access Type", "access_type"),
    ("Access To", "access_to"),
    ("Access Level", "access_level"),
    ("State", "state"),
    ("Access Key", "access_key"),
    ("Created At", "created_at"),
    ("Updated At", "updated_at"),
];

pub async fn access(session: &mut Session, cmd: &AccessCommand) -> Result<()> {
    match cmd {
        AccessCommand::Create(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            let version = session.share_microversion().await?;
            let locked = args.lock_visibility || args.lock_deletion;
            if locked || args.lock_reason.is_some() {
                microversion::require("--lock-*", Microversion::new(2, 82), version)?;
            }
            if args.lock_reason.is_some() && !locked {
                return Err(Error::usage(
                    "--lock-reason goes with --lock-visibility or --lock-deletion",
                ));
            }
            if !args.properties.is_empty() {
                microversion::require("--properties", Microversion::new(2, 45), version)?;
            }
            let mut allow = json!({"access_type": args.access_type, "access_to": args.access_to});
            if let Some(l) = &args.access_level {
                allow["access_level"] = json!(l);
            }
            if !args.properties.is_empty() {
                allow["metadata"] = Value::Object(key_values(&args.properties)?);
            }
            if args.lock_visibility {
                allow["lock_visibility"] = json!(true);
            }
            if args.lock_deletion {
                allow["lock_deletion"] = json!(true);
            }
            if let Some(r) = &args.lock_reason {
                allow["lock_reason"] = json!(r);
            }
            let mut rule = api::allow_access(session, &id, allow).await?;
            let rule_id = str_field(&rule, "id");
            if args.wait.wait {
                rule = wait_rule(
                    session,
                    &rule_id,
                    Duration::from_secs(args.wait.wait_timeout),
                )
                .await?;
            }
            session.ui().print(&args.output, rule_view(&rule))
        }
        AccessCommand::List(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            let version = session.share_microversion().await?;
            let mut filters: Vec<(String, String)> = Vec::new();
            if !args.properties.is_empty() {
                microversion::require("--properties", Microversion::new(2, 45), version)?;
                let m = key_values(&args.properties)?;
                filters.push(("metadata".into(), python_str(&Value::Object(m))));
            }
            for (k, v) in [
                ("access_type", &args.access_type),
                ("access_key", &args.access_key),
                ("access_to", &args.access_to),
                ("access_level", &args.access_level),
            ] {
                if let Some(v) = v {
                    microversion::require(
                        &format!("--{}", k.replace('_', "-")),
                        Microversion::new(2, 82),
                        version,
                    )?;
                    filters.push((k.into(), v.clone()));
                }
            }
            filters.sort();
            let rules = api::access_rules(session, &id, &filters).await?;
            session.ui().print(
                &args.output,
                Data::list(&headers(&ACCESS_COLUMNS), rows(&rules, &ACCESS_COLUMNS)),
            )
        }
        AccessCommand::Show(args) => {
            microversion::require(
                "share access show",
                Microversion::new(2, 45),
                session.share_microversion().await?,
            )?;
            let rule = api::access_rule(session, &args.id).await?;
            session.ui().print(&args.output, rule_view(&rule))
        }
        AccessCommand::Set(args) => {
            let version = session.share_microversion().await?;
            microversion::require("share access set", Microversion::new(2, 45), version)?;
            api::access_rule(session, &args.id).await?;
            if !args.properties.is_empty() {
                api::set_rule_metadata(session, &args.id, key_values(&args.properties)?).await?;
            }
            if let Some(level) = &args.access_level {
                microversion::require("--access-level", Microversion::new(2, 88), version)?;
                api::update_rule_level(session, &args.id, level).await?;
            }
            Ok(())
        }
        AccessCommand::Unset(args) => {
            microversion::require(
                "share access unset",
                Microversion::new(2, 45),
                session.share_microversion().await?,
            )?;
            api::access_rule(session, &args.id).await?;
            for key in &args.properties {
                api::unset_rule_metadata(session, &args.id, key).await?;
            }
            Ok(())
        }
        AccessCommand::Delete(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            if args.unrestrict {
                microversion::require(
                    "--unrestrict",
                    Microversion::new(2, 82),
                    session.share_microversion().await?,
                )?;
            }
            api::deny_access(session, &id, &args.id, args.unrestrict).await?;
            if args.wait.wait {
                let deadline =
                    std::time::Instant::now() + Duration::from_secs(args.wait.wait_timeout);
                loop {
                    match api::access_rule(session, &args.id).await {
                        Err(e) if e.kind == Kind::NotFound => break,
                        Err(e) => return Err(e),
                        Ok(_) if std::time::Instant::now() >= deadline => {
                            return Err(Error::new(
                                Kind::Timeout,
                                format!("access rule {} still exists", args.id),
                            ));
                        }
                        Ok(_) => tokio::time::sleep(Duration::from_secs(1)).await,
                    }
                }
            }
            Ok(())
        }
    }
}

/// An access rule as `share access create|show` print it: manilaclient's
/// fixed fields (`''` for one the API left out), properties as `key : value`
/// lines (a string in every format).
fn rule_view(rule: &Value) -> Data {
    let fields = [
        "id",
        "share_id",
        "access_level",
        "access_to",
        "access_type",
        "state",
        "access_key",
        "created_at",
        "updated_at",
    ];
    let mut pairs: Vec<(&str, Value)> = fields
        .iter()
        .map(|f| (*f, rule.get(*f).cloned().unwrap_or(json!(""))))
        .collect();
    pairs.push((
        "properties",
        json!(properties_string(
            rule.get("metadata").unwrap_or(&json!({}))
        )),
    ));
    Data::one(pairs)
}

/// `KEY=VALUE` pairs as a JSON object; a key given twice is an error (as manilaclient).
fn key_values(pairs: &[(String, String)]) -> Result<Map<String, Value>> {
    let mut m = Map::new();
    for (k, v) in pairs {
        if m.insert(k.clone(), json!(v)).is_some() {
            return Err(Error::usage(format!("`{k}` is given twice")));
        }
    }
    Ok(m)
}

/// Poll an access rule until its state is `active` (or `error`).
async fn wait_rule(session: &mut Session, id: &str, timeout: Duration) -> Result<Value> {
    let started = std::time::Instant::now();
    loop {
        let rule = api::access_rule(session, id).await?;
        match rule.get("state").and_then(Value::as_str) {
            Some("active") => return Ok(rule),
            Some("error") => {
                return Err(Error::new(
                    Kind::ResourceError,
                    format!("access rule {id} ended in state `error`"),
                ));
            }
            _ if started.elapsed() >= timeout => {
                return Err(Error::new(
                    Kind::Timeout,
                    format!(
                        "access rule {id} is not active after {} s",
                        timeout.as_secs()
                    ),
                ));
            }
            state => {
                session
                    .ui()
                    .notice(&format!("access rule {id}: {}", state.unwrap_or("?")));
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}

/// `share availability zone list`: columns as manilaclient names them (`Id`).
pub async fn availability_zones(session: &mut Session, cmd: &AvailabilityCommand) -> Result<()> {
    let AvailabilityCommand::Zone(ZoneCommand::List(args)) = cmd;
    let zones = api::availability_zones(session).await?;
    let columns = [
        ("Id", "id"),
        ("Name", "name"),
        ("Created At", "created_at"),
        ("Updated At", "updated_at"),
    ];
    session.ui().print(
        &args.output,
        Data::list(&headers(&columns), rows(&zones, &columns)),
    )
}

/// `share limits show --absolute|--rate`.
pub async fn limits(session: &mut Session, cmd: &LimitsCommand) -> Result<()> {
    let LimitsCommand::Show(args) = cmd;
    let limits = api::limits(session).await?;
    let data = if args.absolute {
        // One row per limit, in the API's order; unset ones (None) left out.
        let rows = limits
            .get("absolute")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| vec![json!(k), v.clone()])
                    .collect()
            })
            .unwrap_or_default();
        Data::list(&["Name", "Value"], rows)
    } else {
        let mut rows = Vec::new();
        for group in limits
            .get("rate")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            for l in group
                .get("limit")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let f = |k: &str| l.get(k).cloned().unwrap_or(json!(""));
                rows.push(vec![
                    f("verb"),
                    group.get("regex").cloned().unwrap_or(json!("")),
                    group.get("uri").cloned().unwrap_or(json!("")),
                    f("value"),
                    f("remaining"),
                    f("unit"),
                    f("next-available"),
                ]);
            }
        }
        Data::list(
            &[
                "Verb",
                "Regex",
                "URI",
                "Value",
                "Remaining",
                "Unit",
                "Next Available",
            ],
            rows,
        )
    };
    session.ui().print(&args.output, data)
}
