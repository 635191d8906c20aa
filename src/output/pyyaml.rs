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

#[derive(Default)]
struct Analysis {
    empty: bool,
    multiline: bool,
    allow_block_plain: bool,
    allow_single_quoted: bool,
}

/// PyYAML's `analyze_scalar`, for what block style needs.
fn analyze(text: &str) -> Analysis {
    if text.is_empty() {
        return Analysis {
            empty: true,
            multiline: false,
            allow_block_plain: true,
            allow_single_quoted: true,
        };
    }
    let chars: Vec<char> = text.chars().collect();
    let mut block_indicators = text.starts_with("---") || text.starts_with("...");
    let (mut line_breaks, mut special) = (false, false);
    let (mut leading_space, mut leading_break, mut trailing_space, mut trailing_break) =
        (false, false, false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut previous_space, mut previous_break) = (false, false);
    let mut preceded_by_whitespace = true;
    let last = chars.len() - 1;
    for (i, &ch) in chars.iter().enumerate() {
        let followed_by_whitespace = chars.get(i + 1).is_none_or(|&c| is_blank_or_break(c));
        if i == 0 {
            if "#,[]{}&*!|>'\"%@`".contains(ch) {
                block_indicators = true;
            }
            if (ch == '?' || ch == ':' || ch == '-') && followed_by_whitespace {
                block_indicators = true;
            }
        } else {
            if ch == ':' && followed_by_whitespace {
                block_indicators = true;
            }
            if ch == '#' && preceded_by_whitespace {
                block_indicators = true;
            }
        }
        if is_break(ch) {
            line_breaks = true;
        }
        if !(ch == '\n' || (' '..='~').contains(&ch)) {
            // Non-ASCII is special too: PyYAML writes it escaped (allow_unicode off).
            special = true;
        }
        if ch == ' ' {
            if i == 0 {
                leading_space = true;
            }
            if i == last {
                trailing_space = true;
            }
            if previous_break {
                break_space = true;
            }
            previous_space = true;
            previous_break = false;
        } else if is_break(ch) {
            if i == 0 {
                leading_break = true;
            }
            if i == last {
                trailing_break = true;
            }
            if previous_space {
                space_break = true;
            }
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_whitespace = is_blank_or_break(ch);
    }
    let mut a = Analysis {
        empty: false,
        multiline: line_breaks,
        allow_block_plain: true,
        allow_single_quoted: true,
    };
    if leading_space || leading_break || trailing_space || trailing_break {
        a.allow_block_plain = false;
    }
    if break_space || space_break || special {
        a.allow_block_plain = false;
        a.allow_single_quoted = false;
    }
    if line_breaks || block_indicators {
        a.allow_block_plain = false;
    }
    a
}

/// Whether YAML 1.1's implicit resolvers (PyYAML's) read `s`, unquoted, as a
/// string; else it must be quoted to stay one.
fn resolves_to_str(s: &str) -> bool {
    !(is_bool(s)
        || is_null(s)
        || is_int(s)
        || is_float(s)
        || is_timestamp(s)
        || s == "<<"
        || s == "=")
}

fn is_bool(s: &str) -> bool {
    matches!(
        s,
        "yes"
            | "Yes"
            | "YES"
            | "no"
            | "No"
            | "NO"
            | "true"
            | "True"
            | "TRUE"
            | "false"
            | "False"
            | "FALSE"
            | "on"
            | "On"
            | "ON"
            | "off"
            | "Off"
            | "OFF"
    )
}

fn is_null(s: &str) -> bool {
    matches!(s, "~" | "null" | "Null" | "NULL" | "")
}

fn strip_sign(s: &str) -> &str {
    s.strip_prefix(['-', '+']).unwrap_or(s)
}

fn all(s: &str, f: impl Fn(char) -> bool) -> bool {
    s.chars().all(f)
}

/// `:[0-5]?[0-9]` parts after the first (base 60).
fn sexagesimal_tail(parts: &[&str]) -> bool {
    !parts.is_empty()
        && parts.iter().all(|p| {
            let b = p.as_bytes();
            match b.len() {
                1 => b[0].is_ascii_digit(),
                2 => (b'0'..=b'5').contains(&b[0]) && b[1].is_ascii_digit(),
                _ => false,
            }
        })
}

fn is_int(s: &str) -> bool {
    let u = strip_sign(s);
    if let Some(b) = u.strip_prefix("0b") {
        return !b.is_empty() && all(b, |c| matches!(c, '0' | '1' | '_'));
    }
    if let Some(h) = u.strip_prefix("0x") {
        return !h.is_empty() && all(h, |c| c.is_ascii_hexdigit() || c == '_');
    }
    if u == "0" {
        return true;
    }
    if let Some(o) = u.strip_prefix('0') {
        return !o.is_empty() && all(o, |c| matches!(c, '0'..='7' | '_'));
    }
    let parts: Vec<&str> = u.split(':').collect();
    let head = parts[0];
    let decimal = head.starts_with(|c: char| matches!(c, '1'..='9'))
        && all(head, |c| c.is_ascii_digit() || c == '_');
    decimal && (parts.len() == 1 || sexagesimal_tail(&parts[1..]))
}

fn is_float(s: &str) -> bool {
    if matches!(s, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    let u = strip_sign(s);
    if matches!(u, ".inf" | ".Inf" | ".INF") {
        return true;
    }
    let digits_ = |t: &str| all(t, |c| c.is_ascii_digit() || c == '_');
    let exponent = |t: &str| -> bool {
        // `[eE][-+][0-9]+`, or nothing
        t.is_empty()
            || t.strip_prefix(['e', 'E'])
                .and_then(|r| r.strip_prefix(['-', '+']))
                .is_some_and(|d| !d.is_empty() && all(d, |c| c.is_ascii_digit()))
    };
    // [0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*  (base 60)
    if let Some((int_part, frac)) = u.split_once('.')
        && int_part.contains(':')
    {
        let parts: Vec<&str> = int_part.split(':').collect();
        return parts[0].starts_with(|c: char| c.is_ascii_digit())
            && digits_(parts[0])
            && sexagesimal_tail(&parts[1..])
            && digits_(frac);
    }
    // [0-9][0-9_]*\.[0-9_]*(exp)?   or   \.[0-9][0-9_]*(exp)?
    let Some(dot) = u.find('.') else {
        return false;
    };
    let (int_part, rest) = (&u[..dot], &u[dot + 1..]);
    let frac_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '_'))
        .unwrap_or(rest.len());
    let (frac, exp) = (&rest[..frac_end], &rest[frac_end..]);
    if int_part.is_empty() {
        // Only unsigned: `\.[0-9][0-9_]*` has no sign in the pattern.
        s == u && frac.starts_with(|c: char| c.is_ascii_digit()) && exponent(exp)
    } else {
        int_part.starts_with(|c: char| c.is_ascii_digit()) && digits_(int_part) && exponent(exp)
    }
}

fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| r.clone().all(|i| b.get(i).is_some_and(u8::is_ascii_digit));
    // YYYY-MM-DD
    if b.len() == 10
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
    {
        return true;
    }
    // YYYY-M[M]-D[D](T|t|[ \t]+)H[H]:MM:SS(.frac)?([ \t]*(Z|[-+]H[H](:MM)?))?
    let mut i = 0;
    let take_digits = |i: &mut usize, min: usize, max: usize| -> bool {
        let start = *i;
        while *i < b.len() && *i - start < max && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start >= min
    };
    let expect = |i: &mut usize, c: u8| -> bool {
        if b.get(*i) == Some(&c) {
            *i += 1;
            true
        } else {
            false
        }
    };
    if !(take_digits(&mut i, 4, 4)
        && expect(&mut i, b'-')
        && take_digits(&mut i, 1, 2)
        && expect(&mut i, b'-')
        && take_digits(&mut i, 1, 2))
    {
        return false;
    }
    match b.get(i) {
        Some(b'T' | b't') => i += 1,
        Some(b' ' | b'\t') => {
            while matches!(b.get(i), Some(b' ' | b'\t')) {
                i += 1;
            }
        }
        _ => return false,
    }
    if !(take_digits(&mut i, 1, 2)
        && expect(&mut i, b':')
        && take_digits(&mut i, 2, 2)
        && expect(&mut i, b':')
        && take_digits(&mut i, 2, 2))
    {
        return false;
    }
    if expect(&mut i, b'.') {
        take_digits(&mut i, 0, usize::MAX);
    }
    while matches!(b.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    match b.get(i) {
        None => true,
        Some(b'Z') => i + 1 == b.len(),
        Some(b'-' | b'+') => {
            i += 1;
            if !take_digits(&mut i, 1, 2) {
                return false;
            }
            if expect(&mut i, b':') && !take_digits(&mut i, 2, 2) {
                return false;
            }
            i == b.len()
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests;
