//! The token cache: a fresh token reused, an expiring one not, the file private, the keyring and its fallback, a refused cached token replaced, a password asked for on a terminal.

use super::*;

/// The token files (`<key>.json`) in the default file cache.
pub(super) fn cached_token_files(env: &Env) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(env.cache_dir().join("sharekeep/auth"))
        .map(|dir| {
            dir.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default()
}

/// A cached token is used without asking Keystone: seed the cache with a token
/// whose catalog points at a closed port, with Keystone itself unreachable too.
/// The command must go straight to the catalog's key-manager endpoint.
#[test]
fn a_fresh_cached_token_is_reused_and_an_expiring_one_is_not() {
    let mut env = Env::new();
    let keystone_port = closed_port();
    let barbican_port = closed_port();
    let clouds = env.clouds(&demo_clouds(&format!(
        "http://127.0.0.1:{keystone_port}/v3"
    )));
    let files = ConfigFiles::from_paths(Some(&clouds), None).unwrap();
    let overrides = sharekeep::config::Overrides {
        cloud: Some("demo".into()),
        ..Default::default()
    };
    let config = CloudConfig::resolve(&files, &overrides).unwrap();
    let salt = sharekeep::session::cache::salt_in(&env.cache_dir().join("sharekeep")).unwrap();
    let key = sharekeep::session::cache::key(&config, Some(&salt));
    let cache = FileCache::at(env.cache_dir().join("sharekeep/auth"));
    let seed = |expires_at: String| {
        let token = Token {
            id: "cached-token".into(),
            expires_at,
            user_id: "u".into(),
            project_id: Some("p".into()),
            domain_id: None,
            catalog: vec![CatalogEntry {
                service_type: "key-manager".into(),
                name: None,
                endpoints: vec![Endpoint {
                    interface: "public".into(),
                    region_id: None,
                    region: None,
                    url: format!("http://127.0.0.1:{barbican_port}"),
                }],
            }],
        };
        cache.store(&key, &Entry::new(token)).unwrap();
    };
    let in_an_hour = (jiff::Timestamp::now() + jiff::SignedDuration::from_secs(3600)).to_string();
    seed(in_an_hour);
    let run = env
        .run(&["--os-cloud", "demo", "secret", "list"])
        .expect_code(8);
    assert!(
        run.stderr
            .contains(&format!("Barbican at http://127.0.0.1:{barbican_port}")),
        "used the cached catalog: {}",
        run.stderr
    );

    let run = env
        .run(&[
            "--os-cloud",
            "demo",
            "token",
            "issue",
            "-f",
            "value",
            "-c",
            "id",
        ])
        .expect_code(8);
    assert_eq!(
        run.stdout, "",
        "token issue prints no cached token that Keystone could not confirm"
    );
    assert!(
        run.stderr
            .contains(&format!("Keystone at http://127.0.0.1:{keystone_port}")),
        "token issue asks Keystone about the cached token: {}",
        run.stderr
    );

    let in_thirty_seconds =
        (jiff::Timestamp::now() + jiff::SignedDuration::from_secs(30)).to_string();
    seed(in_thirty_seconds);
    let run = env
        .run(&["--os-cloud", "demo", "secret", "list"])
        .expect_code(8);
    assert!(
        run.stderr
            .contains(&format!("Keystone at http://127.0.0.1:{keystone_port}")),
        "re-authenticates within 60 s of expiry: {}",
        run.stderr
    );

    let run = env
        .run(&[
            "--os-cloud",
            "demo",
            "--token-cache",
            "none",
            "token",
            "issue",
        ])
        .expect_code(8);
    assert!(run.stderr.contains("Keystone"), "{}", run.stderr);
}

/// A real authentication (against a stand-in Keystone) writes the token
/// file; under umask 000 its mode and the directory's are sharekeep's own.
#[cfg(unix)]
#[test]
fn the_token_cache_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let keystone = FakeKeystone::start();
    let mut env = Env::new();
    env.clouds(&demo_clouds(&keystone.url));
    let run = env
        .run_with_umask(
            "000",
            &[
                "--os-cloud",
                "demo",
                "token",
                "issue",
                "-f",
                "value",
                "-c",
                "id",
            ],
        )
        .ok();
    assert_eq!(run.stdout, format!("{}\n", keystone.token));
    let files = cached_token_files(&env);
    assert_eq!(files.len(), 1, "one token file: {files:?}");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    assert!(
        text.contains(&keystone.token),
        "the file caches the token: {text}"
    );
    assert_eq!(mode(&files[0]), 0o600, "token file mode");
    let dir = env.cache_dir().join("sharekeep/auth");
    assert_eq!(mode(&dir), 0o700, "cache dir mode");
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        assert_eq!(
            mode(&entry.path()) & 0o077,
            0,
            "{} is readable by others",
            entry.path().display()
        );
    }
}

