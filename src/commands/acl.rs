//! `acl get|delete|submit` and `acl user add|remove`, as python-barbicanclient does them.

use serde_json::{Value, json};

use super::barbican_time;
use super::keyguard::{Change, refuse_if_in_use};
use crate::api::keymanager;
use crate::cli::acl::{AclChange, AclCommand, AclGuardedChange, AclUserCommand};
use crate::error::Result;
use crate::output::Print;
use crate::output::{Data, FormatArgs};
use crate::session::Session;

pub const ACL_COLUMNS: [&str; 6] = [
    "Operation Type",
    "Project Access",
    "Users",
    "Created",
    "Updated",
    "Secret ACL Ref",
];

pub async fn run(session: &mut Session, cmd: &AclCommand) -> Result<()> {
    match cmd {
        AclCommand::Get(args) => {
            let uuid = keymanager::resolve_secret(session, &args.uri).await?;
            show(session, &uuid, &args.output).await
        }
        AclCommand::Delete(args) => {
            let uuid = keymanager::resolve_secret(session, &args.uri).await?;
            if !args.force {
                let removed = read_users(&keymanager::get_acl(session, &uuid).await?, "read");
                refuse_if_in_use(session, &uuid, Change::Unshare(&removed)).await?;
            }
            keymanager::delete_acl(session, &uuid).await
        }
        AclCommand::Submit(AclGuardedChange { change, force }) => {
            let uuid = keymanager::resolve_secret(session, &change.uri).await?;
            if !force && change.operation_type == "read" {
                let removed: Vec<String> =
                    read_users(&keymanager::get_acl(session, &uuid).await?, "read")
                        .into_iter()
                        .filter(|u| !change.users.contains(u))
                        .collect();
                refuse_if_in_use(session, &uuid, Change::Unshare(&removed)).await?;
            }
            // A submit replaces the ACL; without a flag Barbican keeps its default (on).
            let project_access = change.project_access();
            keymanager::put_acl(
                session,
                &uuid,
                &change.operation_type,
                &change.users,
                project_access,
            )
            .await?;
            show(session, &uuid, &change.output).await
        }
        AclCommand::User(AclUserCommand::Add(change)) => modify(session, change, true, true).await,
        AclCommand::User(AclUserCommand::Remove(AclGuardedChange { change, force })) => {
            modify(session, change, false, *force).await
        }
    }
}

/// The users on an operation's ACL.
fn read_users(acl: &Value, operation: &str) -> Vec<String> {
    acl.get(operation)
        .and_then(|o| o.get("users"))
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|u| u.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Read the ACL, add or remove users, write it back whole (Barbican's PUT
/// replaces), then show it.
async fn modify(session: &mut Session, change: &AclChange, add: bool, force: bool) -> Result<()> {
    let uuid = keymanager::resolve_secret(session, &change.uri).await?;
    let current = keymanager::get_acl(session, &uuid).await?;
    let op = current.get(&change.operation_type);
    let mut users = read_users(&current, &change.operation_type);
    if !force && !add && change.operation_type == "read" {
        let removed: Vec<String> = users
            .iter()
            .filter(|u| change.users.contains(u))
            .cloned()
            .collect();
        refuse_if_in_use(session, &uuid, Change::Unshare(&removed)).await?;
    }
    if add {
        for u in &change.users {
            if !users.contains(u) {
                users.push(u.clone());
            }
        }
    } else {
        users.retain(|u| !change.users.contains(u));
    }
    let project_access = change.project_access().or_else(|| {
        op.and_then(|o| o.get("project-access"))
            .and_then(Value::as_bool)
    });
    keymanager::put_acl(
        session,
        &uuid,
        &change.operation_type,
        &users,
        project_access,
    )
    .await?;
    show(session, &uuid, &change.output).await
}

async fn show(session: &mut Session, uuid: &str, output: &FormatArgs) -> Result<()> {
    let acl = keymanager::get_acl(session, uuid).await?;
    let acl_ref = format!(
        "{}/secrets/{uuid}/acl",
        session
            .endpoint(crate::session::Service::KeyManager)
            .await?
    );
    session
        .ui()
        .print(output, Data::list(&ACL_COLUMNS, acl_rows(&acl, &acl_ref)))
}

fn acl_rows(acl: &Value, acl_ref: &str) -> Vec<Vec<Value>> {
    let Some(map) = acl.as_object() else {
        return Vec::new();
    };
    map.iter()
        .map(|(op, v)| {
            let f = |k: &str| v.get(k).cloned().unwrap_or(Value::Null);
            vec![
                json!(op),
                f("project-access"),
                v.get("users").cloned().unwrap_or(json!([])),
                barbican_time(&f("created")),
                barbican_time(&f("updated")),
                json!(acl_ref),
            ]
        })
        .collect()
}
