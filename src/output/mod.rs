//! Output as the `openstack` client (cliff) prints it.
//!
//! Commands hand over [`Data`]: one record (Field/Value, cliff's ShowOne) or a
//! list (column table, cliff's Lister). This module alone writes to stdout.

mod format;
mod pyrepr;
mod table;

pub use format::{Format, FormatArgs};
/// Python's `str()` of a value, as the `openstack` client shows values.
pub use pyrepr::display as python_str;

use std::io::{self, Write};

use serde_json::Value;

use crate::error::{Error, Kind, Result};

/// What a command prints.
#[derive(Debug, Clone, PartialEq)]
pub enum Data {
    /// One resource: column names and their values.
    One {
        columns: Vec<String>,
        values: Vec<Value>,
    },
    /// Many resources: column names and one row per resource.
    List {
        columns: Vec<String>,
        rows: Vec<Vec<Value>>,
    },
}

impl Data {
    pub fn one(pairs: Vec<(&str, Value)>) -> Data {
        let (columns, values) = pairs.into_iter().map(|(c, v)| (c.to_string(), v)).unzip();
        Data::One { columns, values }
    }

    pub fn list(columns: &[&str], rows: Vec<Vec<Value>>) -> Data {
        Data::List {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows,
        }
    }
}

/// Owns stdout: every command prints through it.
pub struct Printer {
    args: FormatArgs,
}

impl Printer {
    pub fn new(args: FormatArgs) -> Self {
        Printer { args }
    }

    /// Render and write `data`. A closed pipe (`| head`) is not an error.
    pub fn print(&self, data: Data) -> Result<()> {
        let text = self.render(data)?;
        write_stdout(text.as_bytes())
    }

    /// Write raw bytes (a secret payload) to stdout.
    pub fn raw(&self, bytes: &[u8]) -> Result<()> {
        write_stdout(bytes)
    }

    pub fn render(&self, data: Data) -> Result<String> {
        let data = self.args.select(data)?;
        format::render(&self.args, data)
    }
}

fn write_stdout(bytes: &[u8]) -> Result<()> {
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
