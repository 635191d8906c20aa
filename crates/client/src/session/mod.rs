//! The session: configuration -> authentication -> token cache -> catalog ->
//! endpoint -> HTTP. Every API call of every command goes through [`Session::send`].

pub mod auth;
pub mod cache;
pub mod http;
pub mod keyring;
pub mod microversion;
pub mod redact;
mod tokens;

pub use http::{Request, Response, Service};

use std::time::{Duration, Instant};

use crate::config::{AuthType, CloudConfig, TokenCache};
use crate::error::{Error, Kind, Result};
use auth::Token;
use cache::{Entry, FileCache};
use microversion::Microversion;

/// Where the token cache lives for this session.
enum Store {
    File(FileCache),
    Keyring(keyring::TokenKeyring),
    None,
}

/// Session-wide switches from the command line.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub debug: bool,
    /// Where `--debug` traces go (and what commands print through).
    pub ui: sharekeep_base::ui::Ui,
    /// Host names to answer without DNS (a cloud inside this process).
    pub resolve: Vec<(String, std::net::SocketAddr)>,
    /// The clouds the program provides itself, if any.
    pub builtin: Option<std::sync::Arc<dyn Builtin>>,
}

/// Clouds the program provides itself rather than clouds.yaml (the embedded
/// local cloud): the command line hands one to [`connect`] in [`Options`].
/// This is the one place where the client meets such a cloud: by name, an
/// entry and an address.
pub trait Builtin: Send + Sync + std::fmt::Debug {
    /// Their names, which clouds.yaml may not use.
    fn names(&self) -> Vec<String>;
    /// Start (or reach) the cloud `name`.
    fn open<'a>(
        &'a self,
        name: &'a str,
    ) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<Opened>> + Send + 'a>>;
}

/// A built-in cloud, ready: its clouds.yaml entry, the host name of its
/// endpoints and the address that name is answered with, and what keeps it
/// served while the session lives.
pub struct Opened {
    pub entry: crate::config::CloudEntry,
    pub resolve: (String, std::net::SocketAddr),
    pub keep: Box<dyn std::any::Any + Send + Sync>,
}

/// How long a command waits for another process that holds the token-cache
/// lock (it is authenticating: that takes well under a second) before it
/// authenticates on its own.
const LOCK_WAIT: Duration = Duration::from_secs(10);
/// How long a keyring (D-Bus) call may take before the keyring counts as unusable.
const KEYRING_WAIT: Duration = Duration::from_secs(5);
/// Retries of an idempotent request after a lost connection, a 502/503/504
/// or a 429/503 with `Retry-After`: three more tries, 0.25 s, 0.5 s, 1 s apart.
const RETRIES: u32 = 3;
const RETRY_FIRST: Duration = Duration::from_millis(250);
/// A `Retry-After` longer than this is not waited for: the error is shown.
const RETRY_AFTER_MAX: Duration = Duration::from_secs(10);

pub struct Session {
    ui: sharekeep_base::ui::Ui,
    config: CloudConfig,
    http: http::Http,
    store: Store,
    key: String,
    entry: Option<Entry>,
    /// Whether the current token came from the cache (a 401 then means "stale").
    from_cache: bool,
    /// The negotiated Manila microversion, once known.
    share_version: Option<Microversion>,
    /// One-line notices for the user (e.g. a keyring fallback); printed by the caller.
    pub notices: Vec<String>,
    /// The built-in cloud this session talks to, served by this process
    /// while the session lives.
    builtin: Option<Box<dyn std::any::Any + Send + Sync>>,
}

/// Open a session for the cloud that the command line and the environment
/// name: the one way commands and completion alike get a session. The
/// configuration files are found here (`OS_CLIENT_CONFIG_FILE`,
/// `OS_CLIENT_SECURE_FILE`, then the standard search path).
pub async fn connect(overrides: &crate::config::Overrides, options: Options) -> Result<Session> {
    let files = crate::config::ConfigFiles::discover(
        std::env::var_os("OS_CLIENT_CONFIG_FILE").map(Into::into),
        std::env::var_os("OS_CLIENT_SECURE_FILE").map(Into::into),
    )?;
    let builtin = options.builtin.clone();
    let files = files.with_builtin(builtin.as_ref().map(|b| b.names()).unwrap_or_default());
    if let (Some(name), Some(builtin)) = (overrides.cloud.as_deref(), builtin.as_ref())
        && files.is_builtin(name)
    {
        return connect_builtin(name, builtin.as_ref(), overrides, options).await;
    }
    let config = CloudConfig::resolve(&files, overrides)?;
    Ok(Session::open(config, options).await)
}

