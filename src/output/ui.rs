//! What the command line adds to the shared [`Ui`]: a command's result in
//! the format it was asked for, and a spinner for a long wait.
#![allow(clippy::disallowed_methods)]

use std::io::{self, IsTerminal};

use super::{FormatArgs, Printer, Views};
use crate::error::Result;
pub use sharekeep_base::ui::Ui;

/// Printing through a [`Ui`] (in scope wherever a command prints).
pub trait Print {
    /// A command's result, in the format it was asked for.
    fn print(&self, args: &FormatArgs, views: impl Into<Views>) -> Result<()>;
    /// A spinner for a long wait, when someone watches a terminal.
    fn spinner(&self) -> Option<indicatif::ProgressBar>;
}

impl Print for Ui {
    fn print(&self, args: &FormatArgs, views: impl Into<Views>) -> Result<()> {
        let text = Printer::new(args).text(views)?;
        self.out(text.as_bytes())
    }

    fn spinner(&self) -> Option<indicatif::ProgressBar> {
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
