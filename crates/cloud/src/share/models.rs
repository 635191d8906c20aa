//! The share service's records as types: a share, a share server, a
//! snapshot, a share network's subnet, an access rule and a user message
//! as the store keeps them (the `body` of their rows), made by one constructor each
//! and turned into a row in one place, which sets the searched columns from
//! the typed fields (see `store`'s table).
//!
//! Every new record of these kinds is made by its constructor, and every
//! write of a share, a share server or a snapshot goes through its
//! [`Record::row`], so a record that does not have the shape below is
//! refused when it is written (`LocalError::Json`), not found broken when it
//! is read. Fields that only some records have (a claim on work, the
//! credential handed to the back end, an extend's target) are optional and
//! absent when unset; anything else a record carries is kept as it is in
//! `other`.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::LocalError;
use crate::crypto::uuid;
use crate::http::now;
use crate::store::Row;

/// A claim on a unit of work: who holds it, until when (see `manager`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    pub until: String,
}

/// A share, with the fields of Manila's share model that this cloud keeps.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Share {
    pub id: String,
    pub size: i64,
    pub availability_zone: Option<String>,
    pub created_at: String,
    pub updated_at: Option<String>,
    pub status: String,
    /// As the client sent it (Manila's API does not check its type).
    #[serde(default)]
    pub name: Value,
    /// As the client sent it.
    #[serde(default)]
    pub description: Value,
    pub project_id: String,
    pub user_id: String,
    pub snapshot_id: Option<String>,
    pub share_network_id: Option<String>,
    /// Set when the share is placed on a server's subnet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_network_subnet_id: Option<String>,
    pub share_proto: String,
    #[serde(default)]
    pub metadata: Map<String, Value>,
    pub share_type: String,
    pub share_type_name: Option<String>,
    /// As the client sent it (a boolean for any share made through the API's
    /// create; an update stores what it is given).
    #[serde(default)]
    pub is_public: Value,
    #[serde(default)]
    pub snapshot_support: bool,
    pub task_state: Option<String>,
    pub access_rules_status: String,
    pub replication_type: Option<String>,
    #[serde(default)]
    pub has_replicas: bool,
    #[serde(default)]
    pub create_share_from_snapshot_support: bool,
    #[serde(default)]
    pub revert_to_snapshot_support: bool,
    pub share_group_id: Option<String>,
    pub source_share_group_snapshot_member_id: Option<String>,
    #[serde(default)]
    pub mount_snapshot_support: bool,
    #[serde(default)]
    pub is_soft_deleted: bool,
    pub scheduled_to_be_deleted_at: Option<String>,
    pub source_backup_id: Option<String>,
    pub encryption_key_ref: Option<String>,
    #[serde(default)]
    pub snapshot_inherit_share_access_support: bool,
    pub share_server_id: Option<String>,
    /// The pool (`host@backend#pool`), once scheduled.
    pub host: Option<String>,
    pub instance_id: String,
    #[serde(default)]
    pub export_locations: Vec<Value>,
    /// The application credential the back end was given for a
    /// `share`-level key (its ID; the secret is never kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_cred_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<Claim>,
    /// The size an extend or a shrink goes to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_size: Option<i64>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// What a new share is made from: what the request (or `local populate`)
/// decides; the rest of the record is the defaults of a new share.
pub struct NewShare<'a> {
    pub size: i64,
    pub availability_zone: Option<String>,
    pub name: Value,
    pub description: Value,
    pub project_id: &'a str,
    pub user_id: &'a str,
    pub snapshot_id: Option<String>,
    pub share_network_id: Option<String>,
    pub share_proto: String,
    pub metadata: Map<String, Value>,
    /// The share type's ID and name.
    pub share_type: (&'a str, Option<&'a str>),
    pub is_public: bool,
    /// The type's `snapshot_support` (also its support for shares made from snapshots).
    pub snapshot_support: bool,
    pub encryption_key_ref: Option<String>,
}

