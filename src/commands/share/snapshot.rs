//! `share snapshot …`, printed as python-manilaclient prints it.

use std::time::Duration;

use serde_json::{Map, Value, json};

use super::{dict_list_string, each, headers, object_rows, properties_column, rows, str_field};
use crate::api::share::{self as api, SHARES, SNAPSHOTS};
use crate::cli::share::SnapshotCommand;
use crate::commands::wait::{self, Until};
use crate::error::Result;
use crate::output::Print;
use crate::output::{Data, Views, python_str};
use crate::session::Session;
use crate::session::microversion::{self, Microversion};

const LIST_COLUMNS: [(&str, &str); 2] = [("ID", "id"), ("Name", "name")];
const DETAIL_COLUMNS: [(&str, &str); 10] = [
    ("ID", "id"),
    ("Name", "name"),
    ("Status", "status"),
    ("Description", "description"),
    ("Created At", "created_at"),
    ("Size", "size"),
    ("Share ID", "share_id"),
    ("Share Proto", "share_proto"),
    ("Share Size", "share_size"),
    ("User ID", "user_id"),
];

pub async fn run(session: &mut Session, cmd: &SnapshotCommand) -> Result<()> {
    match cmd {
        SnapshotCommand::Create(args) => {
            let share_id = api::find_id(session, SHARES, &args.share).await?;
            if !args.properties.is_empty() {
                microversion::require(
                    "--property",
                    Microversion::new(2, 73),
                    session.share_microversion().await?,
                )?;
            }
            let metadata: Map<String, Value> = super::pairs_map(&args.properties);
            let mut body = json!({
                "share_id": share_id,
                "force": args.force,
                "name": args.name,
                "description": args.description,
            });
            if session.share_microversion().await? >= Microversion::new(2, 73) {
                body["metadata"] = Value::Object(metadata);
            }
            let mut snapshot = api::create(session, SNAPSHOTS, body).await?;
            if args.wait.wait {
                let until = Until::Status {
                    success: &["available"],
                    failure: &["error"],
                };
                let id = str_field(&snapshot, "id");
                let timeout = Duration::from_secs(args.wait.wait_timeout);
                snapshot = wait::wait(session, SNAPSHOTS, &id, until, timeout).await?;
            }
            if let Some(m) = snapshot.as_object_mut() {
                m.shift_remove("links");
            }
            session.ui().print(&args.output, object_rows(&snapshot))
        }
        SnapshotCommand::Delete(args) => {
            each(&args.snapshots, "snapshots", "delete", async |name| {
                let id = api::find_id(session, SNAPSHOTS, name).await?;
                if args.force {
                    api::action(session, SNAPSHOTS, &id, json!({"force_delete": null})).await?;
                } else {
                    api::delete(session, SNAPSHOTS, &id).await?;
                }
                if args.wait.wait {
                    let until = Until::Gone {
                        failure: &["error_deleting"],
                    };
                    let timeout = Duration::from_secs(args.wait.wait_timeout);
                    wait::wait(session, SNAPSHOTS, &id, until, timeout).await?;
                }
                Ok(())
            })
            .await
        }
        SnapshotCommand::Show(args) => {
            let snapshot = api::find(session, SNAPSHOTS, &args.snapshot).await?;
            let locations =
                api::snapshot_export_locations(session, &str_field(&snapshot, "id")).await?;
            session.ui().print(
                &args.output,
                Views::by(|table| show_view(snapshot.clone(), &locations, table)),
            )
        }
        SnapshotCommand::Set(args) => {
            let id = api::find_id(session, SNAPSHOTS, &args.snapshot).await?;
            let mut update = Map::new();
            if let Some(n) = &args.name {
                update.insert("display_name".into(), json!(n));
            }
            if let Some(d) = &args.description {
                update.insert("display_description".into(), json!(d));
            }
            api::update(session, SNAPSHOTS, &id, update).await?;
            if let Some(status) = &args.status {
                api::action(
                    session,
                    SNAPSHOTS,
                    &id,
                    json!({"reset_status": {"status": status}}),
                )
                .await?;
            }
            if !args.properties.is_empty() {
                let metadata = super::pairs_map(&args.properties);
                api::set_metadata_of(session, SNAPSHOTS, &id, metadata).await?;
            }
            Ok(())
        }
        SnapshotCommand::Unset(args) => {
            let id = api::find_id(session, SNAPSHOTS, &args.snapshot).await?;
            let mut update = Map::new();
            if args.name {
                update.insert("display_name".into(), Value::Null);
            }
            if args.description {
                update.insert("display_description".into(), Value::Null);
            }
            api::update(session, SNAPSHOTS, &id, update).await?;
            for key in &args.properties {
                api::unset_metadata_of(session, SNAPSHOTS, &id, key).await?;
            }
            Ok(())
        }
        SnapshotCommand::List(args) => {
            let version = session.share_microversion().await?;
            if args.description.is_some()
                || args.like.name_like.is_some()
                || args.like.description_like.is_some()
            {
                microversion::require(
                    "--description, --name~ and --description~",
                    Microversion::new(2, 36),
                    version,
                )?;
            }
            let mut query: Vec<(String, String)> = Vec::new();
            let mut push = |k: &str, v: Option<String>| {
                if let Some(v) = v {
                    query.push((k.to_string(), v));
                }
            };
            push("all_tenants", args.all_projects.then(|| "True".into()));
            push("name", args.name.clone());
            push("description", args.description.clone());
            push("status", args.status.clone());
            push("usage", args.usage.clone());
            push("limit", args.limit.map(|l| l.to_string()));
            push("offset", args.offset.map(|o| o.to_string()));
            push("name~", args.like.name_like.clone());
            push("description~", args.like.description_like.clone());
            if !args.properties.is_empty() {
                let m: Map<String, Value> = super::pairs_map(&args.properties);
                query.push(("metadata".into(), python_str(&Value::Object(m))));
            }
            if let Some(s) = &args.share {
                query.push(("share_id".into(), api::find_id(session, SHARES, s).await?));
            }
            query.sort();
            let mut snapshots = api::list(session, SNAPSHOTS, &query).await?;
            // As the openstack client: sorted by name (None sorts as "None").
            snapshots.sort_by_key(|s| python_str(s.get("name").unwrap_or(&Value::Null)));
            let mut columns: Vec<(&str, &str)> = if args.detail {
                DETAIL_COLUMNS.to_vec()
            } else {
                LIST_COLUMNS.to_vec()
            };
            if args.all_projects {
                columns.push(("Project ID", "project_id"));
            }
            session.ui().print(
                &args.output,
                Data::list(&headers(&columns), rows(&snapshots, &columns)),
            )
        }
    }
}

/// `share snapshot show`: the snapshot minus links and metadata, then its
/// export locations and properties, as python-manilaclient shows it.
fn show_view(mut snapshot: Value, locations: &[Value], table: bool) -> Data {
    let metadata = snapshot.get("metadata").cloned().unwrap_or(json!({}));
    let locations: Vec<Value> = locations
        .iter()
        .map(|l| {
            let mut l = l.clone();
            if let Some(m) = l.as_object_mut() {
                m.shift_remove("links");
            }
            l
        })
        .collect();
    if let Some(m) = snapshot.as_object_mut() {
        m.shift_remove("links");
        m.shift_remove("metadata");
        m.insert(
            "export_locations".into(),
            if table {
                json!(dict_list_string(&locations, &[]))
            } else {
                json!(locations)
            },
        );
        m.insert("properties".into(), properties_column(metadata, table));
    }
    object_rows(&snapshot)
}
