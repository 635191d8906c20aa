//! `local config` and the messages around the local state: what a user sees
//! when an edit goes wrong, when a setting is out of range, when the state
//! is damaged.

use std::os::unix::fs::PermissionsExt;

use crate::common::local::Local;

/// An editor (a script) that runs `body` on the file it is given as `$1`.
fn editor(l: &Local, name: &str, body: &str) -> String {
    let path = l.env.path(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path.display().to_string()
}

fn config_file(l: &Local) -> String {
    std::fs::read_to_string(l.dir().join("backends.yaml")).unwrap()
}

#[test]
fn config_edit_falls_back_from_an_empty_visual_and_keeps_an_invalid_edit() {
    let mut l = Local::new();
    l.env.run(&["local", "config"]).ok();
    let before = config_file(&l);
    // An empty VISUAL is not set: EDITOR edits.
    let append = editor(&l, "append.sh", r#"echo '# tuned' >> "$1""#);
    l.env.set("VISUAL", "").set("EDITOR", &append);
    let run = l.env.run(&["local", "config", "--edit"]).ok();
    assert!(run.stderr.contains("updated"), "{}", run.stderr);
    assert!(config_file(&l).ends_with("# tuned\n"));
    // No change: not "updated".
    l.env.set("EDITOR", "true");
    let same = l.env.run(&["local", "config", "--edit"]).ok();
    assert!(
        same.stderr.contains("no change") && !same.stderr.contains("updated"),
        "{}",
        same.stderr
    );
    // An invalid edit is kept where the message says, and nothing changes.
    let now = config_file(&l);
    let breaks = editor(&l, "break.sh", r#"echo 'backends: [' > "$1""#);
    l.env.set("EDITOR", &breaks);
    let bad = l.env.run(&["local", "config", "--edit"]).expect_code(2);
    let draft = l.dir().join("backends.edit.yaml");
    assert!(
        bad.stderr.contains(&draft.display().to_string()),
        "{}",
        bad.stderr
    );
    assert_eq!(std::fs::read_to_string(&draft).unwrap(), "backends: [\n");
    assert_eq!(config_file(&l), now);
    assert_ne!(now, before);
    // The parser's message once, without its own `error:`.
    assert!(
        bad.stderr.contains("not valid: line 1 column")
            && bad.stderr.matches("error:").count() == 1,
        "{}",
        bad.stderr
    );
}

#[test]
fn a_pool_name_that_cannot_be_addressed_is_refused() {
    let mut l = Local::new();
    let text = l.env.run(&["local", "config"]).ok().stdout;
    let hashed = text.replacen("- name: pool0", "- name: pool#0", 1);
    l.env.stdin(hashed.as_bytes());
    let run = l
        .env
        .run(&["local", "config", "--file", "-"])
        .expect_code(2);
    assert!(run.stderr.contains("pool `pool#0`"), "{}", run.stderr);
    let twice = text.replacen(
        "      - name: pool0\n        total_capacity_gb: 100000\n",
        "      - name: pool0\n        total_capacity_gb: 100000\n      - name: pool0\n        total_capacity_gb: 1\n",
        1,
    );
    assert_ne!(twice, text);
    l.env.stdin(twice.as_bytes());
    let run = l
        .env
        .run(&["local", "config", "--file", "-"])
        .expect_code(2);
    assert!(run.stderr.contains("named twice"), "{}", run.stderr);
}

#[test]
fn settings_out_of_range_are_named_as_written() {
    let mut l = Local::new();
    let zero = l
        .on("local", &["--os-api-timeout", "0", "share", "list"])
        .expect_code(3);
    assert!(
        zero.stderr
            .contains("api_timeout 0 is not a number of seconds above 0"),
        "{}",
        zero.stderr
    );
    let huge = l
        .on("local", &["--os-api-timeout", "1e300", "share", "list"])
        .expect_code(3);
    assert!(
        huge.stderr.contains("api_timeout 1e300 ") && !huge.stderr.contains("0000000000"),
        "{}",
        huge.stderr
    );
    // Nothing is sent: a usage error, not a refusal by the service.
    let old = l
        .on(
            "local-demo",
            &[
                "--os-share-api-version",
                "2.89",
                "share",
                "create",
                "NFS",
                "1",
                "--encryption-key-ref",
                "0c0ffee0-0000-4000-8000-000000000001",
            ],
        )
        .expect_code(2);
    assert!(
        old.stderr.contains("needs share API version 2.90"),
        "{}",
        old.stderr
    );
}

#[test]
fn a_damaged_state_names_the_reset_that_mends_it_and_the_reset_works() {
    let mut l = Local::new();
    l.on("local-demo", &["share", "list"]).ok();
    // Damage every page after the header's: the file is still sharekeep's.
    let db = l.dir().join("state.db");
    let mut bytes = std::fs::read(&db).unwrap();
    assert!(bytes.len() > 8192, "{}", bytes.len());
    for b in &mut bytes[4096..] {
        *b = 0x5a;
    }
    for ext in ["state.db-wal", "state.db-shm"] {
        let _ = std::fs::remove_file(l.dir().join(ext));
    }
    std::fs::write(&db, &bytes).unwrap();
    let run = l.on("local-demo", &["share", "list"]);
    assert_ne!(run.code, 0);
    assert!(
        run.stderr.contains("sharekeep local reset --yes") && !run.stderr.contains("local status"),
        "{}",
        run.stderr
    );
    l.env.run(&["local", "reset", "--yes"]).ok();
    l.on("local-demo", &["share", "list"]).ok();
}
