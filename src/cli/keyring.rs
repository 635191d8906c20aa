//! `sharekeep keyring …`: long-lived secrets in the OS keyring instead of files.

use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum KeyringCommand {
    /// Store a password or application-credential secret (read from standard input)
    ///
    /// Then refer to it in clouds.yaml as `password: "keyring:"` (the entry named after the
    /// cloud) or `"keyring:NAME"`; the same works for `application_credential_secret`.
    Store(KeyringArgs),
    /// Remove a stored secret
    Forget(KeyringArgs),
}

#[derive(Debug, Args)]
pub struct KeyringArgs {
    /// The entry's name (default: the cloud's name from --os-cloud / OS_CLOUD)
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
}
