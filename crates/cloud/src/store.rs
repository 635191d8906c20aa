//! The local backend's state: one SQLite database (WAL) in the state
//! directory, versioned migrations, one transaction per state change.
//!
//! Every resource is a row of `objects`: its kind, ID, the columns that are
//! searched and the whole record as JSON. The services build their views
//! from the record, so a new field needs no migration; a new search does.
//! The searched columns, each set only on the kinds that are searched by it:
//!
//! | column       | kinds                    | holds                                          |
//! |--------------|--------------------------|------------------------------------------------|
//! | `project_id`, `name`, `status` | any    | the record's own fields of those names         |
//! | `parent_id`  | access_rule, message, snapshot | the share it belongs to                  |
//! |              | subnet                   | its share network                              |
//! | `key_ref`    | share                    | its encryption key ref (the key quota, `?encryption_key_ref=`) |
//! | `match_key`  | share_server             | what a new share is matched by (back end, subnet, key mode) |
//! |              | assignment               | the (user, project) pair it gives a role on    |
//! | `expires_at` | token                    | its expiry, in Keystone's format (sorts as time) |
//! | `pool`       | share                    | its pool (`host@backend#pool`)                 |
//! | `gigabytes`  | share, snapshot          | its size, summed by the quotas and the scheduler |

use super::LocalError;
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

mod record;
mod tx;
pub use record::Record;
pub(crate) use record::plain_record;
pub use tx::*;

/// `PRAGMA application_id`: marks the file as sharekeep's local state ("skLB").
const APPLICATION_ID: i64 = 0x736b_4c42;

/// The schema this build writes; `PRAGMA user_version` holds the file's.
pub const SCHEMA_VERSION: i64 = 2;

/// How long a writer waits for another process's transaction.
const BUSY_WAIT: Duration = Duration::from_secs(10);

/// The migrations, in order: `MIGRATIONS[n]` takes the schema from n to n+1.
/// A migration runs in the transaction that stamps the new version: a state
/// is either migrated whole or left as it was.
const MIGRATIONS: &[&str] = &[
    // 0 -> 1: the table, with one generic look-up column (`ref1`), a second
    // (`ref2`) and a number (`num`).
    "CREATE TABLE objects (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        project_id TEXT,
        name TEXT,
        status TEXT,
        ref1 TEXT,
        ref2 TEXT,
        num INTEGER NOT NULL DEFAULT 0,
        seq INTEGER NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (kind, id)
    );
    CREATE INDEX objects_project ON objects (kind, project_id, seq);
    CREATE INDEX objects_usage ON objects (kind, project_id, status, ref1, num);
    CREATE INDEX objects_ref1 ON objects (kind, ref1);
    CREATE INDEX objects_ref2 ON objects (kind, ref2, num);
    CREATE INDEX objects_status ON objects (kind, status, seq);
    CREATE INDEX objects_name ON objects (kind, name);
    CREATE UNIQUE INDEX objects_seq ON objects (seq);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    // 1 -> 2: the generic columns get their meanings (see the table above):
    // `ref1` is split by kind into `parent_id`, `key_ref`, `match_key` and
    // `expires_at` (a quota's copy of its own ID is dropped: it was never
    // searched), `ref2` becomes `pool`, `num` `gigabytes`; a snapshot is
    // found by its share (`parent_id`). A share server
    // made before `server_key` existed gets it from its key ref and level.
    "ALTER TABLE objects ADD COLUMN parent_id TEXT;
    ALTER TABLE objects ADD COLUMN key_ref TEXT;
    ALTER TABLE objects ADD COLUMN match_key TEXT;
    ALTER TABLE objects ADD COLUMN expires_at TEXT;
    UPDATE objects SET parent_id = ref1 WHERE kind IN ('access_rule', 'message', 'subnet');
    UPDATE objects SET parent_id = json_extract(body, '$.share_id') WHERE kind = 'snapshot';
    UPDATE objects SET key_ref = ref1 WHERE kind = 'share';
    UPDATE objects SET match_key = ref1 WHERE kind IN ('share_server', 'assignment');
    UPDATE objects SET expires_at = ref1 WHERE kind = 'token';
    UPDATE objects SET body = json_set(body, '$.server_key',
            CASE WHEN json_extract(body, '$.encryption_level') = 'share_server'
                 THEN json_extract(body, '$.encryption_key_ref') END)
        WHERE kind = 'share_server' AND json_type(body, '$.server_key') IS NULL;
    DROP INDEX objects_usage;
    DROP INDEX objects_ref1;
    DROP INDEX objects_ref2;
    ALTER TABLE objects DROP COLUMN ref1;
    ALTER TABLE objects RENAME COLUMN ref2 TO pool;
    ALTER TABLE objects RENAME COLUMN num TO gigabytes;
    CREATE INDEX objects_usage ON objects (kind, project_id, status, key_ref, gigabytes);
    CREATE INDEX objects_parent ON objects (kind, parent_id);
    CREATE INDEX objects_key_ref ON objects (kind, key_ref);
    CREATE INDEX objects_match ON objects (kind, match_key);
    CREATE INDEX objects_expiry ON objects (kind, expires_at);
    CREATE INDEX objects_pool ON objects (kind, pool, gigabytes);",
];

