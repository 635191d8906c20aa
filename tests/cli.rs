//! Behaviour of the built binary that needs no cloud: configuration errors,
//! unreachable endpoints, the token cache, usage errors, completion.

mod common;

use common::{Env, closed_port};
use sharekeep::config::{CloudConfig, ConfigFiles};
use sharekeep::session::auth::{CatalogEntry, Endpoint, Token};
use sharekeep::session::cache::{Entry, FileCache};

fn demo_clouds(auth_url: &str) -> String {
    format!(
        "clouds:\n  demo:\n    auth:\n      auth_url: {auth_url}\n      username: demo\n      password: hunter2-secret\n      project_name: demo\n      user_domain_name: Default\n      project_domain_name: Default\n  other:\n    auth:\n      auth_url: {auth_url}\n      username: x\n      password: y\n"
    )
}

#[test]
fn help_lists_the_command_groups() {
    let run = Env::new().run(&["--help"]).ok();
    for group in ["secret", "acl", "token", "keyring", "completion"] {
        assert!(
            run.stdout.contains(group),
            "--help lacks `{group}`:\n{}",
            run.stdout
        );
    }
    assert!(
        run.stdout.contains("Exit codes:"),
        "--help documents exit codes"
    );
}

#[test]
fn help_never_shows_secret_environment_values() {
    let mut env = Env::new();
    env.set("OS_PASSWORD", "hunter2-secret")
        .set("OS_TOKEN", "tok-secret")
        .set("OS_APPLICATION_CREDENTIAL_SECRET", "ac-secret");
    let run = env.run(&["secret", "list", "--help"]).ok();
    for s in ["hunter2-secret", "tok-secret", "ac-secret"] {
        assert!(!run.stdout.contains(s), "--help printed {s}");
    }
}

