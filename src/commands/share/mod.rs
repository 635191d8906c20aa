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

use super::wait::{self, Until};
use crate::api::identity::{self, Unresolved};
use crate::api::share::{self as api, SHARES};
use crate::cli::share::{CreateArgs, ListArgs, ShareCommand};
use crate::error::{Error, Kind, Result};
use crate::output::Print;
use crate::output::{Data, Views};
use crate::session::Session;
use crate::session::microversion::{self, Microversion};
use serde_json::{Map, Value, json};
use std::time::Duration;

mod list;
mod views;
use list::*;
use views::*;

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
