//! The TLS crypto provider both halves use (ring), installed once per process.

/// Install ring as rustls's process-wide provider; a second call is a no-op.
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
