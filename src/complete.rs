//! Dynamic shell completion of cloud values: share types, share networks,
//! shares and encryption keys of the current cloud (`OS_CLOUD` and the other
//! `OS_*` variables, or the only cloud in clouds.yaml).
//!
//! Installed with `source <(COMPLETE=bash sharekeep)` (zsh, fish, elvish,
//! powershell likewise). Values come from a short-lived cache so that a TAB
//! answers in a few milliseconds once warm; a cold cache asks the cloud with a
//! short deadline. Any failure (no cloud, unreachable, refused) completes
//! nothing, silently: completion must never print errors into a prompt.

use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use clap::Parser;
use clap_complete::engine::CompletionCandidate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::{keymanager, share};
use crate::config::{CloudConfig, ConfigFiles};
use crate::session::{Options, Session, cache};

/// How long fetched values are reused.
const TTL: Duration = Duration::from_secs(120);
/// How long a cold completion may wait for the cloud.
const DEADLINE: Duration = Duration::from_secs(3);

#[derive(Debug, Clone, Copy)]
enum Kind {
    ShareTypes,
    ShareNetworks,
    Shares,
    Keys,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::ShareTypes => "share-types",
            Kind::ShareNetworks => "share-networks",
            Kind::Shares => "shares",
            Kind::Keys => "keys",
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Cached {
    /// Seconds since the epoch when fetched.
    fetched: u64,
    /// (value, description)
    items: Vec<(String, String)>,
}

pub fn share_types() -> Vec<CompletionCandidate> {
    candidates(Kind::ShareTypes)
}

pub fn share_networks() -> Vec<CompletionCandidate> {
    candidates(Kind::ShareNetworks)
}

pub fn shares() -> Vec<CompletionCandidate> {
    candidates(Kind::Shares)
}

pub fn keys() -> Vec<CompletionCandidate> {
    candidates(Kind::Keys)
}

fn candidates(kind: Kind) -> Vec<CompletionCandidate> {
    values(kind)
        .unwrap_or_default()
        .into_iter()
        .map(|(value, help)| CompletionCandidate::new(value).help(Some(help.into())))
        .collect()
}

/// The cloud as the environment names it (flags typed on the line being
/// completed are not visible to the completer).
fn config() -> Option<CloudConfig> {
    let cli = crate::cli::Cli::try_parse_from(["sharekeep", "token", "issue"]).ok()?;
    let files = ConfigFiles::discover(
        std::env::var_os("OS_CLIENT_CONFIG_FILE").map(Into::into),
        std::env::var_os("OS_CLIENT_SECURE_FILE").map(Into::into),
    )
    .ok()?;
    CloudConfig::resolve(&files, &cli.global.overrides()).ok()
}

fn cache_file(config: &CloudConfig, kind: Kind) -> Option<PathBuf> {
    Some(
        dirs::cache_dir()?
            .join("sharekeep")
            .join("complete")
            .join(format!("{}-{}.json", cache::key(config), kind.name())),
    )
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

fn values(kind: Kind) -> Option<Vec<(String, String)>> {
    let config = config()?;
    let path = cache_file(&config, kind)?;
    if let Some(cached) = std::fs::read(&path)
        .ok()
        .and_then(|b| serde_json::from_slice::<Cached>(&b).ok())
        && now().saturating_sub(cached.fetched) < TTL.as_secs()
    {
        return Some(cached.items);
    }
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    let items = runtime.block_on(async {
        let mut session = Session::new(config, Options::default());
        tokio::time::timeout(DEADLINE, fetch(&mut session, kind))
            .await
            .ok()?
            .ok()
    })?;
    if let Some(dir) = path.parent()
        && std::fs::create_dir_all(dir).is_ok()
    {
        let cached = Cached {
            fetched: now(),
            items: items.clone(),
        };
        if let Ok(bytes) = serde_json::to_vec(&cached) {
            let _ = std::fs::write(&path, bytes);
        }
    }
    Some(items)
}

fn field(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// Names (described by their IDs) and IDs (described by their names).
fn names_and_ids(items: &[Value]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for item in items {
        let (id, name) = (field(item, "id"), field(item, "name"));
        if !name.is_empty() {
            out.push((name.clone(), id.clone()));
        }
        out.push((id, name));
    }
    out
}

async fn fetch(session: &mut Session, kind: Kind) -> crate::error::Result<Vec<(String, String)>> {
    Ok(match kind {
        Kind::ShareTypes => names_and_ids(&share::list(session, share::TYPES, &[]).await?),
        Kind::ShareNetworks => names_and_ids(&share::list(session, share::NETWORKS, &[]).await?),
        Kind::Shares => names_and_ids(&share::list(session, share::SHARES, &[]).await?),
        Kind::Keys => {
            let filter = keymanager::SecretFilter {
                limit: 100,
                ..Default::default()
            };
            let secrets = keymanager::list_secrets(session, &filter).await?;
            let items: Vec<Value> = secrets
                .iter()
                .map(|s| {
                    let uuid = field(s, "secret_ref")
                        .rsplit('/')
                        .next()
                        .unwrap_or_default()
                        .to_string();
                    serde_json::json!({"id": uuid, "name": s.get("name")})
                })
                .collect();
            names_and_ids(&items)
        }
    })
}
