//! The local backend's request handlers: any method, path, query, headers
//! (microversions, tokens) and body, with and without a valid token. A
//! handler may refuse; it may not panic, and a 5xx is a failure too.
#![no_main]
use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use sharekeep::local::server::{App, respond};
use sharekeep::local::State;
use sharekeep::session::http::{HeaderMap, HeaderName, HeaderValue, Method};

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

// Input: `METHOD-BYTE URI \n (NAME: VALUE \n)* \n BODY`; the first byte
// picks the method, and whether the admin token is sent.
fuzz_target!(|data: &[u8]| {
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
        if let Some((k, v)) = line.split_once(':') {
            if let (Ok(k), Ok(v)) = (HeaderName::try_from(k.trim()), HeaderValue::from_str(v.trim())) {
                headers.insert(k, v);
            }
        }
    }
    let resp = w.rt.block_on(respond(&w.app, method.clone(), uri, headers, body.to_vec()));
    let status = resp.status.as_u16();
    assert!(status < 500 || status == 503, "{method} {uri} -> {status}: {}", String::from_utf8_lossy(&resp.body));
});
