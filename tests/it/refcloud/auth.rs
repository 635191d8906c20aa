//! Authentication on the reference cloud: `token issue` for every auth source, application credentials and tokens, the warm cache, stale and refused cached tokens, the keyring.

use super::*;

#[test]
#[ignore = "needs the reference cloud: bash tests/refcloud/up.sh"]
fn token_issue_matches_openstack_for_every_auth_source() {
    let mut env = on("demo");
    let theirs = openstack(&mut env, &["token", "issue", "-f", "json"])
        .ok()
        .json();
    let ours = env.run(&["token", "issue", "-f", "json"]).ok().json();
    assert_same_keys(&ours, &theirs, &["id", "expires"], "token issue");

    // Environment variables alone (no clouds.yaml).
    let mut env = Env::new();
    env.set("OS_AUTH_URL", "http://127.0.0.1:5000/v3")
        .set("OS_USERNAME", "demo")
        .set("OS_PASSWORD", "demo-secret")
        .set("OS_PROJECT_NAME", "demo")
        .set("OS_USER_DOMAIN_NAME", "Default")
        .set("OS_PROJECT_DOMAIN_NAME", "Default");
    let from_env = env.run(&["token", "issue", "-f", "json"]).ok().json();
    assert_eq!(from_env["project_id"], theirs["project_id"]);

    // Flags alone, with the default domain filled in as osc-lib does.
    let mut env = Env::new();
    let flags = env
        .run(&[
            "--os-auth-url",
            "http://127.0.0.1:5000/v3",
            "--os-username",
            "demo",
            "--os-password",
            "demo-secret",
            "--os-project-name",
            "demo",
            "token",
            "issue",
            "-f",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(flags["user_id"], theirs["user_id"]);

    // secure.yaml holds the password; flags beat the environment.
    let mut env = Env::new();
    env.clouds("clouds:\n  demo:\n    auth:\n      auth_url: http://127.0.0.1:5000/v3\n      username: demo\n      project_name: demo\n      user_domain_name: Default\n      project_domain_name: Default\n");
    let secure = env.path("secure.yaml");
    std::fs::write(
        &secure,
        "clouds:\n  demo:\n    auth:\n      password: demo-secret\n",
    )
    .unwrap();
    env.set("OS_CLIENT_SECURE_FILE", secure.display().to_string())
        .set("OS_CLOUD", "demo");
    let from_secure = env.run(&["token", "issue", "-f", "json"]).ok().json();
    assert_eq!(from_secure["project_id"], theirs["project_id"]);
    env.set("OS_PASSWORD", "wrong");
    env.run(&["--token-cache", "none", "token", "issue"])
        .expect_code(4);
    env.run(&[
        "--token-cache",
        "none",
        "--os-password",
        "demo-secret",
        "token",
        "issue",
    ])
    .ok();
}

#[test]
#[ignore = "needs the reference cloud: bash tests/refcloud/up.sh"]
fn application_credential_and_token_authentication() {
    let mut demo = on("demo");
    let name = unique("sk-appcred");
    let cred = openstack(
        &mut demo,
        &["application", "credential", "create", &name, "-f", "json"],
    )
    .ok()
    .json();
    let (id, secret) = (
        cred["ID"].as_str().unwrap().to_string(),
        cred["Secret"].as_str().unwrap().to_string(),
    );
    let project = demo
        .run(&["token", "issue", "-f", "value", "-c", "project_id"])
        .ok()
        .stdout;

    let mut env = Env::new();
    env.set("OS_AUTH_URL", "http://127.0.0.1:5000/v3")
        .set("OS_APPLICATION_CREDENTIAL_ID", &id)
        .set("OS_APPLICATION_CREDENTIAL_SECRET", &secret);
    let run = env
        .run(&["token", "issue", "-f", "value", "-c", "project_id"])
        .ok();
    assert_eq!(
        run.stdout, project,
        "an application credential is scoped to its project"
    );
    env.run(&["secret", "list", "-f", "value"]).ok();

    let mut bad = Env::new();
    bad.set("OS_AUTH_URL", "http://127.0.0.1:5000/v3")
        .set("OS_APPLICATION_CREDENTIAL_ID", &id)
        .set("OS_APPLICATION_CREDENTIAL_SECRET", "wrong-secret");
    let run = bad.run(&["token", "issue"]).expect_code(4);
    assert!(
        run.stderr
            .contains(&format!("application credential `{id}`")),
        "names the credential: {}",
        run.stderr
    );
    assert!(!run.stderr.contains("wrong-secret"));

    // A token re-scoped with the token method.
    let token = demo
        .run(&["token", "issue", "-f", "value", "-c", "id"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let mut env = Env::new();
    let run = env
        .run(&[
            "--os-auth-url",
            "http://127.0.0.1:5000/v3",
            "--os-token",
            &token,
            "--os-project-name",
            "demo",
            "--os-project-domain-name",
            "Default",
            "token",
            "issue",
            "-f",
            "value",
            "-c",
            "project_id",
        ])
        .ok();
    assert_eq!(run.stdout, project);

    openstack(&mut demo, &["application", "credential", "delete", &id]).ok();
}

#[test]
#[ignore = "needs the reference cloud: bash tests/refcloud/up.sh"]
fn warm_cache_secret_get_is_exactly_one_request() {
    let mut env = on("demo");
    let href = store_text(&mut env, &unique("sk-count"), "counted");
    let (k0, b0) = counts();
    env.run(&["secret", "get", &href, "-f", "json"]).ok();
    let (k1, b1) = counts();
    assert_eq!(
        (k1 - k0, b1 - b0),
        (0, 1),
        "warm cache: no Keystone request, one Barbican request"
    );

    // A cold cache: one authentication, then the request.
    let mut cold = on("demo");
    let (k0, b0) = counts();
    cold.run(&["secret", "get", &href]).ok();
    let (k1, b1) = counts();
    assert_eq!(
        (k1 - k0, b1 - b0),
        (1, 1),
        "cold cache: POST /v3/auth/tokens, then the GET"
    );
    env.run(&["secret", "delete", &href]).ok();
}

/// Rewrite the one cached entry of `env` with `edit`.
pub(super) fn edit_cached_token(env: &Env, edit: impl Fn(&mut Value)) {
    let dir = env.cache_dir().join("sharekeep/auth");
    let file = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "json"))
        .expect("a cached token");
    let mut entry: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    edit(&mut entry);
    std::fs::write(&file, serde_json::to_vec(&entry).unwrap()).unwrap();
}

#[test]
#[ignore = "needs the reference cloud: bash tests/refcloud/up.sh"]
fn expiring_or_refused_cached_tokens_are_replaced() {
    let mut env = on("demo");
    let first = env
        .run(&["token", "issue", "-f", "value", "-c", "id"])
        .ok()
        .stdout;

    // Within 60 s of expiry: authenticate again.
    let soon = (jiff::Timestamp::now() + jiff::SignedDuration::from_secs(30)).to_string();
    edit_cached_token(&env, |e| {
        e["token"]["expires_at"] = Value::String(soon.clone())
    });
    let (k0, _) = counts();
    let second = env
        .run(&["token", "issue", "-f", "value", "-c", "id"])
        .ok()
        .stdout;
    assert_eq!(counts().0 - k0, 1, "one new authentication");
    assert_ne!(first, second);

    // A token the service refuses (401): drop it, authenticate once, retry.
    edit_cached_token(&env, |e| {
        e["token"]["id"] = Value::String("gAAAAA-not-a-valid-token".into())
    });
    let (k0, b0) = counts();
    env.run(&["secret", "list", "-f", "value"]).ok();
    let (k1, b1) = counts();
    assert_eq!(
        (k1 - k0, b1 - b0),
        (1, 2),
        "401, one authentication, one retry"
    );

    // token revoke drops the cached entry.
    let current = env
        .run(&["token", "issue", "-f", "value", "-c", "id"])
        .ok()
        .stdout
        .trim()
        .to_string();
    env.run(&["token", "revoke", &current]).ok();
    let after = env
        .run(&["token", "issue", "-f", "value", "-c", "id"])
        .ok()
        .stdout
        .trim()
        .to_string();
    assert_ne!(after, current, "a revoked token is not reused");
    let run = env.run(&["token", "revoke", "not-a-token"]).expect_code(6);
    assert!(
        run.stderr.contains("Keystone answered 404"),
        "{}",
        run.stderr
    );
}

/// The keyring holds the password (`password: "keyring:NAME"`) and the token
/// cache. Needs a Secret Service: CI runs this file under
/// `tests/keyring-session.sh` (a private D-Bus session with gnome-keyring).
#[test]
#[ignore = "needs the reference cloud and a Secret Service: bash tests/keyring-session.sh cargo test --test it refcloud:: -- --ignored"]
fn keyring_holds_the_password_and_the_token_cache() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "no D-Bus session: run under tests/keyring-session.sh"
    );
    let entry = unique("sk-keyring");
    let mut env = Env::new();
    env.set(
        "DBUS_SESSION_BUS_ADDRESS",
        std::env::var("DBUS_SESSION_BUS_ADDRESS").unwrap(),
    );
    env.stdin(b"demo-secret\n");
    env.run(&["keyring", "store", &entry]).ok();
    env.clouds(&format!(
        "clouds:\n  kr:\n    auth:\n      auth_url: http://127.0.0.1:5000/v3\n      username: demo\n      password: \"keyring:{entry}\"\n      project_name: demo\n      user_domain_name: Default\n      project_domain_name: Default\n    token_cache: keyring\n"
    ));
    env.set("OS_CLOUD", "kr");
    let first = env.run(&["token", "issue", "-f", "value", "-c", "id"]).ok();
    assert!(
        !first.stderr.contains("notice"),
        "the keyring is used, not the file: {}",
        first.stderr
    );
    assert!(
        !env.cache_dir().join("sharekeep/auth").exists(),
        "no token file when the keyring holds the cache"
    );
    let (k0, _) = counts();
    env.run(&["secret", "list"]).ok();
    assert_eq!(
        counts().0 - k0,
        0,
        "no authentication with a warm keyring cache"
    );
    // token issue confirms the cached token with Keystone (one validation,
    // no new authentication) and prints the same token.
    let second = env.run(&["token", "issue", "-f", "value", "-c", "id"]).ok();
    assert_eq!(
        second.stdout, first.stdout,
        "the token comes from the keyring cache"
    );
    assert_eq!(counts().0 - k0, 1, "one validation, no authentication");

    env.run(&["keyring", "forget", &entry]).ok();
    let run = env
        .run(&["--token-cache", "none", "token", "issue"])
        .expect_code(3);
    assert!(
        run.stderr
            .contains(&format!("keyring entry `{entry}`, which does not exist")),
        "{}",
        run.stderr
    );
    env.run(&["keyring", "forget", &entry]).expect_code(6);
}
