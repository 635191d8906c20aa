//! What comes back from a server: error bodies of each service, Manila's
//! version document, and any JSON rendered in every output format.
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::decode(data));
