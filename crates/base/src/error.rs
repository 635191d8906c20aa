//! Errors as the user sees them: one message, optional hints, and a stable exit code.
//!
//! Every layer returns its own error type; they all convert into [`Error`], whose
//! [`Kind`] decides the exit code. The table of exit codes is part of the
//! interface (README and `sharekeep(1)`), so variants are only ever added.

use std::fmt;

/// What went wrong, at the granularity a script can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Anything unexpected (a bug, an I/O failure on a local file).
    Failure,
    /// The command line itself is wrong (clap uses the same code).
    Usage,
    /// Configuration: unknown cloud, malformed clouds.yaml, missing auth values.
    Config,
    /// Keystone refused the credentials (401 on authentication).
    Auth,
    /// Authenticated, but not allowed (403).
    Forbidden,
    /// The resource does not exist or is not visible to the caller (404).
    NotFound,
    /// The service rejected the request (400, 409, 413 and other 4xx).
    Rejected,
    /// A service could not be reached (connection refused, DNS, TLS, timeout).
    Unreachable,
    /// The service failed (5xx) or answered something that is not its API.
    Server,
    /// A `--wait` ran out of time.
    Timeout,
    /// A resource ended in an error state (for example a share in `error`).
    ResourceError,
}

impl Kind {
    /// The process exit code for this kind. Documented in README.md; never renumber.
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Failure => 1,
            Kind::Usage => 2,
            Kind::Config => 3,
            Kind::Auth => 4,
            Kind::Forbidden => 5,
            Kind::NotFound => 6,
            Kind::Rejected => 7,
            Kind::Unreachable => 8,
            Kind::Server => 9,
            Kind::Timeout => 10,
            Kind::ResourceError => 11,
        }
    }

    /// Every kind with a one-line description, for the README and man page table.
    pub const ALL: [(Kind, &'static str); 11] = [
        (
            Kind::Failure,
            "unexpected failure (local I/O, internal error)",
        ),
        (Kind::Usage, "invalid command line"),
        (
            Kind::Config,
            "configuration error (cloud not found, malformed clouds.yaml, missing auth values)",
        ),
        (
            Kind::Auth,
            "authentication failed: Keystone refused the credentials",
        ),
        (Kind::Forbidden, "not allowed (HTTP 403)"),
        (
            Kind::NotFound,
            "not found, or not visible to this project (HTTP 404)",
        ),
        (
            Kind::Rejected,
            "request rejected by the service (HTTP 400, 409, 413, other 4xx)",
        ),
        (Kind::Unreachable, "a service endpoint could not be reached"),
        (
            Kind::Server,
            "the service failed (HTTP 5xx) or gave an unexpected answer",
        ),
        (Kind::Timeout, "a --wait timed out"),
        (Kind::ResourceError, "the resource ended in an error state"),
    ];
}

/// A user-facing error: what failed, and what to do about it.
#[derive(Debug)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hints: Vec<String>,
    /// What caused it, kept for `--debug` and for callers that look deeper.
    pub source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hints: Vec::new(),
            source: None,
        }
    }

    /// Keep `source` as the cause of this error.
    pub fn caused_by(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn config(message: impl Into<String>) -> Self {
        Error::new(Kind::Config, message)
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Error::new(Kind::Usage, message)
    }

    pub fn failure(message: impl Into<String>) -> Self {
        Error::new(Kind::Failure, message)
    }

    /// The chain of causes below this error, outermost first.
    pub fn causes(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(self);
        while let Some(c) = cur {
            out.push(c.to_string());
            cur = c.source();
        }
        out
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error: {}", self.message)?;
        for hint in &self.hints {
            write!(f, "\nhint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static))
    }
}

/// The kind for an HTTP error status from a service (not from authentication).
pub fn kind_for_status(status: u16) -> Kind {
    match status {
        401 => Kind::Auth,
        403 => Kind::Forbidden,
        404 => Kind::NotFound,
        400..=499 => Kind::Rejected,
        _ => Kind::Server,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_are_distinct_and_stable() {
        let codes: Vec<u8> = Kind::ALL.iter().map(|(k, _)| k.exit_code()).collect();
        assert_eq!(codes, (1..=11).collect::<Vec<u8>>());
    }

    #[test]
    fn statuses_map_to_kinds() {
        assert_eq!(kind_for_status(404), Kind::NotFound);
        assert_eq!(kind_for_status(413), Kind::Rejected);
        assert_eq!(kind_for_status(503), Kind::Server);
        assert_eq!(kind_for_status(403), Kind::Forbidden);
    }

    #[test]
    fn display_has_message_and_hints() {
        let e = Error::config("cloud `x` not found").with_hint("known clouds: a, b");
        assert_eq!(
            e.to_string(),
            "error: cloud `x` not found\nhint: known clouds: a, b"
        );
    }
}
