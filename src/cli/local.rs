//! `sharekeep local …`: the embedded local cloud's state directory.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::output::FormatArgs;

#[derive(Debug, Subcommand)]
pub enum LocalCommand {
    /// Where the local cloud's state is and what it holds
    ///
    /// The state directory is `$SHAREKEEP_LOCAL_DIR`, else `$XDG_DATA_HOME/sharekeep/local`.
    /// It is made and seeded on first use by any `--os-cloud local*` command.
    Status(StatusArgs),
    /// Delete the local cloud's state (every share, secret, key and credential in it)
    ///
    /// Asks first on a terminal; a script must pass --yes. The next `--os-cloud local*`
    /// command seeds a new state.
    Reset(ResetArgs),
    /// Print or change the local back ends (`backends.yaml` in the state directory)
    ///
    /// With no option, prints the file. The file names each back end's pools, capacities,
    /// availability zone and capabilities (driver_handles_share_servers,
    /// encryption_support …), and the API switch `validate_key_ref`.
    Config(ConfigArgs),
    /// Print the local services' policy in effect: who may do what
    ///
    /// Each service's default policy (Keystone 30, Barbican 23, Manila 23) with the rules
    /// that `policy.yaml` in the state directory overrides, in oslo.policy's syntax:
    /// a section per service (`keystone:`, `barbican:`, `manila:`), each mapping a rule
    /// name to a check string (`"rule:context_is_admin"`, `"role:member and
    /// project_id:%(project_id)s"`). A malformed or unknown rule is refused, naming its
    /// line. Every process reads the file when it opens the state (`local serve` at start).
    Policy(PolicyArgs),
    /// Fill the local state with many shares and share servers, for benchmarks
    Populate(PopulateArgs),
    /// Serve the local cloud to any OpenStack client (openstack, openstacksdk, tempest)
    ///
    /// Keystone v3, Barbican v1 and Manila v2 on one port, under DevStack's paths
    /// (`/identity`, `/key-manager`, `/share`), on the same state as `--os-cloud local`
    /// (both at once are safe). Prints the clouds.yaml entries (sharekeep-admin,
    /// sharekeep-demo, sharekeep-alt, sharekeep-reader, with their passwords) on standard
    /// output, then one access line per request on standard error. The manager runs
    /// continuously. SIGINT or SIGTERM stops it cleanly.
    Serve(ServeArgs),
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on; an address other than loopback also needs --allow-remote
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Port to listen on (0: a free port, printed on start)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub port: u16,
    /// The state directory (default: $SHAREKEEP_LOCAL_DIR, else $XDG_DATA_HOME/sharekeep/local)
    #[arg(long, value_name = "DIR")]
    pub state: Option<PathBuf>,
    /// Listen on an address other than loopback (the services then accept anyone who can
    /// reach the port and knows a password; use --tls-cert and --tls-key as well)
    #[arg(long)]
    pub allow_remote: bool,
    /// Serve HTTPS with this certificate chain (PEM, the server's certificate first)
    #[arg(long, value_name = "FILE", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,
    /// The private key (PEM) of --tls-cert
    #[arg(long, value_name = "FILE", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,
    /// Close a connection that sends no complete request for this many seconds (idle or slow),
    /// and refuse a body that takes longer with 408
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub idle_timeout: u64,
    /// The URL clients reach the server at, for hrefs and the catalog (default:
    /// http://ADDR:PORT)
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
    /// Print the clouds.yaml entries for --port N and exit without serving
    #[arg(long)]
    pub print_clouds_yaml: bool,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct StatusArgs {
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// Do not ask
    #[arg(long, short = 'y')]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Edit the file in $VISUAL or $EDITOR; the edit is checked before it replaces the file
    #[arg(long, conflicts_with = "file")]
    pub edit: bool,
    /// Install this file as the new config, after checking it (`-` reads standard input)
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// Put the documented default file back
    #[arg(long, conflicts_with_all = ["edit", "file"])]
    pub defaults: bool,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct PolicyArgs {
    /// Only this service's rules
    #[arg(long, value_name = "SERVICE", value_parser = ["keystone", "barbican", "manila"])]
    pub service: Option<String>,
    /// Only the rules policy.yaml sets
    #[arg(long)]
    pub overridden: bool,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct PopulateArgs {
    /// Shares to add (available, unencrypted and encrypted, in the demo project)
    #[arg(long, default_value_t = 10_000)]
    pub shares: u32,
    /// Share servers to spread the encrypted ones over (one key each)
    #[arg(long, default_value_t = 1_000)]
    pub servers: u32,
}
