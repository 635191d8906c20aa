//! What a request is before it is sent, and what came back: the service, the body, the target (raw path segments, encoded only here), the request and the response.

use super::*;

/// The services sharekeep talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Identity,
    KeyManager,
    Share,
}

impl Service {
    /// The catalog types to look for, preferred first.
    pub fn catalog_types(self) -> &'static [&'static str] {
        match self {
            Service::Identity => &["identity"],
            Service::KeyManager => &["key-manager"],
            Service::Share => &["sharev2", "shared-file-system", "share"],
        }
    }

    /// The key of endpoint overrides in [`CloudConfig::endpoint_overrides`].
    pub fn override_key(self) -> &'static str {
        match self {
            Service::Identity => "identity",
            Service::KeyManager => "key-manager",
            Service::Share => "sharev2",
        }
    }

    pub fn display_name(self) -> &'static str {
        match self {
            Service::Identity => "Keystone",
            Service::KeyManager => "Barbican",
            Service::Share => "Manila",
        }
    }
}

/// A request body.
#[derive(Debug, Clone)]
pub enum Body {
    None,
    Json(Value),
    /// Secret material sent as it is (`secret update`): never traced.
    Secret {
        content_type: String,
        bytes: Vec<u8>,
    },
}

/// Where a request goes: path segments under the service's versioned
/// endpoint, each percent-encoded on the way out, or an absolute URL that the
/// session only sends to the endpoint's own origin.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// Raw (unencoded) segments: `["shares", id, "metadata", key]`.
    Path(Vec<String>),
    /// An absolute URL the service handed out (a `next` link).
    Url(String),
}

/// Path segments; the only way to build a [`Target::Path`], so that no input
/// is ever formatted into a URL path by hand.
pub struct Path(Vec<String>);

impl<const N: usize> From<[&str; N]> for Path {
    fn from(segments: [&str; N]) -> Self {
        Path(segments.iter().map(|s| s.to_string()).collect())
    }
}

impl From<Vec<String>> for Path {
    fn from(segments: Vec<String>) -> Self {
        Path(segments)
    }
}

/// One API call, described as a value; the session sends it.
#[derive(Debug, Clone)]
pub struct Request {
    pub service: Service,
    pub method: reqwest::Method,
    pub target: Target,
    pub query: Vec<(String, String)>,
    pub body: Body,
    pub accept: Option<String>,
    pub headers: Vec<(&'static str, String)>,
    /// The response body is secret material (a payload): never traced.
    pub sensitive_response: bool,
}

impl Request {
    pub fn new(service: Service, method: reqwest::Method, path: impl Into<Path>) -> Self {
        Self::to(service, method, Target::Path(path.into().0))
    }
    /// A request to an absolute URL (checked against the endpoint when sent).
    pub fn url(service: Service, method: reqwest::Method, url: impl Into<String>) -> Self {
        Self::to(service, method, Target::Url(url.into()))
    }
    fn to(service: Service, method: reqwest::Method, target: Target) -> Self {
        Request {
            service,
            method,
            target,
            query: Vec::new(),
            body: Body::None,
            accept: None,
            headers: Vec::new(),
            sensitive_response: false,
        }
    }
    pub fn get(service: Service, path: impl Into<Path>) -> Self {
        Self::new(service, reqwest::Method::GET, path)
    }
    pub fn delete(service: Service, path: impl Into<Path>) -> Self {
        Self::new(service, reqwest::Method::DELETE, path)
    }
    pub fn post(service: Service, path: impl Into<Path>, body: Value) -> Self {
        Self::new(service, reqwest::Method::POST, path).json(body)
    }
    pub fn put(service: Service, path: impl Into<Path>, body: Value) -> Self {
        Self::new(service, reqwest::Method::PUT, path).json(body)
    }
    pub fn json(mut self, body: Value) -> Self {
        self.body = Body::Json(body);
        self
    }
    pub fn query(mut self, key: &str, value: impl ToString) -> Self {
        self.query.push((key.to_string(), value.to_string()));
        self
    }
    pub fn query_opt(self, key: &str, value: Option<impl ToString>) -> Self {
        match value {
            Some(v) => self.query(key, v),
            None => self,
        }
    }
    pub fn queries(mut self, pairs: &[(String, String)]) -> Self {
        self.query.extend_from_slice(pairs);
        self
    }
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Whether sending this twice has the effect of sending it once, so that
    /// a lost answer may be retried.
    pub fn is_idempotent(&self) -> bool {
        use reqwest::Method;
        [Method::GET, Method::HEAD, Method::PUT, Method::DELETE].contains(&self.method)
    }

    /// The absolute URL of this request under `endpoint` (the service's
    /// versioned base URL). Every segment is percent-encoded (`/`, `?`, `#`,
    /// `%` included); an empty, `.` or `..` segment is refused, because a URL
    /// parser would drop or resolve it and the request would reach another
    /// resource. An absolute target must have the endpoint's origin: the token
    /// goes nowhere else.
    pub fn url_under(&self, endpoint: &str) -> Result<reqwest::Url> {
        let base = reqwest::Url::parse(endpoint)
            .map_err(|e| Error::config(format!("invalid endpoint URL `{endpoint}`: {e}")))?;
        match &self.target {
            Target::Url(u) => {
                let url = reqwest::Url::parse(u).map_err(|e| {
                    Error::new(
                        Kind::Server,
                        format!(
                            "{} handed out an invalid URL `{u}`: {e}",
                            self.service.display_name()
                        ),
                    )
                })?;
                if url.origin() != base.origin() {
                    return Err(Error::new(
                        Kind::Server,
                        format!(
                            "refusing to send the token to {}: it is not the {} endpoint {}",
                            url.origin().ascii_serialization(),
                            self.service.display_name(),
                            base.origin().ascii_serialization()
                        ),
                    ));
                }
                Ok(url)
            }
            Target::Path(segments) => {
                let mut url = base;
                for s in segments {
                    if s.is_empty() || s == "." || s == ".." {
                        return Err(Error::usage(format!(
                            "`{s}` cannot be used as a name, ID or key here"
                        ))
                        .with_hint("give the resource's name or ID"));
                    }
                }
                if url.cannot_be_a_base() {
                    return Err(Error::config(format!("invalid endpoint URL `{endpoint}`")));
                }
                // Encoded here, not by the URL parser, which drops tabs,
                // CRs and LFs: a name holding one would lose it and
                // reach another resource.
                let mut path = url.path().trim_end_matches('/').to_string();
                for s in segments {
                    path.push('/');
                    path.extend(percent_encoding::utf8_percent_encode(s, SEGMENT));
                }
                url.set_path(&path);
                Ok(url)
            }
        }
    }
}

/// What is percent-encoded in a path segment: controls, and everything
/// the URL syntax gives a meaning to or that is not safe in a path.
pub(super) const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'<')
    .add(b'>')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'|')
    .add(b';');

/// A response with a success status.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: HeaderMap,
    pub bytes: Vec<u8>,
}

impl Response {
    pub fn json(&self) -> Result<Value> {
        serde_json::from_slice(&self.bytes).map_err(|e| {
            let kind = self.header("content-type").unwrap_or("no content type");
            let mut err = Error::new(
                Kind::Server,
                format!(
                    "the service answered {} with a body that is not JSON ({kind}): {e}",
                    self.status
                ),
            );
            if kind.starts_with("text/html") {
                err = err.with_hint("an HTML page usually comes from a proxy or load balancer in front of the service: try again, or ask the cloud's operators");
            }
            err
        })
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}