#[test]
fn unknown_cloud_lists_known_clouds() {
    let mut env = Env::new();
    env.clouds(&demo_clouds("http://127.0.0.1:5000/v3"));
    let run = env
        .run(&["--os-cloud", "nope", "secret", "list"])
        .expect_code(3);
    assert!(
        run.stderr.contains("cloud `nope` not found"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("known clouds: demo, other"),
        "{}",
        run.stderr
    );
}

#[test]
fn malformed_clouds_yaml_names_file_and_line() {
    let mut env = Env::new();
    let path =
        env.clouds("clouds:\n  demo:\n    auth:\n      password: hunter2-secret\n    - broken\n");
    let run = env
        .run(&["--os-cloud", "demo", "secret", "list"])
        .expect_code(3);
    assert!(
        run.stderr.contains(&format!("{}:5", path.display())),
        "names file and line: {}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("hunter2-secret"),
        "no secret in the error: {}",
        run.stderr
    );
}

#[test]
fn clouds_yaml_is_found_in_the_working_directory_and_user_config() {
    let mut env = Env::new();
    let port = closed_port();
    std::fs::write(
        env.path("work/clouds.yaml"),
        demo_clouds(&format!("http://127.0.0.1:{port}/v3")),
    )
    .unwrap();
    let run = env
        .run(&["--os-cloud", "demo", "secret", "list"])
        .expect_code(8);
    assert!(
        run.stderr.contains(&format!("127.0.0.1:{port}")),
        "{}",
        run.stderr
    );

    let mut env = Env::new();
    std::fs::create_dir_all(env.path("config/openstack")).unwrap();
    std::fs::write(
        env.path("config/openstack/clouds.yaml"),
        demo_clouds("http://127.0.0.1:1/v3"),
    )
    .unwrap();
    std::fs::write(
        env.path("config/openstack/secure.yaml"),
        "clouds:\n  demo:\n    region_name: Nowhere\n",
    )
    .unwrap();
    let run = env
        .run(&["--os-cloud", "nope", "secret", "list"])
        .expect_code(3);
    assert!(
        run.stderr.contains("config/openstack/clouds.yaml"),
        "{}",
        run.stderr
    );
}

#[test]
fn unreachable_keystone_names_the_url_and_hides_the_password() {
    let mut env = Env::new();
    let port = closed_port();
    env.clouds(&demo_clouds(&format!("http://127.0.0.1:{port}/v3")));
    let run = env
        .run(&["--os-cloud", "demo", "--debug", "secret", "list"])
        .expect_code(8);
    assert!(
        run.stderr.contains(&format!(
            "Keystone at http://127.0.0.1:{port} could not connect"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("POST http://127.0.0.1:"),
        "the debug trace shows the request: {}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("hunter2-secret"),
        "password leaked: {}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
}

#[test]
fn environment_variables_alone_make_a_cloud() {
    let mut env = Env::new();
    let port = closed_port();
    env.set("OS_AUTH_URL", format!("http://127.0.0.1:{port}/v3"))
        .set("OS_USERNAME", "u")
        .set("OS_PASSWORD", "p");
    env.run(&["token", "issue"]).expect_code(8);
    env.unset("OS_PASSWORD");
    let run = env.run(&["token", "issue"]).expect_code(3);
    assert!(
        run.stderr.contains("the password is not set") && run.stderr.contains("OS_PASSWORD"),
        "{}",
        run.stderr
    );
}

#[test]
fn no_cloud_at_all_says_what_to_set() {
    let run = Env::new().run(&["secret", "list"]).expect_code(3);
    assert!(run.stderr.contains("no cloud selected"), "{}", run.stderr);
}

#[test]
fn the_local_cloud_name_is_reserved() {
    let run = Env::new()
        .run(&["--os-cloud", "local", "secret", "list"])
        .expect_code(3);
    assert!(
        run.stderr
            .contains("reserved for the embedded local backend"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_secret_references_are_usage_errors() {
    let mut env = Env::new();
    env.clouds(&demo_clouds("http://127.0.0.1:1/v3"));
    let run = env
        .run(&["--os-cloud", "demo", "secret", "get", "my-key"])
        .expect_code(2);
    assert!(
        run.stderr.contains("`my-key` is not a secret UUID or href"),
        "{}",
        run.stderr
    );
    env.run(&[
        "--os-cloud",
        "demo",
        "secret",
        "store",
        "--payload",
        "x",
        "--file",
        "f",
    ])
    .expect_code(2);
    env.run(&["--os-cloud", "demo", "secret", "list", "-f", "shell"])
        .expect_code(2);
    env.run(&["secret", "frobnicate"]).expect_code(2);
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
    let key = sharekeep::session::cache::key(&config);
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
        .ok();
    assert_eq!(run.stdout, "cached-token\n");

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

#[test]
fn the_token_cache_file_is_private() {
    let mut env = Env::new();
    let port = closed_port();
    env.clouds(&demo_clouds(&format!("http://127.0.0.1:{port}/v3")));
    // Authentication fails, but the cache directory is created with the lock.
    env.run(&["--os-cloud", "demo", "token", "issue"])
        .expect_code(8);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let dir = env.cache_dir().join("sharekeep/auth");
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "cache dir mode");
    }
}

#[test]
fn keyring_store_fails_clearly_without_a_secret_service() {
    // This machine kind (and CI) has no D-Bus session: the probe must refuse,
    // not silently pretend to store.
    let mut env = Env::new();
    env.stdin(b"s3cret\n");
    let run = env.run(&["keyring", "store", "mycloud"]);
    if run.code == 0 {
        // A desktop with a working Secret Service: clean up after ourselves.
        env.run(&["keyring", "forget", "mycloud"]).ok();
    } else {
        assert_eq!(run.code, 3, "{}", run.stderr);
        assert!(
            run.stderr.contains("the OS keyring is not usable here"),
            "{}",
            run.stderr
        );
        assert!(!run.stderr.contains("s3cret"));
    }
}

#[test]
fn token_cache_falls_back_from_keyring_with_a_notice() {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
        return; // a Secret Service may be there; the fallback is not what is tested then
    }
    let mut env = Env::new();
    env.clouds(&demo_clouds(&format!(
        "http://127.0.0.1:{}/v3",
        closed_port()
    )));
    let run = env
        .run(&[
            "--os-cloud",
            "demo",
            "--token-cache",
            "keyring",
            "token",
            "issue",
        ])
        .expect_code(8);
    assert!(
        run.stderr.contains("notice: the OS keyring is not usable"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("notice:").count(),
        1,
        "one line: {}",
        run.stderr
    );
}

#[test]
fn completion_scripts_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = Env::new().run(&["completion", shell]).ok();
        assert!(run.stdout.contains("sharekeep"), "{shell}: {}", run.stdout);
    }
}

#[test]
fn readme_documents_every_exit_code() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    for (kind, _) in sharekeep::error::Kind::ALL {
        let row = format!("| {} |", kind.exit_code());
        assert!(
            readme.contains(&row),
            "README lacks the row for exit code {}",
            kind.exit_code()
        );
    }
}

#[test]
fn dynamic_completion_offers_commands_and_is_silent_when_the_cloud_is_down() {
    let mut env = Env::new();
    env.set("COMPLETE", "fish");
    let run = env.run(&["--", "sharekeep", "sh"]).ok();
    assert!(
        run.stdout.lines().any(|l| l.starts_with("share")),
        "{}",
        run.stdout
    );

    env.clouds(&demo_clouds(&format!(
        "http://127.0.0.1:{}/v3",
        closed_port()
    )));
    env.set("OS_CLOUD", "demo");
    let run = env
        .run(&[
            "--",
            "sharekeep",
            "share",
            "create",
            "NFS",
            "1",
            "--share-type",
            "x",
        ])
        .ok();
    assert_eq!(run.stdout, "", "no values from an unreachable cloud");
    assert_eq!(run.stderr, "", "completion never prints errors");
}
