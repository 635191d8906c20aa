//! YAML as the `openstack` client writes it: PyYAML's `safe_dump` with
//! `default_flow_style=False` (block style, indent 2, width 80, ASCII only).
//!
//! A general YAML emitter chooses its own quoting; scripts and people compare
//! output, so this follows PyYAML's rules for JSON-shaped data: which strings
//! may stay plain (not one the YAML 1.1 resolver would read as a bool, null,
//! number or timestamp, no indicator or odd spacing), single quotes otherwise,
//! double quotes with escapes for control and non-ASCII characters, and long
//! lines folded at spaces past column 80. Keys are written in the order given
//! (the caller sorts where cliff sorts). Facts from PyYAML 6's emitter; no code
//! of it is used.

use serde_json::Value;

mod scalars;
use scalars::*;

const BEST_WIDTH: usize = 80;

const BEST_INDENT: usize = 2;

/// The YAML document for `v` (a mapping or a sequence), ending in a newline.
pub fn dump(v: &Value) -> String {
    let mut e = Emitter::default();
    e.node(v, Context::Root, None);
    e.out.push('\n');
    e.out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    Root,
    MappingValue,
    SequenceItem,
}

#[derive(Default)]
struct Emitter {
    out: String,
    column: usize,
    /// The last character written was white space (or nothing yet).
    whitespace: bool,
    /// Only indentation (and indicators) on the current line so far.
    indention: bool,
    started: bool,
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_blank_or_break(c: char) -> bool {
    matches!(
        c,
        '\0' | ' ' | '\t' | '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

impl Emitter {
    fn write(&mut self, s: &str) {
        self.out.push_str(s);
        self.column += s.chars().count();
    }

    fn line_break(&mut self) {
        self.out.push('\n');
        self.whitespace = true;
        self.indention = true;
        self.column = 0;
    }

    fn indent_to(&mut self, indent: usize) {
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.line_break();
        }
        if self.column < indent {
            self.whitespace = true;
            let pad = " ".repeat(indent - self.column);
            self.write(&pad);
        }
    }

    fn indicator(
        &mut self,
        indicator: &str,
        need_whitespace: bool,
        whitespace: bool,
        indention: bool,
    ) {
        if self.whitespace || !need_whitespace {
            self.write(indicator);
        } else {
            self.write(&format!(" {indicator}"));
        }
        self.whitespace = whitespace;
        self.indention = self.indention && indention;
    }

    /// `indent`: the indentation of the enclosing block collection (`None` at the root).
    fn node(&mut self, v: &Value, ctx: Context, indent: Option<usize>) {
        if !self.started {
            self.started = true;
            self.whitespace = true;
            self.indention = true;
        }
        match v {
            Value::Object(m) if !m.is_empty() => {
                let inner = indent.map_or(0, |i| i + BEST_INDENT);
                for (k, val) in m {
                    self.indent_to(inner);
                    self.scalar(&Value::String(k.clone()), true, inner + BEST_INDENT);
                    self.indicator(":", false, false, false);
                    self.node(val, Context::MappingValue, Some(inner));
                }
            }
            Value::Array(items) if !items.is_empty() => {
                // A sequence under a key is not indented further ("indentless").
                let inner = match (indent, ctx) {
                    (None, _) => 0,
                    (Some(i), Context::MappingValue) if !self.indention => i,
                    (Some(i), _) => i + BEST_INDENT,
                };
                for item in items {
                    self.indent_to(inner);
                    self.indicator("-", true, false, true);
                    self.node(item, Context::SequenceItem, Some(inner));
                }
            }
            Value::Object(_) => self.indicator("{}", true, false, false),
            Value::Array(_) => self.indicator("[]", true, false, false),
            scalar => {
                let indent = indent.map_or(BEST_INDENT, |i| i + BEST_INDENT);
                self.scalar(scalar, false, indent);
            }
        }
    }

    fn scalar(&mut self, v: &Value, simple_key: bool, indent: usize) {
        let text = match v {
            Value::Null => return self.plain("null", false, indent),
            Value::Bool(b) => return self.plain(if *b { "true" } else { "false" }, false, indent),
            Value::Number(n) => return self.plain(&number(n), false, indent),
            Value::String(s) => s,
            _ => unreachable!("collections are not scalars"),
        };
        let a = analyze(text);
        let plain_ok = resolves_to_str(text)
            && !(simple_key && (a.empty || a.multiline))
            && a.allow_block_plain;
        let split = !simple_key;
        if plain_ok {
            self.plain(text, split, indent);
        } else if a.allow_single_quoted && !(simple_key && a.multiline) {
            self.single_quoted(text, split, indent);
        } else {
            self.double_quoted(text, split, indent);
        }
    }

    fn plain(&mut self, text: &str, split: bool, indent: usize) {
        if text.is_empty() {
            return;
        }
        if !self.whitespace {
            self.write(" ");
        }
        self.whitespace = false;
        self.indention = false;
        let chars: Vec<char> = text.chars().collect();
        let (mut spaces, mut start, mut end) = (false, 0, 0);
        while end <= chars.len() {
            let ch = chars.get(end).copied();
            if spaces {
                if ch != Some(' ') {
                    if start + 1 == end && self.column > BEST_WIDTH && split {
                        self.indent_to(indent);
                        self.whitespace = false;
                        self.indention = false;
                    } else {
                        self.write(&chars[start..end].iter().collect::<String>());
                    }
                    start = end;
                }
            } else if ch.is_none_or(|c| c == ' ' || is_break(c)) {
                self.write(&chars[start..end].iter().collect::<String>());
                start = end;
            }
            if let Some(c) = ch {
                spaces = c == ' ';
            }
            end += 1;
        }
    }

    fn single_quoted(&mut self, text: &str, split: bool, indent: usize) {
        self.indicator("'", true, false, false);
        let chars: Vec<char> = text.chars().collect();
        let (mut spaces, mut breaks, mut start, mut end) = (false, false, 0, 0);
        while end <= chars.len() {
            let ch = chars.get(end).copied();
            if spaces {
                if ch != Some(' ') {
                    if start + 1 == end
                        && self.column > BEST_WIDTH
                        && split
                        && start != 0
                        && end != chars.len()
                    {
                        self.indent_to(indent);
                    } else {
                        self.write(&chars[start..end].iter().collect::<String>());
                    }
                    start = end;
                }
            } else if breaks {
                if ch.is_none_or(|c| !is_break(c)) {
                    if chars[start] == '\n' {
                        self.line_break();
                    }
                    for &br in &chars[start..end] {
                        if br == '\n' {
                            self.line_break();
                        } else {
                            self.out.push(br);
                            self.whitespace = true;
                            self.indention = true;
                            self.column = 0;
                        }
                    }
                    self.indent_to(indent);
                    start = end;
                }
            } else if ch.is_none_or(|c| c == ' ' || is_break(c) || c == '\'') && start < end {
                self.write(&chars[start..end].iter().collect::<String>());
                start = end;
            }
            if ch == Some('\'') {
                self.write("''");
                start = end + 1;
            }
            if let Some(c) = ch {
                spaces = c == ' ';
                breaks = is_break(c);
            }
            end += 1;
        }
        self.indicator("'", false, false, false);
    }

    fn double_quoted(&mut self, text: &str, split: bool, indent: usize) {
        self.indicator("\"", true, false, false);
        let chars: Vec<char> = text.chars().collect();
        let (mut start, mut end) = (0, 0);
        while end <= chars.len() {
            let ch = chars.get(end).copied();
            let escape = ch.is_none_or(|c| {
                matches!(
                    c,
                    '"' | '\\' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{FEFF}'
                ) || !(' '..='~').contains(&c)
            });
            if escape {
                if start < end {
                    self.write(&chars[start..end].iter().collect::<String>());
                    start = end;
                }
                if let Some(c) = ch {
                    self.write(&escaped(c));
                    start = end + 1;
                }
            }
            if end > 0
                && end + 1 < chars.len()
                && (ch == Some(' ') || start >= end)
                && self.column as isize + end as isize - start as isize > BEST_WIDTH as isize
                && split
            {
                let mut data: String = chars[start.min(end)..end].iter().collect();
                data.push('\\');
                if start < end {
                    start = end;
                }
                self.write(&data);
                self.indent_to(indent);
                self.whitespace = false;
                self.indention = false;
                if chars[start] == ' ' {
                    self.write("\\");
                }
            }
            end += 1;
        }
        self.indicator("\"", false, false, false);
    }
}

fn escaped(c: char) -> String {
    let short = match c {
        '\0' => "0",
        '\u{7}' => "a",
        '\u{8}' => "b",
        '\t' => "t",
        '\n' => "n",
        '\u{b}' => "v",
        '\u{c}' => "f",
        '\r' => "r",
        '\u{1b}' => "e",
        '"' => "\"",
        '\\' => "\\",
        '\u{85}' => "N",
        '\u{a0}' => "_",
        '\u{2028}' => "L",
        '\u{2029}' => "P",
        _ => "",
    };
    let n = c as u32;
    if !short.is_empty() {
        format!("\\{short}")
    } else if n <= 0xFF {
        format!("\\x{n:02X}")
    } else if n <= 0xFFFF {
        format!("\\u{n:04X}")
    } else {
        format!("\\U{n:08X}")
    }
}

/// A number as PyYAML writes it: ints as they are, floats as Python's repr,
/// lower case, with `.0` before an exponent that has no point.
fn number(n: &serde_json::Number) -> String {
    let s = super::pyrepr::display(&Value::Number(n.clone())).to_lowercase();
    if n.is_f64() && !s.contains('.') && s.contains('e') {
        s.replacen('e', ".0e", 1)
    } else {
        s
    }
}

#[cfg(test)]
mod tests;