/// A built-in cloud: start it, and point the session at its host name.
async fn connect_builtin(
    name: &str,
    builtin: &dyn Builtin,
    overrides: &crate::config::Overrides,
    mut options: Options,
) -> Result<Session> {
    let opened = builtin.open(name).await?;
    let config = CloudConfig::builtin(name, opened.entry, overrides)?;
    options.resolve.push(opened.resolve);
    let mut session = Session::open(config, options).await;
    session.builtin = Some(opened.keep);
    Ok(session)
}

/// Run a blocking keyring call off the runtime thread, bounded in time.
async fn keyring_call<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> std::result::Result<T, String> {
    match tokio::time::timeout(KEYRING_WAIT, tokio::task::spawn_blocking(f)).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(format!("the keyring call failed: {e}")),
        Err(_) => Err(format!(
            "the keyring did not answer within {} s",
            KEYRING_WAIT.as_secs()
        )),
    }
}

impl Session {
    /// Open a session: nothing is sent yet; a keyring token cache is probed
    /// (off the runtime thread, bounded).
    pub async fn open(config: CloudConfig, options: Options) -> Self {
        let mut notices = Vec::new();
        let store = match config.token_cache {
            TokenCache::None => Store::None,
            TokenCache::File => FileCache::default_location().map_or(Store::None, Store::File),
            TokenCache::Keyring => {
                match keyring_call(keyring::TokenKeyring::open)
                    .await
                    .and_then(|r| r)
                {
                    Ok(k) => Store::Keyring(k),
                    Err(reason) => {
                        notices.push(format!("notice: the OS keyring is not usable ({reason}); caching the token in a file instead"));
                        FileCache::default_location().map_or(Store::None, Store::File)
                    }
                }
            }
        };
        let salt = match store {
            Store::None => None,
            _ => cache::salt(),
        };
        let key = cache::key(&config, salt.as_deref());
        let mut http = http::Http::new(&config, options.debug, options.ui.clone());
        for (host, addr) in options.resolve {
            http = http.resolve(host, addr);
        }
        Session {
            ui: options.ui,
            config,
            http,
            store,
            key,
            entry: None,
            from_cache: false,
            share_version: None,
            notices,
            builtin: None,
        }
    }

    /// The streams commands print through.
    pub fn ui(&self) -> sharekeep_base::ui::Ui {
        self.ui.clone()
    }

    pub fn config(&self) -> &CloudConfig {
        &self.config
    }

    /// The key of this session's credentials and scope in the caches.
    pub fn cache_key(&self) -> &str {
        &self.key
    }

    /// Timings of every request so far (for `--timing`).
    pub fn timings(&self) -> Vec<http::Timing> {
        self.http.timings()
    }

    /// The versioned base URL of a service (Barbican's `/v1` is added here).
    pub async fn endpoint(&mut self, service: Service) -> Result<String> {
        let base = match self.config.endpoint_overrides.get(service.override_key()) {
            Some(url) => url.clone(),
            None if service == Service::Identity => {
                auth::identity_v3_url(self.config.auth.auth_url.as_deref().unwrap_or_default())
            }
            None => {
                let interface = self.config.interface.clone();
                let region = self.config.region_name.clone();
                let token = self.token().await?;
                catalog_url(&token.catalog, service, &interface, region.as_deref())?
            }
        };
        let base = base.trim_end_matches('/').to_string();
        Ok(match service {
            Service::KeyManager if !base.ends_with("/v1") => format!("{base}/v1"),
            _ => base,
        })
    }

