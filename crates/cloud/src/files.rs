//! The state directory and its private files (0700 / 0600, made atomically).

use std::fs::{self, DirBuilder, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::LocalError;

/// The state directory: `SHAREKEEP_LOCAL_DIR`, else
/// `$XDG_DATA_HOME/sharekeep/local` (`~/.local/share/sharekeep/local`).
pub fn state_dir() -> Result<PathBuf, LocalError> {
    if let Some(dir) = std::env::var_os("SHAREKEEP_LOCAL_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    dirs::data_dir()
        .map(|d| d.join("sharekeep").join("local"))
        .ok_or(LocalError::NoDataDir)
}

/// Make the directory (and its parents) if needed; the directory itself is
/// 0700. An existing directory that others may read is refused.
pub fn ensure_dir(dir: &Path) -> Result<(), LocalError> {
    let io = |source| LocalError::Io {
        path: dir.to_path_buf(),
        source,
    };
    if !dir.exists() {
        if let Some(parent) = dir.parent() {
            fs::create_dir_all(parent).map_err(io)?;
        }
        match DirBuilder::new().mode(0o700).create(dir) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(io(e)),
        }
    }
    let meta = fs::metadata(dir).map_err(io)?;
    if !meta.is_dir() {
        return Err(io(std::io::Error::other("not a directory")));
    }
    if meta.permissions().mode() & 0o077 != 0 {
        return Err(LocalError::Exposed(dir.to_path_buf()));
    }
    Ok(())
}

/// Create an empty 0600 file if there is none (so that SQLite, which copies
/// the database's mode to its -wal and -shm files, never makes one that
/// others can read).
pub fn create_private(path: &Path) -> Result<(), LocalError> {
    match OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(LocalError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

fn io_error(path: &Path, source: std::io::Error) -> LocalError {
    LocalError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Write `content` to a new private (0600) file beside `path`, synced; its path.
fn private_temp(path: &Path, content: &[u8]) -> Result<PathBuf, LocalError> {
    let tmp = path.with_extension(format!(
        "tmp.{}.{}",
        std::process::id(),
        uuid::Uuid::new_v4().simple()
    ));
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(|e| io_error(&tmp, e))?;
    let written = f.write_all(content).and_then(|()| f.sync_all());
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(io_error(&tmp, e));
    }
    Ok(tmp)
}

/// Read `path`, or write `make()` there first if it does not exist. The
/// content is written to a private temporary file and linked into place, so
/// that a process never sees half a file and two first uses agree on one.
pub fn read_or_create(path: &Path, make: impl FnOnce() -> Vec<u8>) -> Result<Vec<u8>, LocalError> {
    match fs::read(path) {
        Ok(bytes) => return Ok(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_error(path, e)),
    }
    let content = make();
    let tmp = private_temp(path, &content)?;
    let linked = fs::hard_link(&tmp, path);
    let _ = fs::remove_file(&tmp);
    match linked {
        Ok(()) => Ok(content),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            fs::read(path).map_err(|e| io_error(path, e))
        }
        Err(e) => Err(io_error(path, e)),
    }
}

/// Replace `path` with `content` atomically (a private temporary file renamed over it).
pub fn replace(path: &Path, content: &[u8]) -> Result<(), LocalError> {
    let tmp = private_temp(path, content)?;
    fs::rename(&tmp, path).map_err(|e| {
        let _ = fs::remove_file(&tmp);
        io_error(path, e)
    })
}

/// The lock file of a state directory: every process that has the state
/// open holds it shared; `local reset` takes it alone.
pub const LOCK_FILE: &str = "lock";

/// How long an opening process waits for a `local reset` to finish.
const RESET_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

fn open_lock(dir: &Path) -> Result<fs::File, LocalError> {
    let path = dir.join(LOCK_FILE);
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(&path)
        .map_err(|e| io_error(&path, e))
}

/// Hold the state directory shared for as long as the returned file is open.
/// Never blocks the caller for long: only a `local reset` holds it alone, for
/// the milliseconds it takes to remove the state.
pub fn hold_shared(dir: &Path) -> Result<fs::File, LocalError> {
    let file = open_lock(dir)?;
    let started = std::time::Instant::now();
    loop {
        match file.try_lock_shared() {
            Ok(()) => return Ok(file),
            Err(fs::TryLockError::WouldBlock) if started.elapsed() < RESET_WAIT => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(fs::TryLockError::WouldBlock) => {
                return Err(LocalError::Busy {
                    dir: dir.to_path_buf(),
                    holders: vec!["a `sharekeep local reset` that has not finished".into()],
                });
            }
            Err(fs::TryLockError::Error(e)) => return Err(io_error(&dir.join(LOCK_FILE), e)),
        }
    }
}

/// Hold the state directory alone (for `local reset`), or say which
/// processes have it open.
pub fn hold_alone(dir: &Path) -> Result<fs::File, LocalError> {
    let file = open_lock(dir)?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(LocalError::Busy {
            dir: dir.to_path_buf(),
            holders: holders(&dir.join(LOCK_FILE)),
        }),
        Err(fs::TryLockError::Error(e)) => Err(io_error(&dir.join(LOCK_FILE), e)),
    }
}

/// The other processes that have `path` open, as `pid N (command line)`,
/// from `/proc` (those this user may see; empty where there is no `/proc`).
fn holders(path: &Path) -> Vec<String> {
    let Ok(target) = fs::canonicalize(path) else {
        return Vec::new();
    };
    let me = std::process::id();
    let Ok(procs) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in procs.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        if pid == me {
            continue;
        }
        let Ok(fds) = fs::read_dir(entry.path().join("fd")) else {
            continue;
        };
        if fds
            .flatten()
            .any(|fd| fs::read_link(fd.path()).is_ok_and(|l| l == target))
        {
            let cmdline = fs::read(entry.path().join("cmdline")).unwrap_or_default();
            found.push(format!("pid {pid} ({})", program(&cmdline)));
        }
    }
    found.sort();
    found
}

/// What a process is, from its command line: the program's name, and
/// `local serve` when it serves. Never the rest: an argument may be a
/// password.
fn program(cmdline: &[u8]) -> String {
    let words: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
    let name = words
        .first()
        .map(|w| String::from_utf8_lossy(w.rsplit(|b| *b == b'/').next().unwrap_or(w)).into_owned())
        .unwrap_or_default();
    let serving = words
        .windows(2)
        .any(|w| w[0] == b"local" && w[1] == b"serve");
    if serving {
        format!("{name} local serve")
    } else {
        name
    }
}

/// The identity (device, inode) of a file, to notice it being replaced.
pub fn identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}
