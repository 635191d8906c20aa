//! A project given by name where a command takes one: resolved through
//! Keystone as the `openstack` client resolves it, on the embedded local
//! cloud (plain `cargo test`) and on the reference cloud
//! (`cargo test --test projects -- --ignored`, `tests/refcloud/up.sh --with-manila`).

mod common;

use common::Env;

struct Clouds {
    admin: Env,
    demo: Env,
    _state: Option<tempfile::TempDir>,
}

fn local() -> Clouds {
    let state = tempfile::tempdir().unwrap();
    let env = |cloud: &str| {
        let mut e = Env::new();
        e.set(
            "SHAREKEEP_LOCAL_DIR",
            state.path().join("state").display().to_string(),
        )
        .set("OS_CLOUD", cloud);
        e
    };
    Clouds {
        admin: env("local"),
        demo: env("local-demo"),
        _state: Some(state),
    }
}

fn reference() -> Clouds {
    Clouds {
        admin: common::cloud::on("admin"),
        demo: common::cloud::on("demo"),
        _state: None,
    }
}

fn quota_by_name(mut c: Clouds) {
    let demo_id = c
        .demo
        .run(&["token", "issue", "-f", "value", "-c", "project_id"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let keys = |env: &mut Env, project: &str| {
        let q = env
            .run(&["share", "quota", "show", project, "-f", "json"])
            .ok()
            .json();
        assert_eq!(
            q["id"],
            demo_id.as_str(),
            "the project's ID, not its name: {q}"
        );
        q["encryption_keys"].clone()
    };
    let before = keys(&mut c.admin, "demo");
    c.admin
        .run(&["share", "quota", "set", "demo", "--encryption-keys", "777"])
        .ok();
    assert_eq!(keys(&mut c.admin, &demo_id), 777);
    // A member finds its own project by name among those it can scope to.
    assert_eq!(keys(&mut c.demo, "demo"), 777);
    c.admin
        .run(&[
            "share",
            "quota",
            "set",
            &demo_id,
            "--encryption-keys",
            &before.to_string(),
        ])
        .ok();
    let none = c
        .admin
        .run(&["share", "quota", "show", "no-such-project"])
        .expect_code(6);
    assert!(
        none.stderr
            .contains("no project with the name or ID `no-such-project`"),
        "{}",
        none.stderr
    );
    // Another project's name: a member may not look it up.
    let other = c
        .demo
        .run(&["share", "quota", "show", "alt"])
        .expect_code(5);
    assert!(
        other.stderr.contains("cannot find the project `alt`"),
        "{}",
        other.stderr
    );
    // The list filters take a name too.
    c.admin
        .run(&["share", "list", "--project", "demo", "-f", "json"])
        .ok();
    c.admin
        .run(&["share", "server", "list", "--project", "demo", "-f", "json"])
        .ok();
}

#[test]
fn a_project_is_found_by_name_on_the_local_cloud() {
    quota_by_name(local());
}

#[test]
#[ignore = "needs the reference cloud with Manila (tests/refcloud/up.sh --with-manila)"]
fn a_project_is_found_by_name() {
    quota_by_name(reference());
}
