//! A share server, its constructor, and the key a new share is matched to it by.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::Claim;
use crate::crypto::uuid;
use crate::http::now;
use crate::store::{Record, Row};

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
    /// A migration's task state (only ever set by a reset here).
    #[serde(default)]
    pub task_state: Option<String>,
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
    /// Set by an administrator's reset to a status the manager works on:
    /// the manager leaves the resource alone (`rows::reset_status`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub held: bool,
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
        let address = crate::share::driver::server_address(&id);
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
            held: false,
            task_state: None,
            other: Map::new(),
        }
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
