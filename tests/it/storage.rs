//! The local state when its storage fails: a full file system, a read-only
//! one, and a state written by a newer sharekeep. Each gives a clear error
//! and a documented exit code, and loses nothing that was there.
//!
//! The full and read-only file systems are real: a tmpfs and a read-only
//! bind mount in a private mount namespace (`unshare -rm`, which needs no
//! root where user namespaces are allowed; CI runs as root).

use std::path::Path;

use crate::common::Env;
use serde_json::Value;

fn local_env() -> (Env, std::path::PathBuf) {
    let mut env = Env::new();
    let dir = env.path("state");
    env.set("SHAREKEEP_LOCAL_DIR", dir.display().to_string());
    (env, dir)
}

/// Run `script` (sh) in a private mount namespace; `$SK` is the binary and
/// `$STATE` the state directory. Returns what it printed.
fn in_namespace(env: &Env, dir: &Path, script: &str) -> (i32, String, String) {
    let bin = env!("CARGO_BIN_EXE_sharekeep");
    let full = format!("set -u\nSK='{bin}'\nSTATE='{}'\n{script}", dir.display());
    let out = env
        .command(Path::new("unshare"), &["-rm", "sh", "-c", &full])
        .output()
        .expect("unshare (util-linux) runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Lines `rc=N <name>` printed by the scripts below, by name.
fn rc(stdout: &str, name: &str) -> i32 {
    stdout
        .lines()
        .find_map(|l| {
            l.strip_suffix(&format!(" {name}"))?
                .strip_prefix("rc=")?
                .parse()
                .ok()
        })
        .unwrap_or_else(|| panic!("no rc for {name} in {stdout}"))
}

const STEPS: &str = r#"
step() { name=$1; shift; "$SK" --os-cloud local-demo "$@" > "$STATE.out.$name" 2> "$STATE.err.$name"; echo "rc=$? $name"; }
"#;

#[test]
fn a_full_file_system_refuses_writes_clearly_and_loses_nothing() {
    let (env, dir) = local_env();
    std::fs::create_dir_all(&dir).unwrap();
    let script = format!(
        r#"{STEPS}
mount -t tmpfs -o size=4m,mode=700 tmpfs "$STATE" || exit 97
step before secret store --name before --payload planted-payload-full-1
step kept share create NFS 1 --name kept --wait
dd if=/dev/zero of="$STATE/filler" bs=16k 2>/dev/null
step share-full share create NFS 1 --name lost
step secret-full secret store --name lost-secret --payload planted-payload-full-2
step list-full share list
rm -f "$STATE/filler"
step after share create NFS 1 --name after --wait
step shares share list -f json
step secrets secret list -f json
cat "$STATE.err.share-full" "$STATE.err.secret-full" "$STATE.err.list-full" >&2
"#
    );
    let (code, out, err) = in_namespace(&env, &dir, &script);
    assert_eq!(code, 0, "{out}\n{err}");
    for step in ["before", "kept", "after", "shares", "secrets"] {
        assert_eq!(rc(&out, step), 0, "{step}: {out}\n{err}");
    }
    for step in ["share-full", "secret-full"] {
        assert_eq!(rc(&out, step), 1, "{step}: {out}\n{err}");
    }
    assert!(
        err.contains("free some space"),
        "the hint says what to do: {err}"
    );
    assert!(err.contains("state directory is full"), "{err}");
    assert!(!err.contains("planted-payload"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let shares: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{}.out.shares", dir.display())).unwrap(),
    )
    .unwrap();
    let names: Vec<&str> = shares
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["Name"].as_str())
        .collect();
    assert!(
        names.contains(&"kept") && names.contains(&"after"),
        "{shares}"
    );
    assert!(
        !names.contains(&"lost"),
        "a refused write left nothing: {shares}"
    );
    let secrets = std::fs::read_to_string(format!("{}.out.secrets", dir.display())).unwrap();
    assert!(
        secrets.contains("\"before\"") && !secrets.contains("lost-secret"),
        "{secrets}"
    );
}

#[test]
fn a_read_only_state_directory_gives_a_clear_error_and_loses_nothing() {
    let (mut env, dir) = local_env();
    env.run(&[
        "--os-cloud",
        "local-demo",
        "share",
        "create",
        "NFS",
        "1",
        "--name",
        "kept",
        "--wait",
    ])
    .ok();
    let before = std::fs::read(dir.join("state.db")).unwrap();
    let script = format!(
        r#"{STEPS}
mount --bind "$STATE" "$STATE" && mount -o remount,bind,ro "$STATE" || exit 97
step create share create NFS 1 --name lost
step list share list -f json
cat "$STATE.err.create" "$STATE.err.list" >&2
"#
    );
    let (code, out, err) = in_namespace(&env, &dir, &script);
    assert_eq!(code, 0, "{out}\n{err}");
    assert_eq!(rc(&out, "create"), 1, "{out}\n{err}");
    assert!(err.contains("read-only"), "{err}");
    assert!(err.contains("writable"), "the hint says what to do: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        std::fs::read(dir.join("state.db")).unwrap(),
        before,
        "nothing changed"
    );
    let list = env
        .run(&["--os-cloud", "local-demo", "share", "list", "-f", "json"])
        .ok()
        .json();
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
}

#[test]
fn a_state_written_by_a_newer_sharekeep_is_refused_and_left_alone() {
    let (mut env, dir) = local_env();
    env.run(&[
        "--os-cloud",
        "local-demo",
        "share",
        "create",
        "NFS",
        "1",
        "--name",
        "kept",
        "--wait",
    ])
    .ok();
    let db = dir.join("state.db");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
        conn.pragma_update(None, "wal_checkpoint", "TRUNCATE").ok();
    }
    let before = std::fs::read(&db).unwrap();
    for args in [
        &["--os-cloud", "local-demo", "share", "list"][..],
        &["--os-cloud", "local-demo", "share", "create", "NFS", "1"][..],
        &["local", "status"][..],
    ] {
        let run = env.run(args).expect_code(3);
        assert!(
            run.stderr.contains("written by a newer sharekeep"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("nothing was changed"), "{}", run.stderr);
    }
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the newer state is left as it was"
    );
}
