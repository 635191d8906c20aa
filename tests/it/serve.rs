//! `sharekeep local serve`: the local cloud as a server for other clients,
//! on the same state as `--os-cloud local*` in other processes. No services
//! needed; each test has its own state directory and port.

use std::time::{Duration, Instant};

use crate::common::Env;
use crate::common::serve::Serve;
use serde_json::Value;

fn env_with_state() -> (Env, std::path::PathBuf) {
    let mut env = Env::new();
    let dir = env.path("state");
    env.set("SHAREKEEP_LOCAL_DIR", dir.display().to_string());
    (env, dir)
}

fn json(env: &mut Env, cloud: &str, args: &[&str]) -> Value {
    let mut all = vec!["--os-cloud", cloud];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-f", "json"]);
    env.run(&all).ok().json()
}

fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no string `{k}` in {v}"))
}

#[test]
fn serve_shares_its_state_with_embedded_processes_and_runs_the_manager_alone() {
    let (mut env, dir) = env_with_state();
    let serve = Serve::start(&env, &dir, &[]);
    let yaml = serve.print_clouds_yaml(&mut env);
    assert!(yaml.contains(&format!("auth_url: {}/identity/v3", serve.url)));
    env.clouds(&yaml);

    // A key stored through the server is the embedded cloud's too.
    let key = b"0123456789abcdef0123456789abcdef";
    env.stdin(key);
    let stored = json(
        &mut env,
        "sharekeep-demo",
        &["secret", "store", "--name", "k", "--file", "-"],
    );
    let href = s(&stored, "Secret href").to_string();
    assert!(href.starts_with(&serve.url), "{href}");
    let uuid = href.rsplit('/').next().unwrap().to_string();
    let seen = json(&mut env, "local-demo", &["secret", "get", &uuid]);
    assert_eq!(s(&seen, "Name"), "k");

    let share = json(
        &mut env,
        "sharekeep-demo",
        &[
            "share",
            "create",
            "NFS",
            "1",
            "--name",
            "served",
            "--share-type",
            "encrypted",
            "--share-network",
            "local-net",
            "--encryption-key-ref",
            &uuid,
            "--wait",
        ],
    );
    assert_eq!(s(&share, "status"), "available");
    let id = s(&share, "id").to_string();
    let embedded = json(&mut env, "local-demo", &["share", "show", &id]);
    assert_eq!(s(&embedded, "encryption_key_ref"), uuid);
    let token = json(&mut env, "sharekeep-demo", &["token", "issue"]);
    let token = s(&token, "id").to_string();

    // Work that nobody asks about (as a process that died after its create
    // would leave it) is done by the server's manager on its own: the state
    // is read directly, so no request drains it.
    crate::common::make_share_pending_again(&dir, &id);
    let state = sharekeep::local::State::open(&dir).unwrap();
    let started = Instant::now();
    let status = loop {
        let status = state
            .read(|tx| Ok(tx.get("share", &id)?.unwrap().status))
            .unwrap();
        if status.as_deref() == Some("available") || started.elapsed() > Duration::from_secs(10) {
            break status;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(status.as_deref(), Some("available"));
    drop(state);

    let access = serve.access_lines();
    assert!(
        access
            .iter()
            .any(|l| l.contains("\"POST /share/v2/shares\" 200 ")),
        "{access:#?}"
    );
    assert!(
        access
            .iter()
            .any(|l| l.contains("\"POST /identity/v3/auth/tokens\" 201 "))
    );
    let stopped = serve.stop_with("TERM");
    assert_eq!(stopped.code, 0, "{:#?}", stopped.stderr);
    assert_eq!(stopped.stdout, yaml, "the clouds.yaml printed on start");
    assert!(
        stopped
            .stderr
            .last()
            .is_some_and(|l| l.contains("stopped; the state is consistent")),
        "{:#?}",
        stopped.stderr
    );
    // Nothing secret in the log: the key, a token, the passwords.
    let log = stopped.stderr.join("\n");
    let key_text = String::from_utf8_lossy(key).into_owned();
    assert!(!log.contains(&key_text));
    assert!(!log.contains(&token));
    for line in yaml.lines().filter(|l| l.contains("password:")) {
        let password = line.split(": ").nth(1).unwrap().trim();
        assert!(!log.contains(password));
    }
}

#[test]
fn serve_refuses_remote_binds_and_bad_options_and_stops_on_sigint() {
    let (mut env, dir) = env_with_state();
    let d = dir.display().to_string();
    let remote = env
        .run(&["local", "serve", "--bind", "0.0.0.0", "--state", &d])
        .expect_code(2);
    assert!(
        remote.stderr.contains("--allow-remote"),
        "{}",
        remote.stderr
    );
    let no_port = env
        .run(&["local", "serve", "--print-clouds-yaml", "--state", &d])
        .expect_code(2);
    assert!(no_port.stderr.contains("--port N"), "{}", no_port.stderr);
    let bad_url = env
        .run(&["local", "serve", "--public-url", "ftp://x", "--state", &d])
        .expect_code(2);
    assert!(
        bad_url.stderr.contains("--public-url"),
        "{}",
        bad_url.stderr
    );

    let serve = Serve::start(&env, &dir, &[]);
    // The port is taken: a second server says which and how to go on.
    let taken = env
        .run(&[
            "local",
            "serve",
            "--port",
            &serve.port.to_string(),
            "--state",
            &d,
        ])
        .expect_code(3);
    assert!(
        taken.stderr.contains(&format!("127.0.0.1:{}", serve.port))
            && taken.stderr.contains("--port")
            && !taken.stderr.contains("local status"),
        "{}",
        taken.stderr
    );
    let stopped = serve.stop_with("INT");
    assert_eq!(stopped.code, 0, "{:#?}", stopped.stderr);
    assert!(stopped.stderr.iter().any(|l| l.contains("SIGINT")));
}

/// The `openstack` client of the reference cloud's venv (python-openstackclient
/// 10.5, manilaclient 6.3, barbicanclient 7.6), unchanged, runs the whole flow
/// against `local serve`: tokens, secrets, orders, ACLs, share types,
/// networks, an encrypted share, servers, quotas, messages, and Keystone
/// projects, users and roles (tests/tempest/osc-flow.sh, which also runs
/// against the reference cloud).
#[test]
#[ignore = "needs the reference cloud's client venv: bash tests/refcloud/up.sh"]
fn the_openstack_client_runs_the_whole_flow_against_local_serve() {
    let (mut env, dir) = env_with_state();
    let serve = Serve::start(&env, &dir, &[]);
    let yaml = serve.print_clouds_yaml(&mut env);
    let clouds = env.clouds(&yaml);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tempest/osc-flow.sh");
    let clouds = clouds.display().to_string();
    let run = env.run_program(
        std::path::Path::new("bash"),
        &[script, &clouds, "sharekeep-admin", "sharekeep-demo"],
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("all 53 steps passed"), "{}", run.stderr);
    let access = serve.access_lines();
    let errors: Vec<&String> = access.iter().filter(|l| l.contains("\" 5")).collect();
    assert!(errors.is_empty(), "server errors: {errors:#?}");
    assert!(
        access
            .iter()
            .any(|l| l.contains("\"PUT /identity/v3/projects/")),
        "the flow made a grant"
    );
    assert_eq!(serve.stop_with("TERM").code, 0);
}

/// openstacksdk's `key_manager` and `shared_file_system` proxies (4.22, the
/// reference cloud's client venv) as automation uses them, against
/// `local serve` (tests/tempest/sdk-flow.py, which CI also runs against the
/// reference cloud): a key, a type, a network, an encrypted share found by
/// name, changed, resized, in the recycle bin and out, then deleted.
#[test]
#[ignore = "needs the reference cloud's client venv: bash tests/refcloud/up.sh"]
fn openstacksdk_runs_the_automation_flow_against_local_serve() {
    let (mut env, dir) = env_with_state();
    let serve = Serve::start(&env, &dir, &[]);
    let yaml = serve.print_clouds_yaml(&mut env);
    let clouds = env.clouds(&yaml).display().to_string();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tempest/sdk-flow.py");
    let python = std::path::Path::new("/opt/refcloud/venv-client/bin/python");
    let run = env.run_program(
        python,
        &[script, &clouds, "sharekeep-admin", "sharekeep-demo"],
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("all 34 steps passed"), "{}", run.stderr);
    let access = serve.access_lines();
    let errors: Vec<&String> = access.iter().filter(|l| l.contains("\" 5")).collect();
    assert!(errors.is_empty(), "server errors: {errors:#?}");
    assert_eq!(serve.stop_with("TERM").code, 0);
}

/// `local serve` as a server facing clients it cannot trust: no valid
/// token is 401, roles are enforced (a reader cannot create; a member
/// cannot manage share types or quotas or see other projects), a body over
/// 1 MiB is 413, and idle or slow connections are closed (`--idle-timeout`;
/// a body that does not arrive is 408). It listens on 127.0.0.1.
#[test]
fn serve_refuses_missing_tokens_roles_big_bodies_and_idle_connections() {
    use std::io::{Read, Write};
    let (mut env, dir) = env_with_state();
    let serve = Serve::start(&env, &dir, &["--idle-timeout", "1"]);
    assert!(serve.url.starts_with("http://127.0.0.1:"), "{}", serve.url);
    let yaml = serve.print_clouds_yaml(&mut env);
    env.clouds(&yaml);
    let token = |env: &mut Env, cloud: &str| {
        env.run(&[
            "--os-cloud",
            cloud,
            "token",
            "issue",
            "-f",
            "value",
            "-c",
            "id",
        ])
        .ok()
        .stdout
        .trim()
        .to_string()
    };
    let (reader, member, alt) = (
        token(&mut env, "sharekeep-reader"),
        token(&mut env, "sharekeep-demo"),
        token(&mut env, "sharekeep-alt"),
    );
    // One request on its own connection: the status line and the body.
    let port = serve.port;
    let http = |method: &str, path: &str, token: Option<&str>, body: &str| -> (u16, String) {
        let mut tcp = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        let auth = token
            .map(|t| format!("x-auth-token: {t}\r\n"))
            .unwrap_or_default();
        write!(
            tcp,
            "{method} {path} HTTP/1.1\r\nhost: x\r\nconnection: close\r\n{auth}x-openstack-manila-api-version: 2.90\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut out = String::new();
        let _ = tcp.read_to_string(&mut out);
        let status = out
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        (
            status,
            out.split("\r\n\r\n").nth(1).unwrap_or("").to_string(),
        )
    };
    let share = r#"{"share": {"share_proto": "NFS", "size": 1}}"#;
    for (path, method) in [
        ("/share/v2/shares", "GET"),
        ("/key-manager/v1/secrets", "GET"),
        ("/identity/v3/auth/projects", "GET"),
        ("/share/v2/shares", "POST"),
    ] {
        assert_eq!(
            http(method, path, None, share).0,
            401,
            "{method} {path} without a token"
        );
        assert_eq!(
            http(method, path, Some("gAAAAAforged"), share).0,
            401,
            "{method} {path} with a forged token"
        );
    }
    let (status, body) = http("POST", "/share/v2/shares", Some(&reader), share);
    assert_eq!(status, 403, "a reader cannot create: {body}");
    let (status, body) = http(
        "POST",
        "/share/v2/types",
        Some(&member),
        r#"{"share_type": {"name": "mine", "extra_specs": {"driver_handles_share_servers": false}}}"#,
    );
    assert_eq!(status, 403, "a member cannot make share types: {body}");
    let (status, body) = http(
        "PUT",
        "/share/v2/quota-sets/x",
        Some(&member),
        r#"{"quota_set": {"shares": 1000}}"#,
    );
    assert_eq!(status, 403, "a member cannot set quotas: {body}");
    let (status, body) = http("POST", "/share/v2/shares", Some(&alt), share);
    assert_eq!(status, 200, "{body}");
    let alts: Value = serde_json::from_str(&body).unwrap();
    let alt_share = alts["share"]["id"].as_str().unwrap().to_string();
    let (status, body) = http("GET", "/share/v2/shares?all_tenants=1", Some(&member), "");
    assert_eq!(status, 200, "{body}");
    assert!(
        !body.contains(&alt_share),
        "a member sees only its project: {body}"
    );
    let (status, _) = http(
        "GET",
        &format!("/share/v2/shares/{alt_share}"),
        Some(&member),
        "",
    );
    assert_eq!(status, 404, "another project's share is not found");
    // 1 MiB and one byte.
    let big = format!("{{\"share\": {{\"name\": \"{}\"}}}}", "x".repeat(1 << 20));
    let (status, body) = http("POST", "/share/v2/shares", Some(&member), &big);
    assert_eq!(status, 413, "{body}");
    // An idle connection is closed; so is one that sends half a head.
    let started = std::time::Instant::now();
    for half in ["", "GET /share/v2/shares HTTP/1.1\r\nhost: x\r\n"] {
        let mut tcp = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        tcp.set_read_timeout(Some(std::time::Duration::from_secs(10)))
            .unwrap();
        tcp.write_all(half.as_bytes()).unwrap();
        let mut buf = Vec::new();
        let n = tcp.read_to_end(&mut buf);
        assert!(
            n.is_ok() && !String::from_utf8_lossy(&buf).starts_with("HTTP/1.1 200"),
            "closed, not answered: {n:?} {buf:?}"
        );
    }
    assert!(
        started.elapsed() < std::time::Duration::from_secs(8),
        "closed after about 1 s each"
    );
    // A body that stops arriving: 408.
    let mut tcp = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        tcp,
        "POST /share/v2/shares HTTP/1.1\r\nhost: x\r\nx-auth-token: {member}\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{{\"share\":"
    )
    .unwrap();
    let mut out = String::new();
    tcp.set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    let _ = tcp.read_to_string(&mut out);
    assert!(out.starts_with("HTTP/1.1 408"), "{out}");
    // No token reached the access log.
    let log = serve.access_lines().join("\n");
    for t in [&reader, &member, &alt] {
        assert!(!log.contains(t.as_str()));
    }
}
