//! `share pool …`.

use super::*;

#[derive(Debug, Subcommand)]
pub enum PoolCommand {
    /// List pools
    List(PoolListArgs),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct PoolListArgs {
    /// Only pools on this host
    #[arg(long)]
    pub host: Option<String>,
    /// Only pools of this back end
    #[arg(long)]
    pub backend: Option<String>,
    /// Only this pool
    #[arg(long)]
    pub pool: Option<String>,
    /// Show capabilities (encryption_support among them)
    #[arg(long)]
    pub detail: bool,
    #[command(flatten)]
    pub output: FormatArgs,
}
