//! `share quota …`.

use super::*;

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
