//! The local backend's request handlers: any method, path, query, headers
//! (microversions, tokens) and body, with and without a valid token. A
//! handler may refuse; it may not panic, and a 5xx is a failure too.
#![no_main]

#[path = "../targets.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| targets::local_api(data));
