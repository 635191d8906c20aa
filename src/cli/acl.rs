//! `sharekeep acl …`: the options of `openstack acl …` (python-barbicanclient).

use clap::{Args, Subcommand};

use crate::output::FormatArgs;

#[derive(Debug, Subcommand)]
pub enum AclCommand {
    /// Show a secret's ACL
    Get(AclTarget),
    /// Delete a secret's ACL (back to project-wide access)
    Delete(AclDeleteArgs),
    /// Replace a secret's ACL with the users given
    Submit(AclGuardedChange),
    /// Add or remove users on a secret's ACL
    #[command(subcommand)]
    User(AclUserCommand),
}

#[derive(Debug, Subcommand)]
pub enum AclUserCommand {
    /// Add users to a secret's ACL (keeping the others)
    Add(AclChange),
    /// Remove users from a secret's ACL
    Remove(AclGuardedChange),
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct AclTarget {
    /// The secret: its href or UUID
    #[arg(value_name = "URI", value_parser = crate::cli::non_blank)]
    pub uri: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct AclDeleteArgs {
    /// The secret: its href or UUID
    #[arg(value_name = "URI", value_parser = crate::cli::non_blank)]
    pub uri: String,
    /// Delete it even if shares need the key (their back end may lose access to it)
    #[arg(long)]
    pub force: bool,
}

/// An ACL change that can take users off the ACL.
#[derive(Debug, Args)]
pub struct AclGuardedChange {
    #[command(flatten)]
    pub change: AclChange,
    /// Change it even if shares need the key and a user loses access (Manila's service user, for one)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct AclChange {
    /// The secret: its href or UUID
    #[arg(value_name = "URI", value_parser = crate::cli::non_blank)]
    pub uri: String,
    /// A Keystone user ID (repeatable)
    #[arg(short = 'u', long = "user", value_name = "USER")]
    pub users: Vec<String>,
    /// Let every member of the project read the secret
    #[arg(long, conflicts_with = "no_project_access")]
    pub project_access: bool,
    /// Only the creator and the listed users may read the secret
    #[arg(long)]
    pub no_project_access: bool,
    /// The operation the ACL is for
    #[arg(short = 'o', long, default_value = "read", value_parser = ["read"])]
    pub operation_type: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

impl AclChange {
    /// `Some(true/false)` when the user said, `None` to keep what is there.
    pub fn project_access(&self) -> Option<bool> {
        match (self.project_access, self.no_project_access) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        }
    }
}
