//! `share quota show|set`.

use serde_json::{Map, Value, json};

use crate::api::identity::{self, Unresolved};
use crate::api::share as api;
use crate::cli::share::QuotaCommand;
use crate::error::{Error, Result};
use crate::output::Print;
use crate::output::{Data, python_str};
use crate::session::Session;
use crate::session::microversion;

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
