//! `share server list|show|delete` (admin), with the encryption key ref that
//! the `openstack` client does not show in lists.

use std::time::Duration;

use serde_json::{Map, Value, json};

use super::{each, headers, keyref, object_rows, rows};
use crate::api::identity::{self, Unresolved};
use crate::api::share::{self as api, NETWORKS, SERVERS};
use crate::cli::share::ServerCommand;
use crate::commands::wait::{self, Until};
use crate::error::Result;
use crate::output::Data;
use crate::output::Print;
use crate::session::Session;

const COLUMNS: [(&str, &str); 5] = [
    ("ID", "id"),
    ("Host", "host"),
    ("Status", "status"),
    ("Share Network ID", "share_network_id"),
    ("Project ID", "project_id"),
];

const LONG_COLUMNS: [(&str, &str); 8] = [
    ("ID", "id"),
    ("Host", "host"),
    ("Status", "status"),
    ("Share Network ID", "share_network_id"),
    ("Share Network Name", "share_network_name"),
    ("Project ID", "project_id"),
    ("Share Network Subnet IDs", "share_network_subnet_ids"),
    ("Encryption Key Ref", "encryption_key_ref"),
];

pub async fn run(session: &mut Session, cmd: &ServerCommand) -> Result<()> {
    match cmd {
        ServerCommand::List(args) => {
            let mut query = Vec::new();
            let project = match &args.project {
                Some(p) => Some(identity::project_id(session, p, Unresolved::TakeAsId).await?),
                None => None,
            };
            for (k, v) in [
                ("host", &args.host),
                ("status", &args.status),
                ("project_id", &project),
            ] {
                if let Some(v) = v {
                    query.push((k.to_string(), v.clone()));
                }
            }
            if let Some(n) = &args.share_network {
                query.push((
                    "share_network".to_string(),
                    api::find_id(session, NETWORKS, n).await?,
                ));
            }
            // The key is matched here: Manila 23 answers 500 when
            // `encryption_key_ref` comes with `share_network` (its query joins
            // the networks and the column becomes ambiguous).
            let key = match &args.encryption_key_ref {
                Some(k) => Some(keyref::resolve_filter(session, k).await?),
                None => None,
            };
            let mut servers = api::list(session, SERVERS, &query).await?;
            if let Some(uuid) = &key {
                servers.retain(|s| {
                    s.get("encryption_key_ref")
                        .and_then(serde_json::Value::as_str)
                        == Some(uuid.as_str())
                });
            }
            let columns: &[(&str, &str)] = if args.long { &LONG_COLUMNS } else { &COLUMNS };
            session.ui().print(
                &args.output,
                Data::list(&headers(columns), rows(&servers, columns)),
            )
        }
        ServerCommand::Show(args) => {
            let server = api::get(session, SERVERS, &args.share_server).await?;
            session
                .ui()
                .print(&args.output, object_rows(&show_view(server)))
        }
        ServerCommand::Delete(args) => {
            each(&args.share_servers, "share servers", "delete", async |id| {
                api::delete(session, SERVERS, id).await?;
                if args.wait.wait {
                    let until = Until::Gone {
                        failure: &["error", "error_deleting"],
                    };
                    let timeout = Duration::from_secs(args.wait.wait_timeout);
                    wait::wait(session, SERVERS, id, until, timeout).await?;
                }
                Ok(())
            })
            .await
        }
    }
}

/// python-manilaclient shows each back-end detail as a `details:<key>` row
/// and drops `backend_details` and `links`.
fn show_view(server: Value) -> Value {
    let mut out = Map::new();
    let details = server
        .get("backend_details")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    if let Value::Object(m) = server {
        for (k, v) in m {
            if k != "backend_details" && k != "links" {
                out.insert(k, v);
            }
        }
    }
    for (k, v) in details {
        out.insert(format!("details:{k}"), v);
    }
    json!(out)
}
