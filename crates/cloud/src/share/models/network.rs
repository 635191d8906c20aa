//! A share network and a security service: what a project's share servers
//! are placed on and join. A network's subnets are `Subnet` records (its
//! children); the security services it is joined to are named by ID.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::LocalError;
use crate::crypto::uuid;
use crate::store::{Record, Row, plain_record};

/// A share network. What the client gave as its name and description is
/// kept as sent (Manila does not check their types).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ShareNetwork {
    pub id: String,
    #[serde(default)]
    pub name: Value,
    #[serde(default)]
    pub description: Value,
    pub project_id: String,
    pub created_at: String,
    pub updated_at: Option<String>,
    pub status: String,
    /// The security services joined, in the order they were added.
    #[serde(default)]
    pub security_service_ids: Vec<String>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl ShareNetwork {
    /// A new, `active` share network of `project_id`.
    pub fn new(
        (name, description): (Value, Value),
        project_id: &str,
        created_at: String,
    ) -> ShareNetwork {
        ShareNetwork {
            id: uuid(),
            name,
            description,
            project_id: project_id.into(),
            created_at,
            updated_at: None,
            status: "active".into(),
            security_service_ids: Vec::new(),
            other: Map::new(),
        }
    }
}

plain_record!(ShareNetwork => "share_network");

/// The security service kinds Manila knows.
pub const SECURITY_SERVICE_TYPES: [&str; 3] = ["active_directory", "ldap", "kerberos"];

/// A security service (LDAP, Kerberos or Active Directory settings). The
/// settings are kept as the client sent them; the password only sealed
/// with the state's key encryption key, never in the clear.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SecurityService {
    /// Records made before the model kept their ID and project in the row's
    /// columns only; [`Record::from_row`] fills them in.
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub project_id: Option<String>,
    #[serde(default)]
    pub name: Value,
    #[serde(rename = "type")]
    pub kind: String,
    pub created_at: String,
    pub updated_at: Option<String>,
    /// The password, sealed for this record's ID.
    #[serde(default)]
    pub password_sealed: Option<String>,
    /// The settings the client gave (`description`, `dns_ip`, `server`,
    /// `domain`, `user`, `ou`, `default_ad_site`), kept as sent.
    #[serde(flatten)]
    pub settings: Map<String, Value>,
}

impl SecurityService {
    /// A new security service of `project_id`, with no settings yet.
    pub fn new(kind: &str, name: Value, project_id: &str, created_at: String) -> SecurityService {
        SecurityService {
            id: uuid(),
            project_id: Some(project_id.into()),
            name,
            kind: kind.into(),
            created_at,
            updated_at: None,
            password_sealed: None,
            settings: Map::new(),
        }
    }

    /// The setting called `key` (`Null` when unset).
    pub fn setting(&self, key: &str) -> Value {
        self.settings.get(key).cloned().unwrap_or(Value::Null)
    }
}

impl Record for SecurityService {
    const KIND: &'static str = "security_service";

    fn id(&self) -> &str {
        &self.id
    }

    /// Found by its project and name.
    fn columns(&self, mut row: Row) -> Row {
        row.project_id = self.project_id.clone();
        row
    }

    fn from_row(row: &Row) -> Result<Self, LocalError> {
        let mut s = Self::from_body(row.body.clone())?;
        if s.id.is_empty() {
            s.id = row.id.clone();
        }
        if s.project_id.is_none() {
            s.project_id = row.project_id.clone();
        }
        Ok(s)
    }
}