impl Share {
    /// A new share, in `creating`, not yet placed.
    pub fn new(n: NewShare) -> Share {
        let stamp = now();
        Share {
            id: uuid(),
            size: n.size,
            availability_zone: n.availability_zone,
            created_at: stamp.clone(),
            updated_at: Some(stamp),
            status: "creating".into(),
            name: n.name,
            description: n.description,
            project_id: n.project_id.into(),
            user_id: n.user_id.into(),
            snapshot_id: n.snapshot_id,
            share_network_id: n.share_network_id,
            share_network_subnet_id: None,
            share_proto: n.share_proto,
            metadata: n.metadata,
            share_type: n.share_type.0.into(),
            share_type_name: n.share_type.1.map(str::to_string),
            is_public: Value::Bool(n.is_public),
            snapshot_support: n.snapshot_support,
            task_state: None,
            access_rules_status: "active".into(),
            replication_type: None,
            has_replicas: false,
            create_share_from_snapshot_support: n.snapshot_support,
            revert_to_snapshot_support: false,
            share_group_id: None,
            source_share_group_snapshot_member_id: None,
            mount_snapshot_support: false,
            is_soft_deleted: false,
            scheduled_to_be_deleted_at: None,
            source_backup_id: None,
            encryption_key_ref: n.encryption_key_ref,
            snapshot_inherit_share_access_support: false,
            share_server_id: None,
            host: None,
            instance_id: uuid(),
            export_locations: Vec::new(),
            app_cred_id: None,
            claim: None,
            target_size: None,
            other: Map::new(),
        }
    }
}

/// A share server, with the fields of Manila's that this cloud keeps.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ShareServer {
    pub id: String,
    pub project_id: String,
    pub updated_at: Option<String>,
    pub created_at: String,
    pub status: String,
    /// The back end (`host@backend`).
    pub host: String,
    /// The network's name when the server was made (as its client sent it).
    #[serde(default)]
    pub share_network_name: Value,
    pub share_network_id: String,
    pub share_network_subnet_id: String,
    #[serde(default)]
    pub is_auto_deletable: bool,
    pub identifier: String,
    /// As Manila: the key of the share that made the server, at either level.
    pub encryption_key_ref: Option<String>,
    /// The key the server holds: only a `share_server`-level server has one.
    pub server_key: Option<String>,
    pub encryption_level: Option<String>,
    /// What a new share is matched to this server by (see [`match_key`]).
    pub match_key: String,
    pub address: String,
    /// What the back end reports (its name, address, the fingerprints of the
    /// keys it fetched, the name of its credential, its last error).
    #[serde(default)]
    pub backend_details: Map<String, Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_cred_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<Claim>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// What a new share server is made from.
