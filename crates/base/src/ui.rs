//! The one owner of standard output and standard error (uv's `Printer`
//! idea): command output, notices, `--debug` traces, `--timing`, progress and
//! errors all go through a [`Ui`]. Nothing else in the workspace touches
//! either stream; clippy's `disallowed-methods` (clippy.toml) keeps it so, and
//! this module and the command line's printer alone are allowed. It lives in
//! the shared ground because the client's session writes `--debug` traces
//! through it; formatting a command's result is the command line's
//! (`sharekeep::output::Print`).
#![allow(clippy::disallowed_methods)]

use std::io::{self, Write};
use std::sync::Arc;

use crate::error::{Error, Kind, Result};

/// Cheap to clone; shared by the command, the session and its HTTP client.
#[derive(Clone, Debug, Default)]
pub struct Ui {
    inner: Arc<Settings>,
}

#[derive(Debug, Default)]
struct Settings {
    quiet: bool,
}

impl Ui {
    pub fn new(quiet: bool) -> Ui {
        Ui {
            inner: Arc::new(Settings { quiet }),
        }
    }

    pub fn quiet(&self) -> bool {
        self.inner.quiet
    }

    /// Bytes to standard output (a payload, a completion script). A closed
    /// pipe (`| head`) is not an error.
    pub fn out(&self, bytes: &[u8]) -> Result<()> {
        let mut out = io::stdout().lock();
        match out.write_all(bytes).and_then(|()| out.flush()) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Error::new(
                Kind::Failure,
                format!("cannot write to standard output: {e}"),
            )),
            Ok(()) => Ok(()),
        }
    }

    /// A line on standard error, always (errors, `--debug`, `--timing`).
    pub fn err_line(&self, line: &str) {
        let _ = writeln!(io::stderr().lock(), "{line}");
    }

    /// Several lines on standard error, written at once.
    pub fn err_lines(&self, lines: &[String]) {
        let mut err = io::stderr().lock();
        for l in lines {
            let _ = writeln!(err, "{l}");
        }
    }

    /// A notice or a status line: not with `--quiet`.
    pub fn notice(&self, line: &str) {
        if !self.quiet() {
            self.err_line(line);
        }
    }
}
