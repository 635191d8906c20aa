//! The formatter options of cliff (`-f`, `-c`, `--noindent`, …) and the renderers.

use clap::builder::TypedValueParser;
use clap::{Args, ValueEnum};
use serde_json::{Map, Value};

use super::{Data, pyrepr, table};
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Yaml,
    Value,
    Shell,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Quote {
    All,
    Minimal,
    None,
    Nonnumeric,
}

/// Output options, as cliff offers them on every command that prints.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Output formatters")]
pub struct FormatArgs {
    /// The output format (`shell` for one resource, `csv` for lists)
    #[arg(short = 'f', long = "format", value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// A column to include (repeat for several); default: all columns
    #[arg(short = 'c', long = "column", value_name = "COLUMN")]
    pub columns: Vec<String>,
    /// JSON: print on one line
    #[arg(long)]
    pub noindent: bool,
    /// Shell: a prefix for the variable names
    #[arg(long, value_name = "PREFIX", default_value = "")]
    pub prefix: String,
    /// Table: the maximum width of the whole table (0: no limit)
    #[arg(
        long,
        value_name = "INTEGER",
        env = "CLIFF_MAX_TERM_WIDTH",
        default_value_t = 0
    )]
    pub max_width: u16,
    /// Table: fit the table to the terminal's width
    #[arg(long, env = "CLIFF_FIT_WIDTH", value_parser = clap::builder::BoolishValueParser::new(), num_args = 0, default_missing_value = "true")]
    pub fit_width: bool,
    /// Table: print an empty table when there is no data
    #[arg(long)]
    pub print_empty: bool,
    /// Lists: sort by this column (repeatable; case-insensitive)
    #[arg(long = "sort-column", value_name = "SORT_COLUMN")]
    pub sort_columns: Vec<String>,
    /// Lists: sort ascending (the default)
    #[arg(long, conflicts_with = "sort_descending")]
    pub sort_ascending: bool,
    /// Lists: sort descending
    #[arg(long)]
    pub sort_descending: bool,
    /// CSV: when to quote values
    #[arg(long, value_enum, default_value = "nonnumeric")]
    pub quote: Option<Quote>,
}

/// The shape of what a command prints, which decides the formats it offers
/// (cliff's ShowOne and Lister).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    One,
    List,
}

impl Shape {
    fn formats(self) -> [Format; 5] {
        match self {
            Shape::One => [
                Format::Json,
                Format::Shell,
                Format::Table,
                Format::Value,
                Format::Yaml,
            ],
            Shape::List => [
                Format::Csv,
                Format::Json,
                Format::Table,
                Format::Value,
                Format::Yaml,
            ],
        }
    }

    /// Narrow `-f` to this shape's formats, so that clap refuses the others
    /// (exit 2) before the command runs at all, and `--help` and completion
    /// offer only these.
    fn restrict(self, arg: clap::Arg) -> clap::Arg {
        let names: Vec<&'static str> = self
            .formats()
            .iter()
            .map(|f| match f {
                Format::Table => "table",
                Format::Json => "json",
                Format::Yaml => "yaml",
                Format::Value => "value",
                Format::Shell => "shell",
                Format::Csv => "csv",
            })
            .collect();
        arg.value_parser(
            clap::builder::PossibleValuesParser::new(names)
                .map(|s| Format::from_str(&s, true).unwrap_or(Format::Table)),
        )
    }
}

/// `-f` of a command that prints one resource: json, shell, table, value, yaml.
pub fn one_formats(arg: clap::Arg) -> clap::Arg {
    Shape::One.restrict(arg)
}

/// `-f` of a command that prints a list: csv, json, table, value, yaml.
pub fn list_formats(arg: clap::Arg) -> clap::Arg {
    Shape::List.restrict(arg)
}

/// cliff compares column names lower-cased, trimmed, with spaces as underscores.
fn normalize(name: &str) -> String {
    name.trim().to_lowercase().replace(' ', "_")
}

