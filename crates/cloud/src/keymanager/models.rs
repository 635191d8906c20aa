//! Barbican's records as types: a secret (with its read ACL), an order and
//! a container, as the store keeps them, made by one constructor each.
//! A secret's payload is kept only sealed with the state's key encryption
//! key, for the secret's ID ([`Secret::seal`]).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::crypto::{Kek, uuid};
use crate::store::plain_record;

/// Now, as Barbican shows its records' times: whole seconds, as its
/// database keeps them (seen on the reference cloud).
pub fn now() -> String {
    jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%S")
        .to_string()
}

/// Who made a record: the project that owns it and the user.
pub struct Owner<'a> {
    pub project_id: &'a str,
    pub user_id: &'a str,
}

/// A secret's read ACL (Barbican's `read` operation, the only one).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Acl {
    #[serde(default)]
    pub users: Vec<String>,
    /// Unset until a request sets it (the view shows `true`).
    #[serde(
        rename = "project-access",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub project_access: Option<bool>,
    pub created: String,
    pub updated: String,
}

/// A secret. What the client gave of the key's description (name,
/// algorithm, bit length, mode, expiration) is kept as sent.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Secret {
    pub id: String,
    #[serde(default)]
    pub name: Value,
    pub project_id: String,
    pub creator_id: String,
    #[serde(default)]
    pub algorithm: Value,
    #[serde(default)]
    pub bit_length: Value,
    #[serde(default)]
    pub mode: Value,
    pub secret_type: String,
    #[serde(default)]
    pub expiration: Value,
    pub status: String,
    pub created: String,
    pub updated: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed_payload: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acl: Option<Acl>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// A new secret's description, as the request gives it.
pub struct NewSecret {
    pub name: Value,
    pub algorithm: Value,
    pub bit_length: Value,
    pub mode: Value,
    pub secret_type: String,
    pub expiration: Value,
}

impl Secret {
    /// A new `ACTIVE` secret, with no payload yet.
    pub fn new(owner: Owner, n: NewSecret) -> Secret {
        let stamp = now();
        Secret {
            id: uuid(),
            name: n.name,
            project_id: owner.project_id.into(),
            creator_id: owner.user_id.into(),
            algorithm: n.algorithm,
            bit_length: n.bit_length,
            mode: n.mode,
            secret_type: n.secret_type,
            expiration: n.expiration,
            status: "ACTIVE".into(),
            created: stamp.clone(),
            updated: stamp,
            sealed_payload: None,
            content_type: None,
            acl: None,
            other: Map::new(),
        }
    }

    /// Keep `payload` (sealed for this secret) with its content type.
    pub fn seal(&mut self, kek: &Kek, payload: &[u8], content_type: &str) {
        self.sealed_payload = Some(kek.seal(&self.id, payload));
        self.content_type = Some(content_type.into());
    }

    /// Let only `user_id` read it, as Manila's hand-off asks.
    pub fn grant_only(&mut self, user_id: &str) {
        let stamp = now();
        let created = self
            .acl
            .as_ref()
            .map_or(stamp.clone(), |a| a.created.clone());
        self.acl = Some(Acl {
            users: vec![user_id.into()],
            project_access: Some(false),
            created,
            updated: stamp,
        });
    }
}

/// An order: a key made on the server (at once: `ACTIVE` when first read).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Order {
    pub id: String,
    pub project_id: String,
    pub creator_id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub meta: Value,
    pub status: String,
    pub secret_id: String,
    pub created: String,
    pub updated: String,
    pub sub_status: String,
    pub sub_status_message: String,
}

impl Order {
    /// A fulfilled `key` order for the secret `secret_id`.
    pub fn key(owner: Owner, meta: Value, secret_id: &str) -> Order {
        let stamp = now();
        Order {
            id: uuid(),
            project_id: owner.project_id.into(),
            creator_id: owner.user_id.into(),
            kind: "key".into(),
            meta,
            status: "ACTIVE".into(),
            secret_id: secret_id.into(),
            created: stamp.clone(),
            updated: stamp,
            sub_status: "Unknown".into(),
            sub_status_message: "Unknown".into(),
        }
    }
}

/// One named secret of a container.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ContainerRef {
    #[serde(default)]
    pub name: Value,
    pub secret_id: String,
}

/// A container: a named list of secrets.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Container {
    pub id: String,
    #[serde(default)]
    pub name: Value,
    #[serde(rename = "type")]
    pub kind: String,
    pub project_id: String,
    pub creator_id: String,
    pub status: String,
    pub secret_refs: Vec<ContainerRef>,
    pub created: String,
    pub updated: String,
}

