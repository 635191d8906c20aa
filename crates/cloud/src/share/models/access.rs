//! An access rule of a share.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::crypto::uuid;
use crate::http::now;
use crate::store::{Record, Row};

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
