//! The token cache: a token, its catalog and the services' version documents,
//! reused across invocations until shortly before the token expires.
//!
//! Default home: `$XDG_CACHE_HOME/sharekeep/auth/<key>.json`, directory 0700,
//! file 0600, written atomically (temporary file + rename) under an exclusive
//! lock on `<key>.lock`, so that parallel CI jobs authenticate once rather than
//! once each. The key is a SHA-256 over the resolved auth parameters and scope.
//! Optionally the OS keyring holds the entries instead (see [`super::keyring`]).

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::auth::Token;
use crate::config::CloudConfig;

/// Reuse a token only while it has more than this many seconds left.
pub const MARGIN_SECONDS: i64 = 60;

const FORMAT_VERSION: u32 = 1;

/// What is cached for one set of credentials and scope.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub version: u32,
    pub token: Token,
    /// Version documents by URL (Manila's microversion range, for example).
    #[serde(default)]
    pub discovery: BTreeMap<String, serde_json::Value>,
}

impl Entry {
    pub fn new(token: Token) -> Self {
        Entry {
            version: FORMAT_VERSION,
            token,
            discovery: BTreeMap::new(),
        }
    }

    /// Still good for at least [`MARGIN_SECONDS`]?
    pub fn is_fresh(&self, now: jiff::Timestamp) -> bool {
        self.version == FORMAT_VERSION
            && self
                .token
                .seconds_left(now)
                .is_ok_and(|s| s > MARGIN_SECONDS)
    }
}

/// The cache key: every parameter that changes which token Keystone would give.
/// Secrets go in only as part of the digest.
pub fn key(config: &CloudConfig) -> String {
    let a = &config.auth;
    let mut h = Sha256::new();
    let fields: [(&str, Option<&str>); 17] = [
        ("auth_url", a.auth_url.as_deref()),
        ("auth_type", Some(config.auth_type.as_str())),
        ("username", a.username.as_deref()),
        ("user_id", a.user_id.as_deref()),
        ("password", a.password.as_ref().map(|s| s.expose())),
        ("user_domain_name", a.user_domain_name.as_deref()),
        ("user_domain_id", a.user_domain_id.as_deref()),
        ("project_name", a.project_name.as_deref()),
        ("project_id", a.project_id.as_deref()),
        ("project_domain_name", a.project_domain_name.as_deref()),
        ("project_domain_id", a.project_domain_id.as_deref()),
        ("domain_name", a.domain_name.as_deref()),
        ("domain_id", a.domain_id.as_deref()),
        (
            "application_credential_id",
            a.application_credential_id.as_deref(),
        ),
        (
            "application_credential_name",
            a.application_credential_name.as_deref(),
        ),
        (
            "application_credential_secret",
            a.application_credential_secret.as_ref().map(|s| s.expose()),
        ),
        ("token", a.token.as_ref().map(|s| s.expose())),
    ];
    for (name, value) in fields {
        h.update(name.as_bytes());
        h.update([0]);
        if let Some(v) = value {
            h.update([1]);
            h.update(v.as_bytes());
        }
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// The file-backed store.
#[derive(Debug, Clone)]
pub struct FileCache {
    dir: PathBuf,
}

impl FileCache {
    /// The default location, or `None` when the platform has no cache directory.
    pub fn default_location() -> Option<Self> {
        dirs::cache_dir().map(|d| FileCache {
            dir: d.join("sharekeep").join("auth"),
        })
    }

    pub fn at(dir: impl Into<PathBuf>) -> Self {
        FileCache { dir: dir.into() }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// The cached entry, if readable. A damaged file counts as absent.
    pub fn load(&self, key: &str) -> Option<Entry> {
        let bytes = fs::read(self.path(key)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Take the per-key lock (exclusive, across processes); it is released when
    /// the returned file is dropped.
    pub fn lock(&self, key: &str) -> std::io::Result<File> {
        self.ensure_dir()?;
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode_0600()
            .open(self.dir.join(format!("{key}.lock")))?;
        lock.lock()?;
        Ok(lock)
    }

    pub fn store(&self, key: &str, entry: &Entry) -> std::io::Result<()> {
        self.ensure_dir()?;
        let tmp = self.dir.join(format!(".{key}.{}.tmp", std::process::id()));
        let result = (|| {
            let mut f = OpenOptions::new()
                .create(true)
                .truncate(true)
                .write(true)
                .mode_0600()
                .open(&tmp)?;
            f.write_all(&serde_json::to_vec(entry).map_err(std::io::Error::other)?)?;
            f.sync_all()?;
            fs::rename(&tmp, self.path(key))
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    pub fn remove(&self, key: &str) -> std::io::Result<()> {
        match fs::remove_file(self.path(key)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    fn ensure_dir(&self) -> std::io::Result<()> {
        create_private_dir(&self.dir)
    }
}

/// Create `dir` (and parents) with the last component at 0700.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(dir)
    }
}

/// `OpenOptions::mode(0o600)` where the platform has modes.
trait PrivateMode {
    fn mode_0600(&mut self) -> &mut Self;
}

impl PrivateMode for OpenOptions {
    #[cfg(unix)]
    fn mode_0600(&mut self) -> &mut Self {
        use std::os::unix::fs::OpenOptionsExt;
        self.mode(0o600)
    }
    #[cfg(not(unix))]
    fn mode_0600(&mut self) -> &mut Self {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(expires_at: &str) -> Token {
        Token {
            id: "tok".into(),
            expires_at: expires_at.into(),
            user_id: "u".into(),
            project_id: Some("p".into()),
            domain_id: None,
            catalog: vec![],
        }
    }

    #[test]
    fn fresh_until_sixty_seconds_before_expiry() {
        let e = Entry::new(token("2030-01-01T00:00:00Z"));
        assert!(e.is_fresh("2029-12-31T23:58:59Z".parse().unwrap()));
        assert!(!e.is_fresh("2029-12-31T23:59:00Z".parse().unwrap()));
        assert!(!e.is_fresh("2030-01-02T00:00:00Z".parse().unwrap()));
    }

    #[test]
    fn store_load_remove_with_private_modes() {
        let dir = tempfile::tempdir().unwrap();
        let cache = FileCache::at(dir.path().join("a/auth"));
        assert!(cache.load("k").is_none());
        let guard = cache.lock("k").unwrap();
        cache
            .store("k", &Entry::new(token("2030-01-01T00:00:00Z")))
            .unwrap();
        drop(guard);
        let back = cache.load("k").expect("stored entry reads back");
        assert_eq!(back.token.id, "tok");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&dir.path().join("a/auth")), 0o700);
            assert_eq!(mode(&dir.path().join("a/auth/k.json")), 0o600);
        }
        let leftovers: Vec<_> = fs::read_dir(dir.path().join("a/auth"))
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "no temporary files left behind");
        cache.remove("k").unwrap();
        assert!(cache.load("k").is_none());
        cache.remove("k").expect("removing twice is fine");
    }

    #[test]
    fn damaged_file_counts_as_absent() {
        let dir = tempfile::tempdir().unwrap();
        let cache = FileCache::at(dir.path());
        fs::write(dir.path().join("k.json"), b"{not json").unwrap();
        assert!(cache.load("k").is_none());
    }
}
