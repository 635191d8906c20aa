//! The HTTP path against fake services on loopback: retries, Retry-After, redirects, HTTPS against plain HTTP, a host name resolved to a loopback port.

use super::*;

/// Idempotent requests are retried after a 503; a POST never is, since the
/// first one may have been carried out.
#[test]
fn idempotent_requests_are_retried_and_posts_are_not() {
    let cloud = FakeKeystone::with_script(|method, path, before| match (method, path) {
        ("GET", "/v1/secrets") if before < 2 => (503, Vec::new(), String::new()),
        ("GET", "/v1/secrets") => (200, Vec::new(), r#"{"secrets": [], "total": 0}"#.into()),
        ("POST", "/v1/secrets") => (503, Vec::new(), String::new()),
        _ => (404, Vec::new(), String::new()),
    });
    let mut env = Env::new();
    env.clouds(&demo_clouds(&cloud.url));
    env.run(&["--os-cloud", "demo", "secret", "list"]).ok();
    assert_eq!(
        cloud.count("GET /v1/secrets"),
        3,
        "two 503s, then the answer"
    );
    let run = env
        .run(&["--os-cloud", "demo", "secret", "store", "--payload", "k"])
        .expect_code(9);
    assert_eq!(
        cloud.count("POST /v1/secrets"),
        1,
        "a POST is sent once: {}",
        run.stderr
    );
}

/// A `Retry-After` longer than sharekeep waits for is reported, not slept on.
#[test]
fn a_long_retry_after_is_not_waited_for() {
    let cloud = FakeKeystone::with_script(|_, path, _| match path {
        "/v1/secrets" => (
            503,
            vec![("Retry-After".into(), "3600".into())],
            String::new(),
        ),
        _ => (404, Vec::new(), String::new()),
    });
    let mut env = Env::new();
    env.clouds(&demo_clouds(&cloud.url));
    env.run(&["--os-cloud", "demo", "secret", "list"])
        .expect_code(9);
    assert_eq!(cloud.count("GET /v1/secrets"), 1);
}

/// A redirect is not followed: the token would go along to wherever it points.
#[test]
fn redirects_are_not_followed_with_the_token() {
    let cloud = FakeKeystone::with_script(|_, path, _| match path {
        "/v1/secrets" => (
            302,
            vec![("Location".into(), "/elsewhere".into())],
            String::new(),
        ),
        _ => (404, Vec::new(), String::new()),
    });
    let mut env = Env::new();
    env.clouds(&demo_clouds(&cloud.url));
    env.run(&["--os-cloud", "demo", "secret", "list"])
        .expect_code(9);
    assert_eq!(
        cloud.count("GET /elsewhere"),
        0,
        "the redirect was followed"
    );
}

/// `https://` against a port that speaks plain HTTP says so at once, rather
/// than a bare TLS error (or a 10 s time-out).
#[test]
fn https_against_plain_http_suggests_http() {
    let plain = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = plain.local_addr().unwrap().port();
    std::thread::spawn(move || {
        use std::io::Write;
        for mut s in plain.incoming().flatten() {
            let _ = s.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        }
    });
    let mut env = Env::new();
    env.clouds(&demo_clouds(&format!("https://127.0.0.1:{port}/v3")));
    let run = env
        .run(&["--os-cloud", "demo", "secret", "list"])
        .expect_code(8);
    assert!(
        run.stderr.contains(&format!(
            "if 127.0.0.1:{port} serves plain HTTP, use an http:// URL"
        )),
        "{}",
        run.stderr
    );
}

/// A cloud served inside the process can keep one stable URL while its port
/// changes: `session::Options::resolve` answers the host name with a loopback
/// address and port (the embedded backend's way; no DNS is asked).
#[test]
fn a_stable_host_name_can_be_resolved_to_a_loopback_port() {
    let keystone = FakeKeystone::start();
    let port: u16 = keystone
        .url
        .trim_end_matches("/v3")
        .rsplit(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let mut env = Env::new();
    let clouds = env.clouds(&demo_clouds("http://cloud.sharekeep.invalid/v3"));
    let files = ConfigFiles::from_paths(Some(&clouds), None).unwrap();
    let overrides = sharekeep::config::Overrides {
        cloud: Some("demo".into()),
        token_cache: Some(sharekeep::config::TokenCache::None),
        ..Default::default()
    };
    let config = CloudConfig::resolve(&files, &overrides).unwrap();
    let options = sharekeep::session::Options {
        resolve: vec![(
            "cloud.sharekeep.invalid".into(),
            std::net::SocketAddr::from(([127, 0, 0, 1], port)),
        )],
        ..Default::default()
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let token = runtime.block_on(async {
        let mut session = sharekeep::session::Session::open(config, options).await;
        session.token().await.map(|t| t.id.clone())
    });
    assert_eq!(token.unwrap(), keystone.token);
    assert_eq!(keystone.authentications(), 1);
}
