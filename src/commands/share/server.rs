//! `share server list|show|delete` (admin), with the encryption key ref that
//! the `openstack` client does not show in lists.

use std::time::Duration;

use serde_json::{Map, Value, json};

use super::{Ctx, headers, keyref, many_failed, object_rows, rows};
use crate::api::share::{self as api, NETWORKS, SERVERS};
use crate::cli::share::ServerCommand;
use crate::commands::wait::{self, Until};
use crate::error::Result;
use crate::output::{Data, Printer};
use crate::session::Session;
use crate::session::microversion;

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

pub async fn run(session: &mut Session, cmd: &ServerCommand, ctx: Ctx) -> Result<()> {
    match cmd {
        ServerCommand::List(args) => {
            let mut query = Vec::new();
            for (k, v) in [
                ("host", &args.host),
                ("status", &args.status),
                ("project_id", &args.project),
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
            if let Some(k) = &args.encryption_key_ref {
                microversion::require(
                    "--encryption-key-ref",
                    microversion::ENCRYPTION,
                    session.share_microversion().await?,
                )?;
                query.push((
                    "encryption_key_ref".to_string(),
                    keyref::resolve(session, k).await?,
                ));
            }
            let servers = api::list(session, SERVERS, &query).await?;
            let columns: &[(&str, &str)] = if args.long { &LONG_COLUMNS } else { &COLUMNS };
            Printer::new(args.output.clone())
                .print(Data::list(&headers(columns), rows(&servers, columns)))
        }
        ServerCommand::Show(args) => {
            let server = api::get(session, SERVERS, &args.share_server).await?;
            Printer::new(args.output.clone()).print(object_rows(&show_view(server)))
        }
        ServerCommand::Delete(args) => {
            let mut failures = Vec::new();
            for id in &args.share_servers {
                let result = async {
                    api::delete(session, SERVERS, id).await?;
                    if args.wait.wait {
                        let until = Until::Gone {
                            failure: &["error", "error_deleting"],
                        };
                        wait::wait(
                            session,
                            SERVERS,
                            id,
                            until,
                            Duration::from_secs(args.wait.wait_timeout),
                            ctx.quiet,
                        )
                        .await?;
                    }
                    Ok::<(), crate::error::Error>(())
                }
                .await;
                if let Err(e) = result {
                    if args.share_servers.len() == 1 {
                        return Err(e);
                    }
                    failures.push(format!("{id}: {}", e.message));
                }
            }
            many_failed(
                failures,
                args.share_servers.len(),
                "share servers",
                "delete",
            )
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
