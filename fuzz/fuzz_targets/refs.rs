//! The secret/order/container reference normaliser, and the URL encoder
//! that every user-given name or ID goes through: it must never build a
//! URL outside the endpoint it was given, whatever the input.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sharekeep::api::keymanager::ref_uuid;
use sharekeep::session::{Request, Service};

const ENDPOINT: &str = "https://cloud.example:9311/v1";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for collection in ["secrets", "orders", "containers"] {
        if let Ok(uuid) = ref_uuid(text, collection) {
            assert_eq!(uuid.len(), 36, "{text:?} -> {uuid:?}");
            assert_eq!(ref_uuid(&uuid, collection).ok(), Some(uuid.clone()));
        }
    }
    let segments: Vec<String> = text.split('\u{1}').map(str::to_string).collect();
    let req = Request::get(Service::KeyManager, segments.clone());
    if let Ok(url) = req.url_under(ENDPOINT) {
        let url = url.as_str();
        assert!(url.starts_with("https://cloud.example:9311/v1/"), "{segments:?} -> {url}");
        let path = url.trim_start_matches("https://cloud.example:9311/v1/");
        assert_eq!(path.split('/').count(), segments.len(), "{segments:?} -> {url}");
        assert!(!path.contains(['?', '#']), "{segments:?} -> {url}");
    }
});
