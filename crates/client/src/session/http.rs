//! The one place where HTTP happens: request values in, responses or typed
//! errors out, with `--debug` tracing (redacted) and `--timing` records.

use std::net::SocketAddr;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

pub use reqwest::Method;
pub use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde_json::Value;

use super::redact;
use crate::config::CloudConfig;
use crate::error::{Error, Kind, Result, kind_for_status};

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
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
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

/// The HTTP layer's errors. They keep their cause and become the
/// user-facing [`Error`] (kind, message, hints) at the layer boundary.
#[derive(Debug, thiserror::Error)]
pub enum HttpError {
    /// No answer: the connection was refused or reset, timed out, or TLS failed.
    /// A timed-out request may have been carried out; the others are worth
    /// one more try.
    #[error("{service} at {origin} {what}: {cause}")]
    Transport {
        service: &'static str,
        origin: String,
        what: &'static str,
        /// The innermost cause, as the user needs to read it.
        cause: String,
        /// `METHOD URL` without the query, for the hint.
        request: String,
        https: bool,
        timed_out: bool,
        #[source]
        source: reqwest::Error,
    },
    /// The request could not be made here (a header value, the client set-up).
    #[error(transparent)]
    Local(#[from] Error),
}

impl HttpError {
    /// Whether the request may have reached the service: the connection
    /// was made (the request was sent, or being sent) before it failed.
    pub fn may_have_arrived(&self) -> bool {
        matches!(self, HttpError::Transport { what, .. } if *what != "could not connect")
    }

    pub fn timed_out(&self) -> bool {
        matches!(
            self,
            HttpError::Transport {
                timed_out: true,
                ..
            }
        )
    }
}

impl From<HttpError> for Error {
    fn from(e: HttpError) -> Self {
        match e {
            HttpError::Local(e) => e,
            HttpError::Transport {
                ref origin,
                ref request,
                https,
                timed_out,
                ref source,
                ..
            } => {
                let host = origin.split("://").nth(1).unwrap_or(origin).to_string();
                let mut error = Error::new(Kind::Unreachable, e.to_string()).with_hint(format!(
                    "check that the endpoint is right and reachable: {request}"
                ));
                if https && (timed_out || !source.is_connect() || not_tls(source)) {
                    error =
                        error.with_hint(format!("if {host} serves plain HTTP, use an http:// URL"));
                }
                error.caused_by(e)
            }
        }
    }
}

/// A PEM file named in the configuration; the error names it and what it is for.
fn read_pem(path: &std::path::Path, what: &str) -> Result<Vec<u8>> {
    std::fs::read(path)
        .map_err(|e| Error::config(format!("cannot read the {what} {}: {e}", path.display())))
}

/// Whether a failed connection met something that is not TLS at all (a
/// plain-HTTP server answering the handshake with text).
fn not_tls(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cur = Some(e);
    while let Some(err) = cur {
        if let Some(tls) = err.downcast_ref::<rustls::Error>() {
            return matches!(tls, rustls::Error::InvalidMessage(_));
        }
        // rustls' error arrives wrapped in io::Errors, whose source() skips
        // what they wrap: step into the wrapped error instead.
        cur = match err
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => err.source(),
        };
    }
    false
}

/// A service's refusal (a status outside 2xx): its own message, kept as the
/// cause of the user-facing error so that callers can act on the status.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{service} answered {status} to {method} {url}: {message}")]
pub struct ServiceError {
    pub service: &'static str,
    pub status: u16,
    pub method: String,
    pub url: String,
    pub message: String,
}

impl From<ServiceError> for Error {
    fn from(e: ServiceError) -> Self {
        Error::new(kind_for_status(e.status), e.to_string()).caused_by(e)
    }
}

/// One request as `--timing` reports it.
#[derive(Debug, Clone)]
pub struct Timing {
    pub method: String,
    pub url: String,
    pub status: Option<u16>,
    pub elapsed: Duration,
}

