//! `share export location …`.

use super::*;

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Export locations of a share
    #[command(subcommand)]
    Location(ExportLocationCommand),
}

#[derive(Debug, Subcommand)]
pub enum ExportLocationCommand {
    /// List a share's export locations
    List(ExportListArgs),
    /// Show one export location
    Show(ExportShowArgs),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct ExportListArgs {
    /// Share (name or ID)
    #[arg(value_name = "SHARE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::shares))]
    pub share: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct ExportShowArgs {
    /// Share (name or ID)
    #[arg(value_name = "SHARE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::shares))]
    pub share: String,
    /// Export location ID
    #[arg(value_name = "EXPORT_LOCATION", value_parser = crate::cli::non_blank)]
    pub export_location: String,
    #[command(flatten)]
    pub output: FormatArgs,
}
