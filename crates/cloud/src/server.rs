//! HTTP for the local services: one listener on 127.0.0.1, the three APIs
//! under DevStack's paths (`/identity`, `/key-manager`, `/share`), and each
//! service's own error body.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use serde_json::{Value, json};

use super::{LocalError, State};

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
        })
    }
}

/// One request, decoded.
pub struct Req {
    pub method: Method,
    /// Percent-decoded path segments after the service prefix.
    pub path: Vec<String>,
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

/// How a listener serves: TLS or plain HTTP, and how long a connection may
/// sit idle or take over a request's head or body.
#[derive(Clone)]
pub struct Listen {
    pub tls: Option<Arc<rustls::ServerConfig>>,
    /// A connection that sends no complete request head for this long (idle
    /// between requests, or slow in sending one), or a TLS handshake or
    /// request body that takes longer, is closed (a body: 408).
    pub idle: std::time::Duration,
}

/// The default [`Listen::idle`].
pub const IDLE: std::time::Duration = std::time::Duration::from_secs(30);

impl Default for Listen {
    fn default() -> Self {
        Listen {
            tls: None,
            idle: IDLE,
        }
    }
}

/// Serve until `shutdown` completes, then let the connections finish the
/// requests they are in (keep-alive connections are closed).
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Arc<App>,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    listen: Listen,
) {
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let acceptor = listen.tls.clone().map(tokio_rustls::TlsAcceptor::from);
    tokio::pin!(shutdown);
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(conn) => conn,
                // Out of file descriptors or the like: wait, do not spin.
                Err(_) => {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let _ = tcp.set_nodelay(true);
        let app = app.clone();
        let idle = listen.idle;
        let watcher = graceful.watcher();
        let acceptor = acceptor.clone();
        tokio::spawn(async move {
            let service =
                hyper::service::service_fn(move |req: hyper::Request<hyper::body::Incoming>| {
                    let app = app.clone();
                    async move {
                        // A handler that panics (a bug) answers 500; the
                        // connection and the server live on.
                        let log = app.log.clone();
                        let answer =
                            tokio::spawn(handle(app, peer, req.map(Body::new), idle)).await;
                        Ok::<_, std::convert::Infallible>(
                            answer.unwrap_or_else(|_| crashed(log.as_ref(), peer)),
                        )
                    }
                });
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(idle)
                .max_buf_size(64 * 1024);
            match acceptor {
                None => {
                    let conn = http.serve_connection(hyper_util::rt::TokioIo::new(tcp), service);
                    let _ = watcher.watch(conn).await;
                }
                Some(acceptor) => {
                    let Ok(Ok(tls)) = tokio::time::timeout(idle, acceptor.accept(tcp)).await else {
                        return;
                    };
                    let conn = http.serve_connection(hyper_util::rt::TokioIo::new(tls), service);
                    let _ = watcher.watch(conn).await;
                }
            }
        });
    }
    drop(listener);
    graceful.shutdown().await;
}

/// The answer for a handler that panicked (a bug), logged as such.
fn crashed(
    log: Option<&tokio::sync::mpsc::UnboundedSender<String>>,
    peer: SocketAddr,
) -> axum::response::Response {
    if let Some(log) = log {
        let _ = log.send(format!(
            "{} {peer} a request handler failed (a bug in sharekeep): answered 500",
            manila_time(jiff::Timestamp::now())
        ));
    }
    let body = ApiError::new(500, "The local cloud failed on this request.").render(Api::Share);
    let mut out = axum::response::Response::new(Body::from(body.body));
    *out.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
    out
}

