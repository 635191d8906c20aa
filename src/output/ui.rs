//! The one owner of standard output and standard error (uv's `Printer`
//! idea): command output, notices, `--debug` traces, `--timing`, progress and
//! errors all go through a [`Ui`]. Nothing else in the crate touches either
//! stream; clippy's `disallowed-methods` (clippy.toml) keeps it so, and this
//! module alone is allowed.
#![allow(clippy::disallowed_methods)]

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;

use super::{FormatArgs, Printer, Views};
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

    /// A command's result, in the format it was asked for.
    pub fn print(&self, args: &FormatArgs, views: impl Into<Views>) -> Result<()> {
        let text = Printer::new(args).text(views)?;
        self.out(text.as_bytes())
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

    /// A spinner for a long wait, when someone watches a terminal.
    pub fn spinner(&self) -> Option<indicatif::ProgressBar> {
        (!self.quiet() && io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            bar.enable_steady_tick(std::time::Duration::from_millis(100));
            bar
        })
    }
}

/// Whether standard output is a terminal (`--fit-width`).
pub fn stdout_is_terminal() -> bool {
    io::stdout().is_terminal()
}
