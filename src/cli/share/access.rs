//! `share access …`: access rules.

use super::*;

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
