//! `share limits …`.

use super::*;

#[derive(Debug, Subcommand)]
pub enum LimitsCommand {
    /// Show the absolute limits (quotas and usage) or the rate limits
    Show(LimitsShowArgs),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
#[command(group(clap::ArgGroup::new("kind").required(true).multiple(false)))]
pub struct LimitsShowArgs {
    /// The absolute limits: quotas and what is used of them
    #[arg(long, group = "kind")]
    pub absolute: bool,
    /// The rate limits
    #[arg(long, group = "kind")]
    pub rate: bool,
    #[command(flatten)]
    pub output: FormatArgs,
}
