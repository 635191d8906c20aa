//! The command line, all of it: global options, then one module per command group.
//! Only parsing and validation live here; the work is done in `crate::commands`.

pub mod acl;
pub mod args;
pub mod complete;
pub mod keyring;
pub mod local;
pub mod secret;
pub mod share;
pub mod token;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::config::{Auth, Overrides, Secret, TokenCache};

const AFTER_HELP: &str = "\
Configuration comes from --os-* options, then OS_* environment variables, then the cloud's
entry in clouds.yaml (searched in ., ~/.config/openstack, /etc/openstack, or OS_CLIENT_CONFIG_FILE)
with secure.yaml merged over it, as with the `openstack` client.

Exit codes: 0 success, 1 unexpected failure, 2 invalid command line, 3 configuration error,
4 authentication failed, 5 not allowed (403), 6 not found (404), 7 request rejected (other 4xx),
8 endpoint unreachable, 9 service failure (5xx), 10 wait timed out, 11 resource in error state.";

/// A fast OpenStack client for shared file systems with bring-your-own-key encryption.
#[derive(Debug, Parser)]
#[command(name = "sharekeep", version, about, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manila shares, encrypted with your own key, and what they need
    #[command(subcommand)]
    Share(Box<share::ShareCommand>),
    /// Barbican secrets: store, list, get, delete, and orders
    #[command(subcommand)]
    Secret(secret::SecretCommand),
    /// Barbican access control lists on secrets
    #[command(subcommand)]
    Acl(acl::AclCommand),
    /// Keystone tokens
    #[command(subcommand)]
    Token(token::TokenCommand),
    /// Keep a cloud's password or application-credential secret in the OS keyring
    #[command(subcommand)]
    Keyring(keyring::KeyringCommand),
    /// The embedded local cloud (`--os-cloud local`): its state, back ends and reset
    #[command(subcommand)]
    Local(local::LocalCommand),
    /// Print a shell completion script
    Completion(CompletionArgs),
}

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Options shared by every command (osc-lib's global options).
#[derive(Debug, Args, Default)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Cloud name in clouds.yaml
    #[arg(
        long = "os-cloud",
        env = "OS_CLOUD",
        global = true,
        value_name = "CLOUD"
    )]
    pub os_cloud: Option<String>,
    /// Authentication type: password, v3applicationcredential, v3token
    #[arg(
        long = "os-auth-type",
        env = "OS_AUTH_TYPE",
        global = true,
        value_name = "AUTH_TYPE"
    )]
    pub os_auth_type: Option<String>,
    /// Keystone URL
    #[arg(
        long = "os-auth-url",
        env = "OS_AUTH_URL",
        global = true,
        value_name = "AUTH_URL"
    )]
    pub os_auth_url: Option<String>,
    /// User name
    #[arg(
        long = "os-username",
        env = "OS_USERNAME",
        global = true,
        value_name = "USERNAME"
    )]
    pub os_username: Option<String>,
    /// User ID
    #[arg(
        long = "os-user-id",
        env = "OS_USER_ID",
        global = true,
        value_name = "USER_ID"
    )]
    pub os_user_id: Option<String>,
    /// User's password
    #[arg(
        long = "os-password",
        env = "OS_PASSWORD",
        global = true,
        value_name = "PASSWORD",
        hide_env_values = true
    )]
    pub os_password: Option<String>,
    /// Project name to scope to
    #[arg(
        long = "os-project-name",
        env = "OS_PROJECT_NAME",
        global = true,
        value_name = "PROJECT_NAME"
    )]
    pub os_project_name: Option<String>,
    /// Project ID to scope to
    #[arg(
        long = "os-project-id",
        env = "OS_PROJECT_ID",
        global = true,
        value_name = "PROJECT_ID"
    )]
    pub os_project_id: Option<String>,
    /// Domain name of the user
    #[arg(
        long = "os-user-domain-name",
        env = "OS_USER_DOMAIN_NAME",
        global = true,
        value_name = "NAME"
    )]
    pub os_user_domain_name: Option<String>,
    /// Domain ID of the user
    #[arg(
        long = "os-user-domain-id",
        env = "OS_USER_DOMAIN_ID",
        global = true,
        value_name = "ID"
    )]
    pub os_user_domain_id: Option<String>,
    /// Domain name of the project
    #[arg(
        long = "os-project-domain-name",
        env = "OS_PROJECT_DOMAIN_NAME",
        global = true,
        value_name = "NAME"
    )]
    pub os_project_domain_name: Option<String>,
    /// Domain ID of the project
    #[arg(
        long = "os-project-domain-id",
        env = "OS_PROJECT_DOMAIN_ID",
        global = true,
        value_name = "ID"
    )]
    pub os_project_domain_id: Option<String>,
    /// Domain name to scope to (when no project is given)
    #[arg(
        long = "os-domain-name",
        env = "OS_DOMAIN_NAME",
        global = true,
        value_name = "NAME"
    )]
    pub os_domain_name: Option<String>,
    /// Domain ID to scope to (when no project is given)
    #[arg(
        long = "os-domain-id",
        env = "OS_DOMAIN_ID",
        global = true,
        value_name = "ID"
    )]
    pub os_domain_id: Option<String>,
    /// Domain ID used for the user and project when theirs are not given
    #[arg(
        long = "os-default-domain",
        env = "OS_DEFAULT_DOMAIN",
        global = true,
        value_name = "ID"
    )]
    pub os_default_domain: Option<String>,
    /// Application credential ID
    #[arg(
        long = "os-application-credential-id",
        env = "OS_APPLICATION_CREDENTIAL_ID",
        global = true,
        value_name = "ID"
    )]
    pub os_application_credential_id: Option<String>,
    /// Application credential name (with the user's name or ID)
    #[arg(
        long = "os-application-credential-name",
        env = "OS_APPLICATION_CREDENTIAL_NAME",
        global = true,
        value_name = "NAME"
    )]
    pub os_application_credential_name: Option<String>,
    /// Application credential secret
    #[arg(
        long = "os-application-credential-secret",
        env = "OS_APPLICATION_CREDENTIAL_SECRET",
        global = true,
        value_name = "SECRET",
        hide_env_values = true
    )]
    pub os_application_credential_secret: Option<String>,
    /// An existing token to authenticate with (re-scoped as configured)
    #[arg(
        long = "os-token",
        env = "OS_TOKEN",
        global = true,
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub os_token: Option<String>,
    /// Region of the endpoints to use
    #[arg(
        long = "os-region-name",
        env = "OS_REGION_NAME",
        global = true,
        value_name = "REGION"
    )]
    pub os_region_name: Option<String>,
    /// Endpoint interface: public, internal or admin
    #[arg(
        long = "os-interface",
        env = "OS_INTERFACE",
        global = true,
        value_name = "INTERFACE"
    )]
    pub os_interface: Option<String>,
    /// CA certificate bundle (PEM) to verify HTTPS endpoints with
    #[arg(
        long = "os-cacert",
        env = "OS_CACERT",
        global = true,
        value_name = "FILE"
    )]
    pub os_cacert: Option<PathBuf>,
    /// Client certificate (PEM) to present to HTTPS endpoints
    #[arg(long = "os-cert", env = "OS_CERT", global = true, value_name = "FILE")]
    pub os_cert: Option<PathBuf>,
    /// Private key (PEM) of --os-cert, when not in the same file
    #[arg(long = "os-key", env = "OS_KEY", global = true, value_name = "FILE")]
    pub os_key: Option<PathBuf>,
    /// Seconds one HTTP request may take before it is given up (default 60)
    #[arg(
        long = "os-api-timeout",
        env = "OS_API_TIMEOUT",
        global = true,
        value_name = "SECONDS"
    )]
    pub os_api_timeout: Option<f64>,
    /// Do not verify HTTPS certificates (insecure)
    #[arg(long, global = true, env = "OS_INSECURE", value_parser = clap::builder::BoolishValueParser::new(), num_args = 0, default_missing_value = "true")]
    pub insecure: bool,
    /// Verify HTTPS certificates (the default)
    #[arg(long, global = true, conflicts_with = "insecure")]
    pub verify: bool,
    /// Shared file systems API microversion to use (e.g. 2.90)
    #[arg(
        long = "os-share-api-version",
        env = "OS_SHARE_API_VERSION",
        global = true,
        value_name = "VERSION"
    )]
    pub os_share_api_version: Option<String>,
    /// Key manager API version (only 1 exists)
    #[arg(
        long = "os-key-manager-api-version",
        env = "OS_KEY_MANAGER_API_VERSION",
        global = true,
        value_name = "VERSION"
    )]
    pub os_key_manager_api_version: Option<String>,
    /// Use this key manager (Barbican) URL instead of the catalog's
    #[arg(
        long = "os-key-manager-endpoint-override",
        env = "OS_KEY_MANAGER_ENDPOINT_OVERRIDE",
        global = true,
        value_name = "URL"
    )]
    pub os_key_manager_endpoint_override: Option<String>,
    /// Use this shared file systems (Manila) URL instead of the catalog's
    #[arg(
        long = "os-endpoint-override",
        env = "OS_SHARED_FILE_SYSTEM_ENDPOINT_OVERRIDE",
        global = true,
        value_name = "URL"
    )]
    pub os_share_endpoint_override: Option<String>,
    /// Where to cache tokens between commands
    #[arg(
        long = "token-cache",
        env = "SHAREKEEP_TOKEN_CACHE",
        global = true,
        value_enum,
        value_name = "STORE"
    )]
    pub token_cache: Option<TokenCache>,
    /// Show every HTTP request and response on stderr (secrets redacted)
    #[arg(long, global = true)]
    pub debug: bool,
    /// Print the time each HTTP request took, on stderr
    #[arg(long, global = true)]
    pub timing: bool,
    /// Print less (notices are suppressed)
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,
    /// Print more (accepted for compatibility)
    #[arg(short = 'v', long = "verbose", global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