impl FormatArgs {
    /// Apply `--sort-column` and `-c`.
    pub fn select(&self, data: Data) -> Result<Data> {
        let (columns, mut rows, one) = match data {
            Data::One { columns, values } => (columns, vec![values], true),
            Data::List { columns, rows } => (columns, rows, false),
        };
        let find = |name: &str| {
            columns
                .iter()
                .position(|c| c == name)
                .or_else(|| columns.iter().position(|c| normalize(c) == normalize(name)))
        };
        if !one && !self.sort_columns.is_empty() {
            let keys: Vec<usize> = self
                .sort_columns
                .iter()
                .map(|s| find(s).ok_or_else(|| unknown_column(s, &columns)))
                .collect::<Result<_>>()?;
            rows.sort_by(|a, b| {
                let ord = keys
                    .iter()
                    .map(|&k| compare(&a[k], &b[k]))
                    .find(|o| o.is_ne())
                    .unwrap_or(std::cmp::Ordering::Equal);
                if self.sort_descending {
                    ord.reverse()
                } else {
                    ord
                }
            });
        }
        let (columns, rows) = if self.columns.is_empty() {
            (columns, rows)
        } else {
            // As cliff: names that match nothing are ignored while one matches, and
            // the columns keep the command's order.
            let wanted: Vec<String> = self.columns.iter().map(|c| normalize(c)).collect();
            let idx: Vec<usize> = (0..columns.len())
                .filter(|&i| wanted.contains(&normalize(&columns[i])))
                .collect();
            if idx.is_empty() {
                return Err(unknown_column(&self.columns.join("', '"), &columns));
            }
            let cols = idx.iter().map(|&i| columns[i].clone()).collect();
            let rows = rows
                .into_iter()
                .map(|r| idx.iter().map(|&i| r[i].clone()).collect())
                .collect();
            (cols, rows)
        };
        Ok(if one {
            Data::One {
                columns,
                values: rows.into_iter().next().unwrap_or_default(),
            }
        } else {
            Data::List { columns, rows }
        })
    }

    /// Refuse a format that does not fit the command's output (checked before
    /// any request is sent).
    pub fn check(&self, is_list: bool) -> Result<()> {
        match (self.format, is_list) {
            (Some(Format::Csv), false) => Err(Error::usage(
                "-f csv is for lists; use json, shell, table, value or yaml",
            )),
            (Some(Format::Shell), true) => Err(Error::usage(
                "-f shell is for single resources; use csv, json, table, value or yaml",
            )),
            _ => Ok(()),
        }
    }

    fn table_width(&self) -> Option<u16> {
        if self.max_width > 0 {
            return Some(self.max_width);
        }
        if self.fit_width && super::ui::stdout_is_terminal() {
            return terminal_size::terminal_size().map(|(w, _)| w.0);
        }
        None
    }
}

