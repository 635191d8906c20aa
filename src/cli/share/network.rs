//! `share network …` and `share network subnet …`.

use super::*;

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
