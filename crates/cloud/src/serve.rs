//! `sharekeep local serve`: the local cloud as a long-lived server that any
//! OpenStack client can use (the `openstack` CLI, openstacksdk, tempest),
//! on the same state directory as `--os-cloud local` in other processes.
//!
//! The manager runs continuously here, so that work queued by a create
//! without `--wait` finishes while nobody is asking.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::{mpsc, watch};

use super::{CLOUDS, LocalError, State, server};

/// How often the manager looks for work queued by other processes.
const MANAGER_TICK: Duration = Duration::from_millis(200);
/// How often `local serve` checks that its state directory is still the one it opened.
pub const STATE_WATCH: Duration = Duration::from_secs(1);
/// How long in-flight requests get to finish after SIGINT/SIGTERM.
pub const GRACE: Duration = Duration::from_secs(10);

/// The URL the services are reached at: `public` if given, else the bound
/// address (`http://127.0.0.1:8780`, `https://[::1]:8780` with TLS).
pub fn base_url(addr: SocketAddr, public: Option<&str>, tls: bool) -> String {
    match public {
        Some(url) => url.trim_end_matches('/').to_string(),
        None if tls => format!("https://{addr}"),
        None => format!("http://{addr}"),
    }
}

/// The TLS set-up for `--tls-cert FILE --tls-key FILE`: the certificate
/// chain (PEM, the server's first) and its private key (PEM: PKCS#8, PKCS#1
/// or SEC1).
pub fn tls_config(cert: &Path, key: &Path) -> Result<Arc<rustls::ServerConfig>, String> {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let chain = CertificateDer::pem_file_iter(cert)
        .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
        .map_err(|e| format!("cannot read the certificate chain {}: {e}", cert.display()))?;
    if chain.is_empty() {
        return Err(format!("{} holds no PEM certificate", cert.display()));
    }
    let key_der = PrivateKeyDer::from_pem_file(key)
        .map_err(|e| format!("cannot read the private key {}: {e}", key.display()))?;
    sharekeep_base::tls::install_crypto_provider();
    let mut config = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(chain, key_der)
        .map_err(|e| {
            format!(
                "the key {} does not go with the certificate {}: {e}",
                key.display(),
                cert.display()
            )
        })?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// The clouds.yaml entries for the served state: one cloud per built-in
/// user (`sharekeep-admin`, `sharekeep-demo`, `sharekeep-alt`,
/// `sharekeep-reader`), with their passwords.
pub fn clouds_yaml(state: &State) -> Result<String, LocalError> {
    let mut clouds = serde_json::Map::new();
    for (cloud, ..) in CLOUDS {
        let Some(c) = state.credentials(cloud) else {
            continue;
        };
        clouds.insert(
            format!("sharekeep-{}", c.username),
            json!({
                "auth": {
                    "auth_url": c.auth_url,
                    "username": c.username,
                    "password": c.password,
                    "project_name": c.project_name,
                    "user_domain_name": c.domain_name,
                    "project_domain_name": c.domain_name,
                },
                "region_name": c.region_name,
                "identity_api_version": 3,
                "interface": "public",
            }),
        );
    }
    let body = serde_saphyr::to_string(&json!({ "clouds": Value::Object(clouds) }))
        .map_err(|_| LocalError::Internal("could not write the clouds.yaml entries"))?;
    Ok(format!(
        "# clouds.yaml for `sharekeep local serve` on {} (state {}).\n\
         # It holds passwords: keep it private (chmod 600).\n{body}",
        state.base_url(),
        state.dir.display()
    ))
}

/// Bind `ip:port` (port 0: any free port).
pub async fn bind(ip: IpAddr, port: u16) -> Result<tokio::net::TcpListener, LocalError> {
    let addr = SocketAddr::new(ip, port);
    tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|source| LocalError::Listen {
            addr: addr.to_string(),
            source,
        })
}

/// A running `local serve`: the listener task and the manager.
pub struct Server {
    pub addr: SocketAddr,
    pub state: Arc<State>,
    stop: watch::Sender<bool>,
    http: tokio::task::JoinHandle<()>,
    manager: tokio::task::JoinHandle<()>,
}

impl Server {
    /// Serve `dir` on `listener`; one access line per request goes to `log`.
    pub fn start(
        listener: tokio::net::TcpListener,
        dir: &Path,
        public: Option<&str>,
        log: mpsc::UnboundedSender<String>,
        listen: server::Listen,
    ) -> Result<Server, LocalError> {
        let addr = listener.local_addr().map_err(|source| LocalError::Io {
            path: PathBuf::from("listener"),
            source,
        })?;
        let base = base_url(addr, public, listen.tls.is_some());
        let state = State::open_at(dir, Some(&base))?;
        let app = crate::http::App::with_log(state.clone(), addr, log, listen.tls.is_some());
        let (stop, stopped) = watch::channel(false);
        let mut on_stop = stopped.clone();
        let http = tokio::spawn(server::serve(
            listener,
            app.clone(),
            async move {
                let _ = on_stop.wait_for(|s| *s).await;
            },
            listen,
        ));
        let manager = tokio::spawn(manager_loop(app, stopped));
        Ok(Server {
            addr,
            state,
            stop,
            http,
            manager,
        })
    }

    /// Stop accepting, let in-flight requests and the manager's current
    /// step finish (each is one transaction), within [`GRACE`]. `false`
    /// when something had to be cut off.
    pub async fn shutdown(self) -> bool {
        let _ = self.stop.send(true);
        let both = async {
            let _ = self.http.await;
            let _ = self.manager.await;
        };
        tokio::time::timeout(GRACE, both).await.is_ok()
    }
}

/// Drain the pending work, then look again every [`MANAGER_TICK`], until
/// told to stop (between steps, never inside one).
async fn manager_loop(app: Arc<crate::http::App>, mut stop: watch::Receiver<bool>) {
    loop {
        super::share::manager::drain(&app).await;
        tokio::select! {
            _ = tokio::time::sleep(MANAGER_TICK) => {}
            _ = stop.wait_for(|s| *s) => break,
        }
    }
}