fn unknown_column(name: &str, columns: &[String]) -> Error {
    Error::usage(format!("no column named `{name}`")).with_hint(format!(
        "the columns are: {}",
        columns
            .iter()
            .map(|c| format!("'{c}'"))
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// Order for sorting, as Python sorts `(value is None, value)`: None last,
/// numbers numerically, text case-sensitively.
fn compare(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a, b) {
        (Value::Null, Value::Null) => std::cmp::Ordering::Equal,
        (Value::Null, _) => std::cmp::Ordering::Greater,
        (_, Value::Null) => std::cmp::Ordering::Less,
        (Value::Number(x), Value::Number(y)) => x
            .as_f64()
            .unwrap_or(0.0)
            .partial_cmp(&y.as_f64().unwrap_or(0.0))
            .unwrap_or(std::cmp::Ordering::Equal),
        _ => pyrepr::display(a).cmp(&pyrepr::display(b)),
    }
}

pub fn render(args: &FormatArgs, data: Data) -> Result<String> {
    let is_one = matches!(data, Data::One { .. });
    let format = args.format.unwrap_or(Format::Table);
    match (format, is_one) {
        (Format::Csv, true) => {
            return Err(Error::usage(
                "-f csv is for lists; use json, shell, table, value or yaml",
            ));
        }
        (Format::Shell, false) => {
            return Err(Error::usage(
                "-f shell is for single resources; use csv, json, table, value or yaml",
            ));
        }
        _ => {}
    }
    Ok(match data {
        Data::One { columns, values } => match format {
            Format::Table => {
                let rows: Vec<Vec<Value>> = columns
                    .iter()
                    .zip(values)
                    .map(|(c, v)| vec![Value::String(c.clone()), v])
                    .collect();
                table::render(
                    &["Field".into(), "Value".into()],
                    &rows,
                    &[],
                    args.table_width(),
                )
            }
            Format::Json => format!(
                "{}\n",
                pyrepr::json(&object(&columns, values), indent(args))
            ),
            // cliff dumps each field on its own, so only nested maps are sorted.
            Format::Yaml => yaml(&Value::Object(
                columns
                    .iter()
                    .cloned()
                    .zip(values.iter().map(sort_keys))
                    .collect(),
            ))?,
            Format::Value => values
                .iter()
                .map(|v| format!("{}\n", pyrepr::display(v)))
                .collect(),
            Format::Shell => columns
                .iter()
                .zip(&values)
                .map(|(c, v)| format!("{}{}=\"{}\"\n", args.prefix, shell_name(c), shell_value(v)))
                .collect(),
            Format::Csv => unreachable_format(),
        },
        Data::List { columns, rows } => match format {
            Format::Table => {
                if rows.is_empty() && !args.print_empty {
                    String::new()
                } else {
                    let numeric = table::numeric_columns(&rows, columns.len());
                    table::render(&columns, &rows, &numeric, args.table_width())
                }
            }
            Format::Json => {
                let list = Value::Array(rows.into_iter().map(|r| object(&columns, r)).collect());
                format!("{}\n", pyrepr::json(&list, indent(args)))
            }
            Format::Yaml => {
                if rows.is_empty() {
                    "[]\n".to_string()
                } else {
                    yaml(&sort_keys(&Value::Array(
                        rows.into_iter().map(|r| object(&columns, r)).collect(),
                    )))?
                }
            }
            Format::Value => rows
                .iter()
                .map(|r| {
                    format!(
                        "{}\n",
                        r.iter().map(pyrepr::display).collect::<Vec<_>>().join(" ")
                    )
                })
                .collect(),
            Format::Csv => csv(&columns, &rows, args.quote.unwrap_or(Quote::Nonnumeric)),
            Format::Shell => unreachable_format(),
        },
    })
}

fn unreachable_format() -> String {
    String::new()
}

fn indent(args: &FormatArgs) -> Option<usize> {
    (!args.noindent).then_some(2)
}

fn object(columns: &[String], values: Vec<Value>) -> Value {
    let mut m = Map::new();
    for (c, v) in columns.iter().zip(values) {
        m.insert(c.clone(), v);
    }
    Value::Object(m)
}

/// cliff's shell formatter: lower case; spaces, `:` and `-` to `_`.
fn shell_name(column: &str) -> String {
    column.to_lowercase().replace([' ', ':', '-'], "_")
}

/// A value between double quotes that `eval` gives back unchanged. cliff
/// escapes only `"`, so a name holding `$(…)` or a backquote would run as a
/// command under `eval "$(… -f shell)"`; `\`, `$` and `` ` `` are escaped
/// too (values without them print as cliff prints them).
fn shell_value(v: &Value) -> String {
    let text = match v {
        Value::String(s) => s.clone(),
        other => pyrepr::display(other),
    };
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '"' | '\\' | '$' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// PyYAML's `safe_dump` sorts mapping keys.
fn sort_keys(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut keys: Vec<&String> = m.keys().collect();
            keys.sort();
            Value::Object(
                keys.into_iter()
                    .map(|k| (k.clone(), sort_keys(&m[k])))
                    .collect(),
            )
        }
        Value::Array(a) => Value::Array(a.iter().map(sort_keys).collect()),
        other => other.clone(),
    }
}

/// YAML in block style, as cliff prints it.
fn yaml(v: &Value) -> Result<String> {
    Ok(super::pyyaml::dump(v))
}

fn csv(columns: &[String], rows: &[Vec<Value>], quote: Quote) -> String {
    let field = |v: &Value, header: bool| -> String {
        // Python's csv module writes None as an empty string.
        let text = if v.is_null() {
            String::new()
        } else {
            pyrepr::display(v)
        };
        let needs = text.contains([',', '"', '\n', '\r']);
        let quoted = match quote {
            Quote::All => true,
            Quote::Minimal => needs,
            Quote::None => false,
            // Python's csv counts True/False as numbers (bool is an int).
            Quote::Nonnumeric => header || !(v.is_number() || v.is_boolean()),
        };
        if quoted {
            format!("\"{}\"", text.replace('"', "\"\""))
        } else {
            text
        }
    };
    let mut out = String::new();
    let header: Vec<String> = columns
        .iter()
        .map(|c| field(&Value::String(c.clone()), true))
        .collect();
    out.push_str(&header.join(","));
    out.push('\n');
    for r in rows {
        out.push_str(
            &r.iter()
                .map(|v| field(v, false))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn args(format: Format) -> FormatArgs {
        FormatArgs {
            format: Some(format),
            quote: Some(Quote::Nonnumeric),
            ..Default::default()
        }
    }

    fn one() -> Data {
        Data::one(vec![
            ("Secret href", json!("http://b/v1/secrets/1")),
            ("Bit length", json!(256)),
            ("Expiration", json!(null)),
        ])
    }

    fn list() -> Data {
        Data::list(
            &["Name", "Bit length"],
            vec![vec![json!("b"), json!(128)], vec![json!("a"), json!(256)]],
        )
    }

    #[test]
    fn json_keys_are_column_names() {
        assert_eq!(
            render(&args(Format::Json), one()).unwrap(),
            "{\n  \"Secret href\": \"http://b/v1/secrets/1\",\n  \"Bit length\": 256,\n  \"Expiration\": null\n}\n"
        );
        let mut a = args(Format::Json);
        a.noindent = true;
        assert_eq!(
            render(&a, list()).unwrap(),
            "[{\"Name\": \"b\", \"Bit length\": 128}, {\"Name\": \"a\", \"Bit length\": 256}]\n"
        );
    }

    #[test]
    fn value_shell_csv_yaml() {
        assert_eq!(
            render(&args(Format::Value), one()).unwrap(),
            "http://b/v1/secrets/1\n256\nNone\n"
        );
        assert_eq!(
            render(&args(Format::Shell), one()).unwrap(),
            "secret_href=\"http://b/v1/secrets/1\"\nbit_length=\"256\"\nexpiration=\"None\"\n"
        );
        assert_eq!(
            render(&args(Format::Csv), list()).unwrap(),
            "\"Name\",\"Bit length\"\n\"b\",128\n\"a\",256\n"
        );
        assert_eq!(
            render(&args(Format::Value), list()).unwrap(),
            "b 128\na 256\n"
        );
        let y = render(&args(Format::Yaml), one()).unwrap();
        assert!(
            y.starts_with("Secret href: http://b/v1/secrets/1\nBit length: 256\n"),
            "keys in column order: {y}"
        );
    }

    #[test]
    fn columns_and_sorting() {
        let mut a = args(Format::Value);
        a.sort_columns = vec!["name".into()];
        a.columns = vec!["Name".into()];
        let d = a.select(list()).unwrap();
        assert_eq!(render(&a, d).unwrap(), "a\nb\n");
        a.sort_descending = true;
        a.columns = vec!["bit_length".into(), "NAME".into(), "nope".into()];
        let d = a.select(list()).unwrap();
        assert_eq!(
            render(&a, d).unwrap(),
            "b 128\na 256\n",
            "command order, normalised names, unknown ignored"
        );
        a.columns = vec!["Nope".into()];
        let e = a.select(list()).unwrap_err();
        assert!(
            e.message.contains("`Nope`") && e.hints[0].contains("'Bit length'"),
            "{e}"
        );
    }

    #[test]
    fn wrong_format_for_shape_is_a_usage_error() {
        assert!(render(&args(Format::Csv), one()).is_err());
        assert!(render(&args(Format::Shell), list()).is_err());
    }

    #[test]
    fn empty_list_prints_nothing_unless_asked() {
        let empty = Data::list(&["Name"], vec![]);
        assert_eq!(render(&args(Format::Table), empty.clone()).unwrap(), "");
        let mut a = args(Format::Table);
        a.print_empty = true;
        assert!(render(&a, empty.clone()).unwrap().contains("| Name |"));
        assert_eq!(render(&args(Format::Json), empty).unwrap(), "[]\n");
    }
}
