//! The integration tests, one binary (as jj and uv build theirs): one
//! module per area, sharing `common`. Run one area with a filter,
//! `cargo test --test it local_state::`, one test by a part of its name,
//! `cargo test --test it share_from_a_snapshot`. CONTRIBUTING.md has the
//! inner loop; tests that need the reference cloud are `#[ignore]` and say so.

mod common;

mod assets;
mod cli;
mod completion;
mod differential;
mod faults;
mod fuzz_corpus;
mod key_guard;
mod layout;
mod local;
mod local_api;
mod local_config;
mod local_lifecycle;
mod local_state;
mod manila;
mod planting;
mod policy;
mod projects;
mod properties;
mod refcloud;
mod serve;
mod storage;
mod stress;
mod tls;
