//! Helpers for the tests that run against the reference cloud
//! (`tests/refcloud/up.sh`): clouds, the real `openstack` client, request
//! counts from the services' access logs, JSON comparisons.

use std::path::PathBuf;

use serde_json::Value;

use super::{Env, Run};

pub fn base() -> PathBuf {
    PathBuf::from(std::env::var("REFCLOUD_BASE").unwrap_or_else(|_| "/opt/refcloud".into()))
}

pub fn clouds_yaml() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/tests/refcloud/clouds.yaml").to_string()
}

pub fn openstack_bin() -> PathBuf {
    base().join("venv-client/bin/openstack")
}

/// An isolated environment on the reference cloud as `cloud`.
pub fn on(cloud: &str) -> Env {
    let mut env = Env::new();
    env.set("OS_CLIENT_CONFIG_FILE", clouds_yaml())
        .set("OS_CLOUD", cloud);
    env
}

pub fn openstack(env: &mut Env, args: &[&str]) -> Run {
    env.run_program(&openstack_bin(), args)
}

pub fn unique(prefix: &str) -> String {
    format!("{prefix}-{}", uuid_suffix())
}

pub fn uuid_suffix() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!("{}-{nanos}", std::process::id())
}

/// Store a text secret with sharekeep and return its href.
pub fn store_text(env: &mut Env, name: &str, payload: &str) -> String {
    let run = env
        .run(&[
            "secret",
            "store",
            "--name",
            name,
            "--payload",
            payload,
            "--payload-content-type",
            "text/plain",
            "-f",
            "value",
            "-c",
            "Secret href",
        ])
        .ok();
    run.stdout.trim().to_string()
}

/// HTTP requests sharekeep sent to a service, per the service's access log
/// (gunicorn, one line per request, with the User-Agent).
pub fn requests(service: &str) -> usize {
    let log = base().join(format!("log/{service}/access.log"));
    std::fs::read_to_string(&log)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", log.display()))
        .lines()
        .filter(|l| l.contains("\"sharekeep/"))
        .count()
}

/// gunicorn writes an access-log line just after the response is sent, so a
/// client may exit before its last line is there: read until the counts settle.
pub fn counts() -> (usize, usize) {
    let read = || (requests("keystone"), requests("barbican"));
    let mut last = read();
    for _ in 0..20 {
        std::thread::sleep(std::time::Duration::from_millis(250));
        let now = read();
        if now == last {
            return now;
        }
        last = now;
    }
    last
}

/// Both objects have the same keys in the same order; values are equal except
/// for the keys named (fresh IDs and times).
pub fn assert_same_keys(ours: &Value, theirs: &Value, volatile: &[&str], what: &str) {
    let (o, t) = (ours.as_object().unwrap(), theirs.as_object().unwrap());
    let ok: Vec<&String> = o.keys().collect();
    let tk: Vec<&String> = t.keys().collect();
    assert_eq!(ok, tk, "{what}: JSON keys differ");
    for (k, v) in o {
        if !volatile.contains(&k.as_str()) {
            assert_eq!(v, &t[k], "{what}: value of `{k}` differs");
        }
    }
}

/// Requests sharekeep sent to one service, once the access log has settled.
pub fn settled(service: &str) -> usize {
    let mut last = requests(service);
    for _ in 0..20 {
        std::thread::sleep(std::time::Duration::from_millis(250));
        let now = requests(service);
        if now == last {
            return now;
        }
        last = now;
    }
    last
}

/// The value of `-f value -c COLUMN`, trimmed.
pub fn value(env: &mut Env, args: &[&str], column: &str) -> String {
    let mut all = args.to_vec();
    all.extend_from_slice(&["-f", "value", "-c", column]);
    env.run(&all).ok().stdout.trim().to_string()
}
