//! A share type: the extra specs a share asks of its back end, and who may
//! use it.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::crypto::uuid;
use crate::store::plain_record;

/// A share type. Its extra specs are strings, booleans as Python prints
/// them (`True`), as Manila stores them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ShareType {
    pub id: String,
    /// A string, unless an update gave something else (kept as sent).
    pub name: Value,
    #[serde(default)]
    pub description: Value,
    #[serde(default = "public")]
    pub is_public: bool,
    #[serde(default)]
    pub extra_specs: Map<String, Value>,
    pub created_at: String,
    /// The projects a private type is shared with.
    #[serde(default)]
    pub projects: Vec<String>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

fn public() -> bool {
    true
}

impl ShareType {
    pub fn new(
        (name, description): (&str, Value),
        is_public: bool,
        extra_specs: Map<String, Value>,
        created_at: String,
    ) -> ShareType {
        ShareType {
            id: uuid(),
            name: name.into(),
            description,
            is_public,
            extra_specs,
            created_at,
            projects: Vec::new(),
            other: Map::new(),
        }
    }
}

plain_record!(ShareType => "share_type");