/// The HTTP client, built on first use per URL scheme: loading the system's CA
/// roots costs ~4 ms, which a plain-HTTP (loopback) cloud never needs.
pub struct Http {
    /// `--debug` traces go to its standard error.
    ui: sharekeep_base::ui::Ui,
    plain: OnceLock<reqwest::Client>,
    tls: OnceLock<reqwest::Client>,
    verify: bool,
    cacert: Option<std::path::PathBuf>,
    cert: Option<std::path::PathBuf>,
    key: Option<std::path::PathBuf>,
    timeout: Duration,
    debug: bool,
    /// Host names answered without DNS (`name -> 127.0.0.1:port`): how a
    /// cloud inside this process keeps stable URLs on an ephemeral port.
    resolve: Vec<(String, SocketAddr)>,
    /// Never held across an await: the session's futures stay `Send`.
    timings: Mutex<Vec<Timing>>,
}

const USER_AGENT: &str = concat!("sharekeep/", env!("CARGO_PKG_VERSION"));
const TIMEOUT: Duration = Duration::from_secs(60);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

impl Http {
    pub fn new(config: &CloudConfig, debug: bool, ui: sharekeep_base::ui::Ui) -> Self {
        Http {
            ui,
            plain: OnceLock::new(),
            tls: OnceLock::new(),
            verify: config.verify,
            cacert: config.cacert.clone(),
            cert: config.cert.clone(),
            key: config.key.clone(),
            timeout: config.api_timeout.unwrap_or(TIMEOUT),
            debug,
            resolve: Vec::new(),
            timings: Mutex::new(Vec::new()),
        }
    }

    /// Answer `host` with `addr` instead of asking DNS (see [`Http::resolve`]).
    pub fn resolve(mut self, host: impl Into<String>, addr: SocketAddr) -> Self {
        self.resolve.push((host.into(), addr));
        self
    }

    /// Every request so far, for `--timing`.
    pub fn timings(&self) -> Vec<Timing> {
        self.timings.lock().map(|t| t.clone()).unwrap_or_default()
    }

