//! `share server …` (administrators).

use super::*;

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// List share servers, with their encryption key refs under --long
    List(ServerListArgs),
    /// Show a share server, including its encryption key ref
    Show(ServerShowArgs),
    /// Delete share servers
    Delete(ServerDeleteArgs),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct ServerListArgs {
    /// Only servers on this host
    #[arg(long)]
    pub host: Option<String>,
    /// Only servers in this status
    #[arg(long)]
    pub status: Option<String>,
    /// Only servers of this share network (name or ID)
    #[arg(long, value_name = "SHARE_NETWORK", value_parser = crate::cli::non_blank)]
    pub share_network: Option<String>,
    /// Only servers of this project, by name or ID
    #[arg(long)]
    pub project: Option<String>,
    /// Only servers encrypted with this key (UUID, href or secret name; API 2.90+)
    #[arg(long, value_name = "KEY_REF", value_parser = crate::cli::non_blank)]
    pub encryption_key_ref: Option<String>,
    /// More columns, the encryption key ref among them
    #[arg(long)]
    pub long: bool,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct ServerShowArgs {
    /// Share server ID
    #[arg(value_name = "SHARE_SERVER", value_parser = crate::cli::non_blank)]
    pub share_server: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct ServerDeleteArgs {
    /// Share server IDs
    #[arg(value_name = "SHARE_SERVER", value_parser = crate::cli::non_blank, required = true)]
    pub share_servers: Vec<String>,
    #[command(flatten)]
    pub wait: WaitArgs,
}
