//! End-to-end tests through the built binary against the reference cloud: real
//! Keystone 30 and Barbican 23 on 127.0.0.1, side by side with the real
//! `openstack` client.
//!
//! They need the cloud running, so they are ignored by a plain `cargo test`:
//!
//!     bash tests/refcloud/up.sh
//!     cargo test --test it refcloud:: -- --ignored --test-threads=1
//!
//! (one thread: some tests count requests in the services' access logs).

use crate::common::Env;
use crate::common::cloud::{assert_same_keys, counts, on, openstack, store_text, unique};
use serde_json::Value;

mod auth;
mod secret_orders_acls;
mod secrets;
