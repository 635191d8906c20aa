//! Behaviour of the built binary that needs no cloud: configuration errors,
//! unreachable endpoints, the token cache, usage errors, completion.

use crate::common::{Env, FakeKeystone, closed_port};
use sharekeep::config::{CloudConfig, ConfigFiles};
use sharekeep::session::auth::{CatalogEntry, Endpoint, Token};
use sharekeep::session::cache::{Entry, FileCache};

fn demo_clouds(auth_url: &str) -> String {
    format!(
        "clouds:\n  demo:\n    auth:\n      auth_url: {auth_url}\n      username: demo\n      password: hunter2-secret\n      project_name: demo\n      user_domain_name: Default\n      project_domain_name: Default\n  other:\n    auth:\n      auth_url: {auth_url}\n      username: x\n      password: y\n"
    )
}

/// The token files (`<key>.json`) in the default file cache.
fn cached_token_files(env: &Env) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(env.cache_dir().join("sharekeep/auth"))
        .map(|dir| {
            dir.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn help_lists_the_command_groups() {
    let run = Env::new().run(&["--help"]).ok();
    // The names in the `Commands:` section (two-space indent, then the name),
    // not words anywhere in the text: `token` is also in `--token-cache`.
    let commands: Vec<&str> = run
        .stdout
        .lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for group in ["share", "secret", "acl", "token", "keyring", "completion"] {
        assert!(
            commands.contains(&group),
            "--help does not list the command `{group}` (listed: {commands:?}):\n{}",
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
    assert!(
        run.stderr.contains("caused by: error sending request"),
        "--debug shows the causes below the error: {}",
        run.stderr
    );
    let plain = env
        .run(&["--os-cloud", "demo", "secret", "list"])
        .expect_code(8);
    assert!(!plain.stderr.contains("caused by"), "{}", plain.stderr);
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
fn a_clouds_yaml_entry_cannot_take_a_builtin_cloud_name() {
    let mut env = Env::new();
    env.clouds("clouds:\n  local:\n    auth:\n      auth_url: http://127.0.0.1:1/v3\n");
    // The only cloud in clouds.yaml is picked without --os-cloud: refused by name.
    let run = env.run(&["secret", "list"]).expect_code(3);
    assert!(
        run.stderr
            .contains("the cloud name `local` is reserved for the embedded local backend"),
        "{}",
        run.stderr
    );
}

#[test]
fn bad_secret_references_are_usage_errors() {
    let mut env = Env::new();
    env.clouds(&demo_clouds("http://127.0.0.1:1/v3"));
    // Keystone is unreachable: each of these must be refused before any request.
    let order_href = "http://b:9311/v1/orders/0f1c9a1e-6b43-4a4e-9d1b-2b6e4d3f5a77";
    let run = env
        .run(&["--os-cloud", "demo", "secret", "get", order_href])
        .expect_code(2);
    assert!(
        run.stderr.contains("is not a Barbican secrets href"),
        "{}",
        run.stderr
    );
    for blank in ["", "  "] {
        for args in [
            vec!["secret", "get", blank],
            vec!["secret", "delete", blank],
            vec!["acl", "get", blank],
            vec!["share", "create", "NFS", "1", "--encryption-key-ref", blank],
        ] {
            let mut argv = vec!["--os-cloud", "demo"];
            argv.extend(args.iter().copied());
            let run = env.run(&argv).expect_code(2);
            assert!(
                run.stderr.contains("empty"),
                "{argv:?}: an empty key reference is a usage error: {}",
                run.stderr
            );
        }
    }
    env.run(&["--os-cloud", "demo", "secret", "store", "--payload", ""])
        .expect_code(2);
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

/// Each shell gets its own script, the one clap_complete makes from the
/// command tree, under the name `sharekeep`.
#[test]
fn completion_scripts_for_every_shell() {
    use clap_complete::Shell;
    for (name, shell, marker) in [
        ("bash", Shell::Bash, "complete -F _sharekeep"),
        ("zsh", Shell::Zsh, "#compdef sharekeep"),
        ("fish", Shell::Fish, "complete -c sharekeep"),
        (
            "powershell",
            Shell::PowerShell,
            "Register-ArgumentCompleter -Native -CommandName 'sharekeep'",
        ),
        (
            "elvish",
            Shell::Elvish,
            "edit:completion:arg-completer[sharekeep]",
        ),
    ] {
        let run = Env::new().run(&["completion", name]).ok();
        assert!(
            run.stdout.contains(marker),
            "{name}: not a {name} completion script for sharekeep:\n{}",
            run.stdout
        );
        let mut expected = Vec::new();
        clap_complete::generate(
            shell,
            &mut sharekeep::cli::command(),
            "sharekeep",
            &mut expected,
        );
        assert!(
            run.raw_stdout == expected,
            "{name}: the script differs from the command tree's ({} bytes, expected {})",
            run.raw_stdout.len(),
            expected.len()
        );
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

/// A usage error shows the usage of what was typed: an option whose value
/// came from the environment (`OS_CLOUD`) does not look required in it.
#[test]
fn usage_lines_leave_out_options_set_by_the_environment() {
    let mut env = Env::new();
    env.set("OS_CLOUD", "demo");
    let run = env
        .run(&["secret", "update", "x", "y", "--file", "z"])
        .expect_code(2);
    assert!(
        run.stderr.contains("Usage: sharekeep secret update"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("--os-cloud"), "{}", run.stderr);
}

/// A clouds.yaml named by OS_CLIENT_CONFIG_FILE that does not exist is named
/// as such (the hint used to say "set OS_CLIENT_CONFIG_FILE" while it was set).
#[test]
fn a_missing_os_client_config_file_is_named() {
    let mut env = Env::new();
    let missing = env.path("nowhere/clouds.yaml");
    env.set("OS_CLIENT_CONFIG_FILE", missing.to_str().unwrap());
    let run = env
        .run(&["--os-cloud", "x", "token", "issue"])
        .expect_code(3);
    assert!(
        run.stderr.contains(&format!(
            "OS_CLIENT_CONFIG_FILE is set to {}, which does not exist",
            missing.display()
        )),
        "{}",
        run.stderr
    );
}

/// Keystone refusing a cloud made of OS_* variables points at the variables
/// (it used to say "check the credentials of cloud `envvars`").
#[test]
fn a_refused_envvars_cloud_points_at_the_variables() {
    let keystone = FakeKeystone::with_script(|method, path, _| {
        match (method, path) {
        ("POST", "/refuse/v3/auth/tokens") => (
            401,
            Vec::new(),
            r#"{"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}}"#.into(),
        ),
        _ => (404, Vec::new(), String::new()),
    }
    });
    let auth_url = keystone.url.replace("/v3", "/refuse/v3");
    let mut env = Env::new();
    env.set("OS_AUTH_URL", auth_url.as_str())
        .set("OS_USERNAME", "u")
        .set("OS_PASSWORD", "wrong-pass-9")
        .set("OS_PROJECT_NAME", "x");
    let run = env.run(&["secret", "list"]).expect_code(4);
    assert!(
        run.stderr
            .contains("check the OS_* variables in the environment"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("`envvars`"), "{}", run.stderr);
    assert!(!run.stderr.contains("wrong-pass-9"), "{}", run.stderr);
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
