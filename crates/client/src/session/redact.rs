//! Redaction for `--debug` traces: secrets never reach the terminal or a log.
//!
//! Tokens are replaced by `{SHA256}<digest>` as keystoneauth does, so that two
//! traces can still be compared; passwords, credential secrets and payloads by `***`.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// Headers whose values are tokens.
const TOKEN_HEADERS: [&str; 2] = ["x-auth-token", "x-subject-token"];

/// JSON keys whose values are always secret, wherever they appear
/// (`access_key` is the cephx secret Manila shows on a CephFS access rule).
const SECRET_KEYS: [&str; 5] = [
    "password",
    "secret",
    "payload",
    "application_credential_secret",
    "access_key",
];

pub fn token_digest(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("{{SHA256}}{hex}")
}

/// The value to show for a header.
pub fn header(name: &str, value: &str) -> String {
    if TOKEN_HEADERS.iter().any(|h| h.eq_ignore_ascii_case(name)) {
        token_digest(value)
    } else if name.eq_ignore_ascii_case("authorization") {
        "***".into()
    } else {
        value.to_string()
    }
}

/// A JSON body with its secrets masked. The token method's `{"token": {"id": …}}`
/// is masked too.
pub fn json(value: &Value) -> Value {
    fn walk(v: &mut Value, parent: Option<&str>) {
        match v {
            Value::Object(map) => {
                for (k, child) in map.iter_mut() {
                    // `password` is also the name of the auth method's object: mask
                    // scalars only, and walk into objects.
                    let secret =
                        SECRET_KEYS.contains(&k.as_str()) || (parent == Some("token") && k == "id");
                    if secret && !child.is_null() && !child.is_object() {
                        *child = Value::String("***".into());
                    } else {
                        walk(child, Some(k));
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|i| walk(i, parent)),
            _ => {}
        }
    }
    let mut v = value.clone();
    walk(&mut v, None);
    v
}

/// A body for the trace: JSON redacted, other text shown, binary summarised.
pub fn body(bytes: &[u8], sensitive: bool) -> String {
    if bytes.is_empty() {
        return String::new();
    }
    if sensitive {
        return format!("<{} bytes redacted>", bytes.len());
    }
    match serde_json::from_slice::<Value>(bytes) {
        Ok(v) => json(&v).to_string(),
        Err(_) => match std::str::from_utf8(bytes) {
            // Not JSON: could be anything the caller sent; only its size is safe to show.
            Ok(_) | Err(_) => format!("<{} bytes, not JSON, omitted>", bytes.len()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn masks_passwords_secrets_payloads_and_token_ids() {
        let body = json!({"auth": {"identity": {
            "methods": ["password", "token"],
            "password": {"user": {"name": "demo", "password": "hunter2"}},
            "token": {"id": "gAAAAtok"},
            "application_credential": {"id": "ac1", "secret": "s3cr3t"}}},
            "payload": "a2V5"});
        let out = json(&body).to_string();
        for leaked in ["hunter2", "gAAAAtok", "s3cr3t", "a2V5"] {
            assert!(!out.contains(leaked), "{leaked} leaked into {out}");
        }
        assert!(
            out.contains("\"name\":\"demo\""),
            "non-secret values stay: {out}"
        );
        assert!(
            out.contains("\"id\":\"ac1\""),
            "credential IDs are not secret: {out}"
        );
    }

    #[test]
    fn cephx_access_keys_are_masked() {
        let body = json!({"access_list": [{"access_to": "alice", "access_key": "AQBcephxkey=="}]});
        let out = json(&body).to_string();
        assert!(!out.contains("AQBcephxkey"), "the cephx key leaked: {out}");
        assert!(out.contains("alice"), "{out}");
    }

    #[test]
    fn token_headers_are_digested() {
        let shown = header("X-Auth-Token", "gAAAAtok");
        assert!(shown.starts_with("{SHA256}"));
        assert!(!shown.contains("gAAAAtok"));
        assert_eq!(
            header("Content-Type", "application/json"),
            "application/json"
        );
    }

    #[test]
    fn sensitive_and_non_json_bodies_are_not_shown() {
        assert_eq!(body(b"rawkeybytes", true), "<11 bytes redacted>");
        assert_eq!(body(b"rawkeybytes", false), "<11 bytes, not JSON, omitted>");
        assert_eq!(body(b"", false), "");
    }
}
