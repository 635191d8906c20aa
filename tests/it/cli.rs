//! Behaviour of the built binary that needs no cloud: configuration errors,
//! unreachable endpoints, the token cache, usage errors, completion.

use crate::common::{Env, FakeKeystone, closed_port};
use sharekeep::config::{CloudConfig, ConfigFiles};
use sharekeep::session::auth::{CatalogEntry, Endpoint, Token};
use sharekeep::session::cache::{Entry, FileCache};

mod http;
mod tokens;

fn demo_clouds(auth_url: &str) -> String {
    format!(
        "clouds:\n  demo:\n    auth:\n      auth_url: {auth_url}\n      username: demo\n      password: hunter2-secret\n      project_name: demo\n      user_domain_name: Default\n      project_domain_name: Default\n  other:\n    auth:\n      auth_url: {auth_url}\n      username: x\n      password: y\n"
    )
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
