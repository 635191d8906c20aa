//! Manila API microversions: what the server supports (its version document,
//! cached with the token), what sharekeep speaks, and what a request needs.

use serde_json::Value;

pub use sharekeep_base::microversion::{ENCRYPTION, HEADER, Microversion};

use crate::error::{Error, Kind, Result};

/// The newest microversion sharekeep speaks: python-manilaclient 6.3.0's, so
/// that views (and so `-f json` keys) match the `openstack` client's.
pub const CLIENT_MAX: Microversion = Microversion::new(2, 98);

/// The server's range, from its version document (`GET /` on the API root:
/// `{"versions": [{"status": "CURRENT", "min_version": "2.0", "version": "2.99"}]}`).
pub fn server_range(doc: &Value) -> Option<(Microversion, Microversion)> {
    let versions = doc.get("versions")?.as_array()?;
    let current = versions
        .iter()
        .find(|v| v.get("status").and_then(Value::as_str) == Some("CURRENT"))?;
    let min = Microversion::parse(current.get("min_version")?.as_str()?)?;
    let max = Microversion::parse(current.get("version")?.as_str()?)?;
    Some((min, max))
}

/// The version to use: the pinned one (checked against the server), else the
/// highest both sides support.
pub fn choose(pinned: Option<&str>, server: (Microversion, Microversion)) -> Result<Microversion> {
    let (min, max) = server;
    match pinned {
        Some(p) => {
            let v = Microversion::parse(p).ok_or_else(|| {
                Error::usage(format!("`{p}` is not a share API microversion"))
                    .with_hint("e.g. --os-share-api-version 2.90")
            })?;
            if v < min || v > max {
                return Err(Error::new(
                    Kind::Config,
                    format!("share API version {v} is not supported by the server, which supports {min} to {max}"),
                )
                .with_hint("change --os-share-api-version / OS_SHARE_API_VERSION, or leave it out to negotiate"));
            }
            if v > CLIENT_MAX {
                return Err(Error::new(
                    Kind::Config,
                    format!("share API version {v} is newer than sharekeep speaks ({CLIENT_MAX})"),
                ));
            }
            Ok(v)
        }
        None => {
            let v = max.min(CLIENT_MAX);
            if v < min {
                return Err(Error::new(
                    Kind::Server,
                    format!(
                        "the server supports share API versions {min} to {max}, none of which sharekeep speaks (up to {CLIENT_MAX})"
                    ),
                ));
            }
            Ok(v)
        }
    }
}

/// Refuse a feature the negotiated version lacks, naming both versions.
pub fn require(feature: &str, needed: Microversion, have: Microversion) -> Result<()> {
    if have >= needed {
        return Ok(());
    }
    // Nothing was sent: the command line asks for what the version cannot do.
    Err(Error::new(Kind::Usage, format!("{feature} needs share API version {needed}, but this session uses {have}")).with_hint(
        format!("the server or --os-share-api-version limits it to {have}; Manila would silently ignore the setting below {needed}"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const MV: fn(&str) -> Microversion = |s| Microversion::parse(s).unwrap();

    #[test]
    fn range_from_the_version_document() {
        let doc = json!({"versions": [
            {"id": "v1.0", "status": "DEPRECATED", "min_version": "", "version": ""},
            {"id": "v2.0", "status": "CURRENT", "min_version": "2.0", "version": "2.99"}]});
        assert_eq!(server_range(&doc), Some((MV("2.0"), MV("2.99"))));
        assert_eq!(server_range(&json!({})), None);
    }

    #[test]
    fn negotiation_and_pinning() {
        let server = (MV("2.0"), MV("2.99"));
        assert_eq!(choose(None, server).unwrap(), CLIENT_MAX);
        assert_eq!(choose(None, (MV("2.0"), MV("2.60"))).unwrap(), MV("2.60"));
        assert_eq!(choose(Some("2.90"), server).unwrap(), MV("2.90"));
        let e = choose(Some("2.95"), (MV("2.0"), MV("2.89"))).unwrap_err();
        assert_eq!(
            e.message,
            "share API version 2.95 is not supported by the server, which supports 2.0 to 2.89"
        );
        assert_eq!(choose(Some("x"), server).unwrap_err().kind, Kind::Usage);
    }

    #[test]
    fn features_name_both_versions() {
        assert!(require("--encryption-key-ref", ENCRYPTION, MV("2.90")).is_ok());
        let e = require("--encryption-key-ref", ENCRYPTION, MV("2.89")).unwrap_err();
        assert_eq!(
            e.message,
            "--encryption-key-ref needs share API version 2.90, but this session uses 2.89"
        );
    }
}
