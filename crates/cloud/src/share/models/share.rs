//! A share: Manila's share model as this cloud keeps it, and its one constructor.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::Claim;
use crate::crypto::uuid;
use crate::http::now;
use crate::store::{Record, Row};

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
    /// Set by an administrator's reset to a status the manager works on:
    /// the manager leaves the resource alone (`rows::reset_status`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub held: bool,
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
            held: false,
            target_size: None,
            other: Map::new(),
        }
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
