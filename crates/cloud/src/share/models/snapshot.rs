//! A snapshot of a share.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::Share;
use crate::crypto::uuid;
use crate::http::now;
use crate::store::{Record, Row};

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
