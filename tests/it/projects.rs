//! A project given by name where a command takes one: resolved through
//! Keystone as the `openstack` client resolves it, on the embedded local
//! cloud (plain `cargo test`) and on the reference cloud
//! (`cargo test --test it projects:: -- --ignored`, `tests/refcloud/up.sh --with-manila`).

use crate::common::Env;

struct Clouds {
    admin: Env,
    demo: Env,
    /// The local cloud's state directory (none: the reference cloud).
    state: Option<tempfile::TempDir>,
}

impl Clouds {
    fn local() -> Clouds {
        Clouds::with(Some(tempfile::tempdir().unwrap()))
    }

    fn reference() -> Clouds {
        Clouds::with(None)
    }

    fn with(state: Option<tempfile::TempDir>) -> Clouds {
        let mut c = Clouds {
            admin: Env::new(),
            demo: Env::new(),
            state,
        };
        c.admin = c.env("admin");
        c.demo = c.env("demo");
        c
    }

    /// A new environment as `role` (admin, demo) on this cloud.
    fn env(&self, role: &str) -> Env {
        match &self.state {
            None => crate::common::cloud::on(role),
            Some(dir) => {
                let mut e = Env::new();
                let cloud = if role == "admin" {
                    "local".to_string()
                } else {
                    format!("local-{role}")
                };
                e.set(
                    "SHAREKEEP_LOCAL_DIR",
                    dir.path().join("state").display().to_string(),
                )
                .set("OS_CLOUD", cloud);
                e
            }
        }
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
    // Set back whatever happens below (other tests read demo's quotas).
    struct SetBack(Env, String, String);
    impl Drop for SetBack {
        fn drop(&mut self) {
            let _ = self.0.run(&[
                "share",
                "quota",
                "set",
                &self.1,
                "--encryption-keys",
                &self.2,
            ]);
        }
    }
    let admin = c.env("admin");
    let _set_back = SetBack(admin, demo_id.clone(), before.to_string());
    c.admin
        .run(&["share", "quota", "set", "demo", "--encryption-keys", "777"])
        .ok();
    assert_eq!(keys(&mut c.admin, &demo_id), 777);
    // A member finds its own project by name among those it can scope to.
    assert_eq!(keys(&mut c.demo, "demo"), 777);
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
    quota_by_name(Clouds::local());
}

#[test]
#[ignore = "needs the reference cloud with Manila (tests/refcloud/up.sh --with-manila)"]
fn a_project_is_found_by_name() {
    quota_by_name(Clouds::reference());
}
