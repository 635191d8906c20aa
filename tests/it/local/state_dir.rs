//! The local cloud's state directory as processes share it: work finished by the next process, stable hrefs, nothing secret in clear, a foreign file refused, status and reset, eight processes at once.

use super::*;

#[test]
fn work_left_by_an_exited_process_is_finished_by_the_next() {
    let mut l = Local::new();
    let created = l.json(
        "local-demo",
        &["share", "create", "NFS", "1", "--name", "later"],
    );
    assert_eq!(s(&created, "status"), "creating");
    // As a process that died right after the create would leave it: in
    // `creating`, not yet scheduled.
    crate::common::make_share_pending_again(&l.dir(), s(&created, "id"));
    let shown = l.json("local-demo", &["share", "show", "later"]);
    assert_eq!(s(&shown, "status"), "available");
    l.on("local-demo", &["share", "delete", "later", "--wait"])
        .ok();
    assert_eq!(l.value("local-demo", &["share", "list"]), "");
}

#[test]
fn hrefs_are_stable_from_one_command_to_the_next() {
    let mut l = Local::new();
    l.env.stdin(&[1u8; 32]);
    let href = l.value(
        "local-demo",
        &[
            "secret",
            "store",
            "--name",
            "k",
            "--file",
            "-",
            "-c",
            "Secret href",
        ],
    );
    assert!(
        href.starts_with("http://local-")
            && href.contains(".sharekeep.invalid/key-manager/v1/secrets/"),
        "{href}"
    );
    let listed = l.value("local-demo", &["secret", "list", "-c", "Secret href"]);
    assert_eq!(listed, href);
    // The href is accepted as input by the next command.
    l.on("local-demo", &["secret", "get", &href]).ok();
}

#[test]
fn nothing_secret_is_kept_in_clear_in_the_state_directory() {
    let mut l = Local::new();
    let key: Vec<u8> = (0u8..32)
        .map(|i| i.wrapping_mul(37).wrapping_add(11))
        .collect();
    let k = l.store_key("local-demo", "k", &key);
    l.encrypted_share("local-demo", &k);
    let token = l.value("local-demo", &["token", "issue", "-c", "id"]);
    let state = sharekeep::local::State::open(&l.dir()).unwrap();
    let password = state.kek.seeded_password("demo");
    drop(state);
    use base64::Engine;
    let planted: Vec<(&str, Vec<u8>)> = vec![
        ("key", key.clone()),
        (
            "key (base64)",
            base64::engine::general_purpose::STANDARD
                .encode(&key)
                .into_bytes(),
        ),
        ("password", password.into_bytes()),
        ("token", token.into_bytes()),
    ];
    let mut files = 0;
    for entry in std::fs::read_dir(l.dir()).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        files += 1;
        for (what, value) in &planted {
            assert!(
                !bytes.windows(value.len()).any(|w| w == value.as_slice()),
                "the {what} is in {}",
                path.display()
            );
        }
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} is {mode:o}", path.display());
    }
    assert!(files >= 3, "state.db, kek, backends.yaml");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(l.dir()).unwrap().permissions().mode() & 0o777,
        0o700
    );
}

