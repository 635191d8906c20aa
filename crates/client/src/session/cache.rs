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
/// Secrets (password, credential secret, token) go in only through a digest
/// keyed with the per-user random `salt` (see [`salt`]), so that a file name
/// cannot be used to test guesses of a password; without a salt they are left
/// out (the entry then serves any secret of the same user and scope, and a
/// token that Keystone refuses is dropped on the first 401).
pub fn key(config: &CloudConfig, salt: Option<&[u8]>) -> String {
    let a = &config.auth;
    let mut h = Sha256::new();
    let fields: [(&str, Option<&str>); 14] = [
        ("auth_url", a.auth_url.as_deref()),
        ("auth_type", Some(config.auth_type.as_str())),
        ("username", a.username.as_deref()),
        ("user_id", a.user_id.as_deref()),
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
    ];
    let secrets: [(&str, Option<&str>); 3] = [
        ("password", a.password.as_ref().map(|s| s.expose())),
        (
            "application_credential_secret",
            a.application_credential_secret.as_ref().map(|s| s.expose()),
        ),
        ("token", a.token.as_ref().map(|s| s.expose())),
    ];
    feed(&mut h, &fields);
    if let Some(salt) = salt {
        let mut inner = Sha256::new();
        inner.update(salt);
        feed(&mut inner, &secrets);
        h.update(inner.finalize());
    }
    hex(&h.finalize())
}

fn feed(h: &mut Sha256, fields: &[(&str, Option<&str>)]) {
    for (name, value) in fields {
        h.update(name.as_bytes());
        h.update([0]);
        if let Some(v) = value {
            h.update([1]);
            h.update(v.as_bytes());
        }
        h.update([0]);
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The per-user random salt of cache keys: 32 bytes in
/// `$XDG_CACHE_HOME/sharekeep/salt` (0600), made on first use.
pub fn salt() -> Option<Vec<u8>> {
    let dir = dirs::cache_dir()?.join("sharekeep");
    salt_in(&dir).ok()
}

pub fn salt_in(dir: &Path) -> std::io::Result<Vec<u8>> {
    let path = dir.join("salt");
    match fs::read(&path) {
        Ok(b) if b.len() == 32 => return Ok(b),
        Ok(_) => {} // damaged: made anew below (only cache names depend on it)
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    create_private_dir(dir)?;
    let mut fresh = Vec::with_capacity(32);
    fresh.extend_from_slice(uuid::Uuid::new_v4().as_bytes());
    fresh.extend_from_slice(uuid::Uuid::new_v4().as_bytes());
    // Two processes may race: the rename makes one of them win, and both then
    // read the winner's salt.
    write_private(&path, &fresh)?;
    let b = fs::read(&path)?;
    if b.len() == 32 {
        Ok(b)
    } else {
        Err(std::io::Error::other("the salt file is damaged"))
    }
}

/// Write `bytes` to `path` atomically (temporary file in the same directory,
/// then rename), readable by the user only; the directory is made 0700.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| std::io::Error::other("a file needs a directory"))?;
    create_private_dir(dir)?;
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = dir.join(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        uuid::Uuid::new_v4().simple()
    ));
    let result = (|| {
        let mut f = OpenOptions::new()
            .create_new(true)
            .write(true)
            .mode_0600()
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
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

    /// Take the per-key lock (exclusive, across processes; released when the
    /// file is dropped) if no other process holds it; `None` when one does.
    pub fn try_lock(&self, key: &str) -> std::io::Result<Option<File>> {
        self.ensure_dir()?;
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode_0600()
            .open(self.dir.join(format!("{key}.lock")))?;
        match lock.try_lock() {
            Ok(()) => Ok(Some(lock)),
            Err(std::fs::TryLockError::WouldBlock) => Ok(None),
            Err(std::fs::TryLockError::Error(e)) => Err(e),
        }
    }

    pub fn store(&self, key: &str, entry: &Entry) -> std::io::Result<()> {
        let bytes = serde_json::to_vec(entry).map_err(std::io::Error::other)?;
        write_private(&self.path(key), &bytes)
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
        let guard = cache.try_lock("k").unwrap().expect("nobody holds the lock");
        assert!(
            cache.try_lock("k").unwrap().is_none(),
            "a held lock is not taken twice"
        );
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
