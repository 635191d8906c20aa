//! `sharekeep share …`: the options of `openstack share …` (python-manilaclient).

use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;

pub use super::args::{LikeFilters, WaitArgs, key_value};
use super::complete;

use crate::output::FormatArgs;

mod access;
mod export;
mod limits;
mod message;
mod network;
mod pool;
mod quota;
mod server;
mod snapshot;
mod types;
mod zone;

pub use access::*;
pub use export::*;
pub use limits::*;
pub use message::*;
pub use network::*;
pub use pool::*;
pub use quota::*;
pub use server::*;
pub use snapshot::*;
pub use types::*;
pub use zone::*;

#[derive(Debug, Subcommand)]
pub enum ShareCommand {
    /// Create a share (encrypted with --encryption-key-ref)
    Create(CreateArgs),
    /// List shares
    List(ListArgs),
    /// Show a share
    Show(ShowArgs),
    /// Delete one or more shares
    Delete(DeleteArgs),
    /// Set a share's name, description, visibility or properties
    Set(SetArgs),
    /// Unset a share's name, description or properties
    Unset(UnsetArgs),
    /// Extend or shrink a share
    Resize(ResizeArgs),
    /// Share types
    #[command(subcommand)]
    Type(TypeCommand),
    /// Share networks
    #[command(subcommand)]
    Network(NetworkCommand),
    /// Share servers (admin)
    #[command(subcommand)]
    Server(ServerCommand),
    /// Quotas, including encryption keys
    #[command(subcommand)]
    Quota(QuotaCommand),
    /// Storage pools and their capabilities (admin)
    #[command(subcommand)]
    Pool(PoolCommand),
    /// User messages: why an operation failed
    #[command(subcommand)]
    Message(MessageCommand),
    /// Export locations
    #[command(subcommand)]
    Export(ExportCommand),
    /// Access rules
    #[command(subcommand)]
    Access(AccessCommand),
    /// Bring shares back from the recycle bin (API 2.69+)
    Restore(RestoreArgs),
    /// Share snapshots
    #[command(subcommand)]
    Snapshot(SnapshotCommand),
    /// Availability zones
    #[command(subcommand)]
    Availability(AvailabilityCommand),
    /// The project's limits
    #[command(subcommand)]
    Limits(LimitsCommand),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct CreateArgs {
    /// Share protocol (NFS, CIFS, CephFS, GlusterFS, HDFS, MAPRFS)
    #[arg(value_name = "SHARE_PROTOCOL")]
    pub share_protocol: String,
    /// Size in GiB
    #[arg(value_name = "SIZE")]
    pub size: u32,
    /// Share name
    #[arg(long)]
    pub name: Option<String>,
    /// Share description
    #[arg(long)]
    pub description: Option<String>,
    /// Share type (name or ID); default: the cloud's default type
    #[arg(long, value_name = "SHARE_TYPE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_types))]
    pub share_type: Option<String>,
    /// Share network (name or ID)
    #[arg(long, value_name = "SHARE_NETWORK", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_networks))]
    pub share_network: Option<String>,
    /// Availability zone
    #[arg(long, value_name = "AVAILABILITY_ZONE")]
    pub availability_zone: Option<String>,
    /// A property (metadata) key=value, repeatable
    #[arg(long = "property", value_name = "KEY=VALUE", value_parser = key_value)]
    pub properties: Vec<(String, String)>,
    /// Make the share public (true/false)
    #[arg(long, value_name = "PUBLIC")]
    pub public: Option<String>,
    /// Create from this snapshot (name or ID)
    #[arg(long, value_name = "SNAPSHOT_ID")]
    pub snapshot_id: Option<String>,
    /// Share group (ID)
    #[arg(long, value_name = "SHARE_GROUP")]
    pub share_group: Option<String>,
    /// Scheduler hint key=value (same_host, different_host), repeatable
    #[arg(long = "scheduler-hint", value_name = "KEY=VALUE", value_parser = key_value)]
    pub scheduler_hints: Vec<(String, String)>,
    /// Mount point name (API 2.84+)
    #[arg(long, value_name = "NAME")]
    pub mount_point_name: Option<String>,
    /// The encryption key: a Barbican secret UUID, href or name (API 2.90+)
    #[arg(long, value_name = "KEY_REF", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::keys))]
    pub encryption_key_ref: Option<String>,
    #[command(flatten)]
    pub wait: WaitArgs,
    /// Only run the pre-flight checks of an encrypted create, print them, create nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Skip the pre-flight checks and send the request as it is
    #[arg(long, conflicts_with = "dry_run")]
    pub no_preflight: bool,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct ListArgs {
    /// Only shares with this name
    #[arg(long)]
    pub name: Option<String>,
    /// Only shares in this status
    #[arg(long)]
    pub status: Option<String>,
    /// Only shares of this share type (name or ID)
    #[arg(long, value_name = "SHARE_TYPE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_types))]
    pub share_type: Option<String>,
    /// Only shares on this share network (name or ID)
    #[arg(long, value_name = "SHARE_NETWORK", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_networks))]
    pub share_network: Option<String>,
    /// Only shares encrypted with this key (UUID, href or secret name; API 2.90+)
    #[arg(long, value_name = "KEY_REF", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::keys))]
    pub encryption_key_ref: Option<String>,
    /// Shares of all projects (admin)
    #[arg(long)]
    pub all_projects: bool,
    /// Only shares of this project, by name or ID (admin)
    #[arg(long, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Only public shares
    #[arg(long)]
    pub public: bool,
    /// More columns
    #[arg(long)]
    pub long: bool,
    /// At most this many shares (0: no limit)
    #[arg(long, value_name = "NUM_SHARES")]
    pub limit: Option<u32>,
    /// Skip this many shares
    #[arg(long)]
    pub offset: Option<u32>,
    /// The last share (ID) of the previous page: list the ones after it
    #[arg(long, value_name = "SHARE", value_parser = crate::cli::non_blank)]
    pub marker: Option<String>,
    /// Sort by these keys, e.g. `size:desc,name` (default name:asc)
    #[arg(long, value_name = "KEY[:DIRECTION]")]
    pub sort: Option<String>,
    #[command(flatten)]
    pub like: LikeFilters,
    /// Only shares with this property key=value (repeatable)
    #[arg(long = "property", value_name = "KEY=VALUE", value_parser = key_value)]
    pub properties: Vec<(String, String)>,
    /// Only shares whose type has this extra spec key=value (repeatable; admin)
    #[arg(long = "extra-spec", value_name = "KEY=VALUE", value_parser = key_value)]
    pub extra_specs: Vec<(String, String)>,
    /// Only shares on this host (admin)
    #[arg(long, value_name = "SHARE_HOST")]
    pub host: Option<String>,
    /// Only shares on this share server (ID; admin)
    #[arg(long, value_name = "SHARE_SERVER_ID")]
    pub share_server: Option<String>,
    /// Only shares of this share group (ID)
    #[arg(long, value_name = "SHARE_GROUP")]
    pub share_group: Option<String>,
    /// Only shares in this availability zone (API 2.97+)
    #[arg(long)]
    pub availability_zone: Option<String>,
    /// Only shares made from this snapshot (name or ID)
    #[arg(long, value_name = "SNAPSHOT", value_parser = crate::cli::non_blank)]
    pub snapshot: Option<String>,
    /// Only shares with this export location (ID or path; API 2.35+)
    #[arg(long, value_name = "EXPORT_LOCATION")]
    pub export_location: Option<String>,
    /// Only shares in the recycle bin (API 2.69+)
    #[arg(long)]
    pub soft_deleted: bool,
    /// Only shares of this user ID (admin)
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct ShowArgs {
    /// Share (name or ID)
    #[arg(value_name = "SHARE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::shares))]
    pub share: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Shares (names or IDs)
    #[arg(value_name = "SHARE", value_parser = crate::cli::non_blank, required = true, add = ArgValueCandidates::new(complete::shares))]
    pub shares: Vec<String>,
    /// Delete whatever the state (admin)
    #[arg(long, conflicts_with = "soft")]
    pub force: bool,
    /// Move to the recycle bin instead (API 2.69+; `share restore` brings it back)
    #[arg(long)]
    pub soft: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// Shares in the recycle bin (names or IDs)
    #[arg(value_name = "SHARE", value_parser = crate::cli::non_blank, required = true)]
    pub shares: Vec<String>,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Share (name or ID)
    #[arg(value_name = "SHARE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::shares))]
    pub share: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New description
    #[arg(long)]
    pub description: Option<String>,
    /// Visibility (true/false)
    #[arg(long, value_name = "PUBLIC")]
    pub public: Option<String>,
    /// Set a property key=value, repeatable
    #[arg(long = "property", value_name = "KEY=VALUE", value_parser = key_value)]
    pub properties: Vec<(String, String)>,
}

#[derive(Debug, Args)]
pub struct UnsetArgs {
    /// Share (name or ID)
    #[arg(value_name = "SHARE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::shares))]
    pub share: String,
    /// Remove the name
    #[arg(long)]
    pub name: bool,
    /// Remove the description
    #[arg(long)]
    pub description: bool,
    /// Remove a property, repeatable
    #[arg(long = "property", value_name = "KEY")]
    pub properties: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ResizeArgs {
    /// Share (name or ID)
    #[arg(value_name = "SHARE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::shares))]
    pub share: String,
    /// New size in GiB
    #[arg(value_name = "NEW_SIZE")]
    pub new_size: u32,
    #[command(flatten)]
    pub wait: WaitArgs,
}