impl GlobalArgs {
    /// What the user typed (flags or `OS_*`), for [`crate::config::CloudConfig::resolve`].
    pub fn overrides(&self) -> Overrides {
        let secret = |s: &Option<String>| s.as_ref().map(Secret::new);
        let mut endpoint_overrides = std::collections::BTreeMap::new();
        if let Some(url) = &self.os_key_manager_endpoint_override {
            endpoint_overrides.insert("key-manager".to_string(), url.clone());
        }
        if let Some(url) = &self.os_share_endpoint_override {
            endpoint_overrides.insert("sharev2".to_string(), url.clone());
        }
        Overrides {
            cloud: self.os_cloud.clone(),
            auth_type: self.os_auth_type.clone(),
            auth: Auth {
                auth_url: self.os_auth_url.clone(),
                username: self.os_username.clone(),
                user_id: self.os_user_id.clone(),
                password: secret(&self.os_password),
                project_name: self.os_project_name.clone(),
                project_id: self.os_project_id.clone(),
                tenant_name_compat: None,
                user_domain_name: self.os_user_domain_name.clone(),
                user_domain_id: self.os_user_domain_id.clone(),
                project_domain_name: self.os_project_domain_name.clone(),
                project_domain_id: self.os_project_domain_id.clone(),
                domain_name: self.os_domain_name.clone(),
                domain_id: self.os_domain_id.clone(),
                default_domain: self.os_default_domain.clone(),
                application_credential_id: self.os_application_credential_id.clone(),
                application_credential_name: self.os_application_credential_name.clone(),
                application_credential_secret: secret(&self.os_application_credential_secret),
                token: secret(&self.os_token),
            },
            region_name: self.os_region_name.clone(),
            interface: self.os_interface.clone(),
            cacert: self.os_cacert.clone(),
            cert: self.os_cert.clone(),
            key: self.os_key.clone(),
            api_timeout: self.os_api_timeout,
            insecure: self.insecure,
            verify: self.verify,
            share_api_version: self.os_share_api_version.clone(),
            endpoint_overrides,
            token_cache: self.token_cache,
        }
    }
}

