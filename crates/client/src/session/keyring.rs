//! The OS keyring (Secret Service on Linux): long-lived secrets, and optionally
//! the token cache.
//!
//! A keyring that cannot keep a value must not be mistaken for one that has no
//! value: keyring's mock store forgets silently and keyutils reports a denied
//! access as "no entry". So the keyring is trusted only after a real
//! write/read/compare/delete of a random nonce; any error makes it unusable.

use crate::error::{Error, Kind};

/// The keyring service under which cloud secrets are stored.
pub const SECRETS_SERVICE: &str = "sharekeep";
/// The keyring service under which cached tokens are stored.
pub const TOKENS_SERVICE: &str = "sharekeep-token-cache";

/// The prefix of a clouds.yaml value that names a keyring entry:
/// `password: "keyring:"` (entry named after the cloud) or `"keyring:NAME"`.
pub const REFERENCE_PREFIX: &str = "keyring:";

/// Check that the keyring really stores values. `Err` carries the reason.
/// The entry and the nonce are random and this process's own, so that
/// parallel processes probing at once cannot read each other's nonce.
pub fn probe() -> std::result::Result<(), String> {
    let nonce = uuid::Uuid::new_v4().simple().to_string();
    let user = format!("__probe__{}", uuid::Uuid::new_v4().simple());
    let entry = keyring::Entry::new(SECRETS_SERVICE, &user).map_err(|e| e.to_string())?;
    entry.set_password(&nonce).map_err(|e| e.to_string())?;
    // Read back through a new entry: a store that keeps a value only inside
    // the object that set it (keyring's mock) must fail here.
    let read = keyring::Entry::new(SECRETS_SERVICE, &user)
        .map_err(|e| e.to_string())?
        .get_password();
    let _ = entry.delete_credential();
    match read {
        Ok(v) if v == nonce => Ok(()),
        Ok(_) => Err("the keyring returned a different value than was stored".into()),
        Err(e) => Err(e.to_string()),
    }
}

/// The keyring layer's errors; they become the user's [`Error`] (exit 3) at
/// the boundary.
#[derive(Debug, thiserror::Error)]
pub enum KeyringError {
    /// The keyring cannot keep a value here (no Secret Service, locked, denied).
    #[error("the OS keyring is not usable here: {0}")]
    Unusable(String),
    /// A clouds.yaml `keyring:NAME` reference to an entry that does not exist.
    #[error("cloud `{cloud}`: the {what} refers to keyring entry `{name}`, which does not exist")]
    Missing {
        cloud: String,
        what: String,
        name: String,
    },
}

impl From<KeyringError> for Error {
    fn from(e: KeyringError) -> Self {
        let hint = match &e {
            KeyringError::Unusable(_) => "sharekeep uses the Secret Service (D-Bus); start a keyring daemon (e.g. gnome-keyring) in a D-Bus session, or keep the secret in secure.yaml".to_string(),
            KeyringError::Missing { name, .. } => format!("store it with `sharekeep keyring store {name}`"),
        };
        Error::new(Kind::Config, e.to_string())
            .with_hint(hint)
            .caused_by(e)
    }
}

fn unusable(reason: impl ToString) -> KeyringError {
    KeyringError::Unusable(reason.to_string())
}

/// Store a secret under `name` after checking the keyring works.
pub fn store_secret(name: &str, secret: &str) -> std::result::Result<(), KeyringError> {
    probe().map_err(unusable)?;
    let entry = keyring::Entry::new(SECRETS_SERVICE, name).map_err(unusable)?;
    entry.set_password(secret).map_err(unusable)
}

/// Forget the secret stored under `name`. Returns whether there was one.
pub fn forget_secret(name: &str) -> std::result::Result<bool, KeyringError> {
    probe().map_err(unusable)?;
    let entry = keyring::Entry::new(SECRETS_SERVICE, name).map_err(unusable)?;
    match entry.delete_credential() {
        Ok(()) => Ok(true),
        Err(keyring::Error::NoEntry) => Ok(false),
        Err(e) => Err(unusable(e)),
    }
}

/// Resolve a `keyring:` reference from clouds.yaml. `what` names the field
/// for the error message.
pub fn resolve_reference(
    value: &str,
    cloud: &str,
    what: &str,
) -> std::result::Result<Option<String>, KeyringError> {
    let Some(rest) = value.strip_prefix(REFERENCE_PREFIX) else {
        return Ok(None);
    };
    let name = if rest.is_empty() { cloud } else { rest };
    let entry = keyring::Entry::new(SECRETS_SERVICE, name).map_err(unusable)?;
    match entry.get_password() {
        Ok(secret) => Ok(Some(secret)),
        Err(keyring::Error::NoEntry) => {
            // NoEntry may also mean "access denied" (keyutils): tell the two apart.
            probe().map_err(unusable)?;
            Err(KeyringError::Missing {
                cloud: cloud.to_string(),
                what: what.to_string(),
                name: name.to_string(),
            })
        }
        Err(e) => Err(unusable(e)),
    }
}

/// The token cache in the keyring.
#[derive(Debug, Clone, Copy)]
pub struct TokenKeyring;

impl TokenKeyring {
    /// `Some` when the keyring passes the probe; else the reason it does not.
    pub fn open() -> std::result::Result<Self, String> {
        probe().map(|()| TokenKeyring)
    }

    pub fn load(&self, key: &str) -> Option<super::cache::Entry> {
        let entry = keyring::Entry::new(TOKENS_SERVICE, key).ok()?;
        serde_json::from_str(&entry.get_password().ok()?).ok()
    }

    pub fn store(&self, key: &str, value: &super::cache::Entry) -> std::result::Result<(), String> {
        let text = serde_json::to_string(value).map_err(|e| e.to_string())?;
        keyring::Entry::new(TOKENS_SERVICE, key)
            .and_then(|e| e.set_password(&text))
            .map_err(|e| e.to_string())
    }

    pub fn remove(&self, key: &str) {
        if let Ok(e) = keyring::Entry::new(TOKENS_SERVICE, key) {
            let _ = e.delete_credential();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_without_the_prefix_are_not_references() {
        assert_eq!(
            resolve_reference("plain-password", "c", "password").unwrap(),
            None
        );
    }

    /// keyring's mock keeps a value only inside the entry object that set it:
    /// exactly the "forgets silently" store the probe exists to catch. (It
    /// replaces the process-wide default store; no other test of this crate's
    /// library touches the keyring.)
    #[test]
    fn a_store_that_forgets_between_entries_is_unusable() {
        keyring::set_default_credential_builder(keyring::mock::default_credential_builder());
        assert!(probe().is_err(), "the probe trusted a store that forgets");
        let err = store_secret("mycloud", "pw").unwrap_err();
        assert!(matches!(err, KeyringError::Unusable(_)), "{err}");
        let err = resolve_reference("keyring:", "mycloud", "password").unwrap_err();
        assert!(
            matches!(err, KeyringError::Unusable(_)),
            "a forgetful store is not reported as a missing entry: {err}"
        );
        let user: Error = err.into();
        assert_eq!(user.kind, Kind::Config);
        assert!(
            user.message.contains("the OS keyring is not usable here"),
            "{}",
            user.message
        );
        assert!(user.hints[0].contains("Secret Service"), "{:?}", user.hints);
    }
}
