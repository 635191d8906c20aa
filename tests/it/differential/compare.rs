//! How two transcripts are compared: pinned differences masked, IDs numbered by first appearance, times, hosts, hrefs and the run's unique names replaced, then a field-by-field difference.

use super::*;

/// Replace the values of `fields` (at any depth) by `with`.
pub(super) fn mask(v: &mut Value, fields: &[String], with: &str) {
    match v {
        Value::Object(map) => {
            for (k, val) in map.iter_mut() {
                if fields.iter().any(|f| f == k) {
                    *val = json!(with);
                } else {
                    mask(val, fields, with);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| mask(i, fields, with)),
        _ => {}
    }
}

/// Placeholders for what differs between two runs of the same thing.
pub(super) struct Normaliser {
    rules: Vec<(Regex, &'static str)>,
    id: Regex,
    seen: BTreeMap<String, String>,
}

impl Normaliser {
    fn new() -> Normaliser {
        let rules = [
            // Each service's base URL, on either cloud.
            (r"http://127\.0\.0\.1:5000", "<identity>"),
            (r"http://127\.0\.0\.1:9311", "<key-manager>"),
            (r"http://127\.0\.0\.1:8786", "<share>"),
            (
                r"http://local-[0-9a-f]{12}\.sharekeep\.invalid/identity",
                "<identity>",
            ),
            (
                r"http://local-[0-9a-f]{12}\.sharekeep\.invalid/key-manager",
                "<key-manager>",
            ),
            (
                r"http://local-[0-9a-f]{12}\.sharekeep\.invalid/share",
                "<share>",
            ),
            // The run's unique names.
            (r"sk-d[0-9a-f]{8}-", "<run>-"),
            (
                r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?",
                "<time>",
            ),
            // A back end's host: `<host>@DUMMY2#<pool>`.
            (
                r"[A-Za-z0-9_.-]+@(dummy\d)(#[A-Za-z0-9_.-]+)?",
                "<host>@$1#<pool>",
            ),
            (r"sha256:[0-9a-f]{16}", "<fingerprint>"),
        ];
        Normaliser {
            rules: rules
                .into_iter()
                .map(|(r, with)| (Regex::new(r).unwrap(), with))
                .collect(),
            id: Regex::new(
                r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{32}\b",
            )
            .unwrap(),
            seen: BTreeMap::new(),
        }
    }

    fn text(&mut self, s: &str) -> String {
        let mut out = s.to_string();
        for (re, with) in &self.rules {
            out = re.replace_all(&out, *with).into_owned();
        }
        let ids: Vec<String> = self
            .id
            .find_iter(&out)
            .map(|m| m.as_str().to_string())
            .collect();
        for id in ids {
            let n = self.seen.len() + 1;
            let placeholder = self
                .seen
                .entry(id.clone())
                .or_insert_with(|| format!("<id{n}>"))
                .clone();
            out = out.replace(&id, &placeholder);
        }
        out
    }

    fn value(&mut self, v: &Value) -> Value {
        match v {
            Value::String(s) => json!(self.text(s)),
            Value::Array(items) => Value::Array(items.iter().map(|i| self.value(i)).collect()),
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (self.text(k), self.value(v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
}

pub(super) fn normalise(transcript: &[Value]) -> Value {
    let mut n = Normaliser::new();
    Value::Array(transcript.iter().map(|s| n.value(s)).collect())
}

/// Where `a` and `b` differ, as `path: a != b` lines.
pub(super) fn differences(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, va) in x {
                match y.get(k) {
                    Some(vb) => differences(&format!("{path}.{k}"), va, vb, out),
                    None => out.push(format!("{path}.{k}: only on the left ({va})")),
                }
            }
            for k in y.keys().filter(|k| !x.contains_key(*k)) {
                out.push(format!("{path}.{k}: only on the right ({})", y[k]));
            }
            // `-f json` keeps the API's key order: it is compared too.
            let kx: Vec<&String> = x.keys().filter(|k| y.contains_key(*k)).collect();
            let ky: Vec<&String> = y.keys().filter(|k| x.contains_key(*k)).collect();
            if kx != ky {
                out.push(format!("{path}: key order {kx:?} != {ky:?}"));
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (va, vb)) in x.iter().zip(y).enumerate() {
                differences(&format!("{path}[{i}]"), va, vb, out);
            }
        }
        _ if a != b => out.push(format!("{path}: {a} != {b}")),
        _ => {}
    }
}

pub(super) fn compare(name: &str, left: &str, a: &Value, right: &str, b: &Value) -> Vec<String> {
    let mut diffs = Vec::new();
    let (x, y) = (a.as_array().unwrap(), b.as_array().unwrap());
    if x.len() != y.len() {
        diffs.push(format!(
            "{name}: {} steps on {left}, {} on {right}",
            x.len(),
            y.len()
        ));
    }
    for (i, (sa, sb)) in x.iter().zip(y).enumerate() {
        let mut d = Vec::new();
        differences("", sa, sb, &mut d);
        for line in d {
            diffs.push(format!(
                "{name} step {} (`{}`){line}   [left: {left}, right: {right}]",
                i + 1,
                sa["run"].as_str().unwrap_or("")
            ));
        }
    }
    diffs
}
