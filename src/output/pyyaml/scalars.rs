//! How PyYAML reads a plain scalar back (bool, null, int, float, timestamp), so that a string that would read as something else is quoted, and what a scalar holds that decides its style.

use super::*;

#[derive(Default)]
pub(super) struct Analysis {
    pub(super) empty: bool,
    pub(super) multiline: bool,
    pub(super) allow_block_plain: bool,
    pub(super) allow_single_quoted: bool,
}

/// PyYAML's `analyze_scalar`, for what block style needs.
pub(super) fn analyze(text: &str) -> Analysis {
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
pub(super) fn resolves_to_str(s: &str) -> bool {
    !(is_bool(s)
        || is_null(s)
        || is_int(s)
        || is_float(s)
        || is_timestamp(s)
        || s == "<<"
        || s == "=")
}

pub(super) fn is_bool(s: &str) -> bool {
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

pub(super) fn is_null(s: &str) -> bool {
    matches!(s, "~" | "null" | "Null" | "NULL" | "")
}

pub(super) fn strip_sign(s: &str) -> &str {
    s.strip_prefix(['-', '+']).unwrap_or(s)
}

pub(super) fn all(s: &str, f: impl Fn(char) -> bool) -> bool {
    s.chars().all(f)
}

/// `:[0-5]?[0-9]` parts after the first (base 60).
pub(super) fn sexagesimal_tail(parts: &[&str]) -> bool {
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

pub(super) fn is_int(s: &str) -> bool {
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

pub(super) fn is_float(s: &str) -> bool {
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

pub(super) fn is_timestamp(s: &str) -> bool {
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
