//! Output as the `openstack` client (cliff) prints it.
//!
//! Commands hand over [`Data`]: one record (Field/Value, cliff's ShowOne) or a
//! list (column table, cliff's Lister). This module alone writes to stdout.

mod format;
mod pyrepr;
mod pyyaml;
mod table;

pub use format::{Format, FormatArgs, Shape, list_formats, one_formats};
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

/// What a command hands to the printer: the data, and where the `openstack`
/// client shows some values differently in a table (a dict column as
/// `key : value` lines, say), the table's view of it. Which one is printed is
/// the printer's decision, never the command's.
#[derive(Debug, Clone, PartialEq)]
pub struct Views {
    pub data: Data,
    pub table: Option<Data>,
}

impl Views {
    /// The same data, with `f` applied to it for a table.
    pub fn with_table(data: Data, f: impl FnOnce(&mut Data)) -> Views {
        let mut table = data.clone();
        f(&mut table);
        Views {
            data,
            table: Some(table),
        }
    }
}

impl Views {
    /// Both views from one function of "is this for a table?".
    pub fn by(f: impl Fn(bool) -> Data) -> Views {
        Views {
            data: f(false),
            table: Some(f(true)),
        }
    }
}

impl From<Data> for Views {
    fn from(data: Data) -> Self {
        Views { data, table: None }
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
    pub fn print(&self, views: impl Into<Views>) -> Result<()> {
        let views = views.into();
        let data = match (self.args.format.unwrap_or(Format::Table), views.table) {
            (Format::Table, Some(table)) => table,
            _ => views.data,
        };
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
