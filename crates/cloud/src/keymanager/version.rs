//! Barbican's microversions, 1.0 to 1.2 (consumers shown from 1.1, a secret
//! with consumers kept from deletion without `force` from 1.2), read from
//! `OpenStack-API-Version: key-manager X.Y` as Barbican's middleware
//! (microversion_parse) reads it: none asked is 1.0, `latest` is 1.2, a
//! version outside the range 406, a malformed one 400; every answer past
//! sign-in names the version it was made at.

use crate::http::{Req, Resp};
use serde_json::json;

/// The highest minor version (the major is 1).
const MAX_MINOR: u64 = 2;

/// The minor version of key-manager 1.x a request is answered at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Microversion(pub u64);

impl Microversion {
    pub const CONSUMERS: Microversion = Microversion(1);
    pub const DELETE_NEEDS_FORCE: Microversion = Microversion(2);

    pub fn min() -> &'static str {
        "1.0"
    }

    pub fn max() -> String {
        format!("1.{MAX_MINOR}")
    }

    /// The answer with the version headers Barbican's middleware adds.
    pub fn stamp(self, resp: Resp) -> Resp {
        resp.header("openstack-api-version", format!("key-manager 1.{}", self.0))
            .header("vary", "openstack-api-version")
    }
}

/// The version the request asks for, or Barbican's refusal.
pub fn requested(req: &Req) -> Result<Microversion, Resp> {
    let asked = asked(req);
    let text = match asked.as_deref() {
        None => return Ok(Microversion(0)),
        Some("latest") => return Ok(Microversion(MAX_MINOR)),
        Some(text) => text,
    };
    let (major, minor) = parse(text).map_err(|why| {
        let message = format!(
            "The server could not comply with the request since it is either malformed or otherwise incorrect.<br /><br />\nInvalid microversion: invalid version string: {text}; {why}\n\n"
        );
        Resp::json(
            400,
            json!({"message": message, "code": "400 Bad Request", "title": "Bad Request"}),
        )
    })?;
    if major == 1 && (0..=i128::from(MAX_MINOR)).contains(&minor) {
        return Ok(Microversion(minor as u64));
    }
    let message = format!(
        "The resource could not be generated that was acceptable to your browser\n(content of type application/json. <br /><br />\nInvalid microversion: Unacceptable version header: {text}"
    );
    Err(Resp::json(
        406,
        json!({"message": message, "code": "406 Not Acceptable", "title": "Not Acceptable"}),
    ))
}

/// The version text for `key-manager` in the request's headers: of the
/// comma-separated `service version` pairs (all headers of the name
/// folded), the last that names the service.
fn asked(req: &Req) -> Option<String> {
    let folded: Vec<&str> = req
        .headers
        .get_all("openstack-api-version")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    let folded = folded.join(",");
    folded.split(',').rev().find_map(|pair| {
        let (service, version) = pair.trim().split_once(char::is_whitespace)?;
        service
            .eq_ignore_ascii_case("key-manager")
            .then(|| version.trim().to_string())
    })
}

/// `X.Y` as Python's `int` reads each part, or the reason Python gives.
fn parse(text: &str) -> Result<(i128, i128), String> {
    let mut parts = text.splitn(2, '.');
    let major = python_int(parts.next().unwrap_or_default())?;
    let Some(minor) = parts.next() else {
        return Err("Version.__new__() missing 1 required positional argument: 'minor'".into());
    };
    Ok((major, python_int(minor)?))
}

fn python_int(part: &str) -> Result<i128, String> {
    let signed = part.trim();
    let (negative, digits) = match signed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, signed.strip_prefix('+').unwrap_or(signed)),
    };
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        // Too long for i128 is too high a version: 406 as any other.
        let n = digits.parse().unwrap_or(i128::MAX);
        return Ok(if negative { -n } else { n });
    }
    Err(format!("invalid literal for int() with base 10: '{part}'"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_parse_as_python_int_reads_them() {
        assert_eq!(parse("1.2"), Ok((1, 2)));
        assert_eq!(parse(" 1 . 01"), Ok((1, 1)));
        assert_eq!(
            parse("1.x"),
            Err("invalid literal for int() with base 10: 'x'".into())
        );
        assert!(parse("1").is_err());
        assert_eq!(parse("-1.0"), Ok((-1, 0)));
        assert!(parse("1.+").is_err());
    }
}
