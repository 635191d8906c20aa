//! The ground both halves of sharekeep stand on: what the client and the
//! embedded cloud say to each other and to the user alike. Errors and exit
//! codes, Manila microversions, Python's `repr` of JSON values (as the
//! `openstack` client and Manila's messages show them), the TLS provider,
//! and the one owner of the standard streams. It depends on no other
//! sharekeep crate, and nothing of the client or the cloud belongs here.

pub mod error;
pub mod microversion;
pub mod pyrepr;
pub mod tls;
pub mod ui;
