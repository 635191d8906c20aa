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

use clap_complete::engine::CompletionCandidate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::{keymanager, share};
use crate::config::Overrides;
use crate::session::{self, Options, Session, cache};

/// How long fetched values are reused.
const TTL: Duration = Duration::from_secs(120);
/// How long a cold completion may wait for the cloud.
const DEADLINE: Duration = Duration::from_secs(3);

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

/// What can be completed from the cloud.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    ShareTypes,
    ShareNetworks,
    Shares,
    Keys,
}

/// The candidates of `kind` for the cloud that `overrides` (the environment,
/// as the command line resolves it) names.
pub fn candidates(kind: Kind, overrides: Option<Overrides>) -> Vec<CompletionCandidate> {
    overrides
        .and_then(|o| values(kind, &o))
        .unwrap_or_default()
        .into_iter()
        .map(|(value, help)| CompletionCandidate::new(value).help(Some(help.into())))
        .collect()
}

/// `$XDG_CACHE_HOME/sharekeep/complete/<key>-<kind>.json`: the key is the
/// token cache's (salted: no secret can be guessed from the name); the
/// directory is 0700 and the files 0600, as the token cache.
fn cache_file(session: &Session, kind: Kind) -> Option<PathBuf> {
    Some(
        dirs::cache_dir()?
            .join("sharekeep")
            .join("complete")
            .join(format!("{}-{}.json", session.cache_key(), kind.name())),
    )
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

fn values(kind: Kind, overrides: &Overrides) -> Option<Vec<(String, String)>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    runtime.block_on(async {
        let mut session = session::connect(
            overrides,
            Options {
                builtin: Some(crate::builtin::clouds()),
                ..Options::default()
            },
        )
        .await
        .ok()?;
        let path = cache_file(&session, kind)?;
        if let Some(cached) = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Cached>(&b).ok())
            && now().saturating_sub(cached.fetched) < TTL.as_secs()
        {
            return Some(cached.items);
        }
        let items = tokio::time::timeout(DEADLINE, fetch(&mut session, kind))
            .await
            .ok()?
            .ok()?;
        let cached = Cached {
            fetched: now(),
            items: items.clone(),
        };
        if let Ok(bytes) = serde_json::to_vec(&cached) {
            let _ = cache::write_private(&path, &bytes);
        }
        Some(items)
    })
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
            keys(&keymanager::list_secrets(session, &filter).await?)
        }
    })
}

/// Keys for `--encryption-key-ref`: usable ones first (ACTIVE, and nothing in
/// their metadata rules out an AES key), each UUID described by name, type and
/// creation time so that two keys of one name can be told apart; a name is
/// offered only when it names exactly one secret (else it would be refused as
/// ambiguous).
fn keys(secrets: &[Value]) -> Vec<(String, String)> {
    let text = |s: &Value, k: &str| {
        s.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let usable = |s: &Value| {
        let kind = text(s, "secret_type");
        let algorithm = text(s, "algorithm");
        let bits = s.get("bit_length").and_then(Value::as_u64);
        text(s, "status") == "ACTIVE"
            && !matches!(kind.as_str(), "public" | "private" | "certificate")
            && (algorithm.is_empty() || algorithm.eq_ignore_ascii_case("aes"))
            && bits.is_none_or(|b| [128, 192, 256].contains(&b))
    };
    let mut sorted: Vec<&Value> = secrets.iter().collect();
    sorted.sort_by_key(|s| !usable(s));
    let mut out = Vec::new();
    for s in sorted {
        let uuid = text(s, "secret_ref")
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_string();
        let name = text(s, "name");
        let mut help = format!(
            "{} ({}, created {})",
            if name.is_empty() { "no name" } else { &name },
            text(s, "secret_type"),
            text(s, "created")
        );
        if !usable(s) {
            help.push_str(", not usable as a share key");
        }
        let unique = secrets.iter().filter(|o| text(o, "name") == name).count() == 1;
        if !name.is_empty() && unique {
            out.push((name.clone(), help.clone()));
        }
        out.push((uuid, help));
    }
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn usable_keys_come_first_and_duplicate_names_only_by_uuid() {
        let s = |uuid: &str, name: &str, kind: &str, status: &str| {
            json!({"secret_ref": format!("http://b/v1/secrets/{uuid}"), "name": name,
                   "secret_type": kind, "status": status, "created": "2026-11-27T10:00:00"})
        };
        let got = super::keys(&[
            s("u1", "cert", "certificate", "ACTIVE"),
            s("u2", "dup", "symmetric", "ACTIVE"),
            s("u3", "dup", "opaque", "ACTIVE"),
            s("u4", "solo", "symmetric", "PENDING"),
        ]);
        let values: Vec<&str> = got.iter().map(|(v, _)| v.as_str()).collect();
        assert_eq!(values, ["u2", "u3", "cert", "u1", "solo", "u4"]);
        assert!(
            got[0]
                .1
                .starts_with("dup (symmetric, created 2026-11-27T10:00:00)")
        );
        assert!(
            got[3].1.ends_with("not usable as a share key"),
            "{}",
            got[3].1
        );
    }
}
