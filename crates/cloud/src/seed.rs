//! What a new state directory holds: the admin, service, demo and alt
//! projects with their users and roles, the share types, a share network per
//! project, and Manila's default quotas.

use std::collections::BTreeMap;

use rusqlite::Transaction;
use serde_json::{Value, json};

use super::LocalError;
use super::crypto::{self, Kek};
use super::identity::models::{Assignment, Project, Role, User};
use super::share::models::{Record, ShareNetwork, ShareType, Subnet};
use super::store::{Row, Tx};

pub const REGION: &str = "RegionOne";
pub const DOMAIN_ID: &str = "default";
pub const DOMAIN_NAME: &str = "Default";
/// The user the share service acts as in Keystone and Barbican.
pub const SERVICE_USER: &str = "manila";
/// The share type `GET /types/default` answers with.
pub const DEFAULT_TYPE: &str = "default";

/// Projects and their users: (project, user, role).
const PEOPLE: [(&str, &str, &str); 6] = [
    ("admin", "admin", "admin"),
    ("service", SERVICE_USER, "service"),
    ("service", SERVICE_USER, "admin"),
    ("demo", "demo", "member"),
    ("alt", "alt", "member"),
    ("demo", "reader", "reader"),
];
const ROLES: [&str; 5] = ["admin", "manager", "member", "reader", "service"];
/// A seeded share type: name, description, extra specs.
type SeedType = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// Projects that get a share network.
const NETWORKED: [&str; 3] = ["admin", "demo", "alt"];

/// The IDs of what was seeded, by name.
#[derive(Debug, Default, Clone)]
pub struct Ids {
    pub state_id: String,
    pub projects: BTreeMap<String, String>,
    pub users: BTreeMap<String, String>,
    pub roles: BTreeMap<String, String>,
}

impl Ids {
    pub fn load(tx: &Tx) -> Result<Ids, LocalError> {
        let state_id = tx
            .meta("state_id")?
            .ok_or_else(|| LocalError::Unseeded("state ID".into()))?;
        let names = |kind| -> Result<BTreeMap<String, String>, LocalError> {
            Ok(tx
                .list(kind, None)?
                .into_iter()
                .filter_map(|r| r.name.map(|n| (n, r.id)))
                .collect())
        };
        Ok(Ids {
            state_id,
            projects: names("project")?,
            users: names("user")?,
            roles: names("role")?,
        })
    }

    pub fn project(&self, name: &str) -> &str {
        self.projects
            .get(name)
            .map(String::as_str)
            .unwrap_or_default()
    }

    pub fn user(&self, name: &str) -> &str {
        self.users.get(name).map(String::as_str).unwrap_or_default()
    }
}

pub use super::crypto::{new_id, uuid};
pub use super::identity::models::assignment_key;

pub fn seed(tx: &Transaction, kek: &Kek) -> Result<(), LocalError> {
    let tx = Tx(tx);
    let now = crate::http::now();
    tx.set_meta("state_id", &new_id())?;
    tx.set_meta(super::KEK_CHECK, &kek.check_value())?;
    tx.put(&Row::new(
        "domain",
        DOMAIN_ID,
        json!({"id": DOMAIN_ID, "name": DOMAIN_NAME, "enabled": true, "description": "The default domain"}),
    ))?;
    let mut projects = BTreeMap::new();
    for (project, ..) in PEOPLE {
        projects
            .entry(project)
            .or_insert_with(|| Project::new(project));
    }
    for project in projects.values() {
        tx.put(&project.row()?)?;
    }
    let mut roles = BTreeMap::new();
    for role in ROLES {
        let role_record = Role::new(role);
        tx.put(&role_record.row()?)?;
        roles.insert(role, role_record.id);
    }
    let mut users = BTreeMap::new();
    for (project, user, role) in PEOPLE {
        let project_id = &projects[project].id;
        let user_record = users.entry(user).or_insert_with(|| {
            let mut u = User::new(user, project_id.as_str().into());
            u.password_hash = Some(crypto::hash_password(&kek.seeded_password(user)));
            u.other.insert("password_expires_at".into(), Value::Null);
            u
        });
        tx.put(&Assignment::new(&user_record.id, project_id, &roles[role]).row()?)?;
    }
    for user in users.values() {
        tx.put(&user.row()?)?;
    }
    let types: [SeedType; 4] = [
        (
            DEFAULT_TYPE,
            "The default type: no share servers, no encryption",
            &[("driver_handles_share_servers", "False")],
        ),
        (
            "dhss_false",
            "Shares without share servers",
            &[("driver_handles_share_servers", "False")],
        ),
        (
            "dhss_true",
            "Shares on share servers, unencrypted",
            &[("driver_handles_share_servers", "True")],
        ),
        (
            "encrypted",
            "Shares on share servers keyed by the share's encryption key ref",
            &[
                ("driver_handles_share_servers", "True"),
                ("encryption_support", "share_server"),
            ],
        ),
    ];
    for (name, description, specs) in types {
        let mut extra: serde_json::Map<String, Value> = specs
            .iter()
            .map(|(k, v)| (k.to_string(), json!(v)))
            .collect();
        extra.insert("snapshot_support".into(), json!("True"));
        let share_type = ShareType::new((name, json!(description)), true, extra, now.clone());
        let id = share_type.id.clone();
        tx.put(&share_type.row()?)?;
        if name == DEFAULT_TYPE {
            tx.set_meta("default_share_type", &id)?;
        }
    }
    for project in NETWORKED {
        let project_id = &projects[project].id;
        let mut network = ShareNetwork::new(
            (
                "local-net".into(),
                "Seeded: one subnet in the default availability zone".into(),
            ),
            project_id,
            now.clone(),
        );
        for support in [
            "security_service_update_support",
            "network_allocation_update_support",
        ] {
            network.other.insert(support.into(), true.into());
        }
        let net = network.id.clone();
        tx.put(&network.row()?)?;
        let mut subnet = Subnet::new(
            (&net, "local-net".into()),
            Some(project_id.clone()),
            now.clone(),
        );
        subnet.neutron_net_id = uuid().into();
        subnet.neutron_subnet_id = uuid().into();
        tx.put(&subnet.row()?)?;
    }
    Ok(())
}
