//! The local cloud's state directory as something that holds data: what
//! `local reset` may remove, what it must leave, and what a server does when
//! its state is taken away from under it. Each test has its own directory.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::local::{Local, s};
use crate::common::serve::Serve;

/// A directory holding another program's SQLite `state.db` and a `kek`.
fn foreign_state(dir: &Path) -> (Vec<u8>, Vec<u8>) {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let db = rusqlite::Connection::open(dir.join("state.db")).unwrap();
    db.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
        .unwrap();
    drop(db);
    std::fs::write(dir.join("kek"), [7u8; 32]).unwrap();
    (
        std::fs::read(dir.join("state.db")).unwrap(),
        std::fs::read(dir.join("kek")).unwrap(),
    )
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn reset_refuses_another_programs_state_as_every_command_does_and_writes_nothing() {
    let mut l = Local::new();
    let (db, kek) = foreign_state(&l.dir());
    let listed = l.on("local", &["share", "list"]).expect_code(3);
    assert!(
        listed
            .stderr
            .contains("is not a sharekeep local state database"),
        "{}",
        listed.stderr
    );
    let reset = l.env.run(&["local", "reset", "--yes"]).expect_code(3);
    assert!(
        reset
            .stderr
            .contains("is not a sharekeep local state database")
            && reset.stderr.contains("nothing was changed"),
        "{}",
        reset.stderr
    );
    assert_eq!(std::fs::read(l.dir().join("state.db")).unwrap(), db);
    assert_eq!(std::fs::read(l.dir().join("kek")).unwrap(), kek);
    // Nothing was written beside it either: no config, no lock.
    assert_eq!(names_in(&l.dir()), ["kek", "state.db"]);
}

#[test]
fn reset_refuses_a_key_encryption_key_that_is_not_the_states_own() {
    let mut l = Local::new();
    l.on("local-demo", &["share", "list"]).ok();
    let other = [9u8; 32];
    std::fs::write(l.dir().join("kek"), other).unwrap();
    let run = l.on("local-demo", &["share", "list"]).expect_code(3);
    assert!(
        run.stderr
            .contains("does not belong to the state beside it"),
        "{}",
        run.stderr
    );
    l.env.run(&["local", "reset", "--yes"]).expect_code(3);
    assert_eq!(std::fs::read(l.dir().join("kek")).unwrap(), other);
    assert!(l.dir().join("state.db").exists());
}

#[test]
fn reset_removes_only_the_files_it_made() {
    let mut l = Local::new();
    l.on("local-demo", &["share", "list"]).ok();
    std::fs::write(l.dir().join("notes.txt"), b"the user's").unwrap();
    l.env.run(&["local", "reset", "--yes"]).ok();
    assert_eq!(names_in(&l.dir()), ["backends.yaml", "lock", "notes.txt"]);
    // And the next command starts afresh.
    let st = l.env.run(&["local", "status", "-f", "json"]).ok().json();
    assert!(s(&st, "state").starts_with("none yet"), "{st}");
}

#[test]
fn reset_refuses_while_local_serve_holds_the_state_naming_it() {
    let mut l = Local::new();
    let k = l.store_key("local-demo", "k", &[3u8; 32]);
    let share = l.encrypted_share("local-demo", &k);
    let server = Serve::start(&l.env, &l.dir(), &[]);
    let run = l.env.run(&["local", "reset", "--yes"]).expect_code(1);
    assert!(
        run.stderr.contains("is in use by pid") && run.stderr.contains("sharekeep local serve"),
        "{}",
        run.stderr
    );
    // Nothing was removed: the share is still there, for both.
    let shown = l.json("local-demo", &["share", "show", s(&share, "id")]);
    assert_eq!(shown["status"], "available", "{shown}");
    let stopped = server.stop_with("TERM");
    assert_eq!(stopped.code, 0, "{:?}", stopped.stderr);
    l.env.run(&["local", "reset", "--yes"]).ok();
}

#[test]
fn a_server_whose_state_directory_is_removed_stops_instead_of_writing_into_it() {
    let l = Local::new();
    let dir = l.dir();
    let mut other = Local::new();
    other.on("local-demo", &["share", "list"]).ok();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    let server = Serve::start(&l.env, &dir, &[]);
    // Another state is moved into its place: the server's database is gone.
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::rename(other.dir(), &dir).unwrap();
    let stopped = server.wait_exit("its state directory was replaced");
    assert_eq!(stopped.code, 1, "{:?}", stopped.stderr);
    let said = stopped.stderr.join("\n");
    assert!(said.contains("was removed or replaced"), "{said}");
    assert!(!said.contains("the state is consistent"), "{said}");
}
