use std::path::Path;

use super::*;
use crate::error::Kind;

const CLOUDS: &str = "\
clouds:
  demo:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: demo
      password: from-clouds
      project_name: demo
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    key_manager_endpoint_override: http://127.0.0.1:9999
  appcred:
    auth_type: v3applicationcredential
    auth:
      auth_url: http://127.0.0.1:5000
      application_credential_id: ac1
      application_credential_secret: s
";

fn files(dir: &Path, clouds: &str, secure: Option<&str>) -> ConfigFiles {
    let c = dir.join("clouds.yaml");
    std::fs::write(&c, clouds).unwrap();
    let s = secure.map(|text| {
        let p = dir.join("secure.yaml");
        std::fs::write(&p, text).unwrap();
        p
    });
    ConfigFiles::from_paths(Some(&c), s.as_deref()).unwrap()
}

fn cloud(name: &str) -> Overrides {
    Overrides {
        cloud: Some(name.into()),
        ..Default::default()
    }
}

#[test]
fn reads_a_cloud_with_its_overrides() {
    let dir = tempfile::tempdir().unwrap();
    let c = CloudConfig::resolve(&files(dir.path(), CLOUDS, None), &cloud("demo")).unwrap();
    assert_eq!(c.auth_type, AuthType::Password);
    assert_eq!(
        c.auth.password.as_ref().map(Secret::expose),
        Some("from-clouds")
    );
    assert_eq!(c.region_name.as_deref(), Some("RegionOne"));
    assert_eq!(c.interface, "public");
    assert_eq!(
        c.endpoint_overrides.get("key-manager").map(String::as_str),
        Some("http://127.0.0.1:9999")
    );
    assert!(c.verify);
    assert_eq!(c.token_cache, TokenCache::File);
}

#[test]
fn secure_yaml_is_merged_over_clouds_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let f = files(
        dir.path(),
        CLOUDS,
        Some("clouds:\n  demo:\n    auth:\n      password: from-secure\n"),
    );
    let c = CloudConfig::resolve(&f, &cloud("demo")).unwrap();
    assert_eq!(
        c.auth.password.as_ref().map(Secret::expose),
        Some("from-secure")
    );
    assert_eq!(
        c.auth.username.as_deref(),
        Some("demo"),
        "the rest of the auth section stays"
    );
}

#[test]
fn flags_and_environment_win_over_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut ov = cloud("demo");
    ov.auth.password = Some(Secret::new("from-flag"));
    ov.region_name = Some("R2".into());
    ov.interface = Some("internalURL".into());
    ov.insecure = true;
    let c = CloudConfig::resolve(&files(dir.path(), CLOUDS, None), &ov).unwrap();
    assert_eq!(
        c.auth.password.as_ref().map(Secret::expose),
        Some("from-flag")
    );
    assert_eq!(c.region_name.as_deref(), Some("R2"));
    assert_eq!(c.interface, "internal");
    assert!(!c.verify);
}

#[test]
fn auth_type_is_inferred_or_taken_as_given() {
    let dir = tempfile::tempdir().unwrap();
    let f = files(dir.path(), CLOUDS, None);
    assert_eq!(
        CloudConfig::resolve(&f, &cloud("appcred"))
            .unwrap()
            .auth_type,
        AuthType::ApplicationCredential
    );
    let ov = Overrides {
        auth: Auth {
            auth_url: Some("http://k/v3".into()),
            token: Some(Secret::new("t")),
            ..Default::default()
        },
        ..Default::default()
    };
    let c = CloudConfig::resolve(&ConfigFiles::default(), &ov).unwrap();
    assert_eq!((c.name.as_str(), c.auth_type), ("envvars", AuthType::Token));
}

#[test]
fn unknown_cloud_lists_the_known_ones() {
    let dir = tempfile::tempdir().unwrap();
    let err = CloudConfig::resolve(&files(dir.path(), CLOUDS, None), &cloud("nope")).unwrap_err();
    assert_eq!(err.kind, Kind::Config);
    assert!(
        err.message.contains("cloud `nope` not found in"),
        "{}",
        err.message
    );
    assert_eq!(err.hints, vec!["known clouds: appcred, demo".to_string()]);
}

#[test]
fn no_file_no_env_says_where_it_looked() {
    let err = CloudConfig::resolve(&ConfigFiles::default(), &cloud("demo")).unwrap_err();
    assert!(
        err.message.contains("no clouds.yaml was found"),
        "{}",
        err.message
    );
}

#[test]
fn a_single_cloud_is_used_without_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let only = "clouds:\n  solo:\n    auth:\n      auth_url: http://k/v3\n      username: u\n      password: p\n";
    let c = CloudConfig::resolve(&files(dir.path(), only, None), &Overrides::default()).unwrap();
    assert_eq!(c.name, "solo");
}

#[test]
fn missing_values_are_named_with_the_flag_and_variable() {
    let dir = tempfile::tempdir().unwrap();
    let nopw = "clouds:\n  x:\n    auth:\n      auth_url: http://k/v3\n      username: u\n";
    let err = CloudConfig::resolve(&files(dir.path(), nopw, None), &cloud("x")).unwrap_err();
    assert_eq!(err.message, "cloud `x`: the password is not set");
    assert!(err.hints[0].contains("--os-password") && err.hints[0].contains("OS_PASSWORD"));
}

#[test]
fn malformed_yaml_names_file_and_line_without_echoing_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("clouds.yaml");
    std::fs::write(
        &p,
        "clouds:\n  demo:\n    auth:\n      password: hunter2\n     username: [oops\n",
    )
    .unwrap();
    let err = ConfigFiles::from_paths(Some(&p), None).unwrap_err();
    assert_eq!(err.kind, Kind::Config);
    let shown = err.to_string();
    assert!(
        shown.contains(&format!("{}:5", p.display())),
        "names file and line: {shown}"
    );
    assert!(
        !shown.contains("hunter2"),
        "no secret in the message: {shown}"
    );
}

