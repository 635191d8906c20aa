//! `sharekeep share …`: the options of `openstack share …` (python-manilaclient).

use clap::{Args, Subcommand};
use clap_complete::engine::ArgValueCandidates;

use super::complete;

use crate::output::FormatArgs;

/// `key=value`, as osc-lib's KeyValueAction parses it.
pub fn key_value(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some(("", _)) => Err(format!("the key is empty in `{s}`")),
        Some((k, v)) => Ok((k.to_string(), v.to_string())),
        None => Err(format!("expected key=value, got `{s}`")),
    }
}

/// `--name~` and `--description~` (API 2.36+), for shares and snapshots.
#[derive(Debug, Clone, Args)]
pub struct LikeFilters {
    /// Names that contain this text (API 2.36+)
    #[arg(long = "name~", value_name = "NAME")]
    pub name_like: Option<String>,
    /// Descriptions that contain this text (API 2.36+)
    #[arg(long = "description~", value_name = "DESCRIPTION")]
    pub description_like: Option<String>,
}

/// `--wait` and how long to wait.
#[derive(Debug, Clone, Args)]
pub struct WaitArgs {
    /// Wait until the operation has finished
    #[arg(long)]
    pub wait: bool,
    /// With --wait: give up after this many seconds (exit code 10)
    #[arg(long, value_name = "SECONDS", default_value_t = 600, requires = "wait")]
    pub wait_timeout: u64,
}

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
    Snapshot(super::snapshot::SnapshotCommand),
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

#[derive(Debug, Subcommand)]
pub enum TypeCommand {
    /// Create a share type
    Create(TypeCreateArgs),
    /// List share types
    List(TypeListArgs),
    /// Show a share type
    Show(TypeShowArgs),
    /// Set extra specs, name, description or visibility
    Set(TypeSetArgs),
    /// Unset extra specs
    Unset(TypeUnsetArgs),
    /// Delete share types
    Delete(TypeDeleteArgs),
    /// Which projects may use a private share type
    #[command(subcommand)]
    Access(TypeAccessCommand),
}

#[derive(Debug, Subcommand)]
pub enum TypeAccessCommand {
    /// Allow a project to use a private share type
    Create(TypeAccessArgs),
    /// List the projects that may use a private share type
    List(TypeAccessListArgs),
    /// Stop a project from using a private share type
    Delete(TypeAccessArgs),
}