    fn client(&self, url: &str) -> Result<&reqwest::Client> {
        let base = || {
            install_crypto_provider();
            let mut b = reqwest::Client::builder()
                .user_agent(USER_AGENT)
                .timeout(self.timeout)
                .connect_timeout(CONNECT_TIMEOUT.min(self.timeout))
                // A redirect would carry X-Auth-Token to wherever it points.
                .redirect(reqwest::redirect::Policy::none());
            for (host, addr) in &self.resolve {
                b = b.resolve(host, *addr);
            }
            b
        };
        if !url.starts_with("https:") {
            if let Some(c) = self.plain.get() {
                return Ok(c);
            }
            let c = base()
                .tls_certs_only(Vec::new())
                .build()
                .map_err(|e| Error::failure(format!("cannot set up the HTTP client: {e}")))?;
            return Ok(self.plain.get_or_init(|| c));
        }
        if let Some(c) = self.tls.get() {
            return Ok(c);
        }
        let mut builder = base();
        if let Some(path) = &self.cacert {
            let certs = reqwest::Certificate::from_pem_bundle(&read_pem(path, "CA certificate")?)
                .map_err(|e| {
                Error::config(format!(
                    "{} is not a PEM certificate bundle: {e}",
                    path.display()
                ))
            })?;
            // Trusted besides the system's roots, not instead of them.
            builder = builder.tls_certs_merge(certs);
        }
        if let Some(path) = &self.cert {
            let mut pem = read_pem(path, "client certificate")?;
            if let Some(key) = &self.key {
                pem.push(b'\n');
                pem.extend_from_slice(&read_pem(key, "client key")?);
            }
            let identity = reqwest::Identity::from_pem(&pem).map_err(|e| {
                Error::config(format!(
                    "{} is not a PEM client certificate with its private key: {e}",
                    path.display()
                ))
                .with_hint("give the key with --os-key (OS_KEY, `key` in clouds.yaml) when it is in another file")
            })?;
            builder = builder.identity(identity);
        } else if self.key.is_some() {
            return Err(
                Error::config("a client key was given without a client certificate").with_hint(
                    "give the certificate with --os-cert (OS_CERT, `cert` in clouds.yaml)",
                ),
            );
        }
        if !self.verify {
            builder = builder.tls_danger_accept_invalid_certs(true);
            let host = reqwest::Url::parse(url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_string))
                .unwrap_or_default();
            self.ui.err_line(&format!(
                "warning: --insecure: the certificate of {host} and of every HTTPS endpoint of this command is not verified"
            ));
        }
        let c = builder
            .build()
            .map_err(|e| Error::failure(format!("cannot set up the HTTPS client: {e}")))?;
        Ok(self.tls.get_or_init(|| c))
    }

    /// Send to an absolute URL. Returns the response whatever its status;
    /// transport failures become [`Kind::Unreachable`].
    pub async fn send(
        &self,
        mut url: reqwest::Url,
        req: &Request,
        token: Option<&str>,
    ) -> std::result::Result<(u16, HeaderMap, Vec<u8>), HttpError> {
        let client = self.client(url.as_str())?;
        let mut headers = HeaderMap::new();
        let accept = req.accept.as_deref().unwrap_or("application/json");
        headers.insert(
            "accept",
            HeaderValue::from_str(accept)
                .map_err(|_| Error::usage(format!("invalid Accept value `{accept}`")))?,
        );
        if let Some(t) = token {
            let mut v = HeaderValue::from_str(t).map_err(|_| {
                Error::new(
                    Kind::Auth,
                    "the token contains characters not allowed in a header",
                )
            })?;
            v.set_sensitive(true);
            headers.insert("x-auth-token", v);
        }
        for (name, value) in &req.headers {
            let mut v = HeaderValue::from_str(value)
                .map_err(|_| Error::usage(format!("invalid value for header {name}")))?;
            v.set_sensitive(true);
            headers.insert(HeaderName::from_static(name), v);
        }
        let body = match &req.body {
            Body::None => None,
            Body::Json(v) => {
                headers.insert("content-type", HeaderValue::from_static("application/json"));
                Some(
                    serde_json::to_vec(v)
                        .map_err(|e| Error::failure(format!("cannot encode the request: {e}")))?,
                )
            }
            Body::Secret {
                content_type,
                bytes,
            } => {
                headers.insert(
                    "content-type",
                    HeaderValue::from_str(content_type).map_err(|_| {
                        Error::usage(format!("invalid content type `{content_type}`"))
                    })?,
                );
                Some(bytes.clone())
            }
        };
        if !req.query.is_empty() {
            url.query_pairs_mut()
                .extend_pairs(req.query.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        }
        if self.debug {
            self.trace_request(&req.method, url.as_str(), &headers, &req.body);
        }
        let started = Instant::now();
        let mut builder = client
            .request(req.method.clone(), url.clone())
            .headers(headers);
        if let Some(b) = body {
            builder = builder.body(b);
        }
        let outcome = async {
            let resp = builder.send().await?;
            let status = resp.status().as_u16();
            let headers = resp.headers().clone();
            let bytes = resp.bytes().await?.to_vec();
            Ok::<_, reqwest::Error>((status, headers, bytes))
        }
        .await;
        let elapsed = started.elapsed();
        if let Ok(mut t) = self.timings.lock() {
            t.push(Timing {
                method: req.method.to_string(),
                url: url.to_string(),
                status: outcome.as_ref().ok().map(|o| o.0),
                elapsed,
            });
        }
        match outcome {
            Ok((status, headers, bytes)) => {
                if self.debug {
                    self.trace_response(status, elapsed, &headers, &bytes, req.sensitive_response);
                }
                Ok((status, headers, bytes))
            }
            Err(e) => {
                let host = url.host_str().unwrap_or("");
                let port = url
                    .port_or_known_default()
                    .map(|p| format!(":{p}"))
                    .unwrap_or_default();
                let what = if e.is_connect() {
                    "could not connect"
                } else if e.is_timeout() {
                    "timed out"
                } else {
                    "failed"
                };
                Err(HttpError::Transport {
                    service: req.service.display_name(),
                    origin: format!("{}://{host}{port}", url.scheme()),
                    what,
                    cause: root_cause(&e),
                    request: format!("{} {}", req.method, strip_query(&url)),
                    https: url.scheme() == "https",
                    timed_out: e.is_timeout(),
                    source: e,
                })
            }
        }
    }

    fn trace_request(&self, method: &reqwest::Method, url: &str, headers: &HeaderMap, body: &Body) {
        let mut lines = vec![format!("REQ: {method} {url}")];
        for (k, v) in headers {
            lines.push(format!(
                "  {k}: {}",
                redact::header(k.as_str(), v.to_str().unwrap_or("<binary>"))
            ));
        }
        match body {
            Body::Json(v) => lines.push(format!("  body: {}", redact::json(v))),
            Body::Secret { bytes, .. } => {
                lines.push(format!("  body: <{} bytes redacted>", bytes.len()));
            }
            Body::None => {}
        }
        self.ui.err_lines(&lines);
    }

    fn trace_response(
        &self,
        status: u16,
        elapsed: Duration,
        headers: &HeaderMap,
        bytes: &[u8],
        sensitive: bool,
    ) {
        let mut lines = vec![format!(
            "RESP: {status} in {:.1} ms",
            elapsed.as_secs_f64() * 1000.0
        )];
        for (k, v) in headers {
            lines.push(format!(
                "  {k}: {}",
                redact::header(k.as_str(), v.to_str().unwrap_or("<binary>"))
            ));
        }
        let shown = redact::body(bytes, sensitive);
        if !shown.is_empty() {
            lines.push(format!("  body: {shown}"));
        }
        self.ui.err_lines(&lines);
    }
}