#[test]
fn a_numeric_password_is_not_echoed_in_type_errors() {
    let dir = tempfile::tempdir().unwrap();
    let head = "clouds:\n  x:\n    auth:\n      auth_url: http://k/v3\n      username: u\n";
    // YAML makes `123456` a number: that is no type error at all, the
    // password is the text (a plain `String` field would fail with
    // "invalid type: integer `123456`" and so print the password).
    let bare = files(dir.path(), &format!("{head}      password: 123456\n"), None);
    let c = CloudConfig::resolve(&bare, &cloud("x")).unwrap_or_else(|e| {
        panic!("a numeric password must be accepted, got: {e}");
    });
    assert_eq!(c.auth.password.as_ref().map(Secret::expose), Some("123456"));

    // Type errors that involve the password, or sit next to it, are errors
    // that name the cloud and never contain the password.
    for (clouds, secure) in [
        (format!("{head}      password: [123456]\n"), None),
        (format!("{head}      password: {{value: 123456}}\n"), None),
        (
            format!("{head}      password: 123456\n    verify: maybe\n"),
            None,
        ),
        (
            head.to_string(),
            Some("clouds:\n  x:\n    auth:\n      password: [123456]\n"),
        ),
    ] {
        let f = files(dir.path(), &clouds, secure);
        let Err(err) = CloudConfig::resolve(&f, &cloud("x")) else {
            panic!("no error for clouds.yaml {clouds:?}, secure.yaml {secure:?}");
        };
        assert_eq!(err.kind, Kind::Config, "{err}");
        let shown = err.to_string();
        assert!(
            shown.contains("cloud `x` is not valid"),
            "names the cloud: {shown}"
        );
        assert!(!shown.contains("123456"), "the password is echoed: {shown}");
    }
}

#[test]
fn the_local_names_are_not_clouds_yaml_entries() {
    let builtin = ["local", "local-demo", "local-alt", "local-reader"];
    let files = || ConfigFiles::default().with_builtin(builtin);
    for name in builtin {
        let err = CloudConfig::resolve(&files(), &cloud(name)).unwrap_err();
        assert!(err.message.contains("built-in cloud"), "{}", err.message);
    }
    let err = CloudConfig::resolve(&files(), &cloud("locals")).unwrap_err();
    assert!(!err.message.contains("built-in cloud"), "{}", err.message);
}

#[test]
fn unsupported_auth_type_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut ov = cloud("demo");
    ov.auth_type = Some("v3oidcpassword".into());
    let err = CloudConfig::resolve(&files(dir.path(), CLOUDS, None), &ov).unwrap_err();
    assert!(
        err.message.contains("`v3oidcpassword` is not supported"),
        "{}",
        err.message
    );
}

#[test]
fn odd_documents_are_errors_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("clouds.yaml");
    for (text, expect) in [
        ("clouds: [1, 2]\n", "expected a mapping"),
        ("- a\n- b\n", "expected a mapping"),
        ("clouds:\n  demo: 5\n", "cloud `demo` is not valid"),
        (
            "clouds:\n  demo:\n    auth:\n      password: [1]\n",
            "cloud `demo` is not valid",
        ),
    ] {
        std::fs::write(&p, text).unwrap();
        let err = ConfigFiles::from_paths(Some(&p), None)
            .and_then(|f| CloudConfig::resolve(&f, &cloud("demo")))
            .unwrap_err();
        assert!(err.to_string().contains(expect), "{text:?}: {err}");
    }
    std::fs::write(&p, "").unwrap();
    let files =
        ConfigFiles::from_paths(Some(&p), None).expect("an empty file is no cloud, not an error");
    assert!(CloudConfig::resolve(&files, &cloud("demo")).is_err());
    std::fs::write(&p, [0xff, 0xfe, 0x00]).unwrap();
    assert!(
        ConfigFiles::from_paths(Some(&p), None).is_err(),
        "binary garbage is an error"
    );
}

#[test]
fn verify_on_the_command_line_wins_over_verify_false_in_clouds_yaml() {
    let dir = tempfile::tempdir().unwrap();
    let text = CLOUDS.replace(
        "    region_name: RegionOne\n",
        "    region_name: RegionOne\n    verify: false\n",
    );
    let f = files(dir.path(), &text, None);
    let off = CloudConfig::resolve(&f, &cloud("demo")).unwrap();
    assert!(!off.verify, "clouds.yaml turns verification off");
    let mut ov = cloud("demo");
    ov.verify = true;
    assert!(
        CloudConfig::resolve(&f, &ov).unwrap().verify,
        "--verify turns it back on"
    );
    let mut ov = cloud("demo");
    ov.insecure = true;
    assert!(!CloudConfig::resolve(&f, &ov).unwrap().verify);
}

#[test]
fn an_auth_url_that_is_not_a_url_is_a_config_error() {
    let dir = tempfile::tempdir().unwrap();
    let f = files(dir.path(), CLOUDS, None);
    for bad in ["notaurl", "ftp://k/v3", "http://"] {
        let mut ov = cloud("demo");
        ov.auth.auth_url = Some(bad.into());
        let e = CloudConfig::resolve(&f, &ov).unwrap_err();
        assert_eq!(e.kind, Kind::Config, "{bad}");
        assert!(
            e.message.contains(&format!(
                "the auth URL `{bad}` is not an http:// or https:// URL"
            )),
            "{bad}: {}",
            e.message
        );
    }
}
