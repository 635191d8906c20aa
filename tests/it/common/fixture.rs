//! A set of resources on either cloud (the reference cloud, or a fresh
//! embedded local cloud with back ends named as the reference cloud's), for
//! tests that run the same assertions on both; removed when dropped.

use super::Env;
use super::cloud::{on, unique, value};

/// Everything a test creates, removed at the end (also when it fails).
pub struct Fixture {
    /// The local cloud's state directory, when the fixture is on it.
    pub local_state: Option<tempfile::TempDir>,
    pub admin: Env,
    pub demo: Env,
    pub types: Vec<String>,
    pub networks: Vec<String>,
    pub secrets: Vec<String>,
    pub shares: Vec<String>,
    pub snapshots: Vec<String>,
    /// Commands an administrator runs last (quotas set back).
    pub admin_finally: Vec<Vec<String>>,
}

impl Fixture {
    pub fn new() -> Fixture {
        Fixture {
            local_state: None,
            admin: on("admin"),
            demo: on("demo"),
            types: vec![],
            networks: vec![],
            secrets: vec![],
            shares: vec![],
            snapshots: vec![],
            admin_finally: vec![],
        }
    }

    /// The same, on the embedded local cloud, with back ends named as the
    /// reference cloud's: DUMMY1 (`share_server`), DUMMY2 (`share_server`,
    /// `share`), DUMMY3 (no encryption), all with share servers.
    pub fn local() -> Fixture {
        let state = tempfile::tempdir().unwrap();
        let dir = state.path().join("state");
        let env = |cloud: &str| {
            let mut e = Env::new();
            e.set("SHAREKEEP_LOCAL_DIR", dir.display().to_string())
                .set("OS_CLOUD", cloud);
            e
        };
        let mut admin = env("local");
        let backend = |name: &str, levels: &str| {
            format!(
                "  - name: {name}\n    share_backend_name: {name}\n    driver_handles_share_servers: true\n    encryption_support: {levels}\n    pools:\n      - name: pool0\n        total_capacity_gb: 10000\n"
            )
        };
        let config = format!(
            "backends:\n{}{}{}",
            backend("DUMMY1", "[share_server]"),
            backend("DUMMY2", "[share_server, share]"),
            backend("DUMMY3", "[]")
        );
        admin.stdin(config.as_bytes());
        admin.run(&["local", "config", "--file", "-"]).ok();
        Fixture {
            local_state: Some(state),
            admin,
            demo: env("local-demo"),
            types: vec![],
            networks: vec![],
            secrets: vec![],
            shares: vec![],
            snapshots: vec![],
            admin_finally: vec![],
        }
    }

    /// A member of another project.
    pub fn alt(&self) -> Env {
        match &self.local_state {
            None => on("alt"),
            Some(state) => {
                let mut e = Env::new();
                e.set(
                    "SHAREKEEP_LOCAL_DIR",
                    state.path().join("state").display().to_string(),
                )
                .set("OS_CLOUD", "local-alt");
                e
            }
        }
    }

    /// An encryption share type (admin), pinned to a back end.
    pub fn share_type(&mut self, backend: &str, encryption: Option<&str>) -> String {
        let name = unique(&format!("sk-{}", backend.to_lowercase()));
        let backend_spec = format!("share_backend_name={backend}");
        let mut args = vec![
            "share",
            "type",
            "create",
            name.as_str(),
            "true",
            "--extra-specs",
            backend_spec.as_str(),
        ];
        let enc;
        if let Some(e) = encryption {
            enc = format!("encryption_support={e}");
            args.push(enc.as_str());
        }
        self.admin.run(&args).ok();
        self.types.push(name.clone());
        name
    }

    /// A DHSS share type on DUMMY2 with `share_server` encryption,
    /// snapshots and shares made from them.
    pub fn snapshot_type(&mut self) -> String {
        let ty = unique("sk-snap");
        self.admin
            .run(&[
                "share",
                "type",
                "create",
                &ty,
                "true",
                "--snapshot-support",
                "true",
                "--create-share-from-snapshot-support",
                "true",
                "--extra-specs",
                "share_backend_name=DUMMY2",
                "encryption_support=share_server",
            ])
            .ok();
        self.types.push(ty.clone());
        ty
    }

    pub fn network(&mut self) -> String {
        let name = unique("sk-net");
        let id = value(
            &mut self.demo,
            &["share", "network", "create", "--name", &name],
            "id",
        );
        self.networks.push(id.clone());
        id
    }

    /// A 256-bit symmetric key in demo's project; returns its UUID.
    pub fn key(&mut self) -> String {
        let path = self.demo.path(&unique("key"));
        let mut key = [0u8; 32];
        std::io::Read::read_exact(&mut std::fs::File::open("/dev/urandom").unwrap(), &mut key)
            .unwrap();
        std::fs::write(&path, key).unwrap();
        let href = value(
            &mut self.demo,
            &[
                "secret",
                "store",
                "--name",
                &unique("sk-key"),
                "--secret-type",
                "symmetric",
                "--file",
                path.to_str().unwrap(),
            ],
            "Secret href",
        );
        let uuid = href.rsplit('/').next().unwrap().to_string();
        self.secrets.push(uuid.clone());
        uuid
    }

    /// Create an encrypted share with --wait and return (id, share server id).
    pub fn share(&mut self, share_type: &str, network: &str, key: &str) -> (String, String) {
        let run = self
            .demo
            .run(&[
                "share",
                "create",
                "NFS",
                "1",
                "--name",
                &unique("sk-share"),
                "--share-type",
                share_type,
                "--share-network",
                network,
                "--encryption-key-ref",
                key,
                "--wait",
                "-f",
                "json",
            ])
            .ok();
        let share = run.json();
        assert_eq!(share["status"], "available", "{share}");
        let id = share["id"].as_str().unwrap().to_string();
        self.shares.push(id.clone());
        let server = value(&mut self.admin, &["share", "show", &id], "share_server_id");
        (id, server)
    }
}

/// The share named in `error: share <id> ended in status …`.
pub fn failed_share_id(stderr: &str) -> String {
    stderr
        .lines()
        .find_map(|l| l.strip_prefix("error: share "))
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no failed share in: {stderr}"))
        .to_string()
}

impl Drop for Fixture {
    /// Best effort, and never a panic (a panic in drop while unwinding aborts).
    fn drop(&mut self) {
        for s in &self.snapshots {
            let _ = self.demo.run(&[
                "share",
                "snapshot",
                "delete",
                s,
                "--wait",
                "--wait-timeout",
                "120",
            ]);
        }
        let mut servers = Vec::new();
        for s in &self.shares {
            let shown =
                self.admin
                    .run(&["share", "show", s, "-f", "value", "-c", "share_server_id"]);
            servers.push(shown.stdout.trim().to_string());
            let _ = self
                .demo
                .run(&["share", "delete", s, "--wait", "--wait-timeout", "120"]);
        }
        servers.sort();
        servers.dedup();
        for s in servers.iter().filter(|s| !s.is_empty() && *s != "None") {
            let _ = self.admin.run(&[
                "share",
                "server",
                "delete",
                s,
                "--wait",
                "--wait-timeout",
                "120",
            ]);
        }
        for n in &self.networks {
            let _ = self.demo.run(&["share", "network", "delete", n]);
        }
        for t in &self.types {
            let _ = self.admin.run(&["share", "type", "delete", t]);
        }
        for k in &self.secrets {
            let _ = self.demo.run(&["secret", "delete", k, "--force"]);
        }
        for args in &self.admin_finally {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let _ = self.admin.run(&args);
        }
    }
}
