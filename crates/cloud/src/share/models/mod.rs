//! The share service's records as types, one file each, as vaultwarden's
//! `db/models/`: a share, a share server, a snapshot, a share network and
//! its subnets, a security service, a share type, an access rule and a user
//! message, as the store keeps them (the `body` of their rows), made by one
//! constructor each and turned into a row in one place ([`Record`]), which
//! sets the searched columns from the typed fields (see `store`'s table).
//!
//! Every new record of these kinds is made by its constructor, and every
//! write of a share, a share server or a snapshot goes through its
//! [`Record::row`], so a record that does not have the shape below is
//! refused when it is written (`LocalError::Json`), not found broken when it
//! is read. Fields that only some records have (a claim on work, the
//! credential handed to the back end, an extend's target) are optional and
//! absent when unset; anything else a record carries is kept as it is in
//! `other`.

use serde::{Deserialize, Serialize};

mod access;
mod message;
mod network;
mod server;
mod share;
mod share_type;
mod snapshot;
mod subnet;

pub use crate::store::Record;
pub use access::AccessRule;
pub use message::Message;
pub use network::{SECURITY_SERVICE_TYPES, SecurityService, ShareNetwork};
pub use server::{NewShareServer, ShareServer, match_key};
pub use share::{NewShare, Share};
pub use share_type::ShareType;
pub use snapshot::Snapshot;
pub use subnet::Subnet;

/// A claim on a unit of work: who holds it, until when (see `manager`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    pub until: String,
    /// The claiming process (absent in claims made before it was kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<u32>,
}

#[cfg(test)]
mod tests;
