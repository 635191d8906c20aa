//! The embedded local cloud: a miniature Keystone v3, Barbican v1 and
//! Manila v2 that run inside the `sharekeep` process on 127.0.0.1, on a
//! state directory (SQLite) that many processes may share. The client
//! reaches it through the same session and HTTP path as any cloud; the only
//! difference is that its host name resolves to this process's port.
//!
//! Layout, as Manila's: `identity`, `keymanager`, `share::{api, scheduler,
//! manager, driver, quota}`, `store`, `server`.

pub mod config;
pub mod crypto;
pub mod files;
pub mod http;
pub mod identity;
pub mod identity_admin;
pub mod keymanager;
pub mod policy;
pub mod seed;
pub mod serve;
pub mod server;
pub mod share;
pub mod store;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use sharekeep_base::error::{Error, Kind};

/// The key encryption key's file in the state directory.
pub const KEK_FILE: &str = "kek";
/// The `meta` key of the key encryption key's check value.
pub(crate) const KEK_CHECK: &str = "kek_check";

/// The files of a state that `local reset` removes (`backends.yaml`, the
/// user's, and the lock stay).
pub const STATE_FILES: [&str; 4] = ["state.db", "state.db-wal", "state.db-shm", KEK_FILE];

/// Check, writing nothing, that `dir` holds a state of this sharekeep's
/// that its key encryption key belongs to (what `local reset` may remove):
/// the same refusals as opening it.
pub fn check_state(dir: &Path) -> Result<(), LocalError> {
    let db = store::db_path(dir);
    let stored = store::check_file(&db)?;
    let kek_path = dir.join(KEK_FILE);
    if kek_path.exists() {
        let kek = crypto::Kek::read(&kek_path)?;
        if stored.kek_check.is_some_and(|c| c != kek.check_value()) {
            return Err(LocalError::KekMismatch(kek_path));
        }
    }
    Ok(())
}

/// The built-in clouds: name, user, project.
pub const CLOUDS: [(&str, &str, &str); 4] = [
    ("local", "admin", "admin"),
    ("local-demo", "demo", "demo"),
    ("local-alt", "alt", "alt"),
    ("local-reader", "reader", "demo"),
];

/// A string field of a stored record.
pub(crate) fn text<'a>(b: &'a serde_json::Value, k: &str) -> Option<&'a str> {
    b.get(k).and_then(serde_json::Value::as_str)
}

