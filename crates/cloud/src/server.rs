//! HTTP for the local services: one listener on 127.0.0.1, and the dispatch
//! of a request to the three APIs under DevStack's paths (`/identity`,
//! `/key-manager`, `/share`). What handlers speak is in `http.rs`.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use serde_json::json;

use crate::http::App;
use crate::http::{Api, ApiError, MAX_BODY, Req, Resp, manila_time};

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
        trailing_slash: segments.len() > 1 && parts.uri.path().ends_with('/'),
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
