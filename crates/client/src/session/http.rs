//! The one place where HTTP happens: request values in, responses or typed
//! errors out, with `--debug` tracing (redacted) and `--timing` records.

use std::net::SocketAddr;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

pub use reqwest::Method;

pub use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::redact;
use crate::config::CloudConfig;
use crate::error::{Error, Kind, Result, kind_for_status};
use serde_json::Value;

mod request;
pub use request::*;

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
mod tests;
