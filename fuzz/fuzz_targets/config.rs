//! clouds.yaml and secure.yaml: parse, merge and resolve every cloud they
//! name. Input: the clouds.yaml text, optionally `\0` and the secure.yaml text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use sharekeep::config::{CloudConfig, ConfigFiles, Overrides};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (clouds, secure) = match text.split_once('\0') {
        Some((c, s)) => (c, Some(s)),
        None => (text, None),
    };
    let Ok(files) = ConfigFiles::from_texts(clouds, secure) else {
        return;
    };
    for name in files.cloud_names() {
        let _ = files.cloud(&name);
        let ov = Overrides {
            cloud: Some(name),
            ..Default::default()
        };
        if let Ok(config) = CloudConfig::resolve(&files, &ov) {
            let _ = config.source_hint();
        }
    }
    let _ = files.only_cloud();
});