/// The whole command tree, for completion scripts and man pages.
/// A name, ID, UUID or href: never empty or blank (an empty reference would
/// otherwise reach a URL as `…/shares/` or match whatever has no name).
pub fn non_blank(s: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        Err("the value is empty; give a name, ID or href".into())
    } else {
        Ok(s.to_string())
    }
}

/// Parse the command line. On a usage error, the error is made as clear as
/// clap can make it for the user: a usage line that does not show options
/// whose value came from the environment (`OS_CLOUD` would otherwise make
/// `--os-cloud <CLOUD>` look required), and no "similar argument" tip that
/// points an unknown command option at an unrelated global one.
pub fn parse() -> Result<Cli, clap::Error> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    parse_from(&args)
}

pub fn parse_from(args: &[std::ffi::OsString]) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let error = match command().try_get_matches_from(args) {
        Ok(m) => return Cli::from_arg_matches(&m),
        Err(e) => e,
    };
    if !error.use_stderr() {
        return Err(error); // --help, --version
    }
    // The same arguments without environment values: the usage line then
    // shows only what was typed. Taken only when it is the same error.
    let envless = command()
        .mut_args(|a| a.env(None))
        .try_get_matches_from(args)
        .err()
        .filter(|e| e.kind() == error.kind());
    let error = envless.unwrap_or(error);
    Err(without_global_tips(error))
}

