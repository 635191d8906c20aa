//! The vocabulary every handler of the local services speaks: the app a
//! handler is given, a decoded request, an answer, a refusal rendered as
//! each service renders its errors, and Manila's time format. The listener
//! and the dispatch above the handlers are in `server.rs`.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::http::{HeaderMap, Method, StatusCode};
use serde_json::{Value, json};

use crate::{LocalError, State};

/// Bodies larger than this are refused with 413 (Barbican's own payload
/// limit is 10,000 bytes; Manila's bodies are small).
pub const MAX_BODY: usize = 1 << 20;

/// What every handler gets.
pub struct App {
    pub state: Arc<State>,
    /// The driver's own HTTP client (it fetches keys out of band, as a
    /// storage system would), resolving the state's host name to this listener.
    pub driver_http: reqwest::Client,
    /// Where `driver_http` reaches the services: the state's own host name,
    /// resolved to this listener whatever URL clients are given.
    pub driver_base: String,
    pub addr: SocketAddr,
    /// `local serve`'s access log: one line per request.
    pub log: Option<tokio::sync::mpsc::UnboundedSender<String>>,
    /// When this process last looked for shares whose time in the recycle
    /// bin is up (Unix seconds; see `share::manager`).
    pub recycle_checked: std::sync::atomic::AtomicI64,
}

impl App {
    pub fn new(state: Arc<State>, addr: SocketAddr) -> Arc<App> {
        App::build(state, addr, None, false)
    }

    /// An app that sends one access line per request to `log`, on a
    /// listener that serves HTTPS when `tls`.
    pub fn with_log(
        state: Arc<State>,
        addr: SocketAddr,
        log: tokio::sync::mpsc::UnboundedSender<String>,
        tls: bool,
    ) -> Arc<App> {
        App::build(state, addr, Some(log), tls)
    }

    fn build(
        state: Arc<State>,
        addr: SocketAddr,
        log: Option<tokio::sync::mpsc::UnboundedSender<String>>,
        tls: bool,
    ) -> Arc<App> {
        sharekeep_base::tls::install_crypto_provider();
        // The driver only ever reaches this listener (its host name is
        // resolved to `addr`), whose certificate it need not check.
        let driver_http = reqwest::Client::builder()
            .resolve(&state.host, addr)
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .tls_danger_accept_invalid_certs(tls)
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .unwrap_or_default();
        let scheme = if tls { "https" } else { "http" };
        Arc::new(App {
            driver_base: format!("{scheme}://{}", state.host),
            state,
            driver_http,
            addr,
            log,
            recycle_checked: std::sync::atomic::AtomicI64::new(0),
        })
    }
}

/// One request, decoded.
pub struct Req {
    pub method: Method,
    /// Percent-decoded path segments after the service prefix.
    pub path: Vec<String>,
    /// Whether the path ended in `/` (Manila's routes match none such).
    pub trailing_slash: bool,
    pub query: Vec<(String, String)>,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn query(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    pub fn path(&self) -> Vec<&str> {
        self.path.iter().map(String::as_str).collect()
    }

    /// The body as a JSON object (`400` when it is not one).
    pub fn json(&self) -> Result<Value, ApiError> {
        match serde_json::from_slice::<Value>(&self.body) {
            Ok(v @ Value::Object(_)) => Ok(v),
            Ok(_) => Err(ApiError::bad_request(
                "The request body must be a JSON object.",
            )),
            Err(_) => Err(ApiError::bad_request("Malformed request body.")),
        }
    }
}

/// An answer.
pub struct Resp {
    pub status: StatusCode,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

/// An answer made inside a write transaction keeps what it wrote unless it
/// is a refusal.
impl crate::store::Outcome for Resp {
    fn keeps(&self) -> bool {
        !(self.status.is_client_error() || self.status.is_server_error())
    }
}

impl Resp {
    pub fn json(status: u16, body: Value) -> Resp {
        Resp {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
            headers: vec![("content-type", "application/json".into())],
            body: serde_json::to_vec(&body).unwrap_or_default(),
        }
    }

