//! clouds.yaml and secure.yaml: parse, merge and resolve every cloud they
//! name. Input: the clouds.yaml text, optionally `\0` and the secure.yaml text.
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::config(data));
