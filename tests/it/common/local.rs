//! The embedded local cloud as a test sees it: one state directory per
//! test, commands by built-in cloud name.

use serde_json::Value;

use super::{Env, Run};

pub struct Local {
    pub env: Env,
}

impl Local {
    pub fn new() -> Local {
        let mut env = Env::new();
        let dir = env.path("state");
        env.set("SHAREKEEP_LOCAL_DIR", dir.display().to_string());
        Local { env }
    }

    pub fn dir(&self) -> std::path::PathBuf {
        self.env.path("state")
    }

    /// `sharekeep --os-cloud CLOUD ARGS…`
    pub fn on(&mut self, cloud: &str, args: &[&str]) -> Run {
        let mut all = vec!["--os-cloud", cloud];
        all.extend_from_slice(args);
        self.env.run(&all)
    }

    pub fn json(&mut self, cloud: &str, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.extend_from_slice(&["-f", "json"]);
        self.on(cloud, &all).ok().json()
    }

    pub fn value(&mut self, cloud: &str, args: &[&str]) -> String {
        let mut all = args.to_vec();
        all.extend_from_slice(&["-f", "value"]);
        self.on(cloud, &all).ok().stdout.trim().to_string()
    }

    /// Store `key` (raw bytes, from standard input) as a symmetric secret; its UUID.
    pub fn store_key(&mut self, cloud: &str, name: &str, key: &[u8]) -> String {
        let href = self.env.store_key(cloud, name, key);
        href.rsplit('/').next().unwrap().to_string()
    }

    /// `share create NFS 1` of an encrypted share on the seeded `encrypted`
    /// type and network, with more arguments.
    pub fn create_encrypted(&mut self, cloud: &str, key: &str, more: &[&str]) -> Run {
        let args = encrypted_create(key, more);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        self.on(cloud, &args)
    }

    /// An encrypted share on the seeded `encrypted` type and network, waited for.
    pub fn encrypted_share(&mut self, cloud: &str, key: &str) -> Value {
        self.create_encrypted(cloud, key, &["--wait", "-f", "json"])
            .ok()
            .json()
    }
}

/// A string field of a JSON object (the test fails, naming it, when absent).
pub fn s<'a>(v: &'a Value, k: &str) -> &'a str {
    v.get(k)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no string `{k}` in {v}"))
}

/// The arguments of `share create NFS 1` of an encrypted share on the seeded
/// `encrypted` type and `local-net` network with `key`, then `more`.
pub fn encrypted_create(key: &str, more: &[&str]) -> Vec<String> {
    [
        "share",
        "create",
        "NFS",
        "1",
        "--share-type",
        "encrypted",
        "--share-network",
        "local-net",
        "--encryption-key-ref",
        key,
    ]
    .iter()
    .chain(more)
    .map(|s| s.to_string())
    .collect()
}
