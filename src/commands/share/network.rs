//! `share network create|list|show|delete`, `share network subnet create`.

use serde_json::{Map, Value, json};

use super::{dict_list_string, each, object_rows, str_field};
use crate::api::share::{self as api, NETWORKS};
use crate::cli::share::{NetworkCommand, SubnetCommand};
use crate::error::Result;
use crate::output::{Data, Printer, Views};
use crate::session::Session;

pub async fn run(session: &mut Session, cmd: &NetworkCommand) -> Result<()> {
    match cmd {
        NetworkCommand::Create(args) => {
            let mut body = Map::new();
            for (k, v) in [
                ("name", &args.name),
                ("description", &args.description),
                ("neutron_net_id", &args.neutron_net_id),
                ("neutron_subnet_id", &args.neutron_subnet_id),
                ("availability_zone", &args.availability_zone),
            ] {
                if let Some(v) = v {
                    body.insert(k.into(), json!(v));
                }
            }
            let net = api::create(session, NETWORKS, Value::Object(body)).await?;
            Printer::new(args.output.clone())
                .print(Views::by(|t| network_rows(net.clone(), None, t)))
        }
        NetworkCommand::List(args) => {
            let mut query = Vec::new();
            if let Some(n) = &args.name {
                query.push(("name".to_string(), n.clone()));
            }
            if args.all_projects {
                query.push(("all_tenants".to_string(), "1".to_string()));
            }
            let nets = api::list(session, NETWORKS, &query).await?;
            let mut columns = vec![("ID", "id"), ("Name", "name")];
            if args.detail {
                columns.extend([
                    ("Status", "status"),
                    ("Created At", "created_at"),
                    ("Updated At", "updated_at"),
                    ("Description", "description"),
                ]);
            }
            if args.all_projects {
                columns.push(("Project ID", "project_id"));
            }
            Printer::new(args.output.clone()).print(Data::list(
                &super::headers(&columns),
                super::rows(&nets, &columns),
            ))
        }
        NetworkCommand::Show(args) => {
            let net = api::find(session, NETWORKS, &args.share_network).await?;
            let id = str_field(&net, "id");
            let services: Vec<Value> = api::security_services(session, &id)
                .await?
                .iter()
                .map(|s| json!({"security_service_name": s.get("name"), "security_service_id": s.get("id")}))
                .collect();
            Printer::new(args.output.clone()).print(Views::by(|t| {
                network_rows(net.clone(), Some(services.clone()), t)
            }))
        }
        NetworkCommand::Delete(args) => {
            each(
                &args.share_networks,
                "share networks",
                "delete",
                async |n| {
                    let id = api::find_id(session, NETWORKS, n).await?;
                    api::delete(session, NETWORKS, &id).await
                },
            )
            .await
        }
        NetworkCommand::Subnet(SubnetCommand::Create(args)) => {
            let id = api::find_id(session, NETWORKS, &args.share_network).await?;
            let mut body = Map::new();
            for (k, v) in [
                ("neutron_net_id", &args.neutron_net_id),
                ("neutron_subnet_id", &args.neutron_subnet_id),
                ("availability_zone", &args.availability_zone),
            ] {
                if let Some(v) = v {
                    body.insert(k.into(), json!(v));
                }
            }
            let subnet = api::create_subnet(session, &id, body).await?;
            Printer::new(args.output.clone()).print(object_rows(&subnet))
        }
    }
}

/// A share network minus links; subnets' metadata shown as properties; in a
/// table, the subnets (and security services) as `key = value` lines.
fn network_rows(mut net: Value, security_services: Option<Vec<Value>>, table: bool) -> Data {
    if let Some(m) = net.as_object_mut() {
        m.shift_remove("links");
        if let Some(Value::Array(subnets)) = m.get_mut("share_network_subnets") {
            for s in subnets.iter_mut() {
                if let Some(sm) = s.as_object_mut()
                    && let Some(meta) = sm.shift_remove("metadata")
                {
                    sm.insert("properties".into(), meta);
                }
            }
        }
        if table && let Some(Value::Array(subnets)) = m.get("share_network_subnets") {
            // In a table the properties are `key : value` lines, as manilaclient shows them.
            let subnets: Vec<Value> = subnets
                .iter()
                .map(|s| {
                    let mut s = s.clone();
                    if let Some(p) = s.get("properties") {
                        s["properties"] = json!(super::properties_string(p));
                    }
                    s
                })
                .collect();
            let text = dict_list_string(&subnets, &[]);
            m.insert("share_network_subnets".into(), json!(text));
        }
        if let Some(services) = security_services {
            let v = if table {
                json!(dict_list_string(&services, &[]))
            } else {
                json!(services)
            };
            m.insert("security_services".into(), v);
        }
    }
    object_rows(&net)
}
