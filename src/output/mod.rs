//! Output as the `openstack` client (cliff) prints it.
//!
//! Commands hand over [`Data`]: one record (Field/Value, cliff's ShowOne) or a
//! list (column table, cliff's Lister). This module alone writes to stdout.

mod format;
pub use sharekeep_base::pyrepr;
mod pyyaml;
mod table;
mod ui;

pub use format::{Format, FormatArgs, Quote, Shape, list_formats, one_formats};
/// Python's `str()` of a value, as the `openstack` client shows values.
pub use pyrepr::display as python_str;
pub use ui::{Print, Ui};

use serde_json::Value;

use crate::error::Result;

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

/// Renders a command's data in the format it was asked for.
pub struct Printer<'a> {
    args: &'a FormatArgs,
}

impl<'a> Printer<'a> {
    pub fn new(args: &'a FormatArgs) -> Self {
        Printer { args }
    }

    /// The text of `views` in this format: the table view for a table.
    pub fn text(&self, views: impl Into<Views>) -> Result<String> {
        let views = views.into();
        let data = match (self.args.format.unwrap_or(Format::Table), views.table) {
            (Format::Table, Some(table)) => table,
            _ => views.data,
        };
        self.render(data)
    }

    pub fn render(&self, data: Data) -> Result<String> {
        let data = self.args.select(data)?;
        format::render(self.args, data)
    }
}
