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
