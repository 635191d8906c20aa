//! The session: configuration -> authentication -> token cache -> catalog ->
//! endpoint -> HTTP. Every API call of every command goes through [`Session::send`].

pub mod auth;
pub mod cache;
pub mod http;
pub mod keyring;
pub mod microversion;
pub mod redact;

pub use http::{Request, Response, Service};

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
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub debug: bool,
}

pub struct Session {
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
}

impl Session {
    pub fn new(config: CloudConfig, options: Options) -> Self {
        let mut notices = Vec::new();
        let store = match config.token_cache {
            TokenCache::None => Store::None,
            TokenCache::File => FileCache::default_location().map_or(Store::None, Store::File),
            TokenCache::Keyring => match keyring::TokenKeyring::open() {
                Ok(k) => Store::Keyring(k),
                Err(reason) => {
                    notices.push(format!("notice: the OS keyring is not usable ({reason}); caching the token in a file instead"));
                    FileCache::default_location().map_or(Store::None, Store::File)
                }
            },
        };
        let key = cache::key(&config);
        let http = http::Http::new(&config, options.debug);
        Session {
            config,
            http,
            store,
            key,
            entry: None,
            from_cache: false,
            share_version: None,
            notices,
        }
    }

    pub fn config(&self) -> &CloudConfig {
        &self.config
    }

    /// Timings of every request so far (for `--timing`).
    pub fn timings(&self) -> Vec<http::Timing> {
        self.http.timings.borrow().clone()
    }

    /// A valid token: from this session, the cache, or Keystone.
    pub async fn token(&mut self) -> Result<&Token> {
        if self.entry.is_none() {
            self.entry = self.load_cached();
            self.from_cache = self.entry.is_some();
        }
        if self.entry.is_none() {
            self.authenticate().await?;
        }
        self.entry
            .as_ref()
            .map(|e| &e.token)
            .ok_or_else(|| Error::failure("no token after authentication"))
    }

    fn load_cached(&self) -> Option<Entry> {
        let entry = match &self.store {
            Store::File(f) => f.load(&self.key),
            Store::Keyring(k) => k.load(&self.key),
            Store::None => None,
        }?;
        entry.is_fresh(jiff::Timestamp::now()).then_some(entry)
    }

    /// Authenticate with Keystone and cache the result. With the file cache,
    /// this holds the per-credential lock, and first looks whether another
    /// process has just done the same.
    async fn authenticate(&mut self) -> Result<()> {
        let _lock = match &self.store {
            Store::File(f) => match f.lock(&self.key) {
                Ok(lock) => {
                    if let Some(e) = f
                        .load(&self.key)
                        .filter(|e| e.is_fresh(jiff::Timestamp::now()))
                    {
                        self.entry = Some(e);
                        self.from_cache = true;
                        return Ok(());
                    }
                    Some(lock)
                }
                Err(_) => None, // an unwritable cache must not stop the command
            },
            _ => None,
        };
        let token = self.request_token().await?;
        let entry = Entry::new(token);
        self.save(&entry);
        self.entry = Some(entry);
        self.from_cache = false;
        Ok(())
    }

    fn save(&mut self, entry: &Entry) {
        let failed = match &self.store {
            Store::File(f) => f.store(&self.key, entry).err().map(|e| e.to_string()),
            Store::Keyring(k) => k.store(&self.key, entry).err(),
            Store::None => None,
        };
        if let Some(reason) = failed {
            self.notices.push(format!(
                "notice: could not cache the token ({reason}); the next command authenticates again"
            ));
        }
    }

    /// Forget the cached token (after a 401, or `token revoke`).
    pub fn drop_cached(&mut self) {
        match &self.store {
            Store::File(f) => {
                let _ = f.remove(&self.key);
            }
            Store::Keyring(k) => k.remove(&self.key),
            Store::None => {}
        }
        self.entry = None;
    }

    /// The secret for the auth method, resolving a `keyring:` reference.
    fn auth_secret(&self) -> Result<String> {
        let a = &self.config.auth;
        let (value, what) = match self.config.auth_type {
            AuthType::Password => (a.password.as_ref(), "password"),
            AuthType::ApplicationCredential => (
                a.application_credential_secret.as_ref(),
                "application credential secret",
            ),
            AuthType::Token => (a.token.as_ref(), "token"),
        };
        let value = value.ok_or_else(|| {
            Error::config(format!("cloud `{}`: no {what} is set", self.config.name))
        })?;
        Ok(
            keyring::resolve_reference(value.expose(), &self.config.name, what)?
                .unwrap_or_else(|| value.expose().to_string()),
        )
    }

    async fn request_token(&mut self) -> Result<Token> {
        let auth_url = self.config.auth.auth_url.clone().unwrap_or_default();
        let url = format!("{}/auth/tokens", auth::identity_v3_url(&auth_url));
        let body = auth::request_body(&self.config, &self.auth_secret()?);
        let req = Request::post(Service::Identity, url.clone(), body);
        let (status, headers, bytes) = self.http.send(&url, &req, None).await?;
        if status == 401 {
            let detail = http::error_message(&bytes).unwrap_or_default();
            return Err(Error::new(
                Kind::Auth,
                format!(
                    "Keystone at {auth_url} refused {} (401): {detail}",
                    auth::credential_description(&self.config)
                ),
            )
            .with_hint(format!(
                "check the credentials of cloud `{}` (clouds.yaml, secure.yaml, OS_* variables)",
                self.config.name
            )));
        }
        if !(200..300).contains(&status) {
            return Err(http::api_error(
                Service::Identity,
                &req.method,
                &url,
                status,
                &bytes,
            ));
        }
        let subject = headers
            .get("x-subject-token")
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| {
                Error::new(
                    Kind::Server,
                    "Keystone answered without an X-Subject-Token header",
                )
            })?
            .to_string();
        let body: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
            Error::new(
                Kind::Server,
                format!("Keystone's token answer is not JSON: {e}"),
            )
        })?;
        Token::from_response(subject, &body)
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
                let req = Request::get(Service::Share, root.clone());
                let (status, _, bytes) = self.http.send(&root, &req, None).await?;
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
                if let Some(mut entry) = self.entry.take() {
                    entry.discovery.insert(root.clone(), doc.clone());
                    self.save(&entry);
                    self.entry = Some(entry);
                }
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
            let url = if req.path.starts_with("http://") || req.path.starts_with("https://") {
                req.path.clone()
            } else {
                format!(
                    "{}/{}",
                    self.endpoint(req.service).await?,
                    req.path.trim_start_matches('/')
                )
            };
            let token = self.token().await?.id.clone();
            let (status, headers, bytes) = self.http.send(&url, &req, Some(&token)).await?;
            if status == 401 && attempt == 0 && self.from_cache {
                self.drop_cached();
                continue;
            }
            if !(200..300).contains(&status) {
                let mut err = http::api_error(req.service, &req.method, &url, status, &bytes);
                if status == 401 {
                    err = err.with_hint("the service refused a fresh token: check that its Keystone settings match this cloud");
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