#[derive(Debug, Args)]
pub struct TypeAccessArgs {
    /// Share type (name or ID)
    #[arg(value_name = "SHARE_TYPE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_types))]
    pub share_type: String,
    /// Project ID
    #[arg(value_name = "PROJECT_ID", value_parser = crate::cli::non_blank)]
    pub project_id: String,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct TypeAccessListArgs {
    /// Share type (name or ID)
    #[arg(value_name = "SHARE_TYPE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_types))]
    pub share_type: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

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

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct TypeCreateArgs {
    /// Name of the share type
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Whether the driver handles share servers (true/false); encryption needs true
    #[arg(value_name = "SPEC_DRIVER_HANDLES_SHARE_SERVERS")]
    pub dhss: String,
    /// Description (API 2.41+)
    #[arg(long)]
    pub description: Option<String>,
    /// Extra specs key=value, e.g. encryption_support=share_server
    #[arg(long, value_name = "KEY=VALUE", value_parser = key_value, num_args = 1..)]
    pub extra_specs: Vec<(String, String)>,
    /// snapshot_support (true/false): back ends that can snapshot shares
    #[arg(long, value_name = "BOOL")]
    pub snapshot_support: Option<String>,
    /// create_share_from_snapshot_support (true/false)
    #[arg(long, value_name = "BOOL")]
    pub create_share_from_snapshot_support: Option<String>,
    /// revert_to_snapshot_support (true/false)
    #[arg(long, value_name = "BOOL")]
    pub revert_to_snapshot_support: Option<String>,
    /// mount_snapshot_support (true/false)
    #[arg(long, value_name = "BOOL")]
    pub mount_snapshot_support: Option<String>,
    /// Visible to all projects (true/false; default true)
    #[arg(long, value_name = "PUBLIC", default_value = "true")]
    pub public: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct TypeListArgs {
    /// Include private types (admin)
    #[arg(long)]
    pub all: bool,
    /// Only types with these extra specs key=value (API 2.43+)
    #[arg(long, value_name = "KEY=VALUE", value_parser = key_value, num_args = 1..)]
    pub extra_specs: Vec<(String, String)>,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct TypeShowArgs {
    /// Share type (name or ID)
    #[arg(value_name = "SHARE_TYPE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_types))]
    pub share_type: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct TypeSetArgs {
    /// Share type (name or ID)
    #[arg(value_name = "SHARE_TYPE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_types))]
    pub share_type: String,
    /// Extra specs key=value to set
    #[arg(long, value_name = "KEY=VALUE", value_parser = key_value, num_args = 1..)]
    pub extra_specs: Vec<(String, String)>,
    /// New name (API 2.50+)
    #[arg(long)]
    pub name: Option<String>,
    /// New description (API 2.50+)
    #[arg(long)]
    pub description: Option<String>,
    /// Visibility (true/false; API 2.50+)
    #[arg(long, value_name = "PUBLIC")]
    pub public: Option<String>,
}

#[derive(Debug, Args)]
pub struct TypeUnsetArgs {
    /// Share type (name or ID)
    #[arg(value_name = "SHARE_TYPE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_types))]
    pub share_type: String,
    /// Extra spec keys to remove
    #[arg(value_name = "KEY", required = true)]
    pub keys: Vec<String>,
}

#[derive(Debug, Args)]
pub struct TypeDeleteArgs {
    /// Share types (names or IDs)
    #[arg(value_name = "SHARE_TYPE", value_parser = crate::cli::non_blank, required = true)]
    pub share_types: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Create a share network
    Create(NetworkCreateArgs),
    /// List share networks
    List(NetworkListArgs),
    /// Show a share network
    Show(NetworkShowArgs),
    /// Delete share networks
    Delete(NetworkDeleteArgs),
    /// Change a share network: name, description, status, neutron network, security services
    Set(NetworkSetArgs),
    /// Remove a share network's name, description or a security service
    Unset(NetworkUnsetArgs),
    /// Share network subnets
    #[command(subcommand)]
    Subnet(SubnetCommand),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct NetworkCreateArgs {
    /// Name
    #[arg(long)]
    pub name: Option<String>,
    /// Description
    #[arg(long)]
    pub description: Option<String>,
    /// Neutron network ID
    #[arg(long, value_name = "NEUTRON_NET_ID")]
    pub neutron_net_id: Option<String>,
    /// Neutron subnet ID
    #[arg(long, value_name = "NEUTRON_SUBNET_ID")]
    pub neutron_subnet_id: Option<String>,
    /// Availability zone of the default subnet
    #[arg(long)]
    pub availability_zone: Option<String>,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct NetworkListArgs {
    /// Only networks with this name
    #[arg(long)]
    pub name: Option<String>,
    /// Networks of all projects (admin)
    #[arg(long)]
    pub all_projects: bool,
    /// More columns
    #[arg(long)]
    pub detail: bool,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct NetworkShowArgs {
    /// Share network (name or ID)
    #[arg(value_name = "SHARE_NETWORK", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_networks))]
    pub share_network: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct NetworkDeleteArgs {
    /// Share networks (names or IDs)
    #[arg(value_name = "SHARE_NETWORK", value_parser = crate::cli::non_blank, required = true)]
    pub share_networks: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum SubnetCommand {
    /// Add a subnet to a share network (or check whether one can be added)
    Create(SubnetCreateArgs),
    /// List a share network's subnets (API 2.51+; not in the openstack client)
    List(SubnetListArgs),
    /// Show a share network subnet
    Show(SubnetShowArgs),
    /// Delete share network subnets
    Delete(SubnetDeleteArgs),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct SubnetListArgs {
    /// Share network (name or ID)
    #[arg(value_name = "SHARE_NETWORK", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_networks))]
    pub share_network: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct SubnetShowArgs {
    /// Share network (name or ID)
    #[arg(value_name = "SHARE_NETWORK", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_networks))]
    pub share_network: String,
    /// Subnet ID
    #[arg(value_name = "SHARE_NETWORK_SUBNET", value_parser = crate::cli::non_blank)]
    pub subnet: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct SubnetDeleteArgs {
    /// Share network (name or ID)
    #[arg(value_name = "SHARE_NETWORK", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_networks))]
    pub share_network: String,
    /// Subnet IDs
    #[arg(value_name = "SHARE_NETWORK_SUBNET", value_parser = crate::cli::non_blank, required = true)]
    pub subnets: Vec<String>,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct SubnetCreateArgs {
    /// Share network (name or ID)
    #[arg(value_name = "SHARE_NETWORK", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_networks))]
    pub share_network: String,
    /// Neutron network ID
    #[arg(long, value_name = "NEUTRON_NET_ID", requires = "neutron_subnet_id")]
    pub neutron_net_id: Option<String>,
    /// Neutron subnet ID
    #[arg(long, value_name = "NEUTRON_SUBNET_ID", requires = "neutron_net_id")]
    pub neutron_subnet_id: Option<String>,
    /// Availability zone
    #[arg(long)]
    pub availability_zone: Option<String>,
    /// A property key=value (repeatable; API 2.78+)
    #[arg(long = "property", value_name = "KEY=VALUE", value_parser = key_value, conflicts_with_all = ["check_only", "restart_check"])]
    pub properties: Vec<(String, String)>,
    /// Only check whether the subnet can be added (API 2.70+)
    #[arg(long)]
    pub check_only: bool,
    /// Start the check over (API 2.70+)
    #[arg(long)]
    pub restart_check: bool,
    #[command(flatten)]
    pub output: FormatArgs,
}

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

#[derive(Debug, Subcommand)]
pub enum QuotaCommand {
    /// Show a project's quotas
    Show(QuotaShowArgs),
    /// Set a project's quotas (admin)
    Set(QuotaSetArgs),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct QuotaShowArgs {
    /// Project, by name or ID (default: the current project)
    #[arg(value_name = "PROJECT")]
    pub project: Option<String>,
    /// Show usage too (limit, in use, reserved)
    #[arg(long, conflicts_with = "defaults")]
    pub detail: bool,
    /// Show the default quotas
    #[arg(long)]
    pub defaults: bool,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct QuotaSetArgs {
    /// Project, by name or ID
    #[arg(value_name = "PROJECT")]
    pub project: String,
    /// Number of shares
    #[arg(long)]
    pub shares: Option<i64>,
    /// Number of snapshots
    #[arg(long)]
    pub snapshots: Option<i64>,
    /// Total GiB of shares
    #[arg(long)]
    pub gigabytes: Option<i64>,
    /// Total GiB of snapshots
    #[arg(long)]
    pub snapshot_gigabytes: Option<i64>,
    /// Number of share networks
    #[arg(long)]
    pub share_networks: Option<i64>,
    /// Number of share groups
    #[arg(long)]
    pub share_groups: Option<i64>,
    /// Number of share group snapshots
    #[arg(long)]
    pub share_group_snapshots: Option<i64>,
    /// Number of share replicas
    #[arg(long)]
    pub share_replicas: Option<i64>,
    /// Total GiB of share replicas
    #[arg(long)]
    pub replica_gigabytes: Option<i64>,
    /// Largest share in GiB
    #[arg(long)]
    pub per_share_gigabytes: Option<i64>,
    /// Number of distinct encryption keys for share servers (API 2.90+)
    #[arg(long)]
    pub encryption_keys: Option<i64>,
    /// Set even below current usage
    #[arg(long)]
    pub force: bool,
}

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

#[derive(Debug, Subcommand)]
pub enum MessageCommand {
    /// List user messages
    List(MessageListArgs),
    /// Show a user message
    Show(MessageShowArgs),
    /// Delete user messages
    Delete(MessageDeleteArgs),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct MessageListArgs {
    /// Only messages about this resource (ID)
    #[arg(long)]
    pub resource_id: Option<String>,
    /// Only messages about this kind of resource (e.g. share)
    #[arg(long)]
    pub resource_type: Option<String>,
    /// Only messages of this action ID
    #[arg(long)]
    pub action_id: Option<String>,
    /// Only messages with this detail ID
    #[arg(long)]
    pub detail_id: Option<String>,
    /// Only messages of this level
    #[arg(long)]
    pub message_level: Option<String>,
    /// Only messages of this request ID
    #[arg(long)]
    pub request_id: Option<String>,
    /// At most this many messages
    #[arg(long)]
    pub limit: Option<u32>,
    /// Only messages created since this ISO 8601 time (API 2.52+)
    #[arg(long, value_name = "SINCE")]
    pub since: Option<String>,
    /// Only messages created before this ISO 8601 time (API 2.52+)
    #[arg(long, value_name = "BEFORE")]
    pub before: Option<String>,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct MessageShowArgs {
    /// Message ID
    #[arg(value_name = "MESSAGE", value_parser = crate::cli::non_blank)]
    pub message: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct MessageDeleteArgs {
    /// Message IDs
    #[arg(value_name = "MESSAGE", value_parser = crate::cli::non_blank, required = true)]
    pub messages: Vec<String>,
}

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

#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    /// Allow access to a share
    Create(AccessCreateArgs),
    /// List a share's access rules
    List(AccessListArgs),
    /// Remove an access rule
    Delete(AccessDeleteArgs),
    /// Show an access rule (API 2.45+)
    Show(AccessShowArgs),
    /// Change an access rule's properties or access level
    Set(AccessSetArgs),
    /// Remove an access rule's properties
    Unset(AccessUnsetArgs),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct AccessShowArgs {
    /// Access rule ID
    #[arg(value_name = "ACCESS_ID", value_parser = crate::cli::non_blank)]
    pub id: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct AccessSetArgs {
    /// Access rule ID
    #[arg(value_name = "ACCESS_ID", value_parser = crate::cli::non_blank)]
    pub id: String,
    /// A property key=value to add or change (repeatable; API 2.45+)
    #[arg(long = "property", value_name = "KEY=VALUE", value_parser = key_value)]
    pub properties: Vec<(String, String)>,
    /// Change the access level (API 2.88+)
    #[arg(long, value_parser = ["rw", "ro"])]
    pub access_level: Option<String>,
}

#[derive(Debug, Args)]
pub struct AccessUnsetArgs {
    /// Access rule ID
    #[arg(value_name = "ACCESS_ID", value_parser = crate::cli::non_blank)]
    pub id: String,
    /// A property to remove (repeatable)
    #[arg(long = "property", value_name = "KEY", value_parser = crate::cli::non_blank, required = true)]
    pub properties: Vec<String>,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct AccessCreateArgs {
    /// Share (name or ID)
    #[arg(value_name = "SHARE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::shares))]
    pub share: String,
    /// Access type: ip, user, cert, cephx
    #[arg(value_name = "ACCESS_TYPE", value_parser = ["ip", "user", "cert", "cephx"])]
    pub access_type: String,
    /// Who gets access (an address, a user name, …)
    #[arg(value_name = "ACCESS_TO")]
    pub access_to: String,
    /// rw or ro
    #[arg(long, value_parser = ["rw", "ro"])]
    pub access_level: Option<String>,
    /// Properties key=value, space-separated (API 2.45+)
    #[arg(long, value_name = "KEY=VALUE", value_parser = key_value, num_args = 1..)]
    pub properties: Vec<(String, String)>,
    /// Hide the rule's access_to and access_key from other users (API 2.82+)
    #[arg(long)]
    pub lock_visibility: bool,
    /// Keep the rule from being deleted without --unrestrict (API 2.82+)
    #[arg(long)]
    pub lock_deletion: bool,
    /// Why the rule is locked (with a lock; API 2.82+)
    #[arg(long, value_name = "LOCK_REASON")]
    pub lock_reason: Option<String>,
    #[command(flatten)]
    pub wait: WaitArgs,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct AccessListArgs {
    /// Share (name or ID)
    #[arg(value_name = "SHARE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::shares))]
    pub share: String,
    /// Only rules with these properties key=value, space-separated (API 2.45+)
    #[arg(long, value_name = "KEY=VALUE", value_parser = key_value, num_args = 1..)]
    pub properties: Vec<(String, String)>,
    /// Only rules of this access type (API 2.82+)
    #[arg(long)]
    pub access_type: Option<String>,
    /// Only rules with this access key (API 2.82+)
    #[arg(long)]
    pub access_key: Option<String>,
    /// Only rules for this access_to (API 2.82+; with --access-type)
    #[arg(long, requires = "access_type")]
    pub access_to: Option<String>,
    /// Only rules of this level (API 2.82+)
    #[arg(long, value_parser = ["rw", "ro"])]
    pub access_level: Option<String>,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct AccessDeleteArgs {
    /// Share (name or ID)
    #[arg(value_name = "SHARE", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::shares))]
    pub share: String,
    /// Access rule ID
    #[arg(value_name = "ID", value_parser = crate::cli::non_blank)]
    pub id: String,
    /// Remove the rule's deletion lock first (API 2.82+)
    #[arg(long)]
    pub unrestrict: bool,
    #[command(flatten)]
    pub wait: WaitArgs,
}

#[derive(Debug, Args)]
pub struct NetworkSetArgs {
    /// Share network (name or ID)
    #[arg(value_name = "SHARE_NETWORK", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_networks))]
    pub share_network: String,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New description
    #[arg(long)]
    pub description: Option<String>,
    /// Reset the status (admin; API 2.63+)
    #[arg(long, value_parser = ["active", "error", "network_change"])]
    pub status: Option<String>,
    /// Neutron network ID
    #[arg(long)]
    pub neutron_net_id: Option<String>,
    /// Neutron subnet ID
    #[arg(long)]
    pub neutron_subnet_id: Option<String>,
    /// The security service to replace (with --new-security-service)
    #[arg(
        long,
        value_name = "SECURITY_SERVICE",
        requires = "new_security_service"
    )]
    pub current_security_service: Option<String>,
    /// A security service to add (or the replacement of --current-security-service)
    #[arg(long, value_name = "SECURITY_SERVICE")]
    pub new_security_service: Option<String>,
    /// Only check whether the security service change can be made (API 2.63+)
    #[arg(long, requires = "new_security_service")]
    pub check_only: bool,
    /// Start the check over (API 2.63+)
    #[arg(long, requires = "new_security_service")]
    pub restart_check: bool,
}

#[derive(Debug, Args)]
pub struct NetworkUnsetArgs {
    /// Share network (name or ID)
    #[arg(value_name = "SHARE_NETWORK", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::share_networks))]
    pub share_network: String,
    /// Remove the name
    #[arg(long)]
    pub name: bool,
    /// Remove the description
    #[arg(long)]
    pub description: bool,
    /// Remove this security service from the network
    #[arg(long, value_name = "SECURITY_SERVICE")]
    pub security_service: Option<String>,
}