impl Container {
    pub fn new(owner: Owner, (name, kind): (Value, &str), secret_refs: Vec<ContainerRef>) -> Self {
        let stamp = now();
        Container {
            id: uuid(),
            name,
            kind: kind.into(),
            project_id: owner.project_id.into(),
            creator_id: owner.user_id.into(),
            status: "ACTIVE".into(),
            secret_refs,
            created: stamp.clone(),
            updated: stamp,
        }
    }
}

/// A secret's consumer (key-manager 1.1): a service's resource that uses
/// the secret, registered by a project that can read it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Consumer {
    pub id: String,
    pub secret_id: String,
    /// The project that registered it (its `consumers` quota counts it).
    pub project_id: String,
    pub service: String,
    pub resource_type: String,
    pub resource_id: String,
    pub status: String,
    pub created: String,
    pub updated: String,
}

impl Consumer {
    pub fn new(
        secret_id: &str,
        project_id: &str,
        [service, resource_type, resource_id]: [String; 3],
    ) -> Self {
        let stamp = now();
        Consumer {
            id: uuid(),
            secret_id: secret_id.into(),
            project_id: project_id.into(),
            service,
            resource_type,
            resource_id,
            status: "ACTIVE".into(),
            created: stamp.clone(),
            updated: stamp,
        }
    }

    /// Whether it is the consumer these three fields name.
    pub fn is(&self, [service, resource_type, resource_id]: &[String; 3]) -> bool {
        (&self.service, &self.resource_type, &self.resource_id)
            == (service, resource_type, resource_id)
    }
}

impl crate::store::Record for Consumer {
    const KIND: &'static str = "secret_consumer";

    fn id(&self) -> &str {
        &self.id
    }

    /// Found by its secret (`children`).
    fn columns(&self, row: crate::store::Row) -> crate::store::Row {
        row.with_parent(self.secret_id.clone())
    }
}

/// The resources Barbican keeps a quota of, in its order.
pub const QUOTA_RESOURCES: [&str; 5] = ["secrets", "orders", "containers", "consumers", "cas"];

/// A project's configured quotas (`PUT /v1/project-quotas/{id}`): a value
/// per resource, unset ones taking the default (unlimited, -1).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ProjectQuotas {
    pub id: String,
    pub created: String,
    #[serde(default)]
    pub quotas: std::collections::BTreeMap<String, i64>,
}

impl ProjectQuotas {
    /// The configured value of `resource`, if set.
    pub fn get(&self, resource: &str) -> Option<i64> {
        self.quotas.get(resource).copied()
    }
}

plain_record!(
    Secret => "secret",
    Order => "order",
    Container => "container",
    ProjectQuotas => "barbican_project_quotas",
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Record;
    use serde_json::json;

    #[test]
    fn a_secret_row_is_listed_by_its_project_and_holds_no_clear_payload() {
        let dir = tempfile::tempdir().unwrap();
        let kek = Kek::load(&dir.path().join("kek")).unwrap();
        let owner = Owner {
            project_id: "p",
            user_id: "u",
        };
        let mut s = Secret::new(
            owner,
            NewSecret {
                name: json!("k"),
                algorithm: json!("aes"),
                bit_length: json!(256),
                mode: Value::Null,
                secret_type: "symmetric".into(),
                expiration: Value::Null,
            },
        );
        s.seal(&kek, b"clear key bytes", "application/octet-stream");
        let row = s.row().unwrap();
        assert_eq!(row.project_id.as_deref(), Some("p"));
        assert_eq!(row.name.as_deref(), Some("k"));
        assert!(!row.body.to_string().contains("clear key bytes"));
        let back = Secret::from_row(&row).unwrap();
        let sealed = back.sealed_payload.as_deref().unwrap();
        assert_eq!(kek.open(&back.id, sealed).unwrap(), b"clear key bytes");
        // No ACL until one is set; an unset project access stays unset.
        assert!(row.body.get("acl").is_none());
    }

    #[test]
    fn granting_a_secret_to_one_user_keeps_when_its_acl_was_made() {
        let owner = Owner {
            project_id: "p",
            user_id: "u",
        };
        let mut s = Secret::new(
            owner,
            NewSecret {
                name: Value::Null,
                algorithm: Value::Null,
                bit_length: Value::Null,
                mode: Value::Null,
                secret_type: "opaque".into(),
                expiration: Value::Null,
            },
        );
        s.acl = Some(Acl {
            users: vec!["a".into(), "b".into()],
            project_access: None,
            created: "then".into(),
            updated: "then".into(),
        });
        s.grant_only("manila");
        let acl = s.acl.unwrap();
        assert_eq!(acl.users, ["manila"]);
        assert_eq!(acl.project_access, Some(false));
        assert_eq!(acl.created, "then");
        assert_ne!(acl.updated, "then");
    }
}