async fn handle(
    app: Arc<App>,
    peer: SocketAddr,
    request: axum::extract::Request,
    idle: std::time::Duration,
) -> axum::response::Response {
    let started = std::time::Instant::now();
    let (parts, body) = request.into_parts();
    let is_share = parts.uri.path().starts_with("/share");
    // The access line names the path only: a query or a body may carry
    // names and payloads, headers carry tokens.
    let line = app
        .log
        .as_ref()
        .map(|_| format!("{peer} \"{} {}\"", parts.method, parts.uri.path()));
    let resp = match tokio::time::timeout(idle, axum::body::to_bytes(body, MAX_BODY)).await {
        Ok(Ok(bytes)) => dispatch(&app, parts, bytes.to_vec()).await,
        Ok(Err(_)) => ApiError::new(
            413,
            format!("The request body is larger than {MAX_BODY} bytes."),
        )
        .render(Api::Share),
        Err(_) => ApiError::new(
            408,
            format!(
                "The request body did not arrive within {} s.",
                idle.as_secs()
            ),
        )
        .render(Api::Share),
    };
    if let (Some(log), Some(line)) = (&app.log, line) {
        let _ = log.send(format!(
            "{} {line} {} {} {:.1} ms",
            manila_time(jiff::Timestamp::now()),
            resp.status.as_u16(),
            resp.body.len(),
            started.elapsed().as_secs_f64() * 1000.0
        ));
    }
    let mut out = axum::response::Response::new(Body::from(resp.body));
    *out.status_mut() = resp.status;
    // Every OpenStack service names its request; Manila also as Nova did.
    let request_id = format!("req-{}", super::seed::uuid());
    if let Ok(v) = HeaderValue::from_str(&request_id) {
        if is_share {
            out.headers_mut().insert("x-compute-request-id", v.clone());
        }
        out.headers_mut().insert("x-openstack-request-id", v);
    }
    for (name, value) in resp.headers {
        if let Ok(v) = HeaderValue::from_str(&value) {
            out.headers_mut().append(name, v);
        }
    }
    out
}

/// One request straight to the handlers, without a socket (the fuzz
/// target's way in): what a client would get, but the request ID headers.
pub async fn respond(
    app: &Arc<App>,
    method: Method,
    uri: &str,
    headers: HeaderMap,
    body: Vec<u8>,
) -> Resp {
    let Ok(uri) = uri.parse::<axum::http::Uri>() else {
        return ApiError::bad_request("The request URI is not valid.").render(Api::Share);
    };
    let (mut parts, ()) = axum::http::Request::new(()).into_parts();
    parts.method = method;
    parts.uri = uri;
    parts.headers = headers;
    dispatch(app, parts, body).await
}

async fn dispatch(app: &Arc<App>, parts: axum::http::request::Parts, body: Vec<u8>) -> Resp {
    let mut segments: Vec<String> = parts
        .uri
        .path()
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        })
        .collect();
    let query = parts.uri.query().map(url_pairs).unwrap_or_default();
    if segments.is_empty() {
        return Resp::json(300, json!({"versions": []}));
    }
    let service = segments.remove(0);
    let req = Req {
        method: parts.method,
        path: segments,
        query,
        headers: parts.headers,
        body,
    };
    match service.as_str() {
        // Keystone's administration API, then its token API.
        "identity" => match super::identity_admin::handle(&app.state, &req, &req.path()) {
            Some(answer) => answer,
            None => super::identity::handle(app, &req).await,
        }
        .unwrap_or_else(|e| e.render(Api::Identity)),
        "key-manager" => super::keymanager::handle(app, &req)
            .await
            .unwrap_or_else(|e| e.render(Api::KeyManager)),
        "share" => super::share::api::handle(app, &req)
            .await
            .unwrap_or_else(|e| e.render(Api::Share)),
        _ => ApiError::not_found("The resource could not be found.").render(Api::Share),
    }
}

/// `a=1&b=x%20y` → pairs, decoded as forms are (`+` is a space).
fn url_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(&s.replace('+', " "))
                    .decode_utf8_lossy()
                    .into_owned()
            };
            (decode(k), decode(v))
        })
        .collect()
}

/// Manila's time format: `2026-12-01T12:00:00.000000`.
pub fn manila_time(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%S.%6f").to_string()
}

/// Now, in Manila's time format.
pub fn now() -> String {
    manila_time(jiff::Timestamp::now())
}