/// A resource as stored: its searched columns (see the module's table) and
/// its record.
#[derive(Debug, Clone)]
pub struct Row {
    pub kind: &'static str,
    pub id: String,
    pub project_id: Option<String>,
    pub name: Option<String>,
    pub status: Option<String>,
    pub parent_id: Option<String>,
    pub key_ref: Option<String>,
    pub match_key: Option<String>,
    pub expires_at: Option<String>,
    pub pool: Option<String>,
    pub gigabytes: i64,
    pub body: Value,
}

impl Row {
    pub fn new(kind: &'static str, id: impl Into<String>, body: Value) -> Row {
        let text = |k: &str| body.get(k).and_then(Value::as_str).map(str::to_string);
        Row {
            kind,
            id: id.into(),
            project_id: text("project_id"),
            name: text("name"),
            status: text("status"),
            parent_id: None,
            key_ref: None,
            match_key: None,
            expires_at: None,
            pool: None,
            gigabytes: 0,
            body,
        }
    }

    /// The resource this one belongs to (an access rule's share, a subnet's network).
    pub fn with_parent(mut self, parent_id: impl Into<String>) -> Row {
        self.parent_id = Some(parent_id.into());
        self
    }

    pub fn with_match_key(mut self, key: impl Into<String>) -> Row {
        self.match_key = Some(key.into());
        self
    }

    pub fn with_expiry(mut self, expires_at: impl Into<String>) -> Row {
        self.expires_at = Some(expires_at.into());
        self
    }

    pub fn with_gigabytes(mut self, gigabytes: i64) -> Row {
        self.gigabytes = gigabytes;
        self
    }
}

pub struct Store {
    conn: Connection,
}

/// The database file inside a state directory.
pub fn db_path(dir: &Path) -> PathBuf {
    dir.join("state.db")
}

/// What [`check_file`] read of a state database.
pub struct Header {
    /// The key encryption key's check value, where the state has one.
    pub kek_check: Option<String>,
}

/// Check, reading only, that `path` is a state database of this sharekeep's
/// (or an empty file): the refusals of [`Store::open`], with nothing written.
pub fn check_file(path: &Path) -> Result<Header, LocalError> {
    use rusqlite::OpenFlags;
    let err = |e| LocalError::store(path, e);
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(err)?;
    conn.busy_timeout(BUSY_WAIT).map_err(err)?;
    let store = Store { conn };
    let (app_id, _) = store.checked_header(path)?;
    let kek_check = if app_id == APPLICATION_ID {
        match store
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'kek_check'", [], |r| {
                r.get(0)
            })
            .optional()
        {
            Ok(v) => v,
            // A damaged state is still ours (its header says so): what
            // cannot be read cannot be checked, and `local reset` mends it.
            Err(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::DatabaseCorrupt =>
            {
                None
            }
            Err(e) => return Err(err(e)),
        }
    } else {
        None
    };
    Ok(Header { kek_check })
}

impl Store {
    /// Open (and on first use create and migrate) the state database.
    /// A file that is not sharekeep's, or is newer than this build, is an
    /// error and is left as it is.
    pub fn open(
        dir: &Path,
        seed: impl FnOnce(&Transaction) -> Result<(), LocalError>,
    ) -> Result<Store, LocalError> {
        let path = db_path(dir);
        super::files::create_private(&path)?;
        let conn = Connection::open(&path).map_err(|e| LocalError::store(&path, e))?;
        conn.busy_timeout(BUSY_WAIT)
            .map_err(|e| LocalError::store(&path, e))?;
        let mut store = Store { conn };
        store.check_and_migrate(&path, seed)?;
        Ok(store)
    }

