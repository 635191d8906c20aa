//! A user message (Manila's `messages`).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::crypto::uuid;
use crate::store::{Record, Row};

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
