//! The one place where HTTP happens: request values in, responses or typed
//! errors out, with `--debug` tracing (redacted) and `--timing` records.

use std::cell::RefCell;
use std::io::Write;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
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
}

/// One API call, described as a value; the session sends it.
#[derive(Debug, Clone)]
pub struct Request {
    pub service: Service,
    pub method: reqwest::Method,
    /// Relative to the service's versioned endpoint (`secrets/<id>`), or absolute.
    pub path: String,
    pub query: Vec<(String, String)>,
    pub body: Body,
    pub accept: Option<String>,
    pub headers: Vec<(&'static str, String)>,
    /// The response body is secret material (a payload): never traced.
    pub sensitive_response: bool,
}

impl Request {
    pub fn new(service: Service, method: reqwest::Method, path: impl Into<String>) -> Self {
        Request {
            service,
            method,
            path: path.into(),
            query: Vec::new(),
            body: Body::None,
            accept: None,
            headers: Vec::new(),
            sensitive_response: false,
        }
    }
    pub fn get(service: Service, path: impl Into<String>) -> Self {
        Self::new(service, reqwest::Method::GET, path)
    }
    pub fn delete(service: Service, path: impl Into<String>) -> Self {
        Self::new(service, reqwest::Method::DELETE, path)
    }
    pub fn post(service: Service, path: impl Into<String>, body: Value) -> Self {
        Self::new(service, reqwest::Method::POST, path).json(body)
    }
    pub fn put(service: Service, path: impl Into<String>, body: Value) -> Self {
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
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
}

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
            Error::new(
                Kind::Server,
                format!(
                    "the service answered {} with a body that is not JSON: {e}",
                    self.status
                ),
            )
        })
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
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
    plain: OnceLock<reqwest::Client>,
    tls: OnceLock<reqwest::Client>,
    verify: bool,
    cacert: Option<std::path::PathBuf>,
    debug: bool,
    pub timings: RefCell<Vec<Timing>>,
}

const USER_AGENT: &str = concat!("sharekeep/", env!("CARGO_PKG_VERSION"));
const TIMEOUT: Duration = Duration::from_secs(60);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

impl Http {
    pub fn new(config: &CloudConfig, debug: bool) -> Self {
        Http {
            plain: OnceLock::new(),
            tls: OnceLock::new(),
            verify: config.verify,
            cacert: config.cacert.clone(),
            debug,
            timings: RefCell::new(Vec::new()),
        }
    }

    fn client(&self, url: &str) -> Result<&reqwest::Client> {
        let base = || {
            reqwest::Client::builder()
                .user_agent(USER_AGENT)
                .timeout(TIMEOUT)
                .connect_timeout(CONNECT_TIMEOUT)
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
            let pem = std::fs::read(path).map_err(|e| {
                Error::config(format!(
                    "cannot read the CA certificate {}: {e}",
                    path.display()
                ))
            })?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
                Error::config(format!(
                    "{} is not a PEM certificate bundle: {e}",
                    path.display()
                ))
            })?;
            builder = builder.tls_certs_only(certs);
        }
        if !self.verify {
            builder = builder.tls_danger_accept_invalid_certs(true);
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
        url: &str,
        req: &Request,
        token: Option<&str>,
    ) -> Result<(u16, HeaderMap, Vec<u8>)> {
        let client = self.client(url)?;
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
        };
        let mut url = reqwest::Url::parse(url)
            .map_err(|e| Error::config(format!("invalid endpoint URL `{url}`: {e}")))?;
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
        self.timings.borrow_mut().push(Timing {
            method: req.method.to_string(),
            url: url.to_string(),
            status: outcome.as_ref().ok().map(|o| o.0),
            elapsed,
        });
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
                let what = if e.is_timeout() {
                    "timed out"
                } else if e.is_connect() {
                    "could not connect"
                } else {
                    "failed"
                };
                Err(Error::new(
                    Kind::Unreachable,
                    format!(
                        "{} at {}://{host}{port} {what}: {}",
                        req.service.display_name(),
                        url.scheme(),
                        root_cause(&e)
                    ),
                )
                .with_hint(format!(
                    "check that the endpoint is right and reachable: {} {}",
                    req.method,
                    strip_query(&url)
                )))
            }
        }
    }

    fn trace_request(&self, method: &reqwest::Method, url: &str, headers: &HeaderMap, body: &Body) {
        let mut out = std::io::stderr().lock();
        let _ = writeln!(out, "REQ: {method} {url}");
        for (k, v) in headers {
            let _ = writeln!(
                out,
                "  {k}: {}",
                redact::header(k.as_str(), v.to_str().unwrap_or("<binary>"))
            );
        }
        if let Body::Json(v) = body {
            let _ = writeln!(out, "  body: {}", redact::json(v));
        }
    }

    fn trace_response(
        &self,
        status: u16,
        elapsed: Duration,
        headers: &HeaderMap,
        bytes: &[u8],
        sensitive: bool,
    ) {
        let mut out = std::io::stderr().lock();
        let _ = writeln!(
            out,
            "RESP: {status} in {:.1} ms",
            elapsed.as_secs_f64() * 1000.0
        );
        for (k, v) in headers {
            let _ = writeln!(
                out,
                "  {k}: {}",
                redact::header(k.as_str(), v.to_str().unwrap_or("<binary>"))
            );
        }
        let shown = redact::body(bytes, sensitive);
        if !shown.is_empty() {
            let _ = writeln!(out, "  body: {shown}");
        }
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
    Error::new(
        kind_for_status(status),
        format!(
            "{} answered {status} to {method} {url}: {message}",
            service.display_name()
        ),
    )
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
        let e = api_error(Service::Share, &reqwest::Method::POST, "u", 502, b"");
        assert_eq!(e.kind, Kind::Server);
        assert!(e.message.ends_with("Bad Gateway"), "{}", e.message);
    }
}
