//! `share network create|list|show|delete`, `share network subnet create`.

use serde_json::{Map, Value, json};

use super::{dict_list_string, each, object_rows, str_field};
use crate::api::share::{self as api, NETWORKS};
use crate::cli::share::{NetworkCommand, NetworkSetArgs, SubnetCommand};
use crate::error::Result;
use crate::output::Print;
use crate::output::{Data, Views};
use crate::session::Session;
use crate::session::microversion::{self, Microversion};

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
            session.ui().print(
                &args.output,
                Views::by(|t| network_rows(net.clone(), None, t)),
            )
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
            session.ui().print(
                &args.output,
                Data::list(&super::headers(&columns), super::rows(&nets, &columns)),
            )
        }
        NetworkCommand::Show(args) => {
            let net = api::find(session, NETWORKS, &args.share_network).await?;
            let id = str_field(&net, "id");
            let services: Vec<Value> = api::security_services(session, &id)
                .await?
                .iter()
                .map(|s| json!({"security_service_name": s.get("name"), "security_service_id": s.get("id")}))
                .collect();
            session.ui().print(
                &args.output,
                Views::by(|t| network_rows(net.clone(), Some(services.clone()), t)),
            )
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
            let version = session.share_microversion().await?;
            if args.check_only || args.restart_check {
                microversion::require(
                    "--check-only/--restart-check",
                    Microversion::new(2, 70),
                    version,
                )?;
                body.insert("reset_operation".into(), json!(args.restart_check));
                let check = api::action(
                    session,
                    NETWORKS,
                    &id,
                    json!({"share_network_subnet_create_check": body}),
                )
                .await?;
                // As manilaclient: dict values as `key = value` lines in a table.
                return session.ui().print(
                    &args.output,
                    Views::by(|table| {
                        let mut c = check.clone();
                        if table && let Some(m) = c.as_object_mut() {
                            for v in m.values_mut() {
                                if v.is_object() {
                                    *v = json!(dict_list_string(std::slice::from_ref(v), &[]));
                                }
                            }
                        }
                        object_rows(&c)
                    }),
                );
            }
            if !args.properties.is_empty() {
                microversion::require("--property", Microversion::new(2, 78), version)?;
                let metadata: Map<String, Value> = super::pairs_map(&args.properties);
                body.insert("metadata".into(), Value::Object(metadata));
            }
            let subnet = api::create_subnet(session, &id, body).await?;
            session.ui().print(&args.output, object_rows(&subnet))
        }
        NetworkCommand::Set(args) => set(session, args).await,
        NetworkCommand::Unset(args) => {
            let id = api::find_id(session, NETWORKS, &args.share_network).await?;
            let mut update = Map::new();
            if args.name {
                update.insert("name".into(), Value::Null);
            }
            if args.description {
                update.insert("description".into(), Value::Null);
            }
            api::update(session, NETWORKS, &id, update).await?;
            if let Some(ss) = &args.security_service {
                let ss = api::find_id(session, api::SECURITY_SERVICES, ss).await?;
                api::action(
                    session,
                    NETWORKS,
                    &id,
                    json!({"remove_security_service": {"security_service_id": ss}}),
                )
                .await?;
            }
            Ok(())
        }
        NetworkCommand::Subnet(SubnetCommand::List(args)) => {
            let id = api::find_id(session, NETWORKS, &args.share_network).await?;
            microversion::require(
                "share network subnet list",
                Microversion::new(2, 51),
                session.share_microversion().await?,
            )?;
            let subnets = api::subnets(session, &id).await?;
            let columns = [
                ("ID", "id"),
                ("Availability Zone", "availability_zone"),
                ("Neutron Net ID", "neutron_net_id"),
                ("Neutron Subnet ID", "neutron_subnet_id"),
            ];
            session.ui().print(
                &args.output,
                Data::list(&super::headers(&columns), super::rows(&subnets, &columns)),
            )
        }
        NetworkCommand::Subnet(SubnetCommand::Show(args)) => {
            let id = api::find_id(session, NETWORKS, &args.share_network).await?;
            let subnet = api::subnet(session, &id, &args.subnet).await?;
            // As manilaclient: metadata last, as `properties` (a dict column).
            session.ui().print(
                &args.output,
                Views::by(|table| {
                    let mut s = subnet.clone();
                    if let Some(m) = s.as_object_mut() {
                        let meta = m.shift_remove("metadata").unwrap_or(json!({}));
                        m.insert("properties".into(), super::properties_column(meta, table));
                    }
                    object_rows(&s)
                }),
            )
        }
        NetworkCommand::Subnet(SubnetCommand::Delete(args)) => {
            let id = api::find_id(session, NETWORKS, &args.share_network).await?;
            each(
                &args.subnets,
                "share network subnets",
                "delete",
                async |s| api::delete_subnet(session, &id, s).await,
            )
            .await
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

/// `share network set`: each change in its own request, in manilaclient's order.
async fn set(session: &mut Session, args: &NetworkSetArgs) -> Result<()> {
    let id = api::find_id(session, NETWORKS, &args.share_network).await?;
    if args.status.is_some() || args.check_only || args.restart_check {
        microversion::require(
            "--status/--check-only/--restart-check",
            Microversion::new(2, 63),
            session.share_microversion().await?,
        )?;
    }
    let mut update = Map::new();
    for (k, v) in [
        ("name", &args.name),
        ("description", &args.description),
        ("neutron_net_id", &args.neutron_net_id),
        ("neutron_subnet_id", &args.neutron_subnet_id),
    ] {
        if let Some(v) = v {
            // As manilaclient: an empty value clears the field.
            update.insert(k.into(), if v.is_empty() { Value::Null } else { json!(v) });
        }
    }
    api::update(session, NETWORKS, &id, update).await?;
    if let Some(status) = &args.status {
        api::action(
            session,
            NETWORKS,
            &id,
            json!({"reset_status": {"status": status}}),
        )
        .await?;
    }
    let Some(new) = &args.new_security_service else {
        return Ok(());
    };
    let new_id = api::find_id(session, api::SECURITY_SERVICES, new).await?;
    let current_id = match &args.current_security_service {
        Some(c) => Some(api::find_id(session, api::SECURITY_SERVICES, c).await?),
        None => None,
    };
    let check = args.check_only || args.restart_check;
    let body = match (&current_id, check) {
        (None, false) => json!({"add_security_service": {"security_service_id": new_id}}),
        (None, true) => json!({"add_security_service_check": {
            "security_service_id": new_id, "reset_operation": args.restart_check}}),
        (Some(c), false) => json!({"update_security_service": {
            "current_service_id": c, "new_service_id": new_id}}),
        (Some(c), true) => json!({"update_security_service_check": {
            "current_service_id": c, "new_service_id": new_id,
            "reset_operation": args.restart_check}}),
    };
    let answer = api::action(session, NETWORKS, &id, body).await?;
    if check {
        let verb = match &current_id {
            None => format!("can be added to share network {id}"),
            Some(c) => format!("can replace security service {c} on share network {id}"),
        };
        session.notices.push(match answer.get("compatible").and_then(Value::as_bool) {
            None => "the security service check has started; run the same command again later for its result".to_string(),
            Some(true) => format!("security service {new_id} {verb}"),
            Some(false) => format!("security service {new_id} {}", verb.replacen("can", "cannot", 1)),
        });
    }
    Ok(())
}