    fn check_and_migrate(
        &mut self,
        path: &Path,
        seed: impl FnOnce(&Transaction) -> Result<(), LocalError>,
    ) -> Result<(), LocalError> {
        let err = |e| LocalError::store(path, e);
        let (_, version) = self.checked_header(path)?;
        // WAL is a property of the file: set once, before any transaction.
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(err)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(LocalError::Io {
                path: path.to_path_buf(),
                source: std::io::Error::other(format!("SQLite refused WAL mode ({mode})")),
            });
        }
        self.conn
            .execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA mmap_size = 268435456;")
            .map_err(err)?;
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        // Another process may be migrating: IMMEDIATE waits for it, then the
        // version is read again inside the transaction.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        let mut current: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(err)?;
        let fresh = current == 0;
        while current < SCHEMA_VERSION {
            tx.execute_batch(MIGRATIONS[current as usize])
                .map_err(err)?;
            current += 1;
        }
        tx.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"
        ))
        .map_err(err)?;
        if fresh {
            seed(&tx)?;
        }
        tx.commit().map_err(err)
    }

    /// The file's (application ID, schema version), refusing a file that
    /// is another program's (another application ID, or tables but none of
    /// ours) or that a newer sharekeep wrote.
    fn checked_header(&self, path: &Path) -> Result<(i64, i64), LocalError> {
        let err = |e| LocalError::store(path, e);
        let (app_id, version) = self.header().map_err(err)?;
        let foreign = (app_id != APPLICATION_ID && app_id != 0)
            || (app_id == 0 && version == 0 && self.has_tables().map_err(err)?);
        if foreign {
            return Err(LocalError::Foreign(path.to_path_buf()));
        }
        if version > SCHEMA_VERSION {
            return Err(LocalError::Newer {
                path: path.to_path_buf(),
                found: version,
                known: SCHEMA_VERSION,
            });
        }
        Ok((app_id, version))
    }

    fn header(&self) -> rusqlite::Result<(i64, i64)> {
        let app: i64 = self
            .conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        Ok((app, version))
    }

    fn has_tables(&self) -> rusqlite::Result<bool> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |r| r.get(0),
        )?;
        Ok(n > 0)
    }

    /// Run `f` in one write transaction (taken at once, so that a check and
    /// the change it allows are never split by another process's write).
    /// A refusal (an `Err` the closure returns inside its `Ok`, an API error
    /// for the client) rolls back what the closure wrote before refusing,
    /// as an error of the store itself does: nothing half-done is kept.
    pub fn write<T: Outcome>(
        &mut self,
        f: impl FnOnce(&Tx) -> Result<T, LocalError>,
    ) -> Result<T, LocalError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&Tx(&tx))?;
        if out.keeps() {
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(out)
    }

    /// Run `f` on a consistent snapshot (a read transaction).
    pub fn read<T>(
        &mut self,
        f: impl FnOnce(&Tx) -> Result<T, LocalError>,
    ) -> Result<T, LocalError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)?;
        let out = f(&Tx(&tx))?;
        tx.commit()?;
        Ok(out)
    }
}

/// What a write transaction's closure gives back: whether what it wrote is
/// kept. A `Result` keeps it only when `Ok` (a handler's refusal rolls back);
/// anything else is a value the change produced, kept.
pub trait Outcome {
    fn keeps(&self) -> bool {
        true
    }
}

impl<T, E> Outcome for Result<T, E> {
    fn keeps(&self) -> bool {
        self.is_ok()
    }
}

macro_rules! kept {
    ($($t:ty),* $(,)?) => { $(impl Outcome for $t {})* };
}

kept!((), bool, i64, u32, usize, String, Row, Value);

impl<T> Outcome for Option<T> {}
impl<T> Outcome for Vec<T> {}
impl<A, B> Outcome for (A, B) {}
impl<A, B, C> Outcome for (A, B, C) {}

#[cfg(test)]
mod tests;
