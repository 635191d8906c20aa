//! `share quota`, `share pool list`, `share message`, `share export location`,
//! `share access`.

use std::time::Duration;

use serde_json::{Map, Value, json};

use super::{Ctx, headers, object_rows, properties_string, rows, str_field};
use crate::api::share::{self as api, MESSAGES, SHARES};
use crate::cli::share::{
    AccessCommand, ExportCommand, ExportLocationCommand, MessageCommand, PoolCommand, QuotaCommand,
};
use crate::error::{Error, Kind, Result};
use crate::output::{Data, Printer, Views, python_str};
use crate::session::Session;
use crate::session::microversion;

pub async fn quota(session: &mut Session, cmd: &QuotaCommand) -> Result<()> {
    match cmd {
        QuotaCommand::Show(args) => {
            let project = match &args.project {
                Some(p) => p.clone(),
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
            Printer::new(args.output.clone()).print(Data::One { columns, values })
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
            values.insert("tenant_id".into(), json!(args.project));
            api::set_quota(session, &args.project, Value::Object(values), args.force)
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
        return Printer::new(args.output.clone()).print(data);
    }
    Printer::new(args.output.clone()).print(Views::with_table(data, |d| {
        if let Data::List { rows, .. } = d {
            for row in rows {
                row[4] = json!(properties_string(&row[4]));
            }
        }
    }))
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
            ] {
                if let Some(v) = v {
                    query.push((k.to_string(), v.clone()));
                }
            }
            if let Some(l) = args.limit {
                query.push(("limit".to_string(), l.to_string()));
            }
            let messages = api::list(session, MESSAGES, &query).await?;
            Printer::new(args.output.clone()).print(Data::list(
                &headers(&MESSAGE_COLUMNS),
                rows(&messages, &MESSAGE_COLUMNS),
            ))
        }
        MessageCommand::Show(args) => {
            let m = api::get(session, MESSAGES, &args.message).await?;
            let pairs = MESSAGE_FIELDS
                .iter()
                .map(|f| (*f, m.get(*f).cloned().unwrap_or(Value::Null)))
                .collect();
            Printer::new(args.output.clone()).print(Data::one(pairs))
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
            Printer::new(args.output.clone())
                .print(Data::list(&headers(&columns), rows(&locations, &columns)))
        }
        ExportLocationCommand::Show(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            let mut el = api::export_location(session, &id, &args.export_location).await?;
            if let Some(m) = el.as_object_mut() {
                let meta = m.shift_remove("metadata").unwrap_or(json!({}));
                m.insert("properties".into(), meta);
            }
            Printer::new(args.output.clone()).print(object_rows(&el))
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

pub async fn access(session: &mut Session, cmd: &AccessCommand, ctx: Ctx) -> Result<()> {
    match cmd {
        AccessCommand::Create(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            let mut allow = json!({"access_type": args.access_type, "access_to": args.access_to});
            if let Some(l) = &args.access_level {
                allow["access_level"] = json!(l);
            }
            let mut rule = api::allow_access(session, &id, allow).await?;
            let rule_id = str_field(&rule, "id");
            if args.wait.wait {
                rule = wait_rule(
                    session,
                    &rule_id,
                    Duration::from_secs(args.wait.wait_timeout),
                    ctx,
                )
                .await?;
            }
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
                .map(|f| (*f, rule.get(*f).cloned().unwrap_or(Value::Null)))
                .collect();
            pairs.push((
                "properties",
                json!(properties_string(
                    rule.get("metadata").unwrap_or(&json!({}))
                )),
            ));
            Printer::new(args.output.clone()).print(Data::one(pairs))
        }
        AccessCommand::List(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            let rules = api::access_rules(session, &id).await?;
            Printer::new(args.output.clone()).print(Data::list(
                &headers(&ACCESS_COLUMNS),
                rows(&rules, &ACCESS_COLUMNS),
            ))
        }
        AccessCommand::Delete(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            api::deny_access(session, &id, &args.id).await?;
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

/// Poll an access rule until its state is `active` (or `error`).
async fn wait_rule(session: &mut Session, id: &str, timeout: Duration, ctx: Ctx) -> Result<Value> {
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
                if !ctx.quiet {
                    use std::io::Write;
                    let _ = writeln!(
                        std::io::stderr(),
                        "access rule {id}: {}",
                        state.unwrap_or("?")
                    );
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    }
}
