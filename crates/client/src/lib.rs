//! The sharekeep client: the configuration (clouds.yaml, `OS_*`, flags), the
//! session (authentication, the token cache, the catalog, microversions, one
//! HTTP path for every request) and the typed APIs of Keystone, Barbican and
//! Manila. It knows nothing of the command line or of the embedded cloud: a
//! cloud the program provides itself reaches it as a [`session::Builtin`].

pub mod api;
pub mod config;
pub mod session;

pub use sharekeep_base::error;
