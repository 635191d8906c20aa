//! `share availability zone …`.

use super::*;

#[derive(Debug, Subcommand)]
pub enum AvailabilityCommand {
    /// Availability zones
    #[command(subcommand)]
    Zone(ZoneCommand),
}

#[derive(Debug, Subcommand)]
pub enum ZoneCommand {
    /// List the availability zones
    List(ZoneListArgs),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct ZoneListArgs {
    #[command(flatten)]
    pub output: FormatArgs,
}
