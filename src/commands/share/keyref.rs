//! `--encryption-key-ref`: a secret UUID, a Barbican href, or a secret name,
//! turned into the UUID that Manila expects (Manila refuses an href with
//! "Encryption key ref is not valid UUID.").

use crate::api::keymanager;
use crate::error::Result;
use crate::session::{Session, microversion};

/// Resolve to a secret UUID (see [`keymanager::resolve_secret`]).
pub async fn resolve(session: &mut Session, input: &str) -> Result<String> {
    keymanager::resolve_secret(session, input).await
}

/// A key ref for a list filter: the server must speak 2.90 (below it Manila
/// drops the filter silently), and the key is resolved like a create's.
pub async fn resolve_filter(session: &mut Session, input: &str) -> Result<String> {
    let version = session.share_microversion().await?;
    microversion::require("--encryption-key-ref", microversion::ENCRYPTION, version)?;
    resolve(session, input).await
}
