//! The encryption flow end to end through the built binary against a real
//! Manila 23 (microversion 2.90), Keystone and Barbican, side by side with the
//! `openstack` client. The flow's assertions also run on the embedded local
//! cloud, in plain `cargo test` (`…_on_the_local_cloud`). The rest needs the
//! reference cloud with Manila:
//!
//!     bash tests/refcloud/up.sh --with-manila
//!     cargo test --test it manila:: -- --ignored --test-threads=1
//!
//! Back ends: DUMMY1 (stock DummyDriver: encryption_support ['share_server'],
//! reuses a share server whatever its key), DUMMY2 (key-aware: reuses a server
//! only with the same key; ['share_server', 'share']), DUMMY3 (no encryption).

use crate::common::Env;
use crate::common::cloud::{assert_same_keys, on, openstack, settled, unique, value};
use crate::common::fixture::{Fixture, failed_share_id};
use serde_json::Value;

mod drop_in;
mod isolation;
mod matching;
mod preflight;
mod share_ops;
mod snapshots;
