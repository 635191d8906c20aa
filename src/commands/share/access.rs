//! `share access create|list|show|set|unset|delete`: access rules.

use std::time::Duration;

use serde_json::{Map, Value, json};

use super::{headers, properties_string, rows, str_field};
use crate::api::share::{self as api, SHARES};
use crate::cli::share::AccessCommand;
use crate::error::{Error, Kind, Result};
use crate::output::Print;
use crate::output::{Data, python_str};
use crate::session::Session;
use crate::session::microversion::{self, Microversion};

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