    /// The Manila microversion for this session: pinned, or negotiated from the
    /// server's version document, which is cached with the token so that it is
    /// fetched once per token, not once per command.
    pub async fn share_microversion(&mut self) -> Result<Microversion> {
        if let Some(v) = self.share_version {
            return Ok(v);
        }
        let root = api_root(&self.endpoint(Service::Share).await?);
        self.token().await?;
        let cached = self
            .entry
            .as_ref()
            .and_then(|e| e.discovery.get(&root))
            .cloned();
        let doc = match cached {
            Some(doc) => doc,
            None => {
                let req = Request::url(Service::Share, reqwest::Method::GET, root.clone());
                let resp = self.exchange(&req, &root, None).await?;
                let (status, bytes) = (resp.0, resp.2);
                if !(200..300).contains(&status) && status != 300 {
                    return Err(http::api_error(
                        Service::Share,
                        &req.method,
                        &root,
                        status,
                        &bytes,
                    ));
                }
                let doc: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
                    Error::new(
                        Kind::Server,
                        format!("Manila's version document at {root} is not JSON: {e}"),
                    )
                })?;
                self.save_discovery(root.clone(), doc.clone()).await;
                doc
            }
        };
        let range = microversion::server_range(&doc).ok_or_else(|| {
            Error::new(Kind::Server, format!("Manila's version document at {root} names no current version with a microversion range"))
        })?;
        let v = microversion::choose(self.config.share_api_version.as_deref(), range)?;
        self.share_version = Some(v);
        Ok(v)
    }

    /// One request with the session's retry policy: an idempotent request is
    /// tried again (bounded backoff) after a connection that failed before
    /// any answer, a 502/503/504, or a 429/503 whose `Retry-After` is short;
    /// a POST never is, since the first one may have been carried out.
    async fn exchange(
        &mut self,
        req: &Request,
        endpoint: &str,
        token: Option<&str>,
    ) -> Result<(u16, reqwest::header::HeaderMap, Vec<u8>)> {
        let url = req.url_under(endpoint)?;
        let mut delay = RETRY_FIRST;
        let mut attempt = 0;
        loop {
            let outcome = self.http.send(url.clone(), req, token).await;
            let retry_in = match &outcome {
                _ if !req.is_idempotent() || attempt >= RETRIES => None,
                Err(t) if !t.timed_out() => Some(delay),
                Err(_) => None,
                Ok((status, headers, _)) => retry_delay(*status, headers, delay),
            };
            match retry_in {
                Some(wait) => {
                    attempt += 1;
                    delay *= 2;
                    tokio::time::sleep(wait).await;
                }
                None if req.is_idempotent() => return outcome.map_err(Error::from),
                None => return outcome.map_err(|e| lost_answer(req, e)),
            }
        }
    }

    /// Send a request; on success the response, else the service's error.
    /// A 401 with a cached token drops it, authenticates once more and retries.
    pub async fn send(&mut self, mut req: Request) -> Result<Response> {
        if req.service == Service::Share
            && !req.headers.iter().any(|(h, _)| *h == microversion::HEADER)
        {
            let v = self.share_microversion().await?;
            req.headers.push((microversion::HEADER, v.to_string()));
        }
        for attempt in 0..2 {
            let endpoint = self.endpoint(req.service).await?;
            let token = self.token().await?.id.clone();
            let (status, headers, bytes) = self.exchange(&req, &endpoint, Some(&token)).await?;
            if status == 401 && attempt == 0 && self.from_cache {
                self.drop_cached().await;
                continue;
            }
            if !(200..300).contains(&status) {
                let url = req.url_under(&endpoint)?;
                let mut err =
                    http::api_error(req.service, &req.method, url.as_str(), status, &bytes);
                if status == 401 {
                    err = err.with_hint("the service refused a fresh token: check that its Keystone settings match this cloud");
                }
                // A gateway's 502/504: the service behind it may have
                // carried the request out.
                if !req.is_idempotent() && matches!(status, 502 | 504) {
                    err = err.with_hint(lost_answer_hint(&req));
                }
                return Err(err);
            }
            return Ok(Response {
                status,
                headers,
                bytes,
            });
        }
        Err(Error::failure("unreachable: retry loop ended"))
    }
}

/// The session's futures are `Send`, so that a cloud served inside the same
/// process (on another task or thread) can be reached through it: this does
/// not compile otherwise.
const _: fn() = || {
    fn send<T: Send>(_: T) {}
    fn futures(s: &'static mut Session, r: Request) {
        send(s.send(r));
    }
    let _ = futures;
    send(connect(
        &crate::config::Overrides::default(),
        Options::default(),
    ));
};

/// A request that is not sent twice lost its answer after it may have
/// reached the service: say so, and how to find out what it did.
fn lost_answer(req: &Request, e: http::HttpError) -> Error {
    let reached = e.may_have_arrived();
    let err = Error::from(e);
    if reached {
        err.with_hint(lost_answer_hint(req))
    } else {
        err
    }
}

/// Where to look for what a request whose answer was lost may have made.
fn lost_answer_hint(req: &Request) -> String {
    let first = match &req.target {
        http::Target::Path(segments) => segments.first().map(String::as_str),
        http::Target::Url(_) => None,
    };
    let look = match (req.service, first) {
        (Service::KeyManager, Some("secrets")) => "sharekeep secret list",
        (Service::KeyManager, Some("orders")) => "sharekeep secret order list",
        (Service::KeyManager, Some("containers")) => "sharekeep secret container list",
        (Service::Share, Some("share-networks")) => "sharekeep share network list",
        (Service::Share, Some("snapshots")) => "sharekeep share snapshot list",
        (Service::Share, Some("types")) => "sharekeep share type list",
        (Service::Share, _) => "sharekeep share list",
        _ => "the matching `list` command",
    };
    format!(
        "the {} may have been carried out before the answer was lost, and it is not sent twice: look with `{look}` before trying again",
        req.method
    )
}