#[derive(Debug, thiserror::Error)]
pub enum LocalError {
    #[error("no data directory: set SHAREKEEP_LOCAL_DIR or XDG_DATA_HOME")]
    NoDataDir,
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} is readable by other users", .0.display())]
    Exposed(PathBuf),
    #[error("{}: {source}", path.display())]
    Store {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("the local state database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("a record in the local state is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{} is not a sharekeep local state database", .0.display())]
    Foreign(PathBuf),
    #[error("{} was written by a newer sharekeep (schema {found}; this one knows up to {known})", path.display())]
    Newer {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{}: {message}", path.display())]
    Config { path: PathBuf, message: String },
    #[error("{}: {message}", path.display())]
    Policy { path: PathBuf, message: String },
    #[error("{} is not a 32-byte key encryption key", .0.display())]
    BadKek(PathBuf),
    #[error("{0}")]
    Crypto(&'static str),
    #[error("{0}")]
    Internal(&'static str),
    #[error("the local state has no seeded {0}")]
    Unseeded(String),
    #[error("{} does not belong to the state beside it (the state was made with another key encryption key)", .0.display())]
    KekMismatch(PathBuf),
    #[error("the local state in {} is in use by {}", dir.display(), holders.join(", "))]
    Busy { dir: PathBuf, holders: Vec<String> },
    #[error("{} was removed or replaced after this process opened it", .0.display())]
    Replaced(PathBuf),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: String,
        source: std::io::Error,
    },
}

/// Whether `dir` takes a small write: `None` if it does, else why not.
fn probe(dir: &Path) -> Option<Storage> {
    use std::io::Write;
    let path = dir.join(".sharekeep-write-probe");
    let wrote = std::fs::File::create(&path).and_then(|mut f| {
        f.write_all(&[0u8; 16 * 1024])?;
        f.sync_all()
    });
    let _ = std::fs::remove_file(&path);
    match wrote.err()?.raw_os_error() {
        Some(28) => Some(Storage::Full),
        Some(30) => Some(Storage::ReadOnly),
        _ => None,
    }
}

/// A state directory that cannot take a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    Full,
    ReadOnly,
}

impl LocalError {
    /// Whether this failed because the state's file system is full or
    /// read-only (then nothing was changed: the transaction rolled back).
    pub fn storage(&self) -> Option<Storage> {
        use rusqlite::ErrorCode;
        let io = |e: &std::io::Error| match e.raw_os_error() {
            Some(28) => Some(Storage::Full),     // ENOSPC
            Some(30) => Some(Storage::ReadOnly), // EROFS
            _ => None,
        };
        let sqlite = |e: &rusqlite::Error| match e {
            rusqlite::Error::SqliteFailure(f, _) => match f.code {
                ErrorCode::DiskFull => Some(Storage::Full),
                ErrorCode::ReadOnly => Some(Storage::ReadOnly),
                _ => None,
            },
            _ => None,
        };
        match self {
            LocalError::Io { source, .. } => io(source),
            LocalError::Sqlite(source) => sqlite(source),
            // SQLite says only "disk I/O error" or "unable to open" when it
            // cannot grow or create its WAL and shared-memory files: ask
            // the file system itself.
            LocalError::Store { path, source } => sqlite(source).or_else(|| {
                let unclear = matches!(source, rusqlite::Error::SqliteFailure(f, _)
                    if matches!(f.code, ErrorCode::SystemIoFailure | ErrorCode::CannotOpen));
                unclear.then(|| probe(path.parent()?)).flatten()
            }),
            _ => None,
        }
    }

    pub fn store(path: &Path, source: rusqlite::Error) -> LocalError {
        match &source {
            rusqlite::Error::SqliteFailure(e, _) if e.code == rusqlite::ErrorCode::NotADatabase => {
                LocalError::Foreign(path.to_path_buf())
            }
            _ => LocalError::Store {
                path: path.to_path_buf(),
                source,
            },
        }
    }
}

impl From<LocalError> for Error {
    fn from(e: LocalError) -> Error {
        match e.storage() {
            Some(Storage::Full) => {
                return Error::new(
                    Kind::Failure,
                    format!("local cloud: the file system of the state directory is full ({e}); nothing was changed"),
                )
                .with_hint("free some space there and run the command again")
                .caused_by(e);
            }
            Some(Storage::ReadOnly) => {
                return Error::new(
                    Kind::Failure,
                    format!(
                        "local cloud: the state directory is read-only ({e}); nothing was changed"
                    ),
                )
                .with_hint(
                    "make it writable, or point SHAREKEEP_LOCAL_DIR at a writable copy of it",
                )
                .caused_by(e);
            }
            None => {}
        }
        let hint = match &e {
            LocalError::Foreign(_) | LocalError::Newer { .. } | LocalError::KekMismatch(_) => {
                "nothing was changed; point SHAREKEEP_LOCAL_DIR at another directory, or move the file away"
            }
            LocalError::Busy { .. } => {
                "stop `sharekeep local serve` (SIGINT or SIGTERM) and let other commands finish, then run it again"
            }
            LocalError::Replaced(_) => {
                "the state directory was reset or removed by another process: nothing more was written to the old one; run the command again"
            }
            LocalError::Listen { .. } => "pick another --port, or 0 for any free one",
            LocalError::Store {
                source: rusqlite::Error::SqliteFailure(f, _),
                ..
            }
            | LocalError::Sqlite(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::DatabaseCorrupt =>
            {
                "the state database is damaged: `sharekeep local reset --yes` removes it and the key encryption key (every share, secret and key of the local cloud; backends.yaml is kept)"
            }
            LocalError::Exposed(_) => "chmod 700 the directory (it holds the local cloud's keys)",
            LocalError::Config { .. } => {
                "fix it with `sharekeep local config --edit`, or delete the file to get the defaults back"
            }
            LocalError::Policy { .. } => {
                "fix that line, or delete the file to get the services' default policy back; `sharekeep local policy` prints the policy in effect"
            }
            LocalError::NoDataDir => "e.g. export SHAREKEEP_LOCAL_DIR=$PWD/.sharekeep-local",
            _ => "`sharekeep local status` shows where the state is",
        };
        let kind = match &e {
            LocalError::Busy { .. } | LocalError::Replaced(_) => Kind::Failure,
            _ => Kind::Config,
        };
        Error::new(kind, format!("local cloud: {e}"))
            .with_hint(hint)
            .caused_by(e)
    }
}

/// An open state directory: the database, the key encryption key, the back
/// ends, and the stable base URL of its services.
pub struct State {
    pub dir: PathBuf,
    store: Mutex<store::Store>,
    /// The database file's identity when opened: a write into a file that
    /// was since removed or replaced would be lost, so it is refused.
    db_file: Option<(u64, u64)>,
    /// Held shared while the state is open: `local reset` waits for no one.
    _lock: std::fs::File,
    pub kek: crypto::Kek,
    pub config: config::Config,
    /// Who may do what: the services' default policy and `policy.yaml`.
    pub policy: policy::Policy,
    /// `local-<id>.sharekeep.invalid`: one per state directory, resolved to
    /// the port of the process that serves it, so that hrefs stay valid.
    pub host: String,
    /// Where the services are reached: `http://<host>` in a CLI process,
    /// the listener's own URL under `local serve`.
    base: String,
    pub ids: seed::Ids,
}

impl State {
    /// Open the state directory (the default one: [`files::state_dir`]).
    pub fn open_default() -> Result<Arc<State>, LocalError> {
        State::open(&files::state_dir()?)
    }

    /// Open `dir`, making and seeding it on first use.
    pub fn open(dir: &Path) -> Result<Arc<State>, LocalError> {
        State::open_at(dir, None)
    }

    /// Open `dir` with its services reached at `base` (`local serve`);
    /// `None` is the state's own `http://local-<id>.sharekeep.invalid`.
    pub fn open_at(dir: &Path, base: Option<&str>) -> Result<Arc<State>, LocalError> {
        files::ensure_dir(dir)?;
        // Nothing is written beside a database that is not ours.
        let db = store::db_path(dir);
        if db.exists() {
            store::check_file(&db)?;
        }
        let lock = files::hold_shared(dir)?;
        let kek = crypto::Kek::load(&dir.join(KEK_FILE))?;
        let config = config::Config::load(dir)?;
        let policy = policy::Policy::load(dir)?;
        let store = store::Store::open(dir, |tx| seed::seed(tx, &kek))?;
        let mut state = State {
            dir: dir.to_path_buf(),
            store: Mutex::new(store),
            db_file: files::identity(&db),
            _lock: lock,
            kek,
            config,
            policy,
            host: String::new(),
            base: String::new(),
            ids: seed::Ids::default(),
        };
        state.check_kek()?;
        let ids = state.read(seed::Ids::load)?;
        state.host = format!("local-{}.sharekeep.invalid", &ids.state_id[..12]);
        state.base = match base {
            Some(b) => b.trim_end_matches('/').to_string(),
            None => format!("http://{}", state.host),
        };
        state.ids = ids;
        Ok(Arc::new(state))
    }

    /// A hex digest that is the same every time for this state and `name`
    /// (IDs of catalog entries, availability zones).
    pub fn stable_digest(&self, name: &str) -> String {
        crypto::digest(&format!("{}/{name}", self.ids.state_id))
    }

    pub fn base_url(&self) -> String {
        self.base.clone()
    }

    /// The key encryption key must be the one the state was made with:
    /// its check value is kept in the state on first use.
    fn check_kek(&self) -> Result<(), LocalError> {
        let check = self.kek.check_value();
        let stored = self.read(|tx| tx.meta(KEK_CHECK))?;
        match stored {
            Some(v) if v == check => Ok(()),
            Some(_) => Err(LocalError::KekMismatch(self.dir.join(KEK_FILE))),
            None => self.lock().write(|tx| tx.set_meta(KEK_CHECK, &check)),
        }
    }

    /// `Err(Replaced)` once the database file was removed or replaced by
    /// another process (`local reset`, `rm -r`): what this process would
    /// write from then on would be lost.
    pub fn check_same(&self) -> Result<(), LocalError> {
        let db = store::db_path(&self.dir);
        if self.db_file.is_some() && files::identity(&db) == self.db_file {
            Ok(())
        } else {
            Err(LocalError::Replaced(db))
        }
    }

    fn lock(&self) -> MutexGuard<'_, store::Store> {
        // A panic while holding the lock leaves SQLite consistent (the
        // transaction rolls back), so a poisoned lock is still usable.
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn write<T: store::Outcome>(
        &self,
        f: impl FnOnce(&store::Tx) -> Result<T, LocalError>,
    ) -> Result<T, LocalError> {
        self.check_same()?;
        self.lock().write(f)
    }

    pub fn read<T>(
        &self,
        f: impl FnOnce(&store::Tx) -> Result<T, LocalError>,
    ) -> Result<T, LocalError> {
        self.lock().read(f)
    }

    /// How the user of a built-in cloud (`local`, `local-demo`, …) signs
    /// in: what its clouds.yaml entry holds.
    pub fn credentials(&self, cloud: &str) -> Option<Credentials> {
        let (_, user, project) = CLOUDS.iter().find(|(name, ..)| *name == cloud)?;
        Some(Credentials {
            auth_url: format!("{}/identity/v3", self.base_url()),
            username: user,
            password: self.kek.seeded_password(user),
            project_name: project,
            domain_name: "Default",
            region_name: seed::REGION,
        })
    }
}

/// What a built-in cloud's user signs in with.
pub struct Credentials {
    pub auth_url: String,
    pub username: &'static str,
    /// Derived from the key encryption key: the same for every process.
    pub password: String,
    pub project_name: &'static str,
    /// The user's and the project's domain.
    pub domain_name: &'static str,
    pub region_name: &'static str,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("auth_url", &self.auth_url)
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .field("project_name", &self.project_name)
            .finish_non_exhaustive()
    }
}

/// The services of one state, served on 127.0.0.1 by this process until
/// dropped.
pub struct Running {
    pub addr: SocketAddr,
    pub state: Arc<State>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// Bind 127.0.0.1 on a free port and serve the state there.
    pub async fn start(state: Arc<State>) -> Result<Running, LocalError> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0))
            .await
            .map_err(|source| LocalError::Io {
                path: PathBuf::from("127.0.0.1:0"),
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| LocalError::Io {
            path: PathBuf::from("127.0.0.1:0"),
            source,
        })?;
        let app = crate::http::App::new(state.clone(), addr);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(server::serve(
            listener,
            app,
            async {
                let _ = stopped.await;
            },
            server::Listen::default(),
        ));
        Ok(Running {
            addr,
            state,
            stop: Some(stop),
            task,
        })
    }

    /// The host-name-to-port mapping the session needs.
    pub fn resolve(&self) -> (String, SocketAddr) {
        (self.state.host.clone(), self.addr)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.task.abort();
    }
}