#[test]
fn keyring_store_fails_clearly_without_a_secret_service() {
    // The D-Bus session points nowhere: the probe must refuse, not silently
    // pretend to store.
    let mut env = Env::new();
    env.without_secret_service().stdin(b"s3cret\n");
    let run = env.run(&["keyring", "store", "mycloud"]).expect_code(3);
    assert!(
        run.stderr
            .contains("error: the OS keyring is not usable here"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("hint: sharekeep uses the Secret Service"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("s3cret") && !run.stdout.contains("s3cret"),
        "the secret was echoed: {}",
        run.stderr
    );
}

/// With the keyring unusable, `--token-cache keyring` says so once and caches
/// in the file instead: the second command gets the token from the file.
#[test]
fn token_cache_falls_back_from_keyring_with_a_notice() {
    let keystone = FakeKeystone::start();
    let mut env = Env::new();
    env.without_secret_service();
    env.clouds(&demo_clouds(&keystone.url));
    let args = [
        "--os-cloud",
        "demo",
        "--token-cache",
        "keyring",
        "token",
        "issue",
        "-f",
        "value",
        "-c",
        "id",
    ];
    for round in ["first", "second"] {
        let run = env.run(&args).ok();
        assert_eq!(run.stdout, format!("{}\n", keystone.token), "{round} run");
        assert_eq!(
            run.stderr.matches("notice:").count(),
            1,
            "{round} run, one notice: {}",
            run.stderr
        );
        assert!(
            run.stderr
                .contains("notice: the OS keyring is not usable (")
                && run
                    .stderr
                    .contains("); caching the token in a file instead"),
            "{round} run: {}",
            run.stderr
        );
        assert_eq!(
            cached_token_files(&env).len(),
            1,
            "{round} run: the token is in the file cache"
        );
        assert_eq!(
            keystone.authentications(),
            1,
            "{round} run: only the first authenticates, the second uses the file"
        );
    }
}

/// `token issue` never prints a cached token that Keystone no longer accepts:
/// a token revoked elsewhere is replaced by a new one.
#[test]
fn token_issue_replaces_a_cached_token_keystone_refuses() {
    let keystone = FakeKeystone::start();
    let mut env = Env::new();
    env.clouds(&demo_clouds(&keystone.url));
    let first = env
        .run(&[
            "--os-cloud",
            "demo",
            "token",
            "issue",
            "-f",
            "value",
            "-c",
            "id",
        ])
        .ok();
    assert_eq!(first.stdout.trim(), keystone.token);
    // Replace the cached token by one Keystone does not know (revoked elsewhere).
    for path in cached_token_files(&env) {
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replace(&keystone.token, "revoked-token")).unwrap();
    }
    let second = env
        .run(&[
            "--os-cloud",
            "demo",
            "token",
            "issue",
            "-f",
            "value",
            "-c",
            "id",
        ])
        .ok();
    assert_eq!(second.stdout.trim(), keystone.token, "{}", second.stderr);
    assert_eq!(
        keystone.authentications(),
        2,
        "the refused token was replaced"
    );
}

/// With no password anywhere and a terminal on standard input, sharekeep asks
/// for it without echo, as `openstack` does (without a terminal: exit 3).
#[cfg(unix)]
#[test]
fn a_missing_password_is_asked_for_on_a_terminal() {
    let keystone = FakeKeystone::start();
    let mut env = Env::new();
    env.clouds(&format!(
        "clouds:\n  nopw:\n    auth:\n      auth_url: {}\n      username: demo\n      project_name: demo\n",
        keystone.url
    ));
    env.run(&["--os-cloud", "nopw", "token", "issue"])
        .expect_code(3);
    // script(1) gives the command a terminal; the password is typed after a pause.
    let line = format!(
        "(sleep 1; printf 'typed-pass-77\\n') | script -qec '{} --os-cloud nopw token issue -f value -c id' /dev/null",
        env!("CARGO_BIN_EXE_sharekeep")
    );
    let run = env.run_program(std::path::Path::new("/bin/sh"), &["-c", &line]);
    assert!(
        run.stdout.contains("Password for demo at"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(&keystone.token),
        "{}{}",
        run.stdout,
        run.stderr
    );
    assert!(
        !run.stdout.contains("typed-pass-77"),
        "the password was echoed: {}",
        run.stdout
    );
    assert_eq!(keystone.authentications(), 1);
}
