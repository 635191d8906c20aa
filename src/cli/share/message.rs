//! `share message …`.

use super::*;

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
