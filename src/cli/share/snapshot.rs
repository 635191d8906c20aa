//! `share snapshot …`, as python-manilaclient's OSC plugin offers it.

use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;

use crate::cli::args::{LikeFilters, WaitArgs, key_value};
use crate::cli::complete;
use crate::output::FormatArgs;

#[derive(Debug, Subcommand)]
pub enum SnapshotCommand {
    /// Create a snapshot of a share
    Create(SnapshotCreateArgs),
    /// Delete snapshots
    Delete(SnapshotDeleteArgs),
    /// Show a snapshot, with its export locations
    Show(SnapshotShowArgs),
    /// Change a snapshot's name, description, status (admin) or properties
    Set(SnapshotSetArgs),
    /// Remove a snapshot's name, description or properties
    Unset(SnapshotUnsetArgs),
    /// List snapshots
    List(SnapshotListArgs),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct SnapshotCreateArgs {
    /// The share to snapshot (name or ID)
    #[arg(value_name = "SHARE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::shares))]
    pub share: String,
    /// Snapshot even a share that is in use
    #[arg(long)]
    pub force: bool,
    /// Name of the snapshot
    #[arg(long)]
    pub name: Option<String>,
    /// Description of the snapshot
    #[arg(long)]
    pub description: Option<String>,
    /// A property key=value (repeatable; API 2.73+)
    #[arg(long = "property", value_name = "KEY=VALUE", value_parser = key_value)]
    pub properties: Vec<(String, String)>,
    #[command(flatten)]
    pub wait: WaitArgs,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct SnapshotDeleteArgs {
    /// Snapshots (names or IDs)
    #[arg(value_name = "SNAPSHOT", value_parser = crate::cli::non_blank, required = true)]
    pub snapshots: Vec<String>,
    /// Delete whatever the state (admin)
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct SnapshotShowArgs {
    /// Snapshot (name or ID)
    #[arg(value_name = "SNAPSHOT", value_parser = crate::cli::non_blank)]
    pub snapshot: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct SnapshotSetArgs {
    /// Snapshot (name or ID)
    #[arg(value_name = "SNAPSHOT", value_parser = crate::cli::non_blank)]
    pub snapshot: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New description
    #[arg(long)]
    pub description: Option<String>,
    /// Reset the status (admin)
    #[arg(long, value_parser = ["available", "error", "creating", "deleting", "manage_starting", "manage_error", "unmanage_starting", "unmanage_error", "error_deleting"])]
    pub status: Option<String>,
    /// A property key=value to add or change (repeatable)
    #[arg(long = "property", value_name = "KEY=VALUE", value_parser = key_value)]
    pub properties: Vec<(String, String)>,
}

#[derive(Debug, Args)]
pub struct SnapshotUnsetArgs {
    /// Snapshot (name or ID)
    #[arg(value_name = "SNAPSHOT", value_parser = crate::cli::non_blank)]
    pub snapshot: String,
    /// Remove the name
    #[arg(long)]
    pub name: bool,
    /// Remove the description
    #[arg(long)]
    pub description: bool,
    /// A property to remove (repeatable)
    #[arg(long = "property", value_name = "KEY", value_parser = crate::cli::non_blank)]
    pub properties: Vec<String>,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct SnapshotListArgs {
    /// Snapshots of all projects (admin)
    #[arg(long)]
    pub all_projects: bool,
    /// Only snapshots with this name
    #[arg(long)]
    pub name: Option<String>,
    /// Only snapshots with this description (API 2.36+)
    #[arg(long)]
    pub description: Option<String>,
    /// Only snapshots in this status
    #[arg(long)]
    pub status: Option<String>,
    /// Only snapshots of this share (name or ID)
    #[arg(long, value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::shares))]
    pub share: Option<String>,
    /// Only snapshots that are used (or unused) by shares
    #[arg(long, value_parser = ["used", "unused"])]
    pub usage: Option<String>,
    /// Show at most this many snapshots
    #[arg(long, value_name = "NUM_SNAPSHOTS")]
    pub limit: Option<u32>,
    /// Skip this many snapshots
    #[arg(long)]
    pub offset: Option<u32>,
    #[command(flatten)]
    pub like: LikeFilters,
    /// Only snapshots with this property key=value (repeatable)
    #[arg(long = "property", value_name = "KEY=VALUE", value_parser = key_value)]
    pub properties: Vec<(String, String)>,
    /// More columns
    #[arg(long)]
    pub detail: bool,
    #[command(flatten)]
    pub output: FormatArgs,
}
