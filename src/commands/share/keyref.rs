//! `--encryption-key-ref`: a secret UUID, a Barbican href, or a secret name,
//! turned into the UUID that Manila expects (Manila refuses an href with
//! "Encryption key ref is not valid UUID.").

use serde_json::Value;

use crate::api::keymanager::{self, SecretFilter};
use crate::error::{Error, Kind, Result};
use crate::session::{Session, microversion};

/// Resolve to a secret UUID. Names are looked up in Barbican (this project's
/// secrets); a name that matches several secrets is an error listing them.
pub async fn resolve(session: &mut Session, input: &str) -> Result<String> {
    if let Ok(uuid) = keymanager::ref_uuid(input, "secrets") {
        return Ok(uuid);
    }
    if input.contains("://") {
        // An href that is not a secret href: ref_uuid's message says why.
        return keymanager::ref_uuid(input, "secrets");
    }
    let filter = SecretFilter {
        limit: 100,
        name: Some(input.to_string()),
        ..Default::default()
    };
    let found = keymanager::list_secrets(session, &filter).await?;
    let hrefs: Vec<&str> = found
        .iter()
        .filter_map(|s| s.get("secret_ref").and_then(Value::as_str))
        .collect();
    match hrefs.as_slice() {
        [one] => keymanager::ref_uuid(one, "secrets"),
        [] => Err(Error::new(Kind::NotFound, format!("no secret named `{input}` in this project"))
            .with_hint("pass the secret's UUID or href, or store the key first: sharekeep secret store --name NAME --file KEYFILE")),
        many => Err(Error::usage(format!("{} secrets are named `{input}`", many.len()))
            .with_hint(format!("pass the UUID of the one you mean: {}", many.join(", ")))),
    }
}

/// A key ref for a list filter: the server must speak 2.90 (below it Manila
/// drops the filter silently), and the key is resolved like a create's.
pub async fn resolve_filter(session: &mut Session, input: &str) -> Result<String> {
    let version = session.share_microversion().await?;
    microversion::require("--encryption-key-ref", microversion::ENCRYPTION, version)?;
    resolve(session, input).await
}