#[test]
fn a_foreign_state_file_is_refused_and_left_alone() {
    let mut l = Local::new();
    std::fs::create_dir_all(l.dir()).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(l.dir(), std::fs::Permissions::from_mode(0o700)).unwrap();
    let db = l.dir().join("state.db");
    std::fs::write(&db, b"not a database, but someone's file").unwrap();
    let run = l.on("local", &["share", "list"]).expect_code(3);
    assert!(
        run.stderr
            .contains("is not a sharekeep local state database"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read(&db).unwrap(),
        b"not a database, but someone's file"
    );
}

#[test]
fn status_config_and_reset() {
    let mut l = Local::new();
    let none = l.env.run(&["local", "status", "-f", "json"]).ok().json();
    assert!(s(&none, "state").starts_with("none yet"), "{none}");
    l.on("local-demo", &["share", "list"]).ok();
    let st = l.env.run(&["local", "status", "-f", "json"]).ok().json();
    assert_eq!(st["projects"], 4, "{st}");
    assert_eq!(st["share_types"], 4, "{st}");
    // The config prints, refuses a bad edit, takes a good one.
    let text = l.env.run(&["local", "config"]).ok().stdout;
    assert!(text.contains("encryption_support: [share_server, share]"));
    l.env.stdin(b"backends: []\n");
    let run = l
        .env
        .run(&["local", "config", "--file", "-"])
        .expect_code(2);
    assert!(run.stderr.contains("is unchanged"), "{}", run.stderr);
    let only_server = text.replace("[share_server, share]", "[share_server]");
    l.env.stdin(only_server.as_bytes());
    l.env.run(&["local", "config", "--file", "-"]).ok();
    let pools = l.json("local", &["share", "pool", "list", "--detail"]);
    assert!(
        pools.to_string().contains("[\\\"share_server\\\"]")
            || pools.to_string().contains("share_server"),
        "{pools}"
    );
    // Reset needs --yes in a script, then leaves no state behind.
    l.env.run(&["local", "reset"]).expect_code(2);
    l.env.run(&["local", "reset", "--yes"]).ok();
    let after = l.env.run(&["local", "status", "-f", "json"]).ok().json();
    assert!(s(&after, "state").starts_with("none yet"), "{after}");
}

#[test]
fn eight_processes_at_once_leave_exact_counts_and_one_server_per_key() {
    let mut l = Local::new();
    const PROCS: usize = 8;
    let shared = l.store_key("local-demo", "shared", &[42u8; 32]);
    let own: Vec<String> = (0..PROCS)
        .map(|i| l.store_key("local-demo", &format!("own-{i}"), &[i as u8 + 100; 32]))
        .collect();
    let bin = std::path::PathBuf::from(env!("CARGO_BIN_EXE_sharekeep"));
    let create = |key: &str| -> Vec<String> {
        let mut args = vec!["--os-cloud".to_string(), "local-demo".to_string()];
        args.extend(crate::common::local::encrypted_create(
            key,
            &["--wait", "-f", "value", "-c", "id"],
        ));
        args
    };
    let run = |args: &[String]| -> String {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = l.env.command(&bin, &args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    // Each process: a share with the shared key, one with its own key, one
    // more with the shared key that it then deletes.
    let kept: Vec<Vec<String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..PROCS)
            .map(|i| {
                let (shared, own) = (shared.clone(), own[i].clone());
                let (run, create) = (&run, &create);
                scope.spawn(move || {
                    let a = run(&create(&shared));
                    let b = run(&create(&own));
                    let c = run(&create(&shared));
                    run(
                        &["--os-cloud", "local-demo", "share", "delete", &c, "--wait"]
                            .map(String::from),
                    );
                    vec![a, b]
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let kept: Vec<String> = kept.into_iter().flatten().collect();
    let shares = l.json("local-demo", &["share", "list", "--long"]);
    let shares = shares.as_array().unwrap();
    assert_eq!(shares.len(), 2 * PROCS, "no share lost or duplicated");
    for share in shares {
        assert!(kept.contains(&s(share, "ID").to_string()));
        assert_eq!(s(share, "Status"), "available");
    }
    let servers = l.json("local", &["share", "server", "list", "--long"]);
    let servers = servers.as_array().unwrap();
    let with = |key: &str| {
        servers
            .iter()
            .filter(|sv| sv["Encryption Key Ref"] == key)
            .count()
    };
    assert_eq!(
        with(&shared),
        1,
        "the shared key got exactly one server: {servers:?}"
    );
    for key in &own {
        assert_eq!(with(key), 1, "{key}: one server");
    }
    assert_eq!(servers.len(), PROCS + 1, "{servers:?}");
    // Quotas are a recount: 16 shares, 16 GiB, 9 keys.
    let demo = l.value("local-demo", &["token", "issue", "-c", "project_id"]);
    let q = l.json("local", &["share", "quota", "show", &demo, "--detail"]);
    assert!(
        s(&q, "shares").starts_with(&format!("in_use = {}\n", 2 * PROCS)),
        "{q}"
    );
    assert!(
        s(&q, "gigabytes").starts_with(&format!("in_use = {}\n", 2 * PROCS)),
        "{q}"
    );
    assert!(
        s(&q, "encryption_keys").starts_with(&format!("in_use = {}\n", PROCS + 1)),
        "{q}"
    );
    // One application credential per encrypted server, none left over.
    let st = l.env.run(&["local", "status", "-f", "json"]).ok().json();
    assert_eq!(st["application_credentials"], PROCS + 1, "{st}");
    assert_eq!(st["pending_work"], 0, "{st}");
}