/// How long to wait before retrying an answer with `status`, if at all.
fn retry_delay(
    status: u16,
    headers: &reqwest::header::HeaderMap,
    backoff: Duration,
) -> Option<Duration> {
    let retry_after = headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs);
    match (status, retry_after) {
        // Manila's rate limit answers 413 with `Retry-After`.
        (413 | 429 | 503, Some(after)) if after <= RETRY_AFTER_MAX => Some(after.max(backoff)),
        (413 | 429 | 503, Some(_)) => None,
        (502..=504, None) => Some(backoff),
        _ => None,
    }
}

/// The API root that serves Manila's version document: the endpoint without
/// its `/v2[/<project>]` part (`http://h:8786/v2/abc` -> `http://h:8786/`).
fn api_root(endpoint: &str) -> String {
    let cut = endpoint
        .find("/v2/")
        .or_else(|| endpoint.strip_suffix("/v2").map(|s| s.len()));
    let root = match cut {
        Some(i) => &endpoint[..i],
        None => endpoint,
    };
    format!("{}/", root.trim_end_matches('/'))
}

/// Pick an endpoint from the catalog: first matching service type, then
/// interface, then region (when one is set).
pub fn catalog_url(
    catalog: &[auth::CatalogEntry],
    service: Service,
    interface: &str,
    region: Option<&str>,
) -> Result<String> {
    for service_type in service.catalog_types() {
        for entry in catalog.iter().filter(|e| e.service_type == *service_type) {
            let found = entry.endpoints.iter().find(|ep| {
                ep.interface == interface
                    && region.is_none_or(|r| {
                        ep.region_id.as_deref() == Some(r) || ep.region.as_deref() == Some(r)
                    })
            });
            if let Some(ep) = found {
                return Ok(ep.url.clone());
            }
        }
    }
    let types = service.catalog_types().join(" or ");
    let available: Vec<&str> = catalog.iter().map(|e| e.service_type.as_str()).collect();
    Err(Error::config(format!(
        "the service catalog has no {interface} endpoint of type {types}{}",
        region.map(|r| format!(" in region {r}")).unwrap_or_default()
    ))
    .with_hint(format!(
        "the catalog lists: {}; check --os-interface and --os-region-name, or set an endpoint override",
        if available.is_empty() { "nothing".to_string() } else { available.join(", ") }
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use auth::{CatalogEntry, Endpoint};

    fn ep(interface: &str, region: &str, url: &str) -> Endpoint {
        Endpoint {
            interface: interface.into(),
            region_id: Some(region.into()),
            region: Some(region.into()),
            url: url.into(),
        }
    }

    #[test]
    fn api_root_strips_the_version_and_project() {
        assert_eq!(api_root("http://h:8786/v2"), "http://h:8786/");
        assert_eq!(api_root("http://h:8786/v2/abc123"), "http://h:8786/");
        assert_eq!(api_root("https://cloud/share/v2"), "https://cloud/share/");
    }

    #[test]
    fn catalog_lookup_by_type_interface_and_region() {
        let catalog = vec![
            CatalogEntry {
                service_type: "key-manager".into(),
                name: None,
                endpoints: vec![
                    ep("internal", "R1", "http://int"),
                    ep("public", "R1", "http://pub1"),
                    ep("public", "R2", "http://pub2"),
                ],
            },
            CatalogEntry {
                service_type: "shared-file-system".into(),
                name: None,
                endpoints: vec![ep("public", "R1", "http://sfs")],
            },
        ];
        assert_eq!(
            catalog_url(&catalog, Service::KeyManager, "public", None).unwrap(),
            "http://pub1"
        );
        assert_eq!(
            catalog_url(&catalog, Service::KeyManager, "public", Some("R2")).unwrap(),
            "http://pub2"
        );
        assert_eq!(
            catalog_url(&catalog, Service::KeyManager, "internal", None).unwrap(),
            "http://int"
        );
        assert_eq!(
            catalog_url(&catalog, Service::Share, "public", None).unwrap(),
            "http://sfs"
        );
        let err = catalog_url(&catalog, Service::KeyManager, "admin", None).unwrap_err();
        assert!(
            err.message
                .contains("no admin endpoint of type key-manager"),
            "{}",
            err.message
        );
        assert!(
            err.hints[0].contains("key-manager, shared-file-system"),
            "{:?}",
            err.hints
        );
    }
}