fn strip_query(url: &reqwest::Url) -> String {
    let mut u = url.clone();
    u.set_query(None);
    u.to_string()
}

/// The innermost cause ("Connection refused"), without reqwest's wrapping.
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// The error for a non-success answer: the service's own message, a kind from
/// the status, and the request that got it.
pub fn api_error(
    service: Service,
    method: &reqwest::Method,
    url: &str,
    status: u16,
    body: &[u8],
) -> Error {
    let message = error_message(body).unwrap_or_else(|| {
        reqwest::StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("error")
            .to_string()
    });
    ServiceError {
        service: service.display_name(),
        status,
        method: method.to_string(),
        url: url.to_string(),
        message,
    }
    .into()
}

/// Dig the human message out of the error bodies of Keystone
/// (`{"error": {"message"}}`), Barbican (`{"description"}`) and Manila
/// (`{"itemNotFound": {"message"}}`).
pub fn error_message(body: &[u8]) -> Option<String> {
    let v: Value = serde_json::from_slice(body).ok()?;
    let obj = v.as_object()?;
    if let Some(d) = obj
        .get("description")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
    {
        return Some(d.trim().to_string());
    }
    if let Some(m) = obj.get("message").and_then(Value::as_str) {
        return Some(m.trim().to_string());
    }
    obj.values().find_map(|inner| {
        inner
            .get("message")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_string())
    })
}

/// ring: the TLS provider (faster to build than aws-lc, the same speed here),
/// installed where clients are built so that every user of the session
/// (main, completion, a test, an embedded cloud) has it.
pub use sharekeep_base::tls::install_crypto_provider;

