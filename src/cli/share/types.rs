//! `share type …`: share types, their extra specs and access.

use super::*;

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
