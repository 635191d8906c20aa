//! Secrets at rest: payloads sealed with AES-256-GCM under the state's key
//! encryption key (KEK, a 0600 file); passwords kept as PBKDF2-HMAC-SHA256
//! hashes; tokens and application-credential secrets (random, high entropy)
//! kept as SHA-256 digests. All from `ring`, which rustls already brings.

use std::num::NonZeroU32;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use ring::{hmac, pbkdf2};
use sha2::{Digest, Sha256};

use super::LocalError;

/// A random (version 4) UUID, hyphenated: the IDs of Manila's and
/// Barbican's resources.
pub fn uuid() -> String {
    uuid::Uuid::new_v4().hyphenated().to_string()
}

/// A new Keystone ID (a UUID without hyphens, as Keystone makes them).
pub fn new_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// PBKDF2 rounds for a new password hash (the count is stored with each hash).
const PBKDF2_ROUNDS: u32 = 60_000;

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    // The system RNG does not fail on Linux once booted; if it ever did,
    // an all-zero value must not be used silently.
    SystemRandom::new()
        .fill(&mut out)
        .expect("the system random number generator failed");
    out
}

/// A random token or credential secret: 32 bytes, URL-safe base64.
pub fn random_token() -> String {
    URL_SAFE_NO_PAD.encode(random_bytes::<32>())
}