    pub fn ok(body: Value) -> Resp {
        Resp::json(200, body)
    }

    pub fn empty(status: u16) -> Resp {
        Resp {
            status: StatusCode::from_u16(status).unwrap_or(StatusCode::NO_CONTENT),
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    pub fn bytes(content_type: &str, body: Vec<u8>) -> Resp {
        Resp {
            status: StatusCode::OK,
            headers: vec![("content-type", content_type.to_string())],
            body,
        }
    }

    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Resp {
        self.headers.push((name, value.into()));
        self
    }
}

/// Which service answers: each has its own error body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Api {
    Identity,
    KeyManager,
    Share,
}

/// A refusal, with the status and the message the service would send.
#[derive(Debug)]
pub struct ApiError {
    pub status: u16,
    pub message: String,
    /// `Retry-After` (and Manila's `retryAfter`) for 413.
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(status: u16, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            retry_after: None,
        }
    }
    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(400, message)
    }
    pub fn unauthorized() -> ApiError {
        ApiError::new(401, "The request you have made requires authentication.")
    }
    pub fn forbidden(message: impl Into<String>) -> ApiError {
        ApiError::new(403, message)
    }
    pub fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(404, message)
    }
    pub fn conflict(message: impl Into<String>) -> ApiError {
        ApiError::new(409, message)
    }
    pub fn over_limit(message: impl Into<String>) -> ApiError {
        ApiError {
            retry_after: Some(0),
            ..ApiError::new(413, message)
        }
    }

    /// The body and headers as `api` sends them.
    pub fn render(&self, api: Api) -> Resp {
        let code = self.status;
        let body = match api {
            // keystonemiddleware answers 401 for every service in Keystone's shape.
            Api::Identity => json!({"error": {
                "code": code,
                "title": reason(code),
                "message": self.message,
            }}),
            _ if code == 401 => json!({"error": {
                "code": code,
                "title": reason(code),
                "message": self.message,
            }}),
            Api::KeyManager => json!({
                "code": code,
                "title": reason(code),
                "description": self.message,
            }),
            Api::Share => {
                let key = match code {
                    400 => "badRequest",
                    403 => "forbidden",
                    404 => "itemNotFound",
                    405 => "HTTPMethodNotAllowed",
                    409 => "conflictingRequest",
                    413 => "overLimit",
                    _ => "computeFault",
                };
                let mut inner = json!({"code": code, "message": self.message});
                if let Some(after) = self.retry_after {
                    inner["retryAfter"] = json!(after.to_string());
                }
                json!({ key: inner })
            }
        };
        let mut resp = Resp::json(code, body);
        if let Some(after) = self.retry_after {
            resp = resp.header("retry-after", after.to_string());
        }
        if code == 401 {
            resp = resp.header("www-authenticate", "Keystone uri=\"\"");
        }
        resp
    }
}

/// Internal failures are 500s whose message names what failed (never a secret).
impl From<LocalError> for ApiError {
    fn from(e: LocalError) -> ApiError {
        let busy = matches!(
            &e,
            LocalError::Sqlite(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::DatabaseBusy
        );
        if busy {
            return ApiError {
                retry_after: Some(1),
                ..ApiError::new(503, "The local state is busy; try again.")
            };
        }
        match e.storage() {
            Some(super::Storage::Full) => {
                return ApiError::new(
                    507,
                    "The local cloud's state directory is full: nothing was changed. Free some space and try again.",
                );
            }
            Some(super::Storage::ReadOnly) => {
                return ApiError::new(
                    507,
                    "The local cloud's state directory is read-only: nothing was changed.",
                );
            }
            None => {}
        }
        ApiError::new(500, format!("The local cloud failed: {e}"))
    }
}

fn reason(code: u16) -> &'static str {
    StatusCode::from_u16(code)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Error")
}

/// Manila's time format: `2026-12-01T12:00:00.000000`.
pub fn manila_time(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%S.%6f").to_string()
}

/// Now, in Manila's time format.
pub fn now() -> String {
    manila_time(jiff::Timestamp::now())
}
