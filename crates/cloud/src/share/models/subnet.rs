//! A share network's subnet.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::crypto::uuid;
use crate::store::{Record, Row};

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
