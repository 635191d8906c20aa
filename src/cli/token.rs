//! `sharekeep token …`: as `openstack token issue|revoke`.

use clap::{Args, Subcommand};

use crate::output::FormatArgs;

#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Issue a token (reusing the cached one while it is valid)
    Issue(IssueArgs),
    /// Revoke a token
    Revoke(RevokeArgs),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct IssueArgs {
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct RevokeArgs {
    /// The token to revoke
    #[arg(value_name = "TOKEN")]
    pub token: String,
}
