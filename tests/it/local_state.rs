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

/// A copy of `tests/fixtures/state-v1`: a state made by the sharekeep of
/// schema 1 (shares at both encryption levels, one failed with its message,
/// an access rule, a snapshot, and `local populate`'s shares on servers made
/// before servers kept `server_key`).
fn schema_1_state(dir: &Path) {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/state-v1");
    std::fs::create_dir_all(dir).unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    for f in ["backends.yaml", "kek", "state.db"] {
        std::fs::copy(fixture.join(f), dir.join(f)).unwrap();
        std::fs::set_permissions(dir.join(f), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
}

fn names(list: &serde_json::Value) -> Vec<String> {
    let mut names: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["Name"].as_str().unwrap_or_default().to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn a_schema_1_state_is_carried_forward_with_every_look_up_working() {
    let mut l = Local::new();
    schema_1_state(&l.dir());
    let status = l.env.run(&["local", "status", "-f", "json"]).ok().json();
    assert_eq!(status["schema"], 2, "{status}");
    for (what, n) in [("shares", 7), ("share_servers", 4), ("snapshots", 1)] {
        assert_eq!(status[what], n, "{what}: {status}");
    }
    assert_eq!(status["encryption_keys_in_use"], 4, "{status}");
    assert_eq!(status["pending_work"], 0, "{status}");
    let shares = l.json("local-demo", &["share", "list"]);
    assert_eq!(
        names(&shares),
        [
            "bench-0",
            "bench-1",
            "bench-2",
            "enc-server",
            "enc-share",
            "plain",
            "will-fail"
        ]
    );
    // By key ref (the share's `key_ref` column).
    let key = l.value(
        "local-demo",
        &[
            "secret",
            "list",
            "--name",
            "key-server",
            "-c",
            "Secret href",
        ],
    );
    let key = key.rsplit('/').next().unwrap().to_string();
    let keyed = l.json(
        "local",
        &[
            "share",
            "list",
            "--all-projects",
            "--encryption-key-ref",
            &key,
        ],
    );
    assert_eq!(names(&keyed), ["enc-server"]);
    // By parent (`parent_id`): a share's access rules and messages, a network's subnet.
    let rules = l.json("local-demo", &["share", "access", "list", "enc-share"]);
    assert_eq!(rules.as_array().unwrap().len(), 1, "{rules}");
    let failed = l.value("local-demo", &["share", "show", "will-fail", "-c", "id"]);
    let messages = l.json(
        "local-demo",
        &["share", "message", "list", "--resource-id", &failed],
    );
    assert_eq!(messages.as_array().unwrap().len(), 1, "{messages}");
    let net = l.json("local-demo", &["share", "network", "show", "local-net"]);
    assert_eq!(
        net["share_network_subnets"].as_array().unwrap().len(),
        1,
        "{net}"
    );
    // By match key (`match_key`): a new share with an old share's key goes to its server,
    let old = l.value("local-demo", &["share", "show", "enc-server", "-c", "id"]);
    let bench_share = l.value("local-demo", &["share", "show", "bench-0", "-c", "id"]);
    let server = l.value("local", &["share", "show", &old, "-c", "share_server_id"]);
    let server_of_new = |l: &mut Local, key: &str| {
        let id = s(&l.encrypted_share("local-demo", key), "id").to_string();
        l.value("local", &["share", "show", &id, "-c", "share_server_id"])
    };
    assert_eq!(server_of_new(&mut l, "key-server"), server);
    // and one with the key of a server `local populate` made, to that server
    // (its `server_key` was filled in by the migration).
    let bench = l.value(
        "local",
        &["share", "show", &bench_share, "-c", "share_server_id"],
    );
    let bench_key = l.value(
        "local",
        &[
            "share",
            "server",
            "show",
            &bench,
            "-c",
            "encryption_key_ref",
        ],
    );
    assert_eq!(server_of_new(&mut l, &bench_key), bench);
    let status = l.env.run(&["local", "status", "-f", "json"]).ok().json();
    assert_eq!(status["share_servers"], 4, "no new server: {status}");
    // By pool (`pool`, `gigabytes`): the encrypting pool's allocation, the
    // six old GiB and the two new shares'.
    let pools = l.json("local", &["share", "pool", "list", "--detail"]);
    let crypt = pools
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["Name"] == "local@crypt#pool0")
        .unwrap();
    assert_eq!(crypt["Capabilities"]["allocated_capacity_gb"], 8, "{crypt}");
    // A snapshot is found by its share (`parent_id`): the share keeps it.
    let refused = l
        .on("local-demo", &["share", "delete", &old])
        .expect_code(5);
    assert!(
        refused
            .stderr
            .contains("Share still has 1 dependent snapshots"),
        "{}",
        refused.stderr
    );
    // A server `local populate` made still holds its key when its last
    // share is gone (the key quota counts it: its `server_key`).
    let bench_1 = l.value("local-demo", &["share", "show", "bench-1", "-c", "id"]);
    l.on("local-demo", &["share", "delete", &bench_1, "--wait"])
        .ok();
    let status = l.env.run(&["local", "status", "-f", "json"]).ok().json();
    assert_eq!(status["shares"], 8, "{status}");
    assert_eq!(status["encryption_keys_in_use"], 4, "{status}");
    // Tokens kept their expiry (`expires_at`), so that they can be purged.
    let db = rusqlite::Connection::open(l.dir().join("state.db")).unwrap();
    let (tokens, without): (i64, i64) = db
        .query_row(
            "SELECT count(*), count(*) - count(expires_at) FROM objects WHERE kind = 'token'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(tokens > 0);
    assert_eq!(without, 0);
}