/// The HTTP status when a service refused the request (the cause of `e` is
/// a [`ServiceError`]).
pub fn status_of(e: &crate::error::Error) -> Option<u16> {
    e.source
        .as_deref()
        .and_then(|s| s.downcast_ref::<ServiceError>())
        .map(|s| s.status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_from_each_service() {
        assert_eq!(error_message(br#"{"error": {"code": 401, "message": "The request you have made requires authentication.", "title": "Unauthorized"}}"#).as_deref(), Some("The request you have made requires authentication."));
        assert_eq!(
            error_message(
                br#"{"code": 404, "title": "Not Found", "description": "Secret not found."}"#
            )
            .as_deref(),
            Some("Secret not found.")
        );
        assert_eq!(
            error_message(
                br#"{"itemNotFound": {"code": 404, "message": "Share x could not be found."}}"#
            )
            .as_deref(),
            Some("Share x could not be found.")
        );
        assert_eq!(error_message(b"<html>oops</html>"), None);
    }

    #[test]
    fn input_in_a_path_cannot_reach_another_resource() {
        let base = "http://m:8786/v2";
        let url = |segs: Vec<&str>| {
            Request::get(
                Service::Share,
                segs.into_iter().map(str::to_string).collect::<Vec<_>>(),
            )
            .url_under(base)
        };
        for (key, want) in [
            ("../../X", "http://m:8786/v2/shares/S/metadata/..%2F..%2FX"),
            ("a?b=c", "http://m:8786/v2/shares/S/metadata/a%3Fb=c"),
            ("a#frag", "http://m:8786/v2/shares/S/metadata/a%23frag"),
            ("a/b", "http://m:8786/v2/shares/S/metadata/a%2Fb"),
            ("%2e%2e", "http://m:8786/v2/shares/S/metadata/%252e%252e"),
            ("x y", "http://m:8786/v2/shares/S/metadata/x%20y"),
            // The URL parser drops tabs, CRs and LFs (found by the refs fuzz target).
            ("\r", "http://m:8786/v2/shares/S/metadata/%0D"),
            ("a\tb\n", "http://m:8786/v2/shares/S/metadata/a%09b%0A"),
        ] {
            let u = url(vec!["shares", "S", "metadata", key]).unwrap();
            assert_eq!(u.as_str(), want, "key {key:?}");
        }
        for bad in ["..", ".", ""] {
            let e = url(vec!["shares", bad]).unwrap_err();
            assert_eq!(e.kind, Kind::Usage, "segment {bad:?}");
        }
        // A trailing slash on the endpoint adds no empty segment.
        let u = Request::get(Service::Share, ["shares", "S"])
            .url_under("http://m:8786/v2/")
            .unwrap();
        assert_eq!(u.as_str(), "http://m:8786/v2/shares/S");
    }

    #[test]
    fn absolute_urls_must_have_the_endpoints_origin() {
        let ok = Request::url(
            Service::Share,
            reqwest::Method::GET,
            "http://m:8786/v2/shares?marker=1",
        )
        .url_under("http://m:8786/v2");
        assert!(ok.is_ok());
        for other in [
            "http://evil:8786/v2/shares",
            "https://m:8786/v2/shares",
            "http://m:9999/v2/shares",
        ] {
            let e = Request::url(Service::Share, reqwest::Method::GET, other)
                .url_under("http://m:8786/v2")
                .unwrap_err();
            assert!(
                e.message.contains("refusing to send the token"),
                "{other}: {}",
                e.message
            );
        }
    }

    #[test]
    fn only_idempotent_methods_are_retried() {
        use reqwest::Method;
        let r = |m: Method| Request::new(Service::Share, m, ["shares"]);
        assert!(r(Method::GET).is_idempotent());
        assert!(r(Method::PUT).is_idempotent());
        assert!(r(Method::DELETE).is_idempotent());
        assert!(!r(Method::POST).is_idempotent());
        assert!(!r(Method::PATCH).is_idempotent());
    }

    #[test]
    fn api_error_names_service_status_and_request() {
        let e = api_error(
            Service::KeyManager,
            &reqwest::Method::GET,
            "http://b/v1/secrets/x",
            404,
            br#"{"description": "Secret not found."}"#,
        );
        assert_eq!(e.kind, Kind::NotFound);
        assert_eq!(
            e.message,
            "Barbican answered 404 to GET http://b/v1/secrets/x: Secret not found."
        );
        assert_eq!(status_of(&e), Some(404), "the status is kept in the cause");
        assert_eq!(e.causes().len(), 1, "{:?}", e.causes());
        let e = api_error(Service::Share, &reqwest::Method::POST, "u", 502, b"");
        assert_eq!(e.kind, Kind::Server);
        assert!(e.message.ends_with("Bad Gateway"), "{}", e.message);
    }
}