/// SHA-256 of a random secret, hex: how tokens and credential secrets are kept.
pub fn digest(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

/// A short fingerprint of key material (what the driver keeps, never the key).
pub fn fingerprint(material: &[u8]) -> String {
    format!("sha256:{}", &hex(&Sha256::digest(material))[..16])
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// `pbkdf2-sha256$ROUNDS$SALT$HASH` for a password.
pub fn hash_password(password: &str) -> String {
    let salt = random_bytes::<16>();
    let rounds = NonZeroU32::new(PBKDF2_ROUNDS).unwrap_or(NonZeroU32::MIN);
    let mut out = [0u8; 32];
    pbkdf2::derive(
        pbkdf2::PBKDF2_HMAC_SHA256,
        rounds,
        &salt,
        password.as_bytes(),
        &mut out,
    );
    format!(
        "pbkdf2-sha256${}${}${}",
        rounds,
        STANDARD.encode(salt),
        STANDARD.encode(out)
    )
}

/// Whether `password` matches a stored hash (constant time).
pub fn verify_password(password: &str, stored: &str) -> bool {
    let mut parts = stored.split('$');
    let (Some("pbkdf2-sha256"), Some(rounds), Some(salt), Some(hash), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return false;
    };
    let (Some(rounds), Ok(salt), Ok(hash)) = (
        rounds.parse().ok().and_then(NonZeroU32::new),
        STANDARD.decode(salt),
        STANDARD.decode(hash),
    ) else {
        return false;
    };
    pbkdf2::verify(
        pbkdf2::PBKDF2_HMAC_SHA256,
        rounds,
        &salt,
        password.as_bytes(),
        &hash,
    )
    .is_ok()
}

/// The state's key encryption key.
pub struct Kek {
    aead: LessSafeKey,
    mac: hmac::Key,
}

impl Kek {
    /// Read the KEK file, or make one (32 random bytes, 0600) on first use.
    pub fn load(path: &Path) -> Result<Kek, LocalError> {
        let bytes = super::files::read_or_create(path, || random_bytes::<32>().to_vec())?;
        Kek::from_bytes(path, &bytes)
    }

    /// Read an existing KEK file (making none).
    pub fn read(path: &Path) -> Result<Kek, LocalError> {
        let bytes = std::fs::read(path).map_err(|source| LocalError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Kek::from_bytes(path, &bytes)
    }

    fn from_bytes(path: &Path, bytes: &[u8]) -> Result<Kek, LocalError> {
        if bytes.len() != 32 {
            return Err(LocalError::BadKek(path.to_path_buf()));
        }
        let aead = UnboundKey::new(&AES_256_GCM, bytes)
            .map_err(|_| LocalError::BadKek(path.to_path_buf()))?;
        Ok(Kek {
            aead: LessSafeKey::new(aead),
            mac: hmac::Key::new(hmac::HMAC_SHA256, bytes),
        })
    }

    /// Seal `plain` for the record `id` (bound as associated data, so a sealed
    /// payload cannot be moved to another secret): base64 of nonce ‖ ciphertext ‖ tag.
    pub fn seal(&self, id: &str, plain: &[u8]) -> String {
        let nonce_bytes = random_bytes::<NONCE_LEN>();
        let mut data = plain.to_vec();
        // Sealing fails only for inputs over GCM's limit (64 GiB).
        self.aead
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce_bytes),
                Aad::from(id.as_bytes()),
                &mut data,
            )
            .expect("payload within AES-GCM's limit");
        let mut out = nonce_bytes.to_vec();
        out.extend_from_slice(&data);
        STANDARD.encode(out)
    }

    pub fn open(&self, id: &str, sealed: &str) -> Result<Vec<u8>, LocalError> {
        let bytes = STANDARD
            .decode(sealed)
            .map_err(|_| LocalError::Crypto("a sealed payload is not base64"))?;
        if bytes.len() < NONCE_LEN {
            return Err(LocalError::Crypto("a sealed payload is too short"));
        }
        let (nonce, rest) = bytes.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce)
            .map_err(|_| LocalError::Crypto("a sealed payload has a bad nonce"))?;
        let mut data = rest.to_vec();
        let plain = self
            .aead
            .open_in_place(nonce, Aad::from(id.as_bytes()), &mut data)
            .map_err(|_| {
                LocalError::Crypto("a payload does not open with this state's key encryption key")
            })?;
        Ok(plain.to_vec())
    }

    /// A value that tells this key from another and reveals nothing of it
    /// (a digest of a derived secret), kept in the state it belongs to.
    pub fn check_value(&self) -> String {
        digest(&self.derived("sharekeep-local-kek-check"))
    }

    /// The password of a seeded user: derived from the KEK, so that it is
    /// random per state directory and never written down.
    pub fn seeded_password(&self, user: &str) -> String {
        self.derived(&format!("sharekeep-local-password:{user}"))
    }

    /// A secret derived from the key encryption key and `label`: the same
    /// every time, and never written anywhere (seeded passwords, cephx
    /// access keys).
    pub fn derived(&self, label: &str) -> String {
        let tag = hmac::sign(&self.mac, label.as_bytes());
        URL_SAFE_NO_PAD.encode(&tag.as_ref()[..24])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_hash_verifies_only_its_password() {
        let h = hash_password("correct horse");
        assert!(h.starts_with("pbkdf2-sha256$60000$"));
        assert!(!h.contains("correct horse"));
        assert!(verify_password("correct horse", &h));
        assert!(!verify_password("correct hors", &h));
        assert!(!verify_password("correct horse", "plain"));
    }

    #[test]
    fn a_sealed_payload_opens_only_for_its_record() {
        let dir = tempfile::tempdir().unwrap();
        let kek = Kek::load(&dir.path().join("kek")).unwrap();
        let sealed = kek.seal("secret-1", b"key material");
        assert!(!sealed.contains("key material"));
        assert_eq!(kek.open("secret-1", &sealed).unwrap(), b"key material");
        assert!(kek.open("secret-2", &sealed).is_err());
        let other = Kek::load(&tempfile::tempdir().unwrap().path().join("kek")).unwrap();
        assert!(other.open("secret-1", &sealed).is_err());
    }

    #[test]
    fn the_kek_file_is_private_and_stable() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kek");
        let a = Kek::load(&path).unwrap().seeded_password("demo");
        let b = Kek::load(&path).unwrap().seeded_password("demo");
        assert_eq!(a, b);
        assert_ne!(a, Kek::load(&path).unwrap().seeded_password("alt"));
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
