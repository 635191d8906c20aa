//! The secret/order/container reference normaliser, and the URL encoder
//! that every user-given name or ID goes through: it must never build a
//! URL outside the endpoint it was given, whatever the input.
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::refs(data));