/// clap suggests the closest option of the whole tree, globals included:
/// `--since` gets "did you mean --insecure". A tip that points at a global
/// option for something that is not one is dropped.
fn without_global_tips(error: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if error.kind() != ErrorKind::UnknownArgument {
        return error;
    }
    let suggested = match error.get(ContextKind::SuggestedArg) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => return error,
    };
    let invalid = match error.get(ContextKind::InvalidArg) {
        Some(ContextValue::String(s)) => s.clone(),
        _ => return error,
    };
    let global = command()
        .get_arguments()
        .filter(|a| a.is_global_set())
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .any(|l| suggested.starts_with(&l));
    if !global || invalid.starts_with("--os-") {
        return error;
    }
    let mut plain = clap::Error::new(ErrorKind::UnknownArgument).with_cmd(&command());
    plain.insert(ContextKind::InvalidArg, ContextValue::String(invalid));
    plain.insert(
        ContextKind::Suggested,
        ContextValue::StyledStrs(vec!["the command's `--help` lists its options".into()]),
    );
    plain
}

pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    fn usage_error(args: &[&str]) -> String {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        match parse_from(&args) {
            Err(e) => e.render().to_string(),
            Ok(_) => panic!("{args:?} parsed"),
        }
    }

    #[test]
    fn unknown_options_get_no_tip_about_unrelated_global_options() {
        let text = usage_error(&["sharekeep", "share", "list", "--since", "x"]);
        assert!(text.contains("unexpected argument '--since'"), "{text}");
        assert!(!text.contains("--insecure"), "{text}");
        // A near miss of the command's own option keeps its tip.
        let text = usage_error(&[
            "sharekeep",
            "share",
            "access",
            "create",
            "--lock-deletio",
            "s",
            "ip",
            "x",
        ]);
        assert!(text.contains("--lock-deletion"), "{text}");
    }

    use super::*;

    /// Every command that prints offers exactly its shape's formats (cliff's
    /// ShowOne or Lister), so a wrong `-f` is refused before anything is sent.
    #[test]
    fn every_format_option_is_narrowed_to_its_shape() {
        fn walk(cmd: &clap::Command, path: &str, seen: &mut usize) {
            for arg in cmd.get_arguments().filter(|a| a.get_id() == "format") {
                let values: Vec<String> = arg
                    .get_possible_values()
                    .iter()
                    .map(|v| v.get_name().to_string())
                    .collect();
                let one = ["json", "shell", "table", "value", "yaml"];
                let list = ["csv", "json", "table", "value", "yaml"];
                assert!(
                    values == one || values == list,
                    "`{path}` offers -f {values:?}: mark its arguments with one_formats or list_formats"
                );
                *seen += 1;
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), seen);
            }
        }
        let mut seen = 0;
        walk(&command(), "sharekeep", &mut seen);
        assert!(seen >= 29, "only {seen} commands have -f");
    }

    #[test]
    fn clap_tree_is_consistent() {
        super::command().debug_assert();
    }
}
