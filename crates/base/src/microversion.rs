//! Manila API microversions as both halves speak them: the type, the
//! header that carries it, and the versions features arrive in. What the
//! client negotiates is in `sharekeep_client::session::microversion`.

use std::fmt;

/// A microversion, `2.90`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Microversion {
    pub major: u16,
    pub minor: u16,
}

impl Microversion {
    pub const fn new(major: u16, minor: u16) -> Self {
        Microversion { major, minor }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let (major, minor) = s.trim().split_once('.')?;
        Some(Microversion {
            major: major.parse().ok()?,
            minor: minor.parse().ok()?,
        })
    }
}

impl fmt::Display for Microversion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// Share encryption (`encryption_key_ref`, the `encryption_keys` quota).
pub const ENCRYPTION: Microversion = Microversion::new(2, 90);

/// The microversion header Manila reads.
pub const HEADER: &str = "x-openstack-manila-api-version";

#[cfg(test)]
mod tests {
    use super::*;

    const MV: fn(&str) -> Microversion = |s| Microversion::parse(s).unwrap();

    #[test]
    fn ordering_is_numeric() {
        assert!(MV("2.9") < MV("2.10"));
        assert!(MV("2.90") > MV("2.89"));
        assert_eq!(MV("2.90").to_string(), "2.90");
        assert!(Microversion::parse("2").is_none());
        assert!(Microversion::parse("two.nine").is_none());
    }
}
