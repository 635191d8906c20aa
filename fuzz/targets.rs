//! The fuzz targets' bodies, one function each: built into the cargo-fuzz
//! binaries (`fuzz/fuzz_targets/*.rs`, nightly, `fuzz/run.sh`) and replayed
//! on the committed corpora by `cargo test --test it fuzz_corpus::` (stable, every
//! CI run), so that a finding once fixed stays fixed without a fuzz build.
//! A target may refuse its input; it may not panic.

#![allow(dead_code)]

use std::sync::{Arc, OnceLock};

use serde_json::Value;
use sharekeep::api::keymanager::ref_uuid;
use sharekeep::config::{CloudConfig, ConfigFiles, Overrides};
use sharekeep::local::State;
use sharekeep::local::http::App;
use sharekeep::local::server::respond;
use sharekeep::output::{Data, Format, FormatArgs, Printer};
use sharekeep::session::http::{HeaderMap, HeaderName, HeaderValue, Method, api_error};
use sharekeep::session::{Request, Service, microversion};

/// clouds.yaml and secure.yaml: parse, merge and resolve every cloud they
/// name. Input: the clouds.yaml text, optionally `\0` and the secure.yaml text.
pub fn config(data: &[u8]) {
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
}

/// What comes back from a server: error bodies of each service, Manila's
/// version document, and any JSON rendered in every output format.
pub fn decode(data: &[u8]) {
    let Some((&first, body)) = data.split_first() else {
        return;
    };
    let status = 400 + u16::from(first) % 200;
    for service in [Service::Identity, Service::KeyManager, Service::Share] {
        let e = api_error(
            service,
            &reqwest_method(first),
            "https://h/v1/x",
            status,
            body,
        );
        let _ = e.to_string();
    }
    let Ok(doc) = serde_json::from_slice::<Value>(body) else {
        return;
    };
    let _ = microversion::server_range(&doc);
    let data = match &doc {
        Value::Object(m) => Data::One {
            columns: m.keys().cloned().collect(),
            values: m.values().cloned().collect(),
        },
        Value::Array(rows) => {
            let columns: Vec<String> = rows
                .iter()
                .filter_map(Value::as_object)
                .flat_map(|m| m.keys().cloned())
                .take(8)
                .collect();
            let rows = rows
                .iter()
                .map(|r| {
                    columns
                        .iter()
                        .map(|c| r.get(c).cloned().unwrap_or(Value::Null))
                        .collect()
                })
                .collect();
            Data::List { columns, rows }
        }
        _ => return,
    };
    let is_list = matches!(data, Data::List { .. });
    for format in [
        Format::Table,
        Format::Json,
        Format::Yaml,
        Format::Value,
        Format::Shell,
        Format::Csv,
    ] {
        let args = FormatArgs {
            format: Some(format),
            max_width: u16::from(first) % 3 * 40,
            ..Default::default()
        };
        if args.check(is_list).is_ok() {
            let _ = Printer::new(&args).render(data.clone());
        }
    }
}

fn reqwest_method(b: u8) -> sharekeep::session::http::Method {
    match b % 4 {
        0 => Method::GET,
        1 => Method::POST,
        2 => Method::PUT,
        _ => Method::DELETE,
    }
}

const ENDPOINT: &str = "https://cloud.example:9311/v1";

/// The secret/order/container reference normaliser, and the URL encoder
/// that every user-given name or ID goes through: it must never build a
/// URL outside the endpoint it was given, whatever the input.
pub fn refs(data: &[u8]) {
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
        assert!(
            url.starts_with("https://cloud.example:9311/v1/"),
            "{segments:?} -> {url}"
        );
        let path = url.trim_start_matches("https://cloud.example:9311/v1/");
        assert_eq!(
            path.split('/').count(),
            segments.len(),
            "{segments:?} -> {url}"
        );
        assert!(!path.contains(['?', '#']), "{segments:?} -> {url}");
    }
}

struct World {
    rt: tokio::runtime::Runtime,
    app: Arc<App>,
    token: String,
    _dir: tempfile::TempDir,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let state_dir = dir.path().join("state");
        let state = State::open(&state_dir).unwrap();
        let password = state.kek.seeded_password("admin");
        let app = App::new(state, "127.0.0.1:9".parse().unwrap());
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let body = serde_json::json!({"auth": {"identity": {"methods": ["password"],
            "password": {"user": {"name": "admin", "domain": {"name": "Default"}, "password": password}}},
            "scope": {"project": {"name": "admin", "domain": {"name": "Default"}}}}});
        let mut headers = HeaderMap::new();
        headers.insert("content-type", HeaderValue::from_static("application/json"));
        let resp = rt.block_on(respond(&app, Method::POST, "/identity/v3/auth/tokens", headers,
            serde_json::to_vec(&body).unwrap()));
        let token = resp.headers.iter().find(|(h, _)| *h == "x-subject-token").unwrap().1.clone();
        World { rt, app, token, _dir: dir }
    })
}

/// The local backend's request handlers: any method, path, query, headers
/// (microversions, tokens) and body, with and without a valid token. A
/// handler may refuse; it may not panic, and a 5xx is a failure too.
/// Input: `METHOD-BYTE URI \n (NAME: VALUE \n)* \n BODY`; the first byte
/// picks the method, and whether the admin token is sent.
pub fn local_api(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let method = match first % 5 {
        0 => Method::GET,
        1 => Method::POST,
        2 => Method::PUT,
        3 => Method::DELETE,
        _ => Method::PATCH,
    };
    let (head, body) = match rest.windows(2).position(|w| w == b"\n\n") {
        Some(i) => (&rest[..i], &rest[i + 2..]),
        None => (rest, &[][..]),
    };
    let head = String::from_utf8_lossy(head);
    let mut lines = head.split('\n');
    let uri = lines.next().unwrap_or("/");
    let w = world();
    let mut headers = HeaderMap::new();
    if first & 0x80 == 0 {
        headers.insert("x-auth-token", HeaderValue::from_str(&w.token).unwrap());
    }
    for line in lines {
        if let Some((k, v)) = line.split_once(':')
            && let (Ok(k), Ok(v)) = (
                HeaderName::try_from(k.trim()),
                HeaderValue::from_str(v.trim()),
            )
        {
            headers.insert(k, v);
        }
    }
    let resp =
        w.rt.block_on(respond(&w.app, method.clone(), uri, headers, body.to_vec()));
    let status = resp.status.as_u16();
    assert!(
        status < 500 || status == 503,
        "{method} {uri} -> {status}: {}",
        String::from_utf8_lossy(&resp.body)
    );
}