pub struct NewShareServer<'a> {
    pub project_id: &'a str,
    pub status: &'a str,
    /// The back end's host and name.
    pub backend: (String, &'a str),
    /// The share network's ID and name.
    pub network: (&'a str, Value),
    pub subnet_id: &'a str,
    pub encryption_key_ref: Option<String>,
    pub encryption_level: Option<String>,
}

impl ShareServer {
    /// A new share server on a subnet of a back end, keyed as [`match_key`] says.
    pub fn new(n: NewShareServer) -> ShareServer {
        let id = uuid();
        let stamp = now();
        let address = super::driver::server_address(&id);
        let server_key = n
            .encryption_key_ref
            .clone()
            .filter(|_| n.encryption_level.as_deref() == Some("share_server"));
        let match_key = match_key(
            &n.backend.0,
            n.subnet_id,
            n.encryption_level.as_deref(),
            n.encryption_key_ref.as_deref(),
        );
        let mut backend_details = Map::new();
        backend_details.insert("backend".into(), n.backend.1.into());
        backend_details.insert("address".into(), address.clone().into());
        ShareServer {
            identifier: id.clone(),
            id,
            project_id: n.project_id.into(),
            updated_at: Some(stamp.clone()),
            created_at: stamp,
            status: n.status.into(),
            host: n.backend.0,
            share_network_name: n.network.1,
            share_network_id: n.network.0.into(),
            share_network_subnet_id: n.subnet_id.into(),
            is_auto_deletable: false,
            encryption_key_ref: n.encryption_key_ref,
            server_key,
            encryption_level: n.encryption_level,
            match_key,
            address,
            backend_details,
            app_cred_id: None,
            claim: None,
            other: Map::new(),
        }
    }
}

/// A snapshot of a share.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Snapshot {
    pub id: String,
    pub share_id: String,
    pub share_size: i64,
    pub created_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    pub status: String,
    /// As the client sent them.
    #[serde(default)]
    pub name: Value,
    #[serde(default)]
    pub description: Value,
    pub size: i64,
    pub share_proto: Option<String>,
    pub provider_location: String,
    pub user_id: String,
    pub project_id: String,
    /// As the client sent it.
    #[serde(default)]
    pub metadata: Value,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl Snapshot {
    /// A new snapshot of `share`, in `creating`, in the share's project.
    pub fn new(
        share: &Share,
        user_id: &str,
        name: Value,
        description: Value,
        metadata: Value,
    ) -> Snapshot {
        let id = uuid();
        Snapshot {
            provider_location: format!("snapshot-{id}"),
            id,
            share_id: share.id.clone(),
            share_size: share.size,
            created_at: now(),
            updated_at: None,
            status: "creating".into(),
            name,
            description,
            size: share.size,
            share_proto: Some(share.share_proto.clone()),
            user_id: user_id.into(),
            project_id: share.project_id.clone(),
            metadata,
            other: Map::new(),
        }
    }
}

/// A share network's subnet. What the client gives of the network it
/// stands for (Neutron's IDs, the segment, the zone) is kept as sent.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Subnet {
    pub id: String,
    pub share_network_id: String,
    #[serde(default)]
    pub share_network_name: Value,
    pub project_id: Option<String>,
    #[serde(default)]
    pub neutron_net_id: Value,
    #[serde(default)]
    pub neutron_subnet_id: Value,
    #[serde(default)]
    pub availability_zone: Value,
    pub created_at: String,
    pub updated_at: Option<String>,
    #[serde(default)]
    pub network_type: Value,
    #[serde(default)]
    pub segmentation_id: Value,
    #[serde(default)]
    pub cidr: Value,
    #[serde(default)]
    pub ip_version: Value,
    #[serde(default)]
    pub gateway: Value,
    #[serde(default)]
    pub mtu: Value,
    #[serde(default)]
    pub metadata: Value,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl Subnet {
    /// A new subnet of the share network `(id, name)`, in any zone, with no
    /// network details and no metadata (the caller sets what it was given).
    pub fn new(network: (&str, Value), project_id: Option<String>, created_at: String) -> Subnet {
        Subnet {
            id: uuid(),
            share_network_id: network.0.into(),
            share_network_name: network.1,
            project_id,
            neutron_net_id: Value::Null,
            neutron_subnet_id: Value::Null,
            availability_zone: Value::Null,
            created_at,
            updated_at: None,
            network_type: Value::Null,
            segmentation_id: Value::Null,
            cidr: Value::Null,
            ip_version: Value::Null,
            gateway: Value::Null,
            mtu: Value::Null,
            metadata: Value::Object(Map::new()),
            other: Map::new(),
        }
    }
}

/// An access rule of a share.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AccessRule {
    pub id: String,
    pub share_id: String,
    pub access_level: String,
    pub access_to: String,
    pub access_type: String,
    pub state: String,
    /// Never stored: a cephx key is derived from the state's key when shown.
    pub access_key: Option<String>,
    pub created_at: String,
    pub updated_at: Option<String>,
    /// As the client sent them.
    #[serde(default)]
    pub metadata: Value,
    #[serde(default)]
    pub lock_deletion: Value,
    pub project_id: String,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl AccessRule {
    /// A new rule giving `access_to` (of `access_type`) `level` access to a share, active at once.
    pub fn new(share_id: &str, access: (&str, &str, &str), project_id: &str) -> AccessRule {
        let stamp = now();
        AccessRule {
            id: uuid(),
            share_id: share_id.into(),
            access_type: access.0.into(),
            access_to: access.1.into(),
            access_level: access.2.into(),
            state: "active".into(),
            access_key: None,
            created_at: stamp.clone(),
            updated_at: Some(stamp),
            metadata: Value::Object(Map::new()),
            lock_deletion: Value::Bool(false),
            project_id: project_id.into(),
            other: Map::new(),
        }
    }
}

/// A user message about a resource (Manila's `messages`: why a share failed).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    pub project_id: Option<String>,
    pub action_id: String,
    pub detail_id: String,
    pub message_level: String,
    pub created_at: String,
    pub expires_at: String,
    pub request_id: String,
    pub resource_type: String,
    pub resource_id: String,
    pub user_message: String,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl Message {
    /// An error message about a share: Manila's (ID, text) of the action and
    /// of the detail, kept for 30 days as Manila's default.
    pub fn share_error(share: &Row, action: (&str, &str), detail: (&str, &str)) -> Message {
        let created = jiff::Timestamp::now();
        let expires = created + jiff::SignedDuration::from_secs(2_592_000);
        let fmt = crate::http::manila_time;
        Message {
            id: uuid(),
            project_id: share.project_id.clone(),
            action_id: action.0.into(),
            detail_id: detail.0.into(),
            message_level: "ERROR".into(),
            created_at: fmt(created),
            expires_at: fmt(expires),
            request_id: format!("req-{}", uuid()),
            resource_type: "SHARE".into(),
            resource_id: share.id.clone(),
            user_message: format!("{}: {}", action.1, detail.1),
            other: Map::new(),
        }
    }
}

/// A typed record of one kind: read from its row's body, written as a row
/// whose searched columns it sets.
pub trait Record: Serialize + DeserializeOwned {
    const KIND: &'static str;

    fn id(&self) -> &str;

    /// The kind's searched columns, set on its row (see `store`'s table).
    fn columns(&self, row: Row) -> Row;

    fn from_body(body: Value) -> Result<Self, LocalError> {
        Ok(serde_json::from_value(body)?)
    }

    fn from_row(row: &Row) -> Result<Self, LocalError> {
        Self::from_body(row.body.clone())
    }

    fn row(&self) -> Result<Row, LocalError> {
        let body = serde_json::to_value(self)?;
        Ok(self.columns(Row::new(Self::KIND, self.id().to_string(), body)))
    }
}

impl Record for Share {
    const KIND: &'static str = "share";

    fn id(&self) -> &str {
        &self.id
    }

    /// Its key ref (the key quota, `?encryption_key_ref=`), pool and size.
    fn columns(&self, mut row: Row) -> Row {
        row.key_ref = self.encryption_key_ref.clone();
        row.pool = self.host.clone();
        row.with_gigabytes(self.size)
    }
}

impl Record for ShareServer {
    const KIND: &'static str = "share_server";

    fn id(&self) -> &str {
        &self.id
    }

    /// A new share is matched to it by its match key.
    fn columns(&self, row: Row) -> Row {
        row.with_match_key(self.match_key.clone())
    }
}

impl Record for Snapshot {
    const KIND: &'static str = "snapshot";

    fn id(&self) -> &str {
        &self.id
    }

    /// Found by its share; its size summed by the quota.
    fn columns(&self, row: Row) -> Row {
        row.with_parent(self.share_id.clone())
            .with_gigabytes(self.size)
    }
}

impl Record for Subnet {
    const KIND: &'static str = "subnet";

    fn id(&self) -> &str {
        &self.id
    }

    /// Found by its share network.
    fn columns(&self, row: Row) -> Row {
        row.with_parent(self.share_network_id.clone())
    }
}

impl Record for AccessRule {
    const KIND: &'static str = "access_rule";

    fn id(&self) -> &str {
        &self.id
    }

    /// Found by its share.
    fn columns(&self, row: Row) -> Row {
        row.with_parent(self.share_id.clone())
    }
}

impl Record for Message {
    const KIND: &'static str = "message";

    fn id(&self) -> &str {
        &self.id
    }

    /// Found by the resource it is about.
    fn columns(&self, row: Row) -> Row {
        row.with_parent(self.resource_id.clone())
    }
}

/// The server key: back end, subnet, and the encryption mode (`none`,
/// `share`, or `server:<key>`), so that a server never holds two keys and
/// an unencrypted share never lands on an encrypted server.
pub fn match_key(
    backend_host: &str,
    subnet: &str,
    level: Option<&str>,
    key: Option<&str>,
) -> String {
    let mode = match (level, key) {
        (Some("share_server"), Some(k)) => format!("server:{k}"),
        (Some("share"), Some(_)) => "share".to_string(),
        _ => "none".to_string(),
    };
    format!("{backend_host}|{subnet}|{mode}")
}

#[cfg(test)]
mod tests;
