//! `sharekeep secret …`: the options of `openstack secret …` (python-barbicanclient).

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use clap_complete::engine::ArgValueCandidates;

use super::complete;

use crate::output::FormatArgs;

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Store a secret in Barbican
    Store(StoreArgs),
    /// List secrets
    List(ListArgs),
    /// Show a secret's metadata, or its payload
    Get(GetArgs),
    /// Delete one or more secrets
    Delete(DeleteArgs),
    /// Give a secret stored without a payload its payload
    Update(UpdateArgs),
    /// Orders: have Barbican generate a key
    #[command(subcommand)]
    Order(OrderCommand),
    /// Containers: named groups of secrets
    #[command(subcommand)]
    Container(ContainerCommand),
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).multiple(false)))]
pub struct UpdateArgs {
    /// The secret: href, UUID or name
    #[arg(value_name = "URI", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::keys))]
    pub uri: String,
    /// The payload (visible in the process list: prefer --file)
    #[arg(value_name = "PAYLOAD", group = "source")]
    pub payload: Option<String>,
    /// Read the payload from this file (`-` for standard input)
    #[arg(long, short = 'F', value_name = "FILE", group = "source")]
    pub file: Option<PathBuf>,
    /// The payload's content type (default: text/plain for PAYLOAD,
    /// application/octet-stream for --file)
    #[arg(long, short = 't', value_name = "CONTENT_TYPE")]
    pub payload_content_type: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ContainerCommand {
    /// Create a container of secrets
    Create(ContainerCreateArgs),
    /// Show a container
    Get(ContainerGetArgs),
    /// List containers
    List(ContainerListArgs),
    /// Delete a container (not its secrets)
    Delete(ContainerDeleteArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ContainerType {
    Generic,
    Rsa,
    Certificate,
}

impl ContainerType {
    pub fn as_str(self) -> &'static str {
        match self {
            ContainerType::Generic => "generic",
            ContainerType::Rsa => "rsa",
            ContainerType::Certificate => "certificate",
        }
    }
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct ContainerCreateArgs {
    /// A name for the container
    #[arg(long, short = 'n')]
    pub name: Option<String>,
    /// The container's type
    #[arg(long, value_enum, default_value = "generic")]
    pub r#type: ContainerType,
    /// A secret in the container, NAME=SECRET (href, UUID or secret name; repeatable)
    #[arg(long = "secret", short = 's', value_name = "NAME=SECRET", value_parser = crate::cli::args::key_value, required = true)]
    pub secrets: Vec<(String, String)>,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct ContainerGetArgs {
    /// The container: href or UUID
    #[arg(value_name = "URI", value_parser = crate::cli::non_blank)]
    pub uri: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct ContainerListArgs {
    /// At most this many containers
    #[arg(long, short = 'l', default_value_t = 10)]
    pub limit: u32,
    /// Skip this many containers
    #[arg(long, short = 'o', default_value_t = 0)]
    pub offset: u32,
    /// Only containers with this name
    #[arg(long, short = 'n')]
    pub name: Option<String>,
    /// Only containers of this type
    #[arg(long, short = 't', value_enum)]
    pub r#type: Option<ContainerType>,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct ContainerDeleteArgs {
    /// The container: href or UUID
    #[arg(value_name = "URI", value_parser = crate::cli::non_blank)]
    pub uri: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SecretType {
    Symmetric,
    Public,
    Private,
    Passphrase,
    Certificate,
    Opaque,
}

impl SecretType {
    pub fn as_str(self) -> &'static str {
        match self {
            SecretType::Symmetric => "symmetric",
            SecretType::Public => "public",
            SecretType::Private => "private",
            SecretType::Passphrase => "passphrase",
            SecretType::Certificate => "certificate",
            SecretType::Opaque => "opaque",
        }
    }
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct StoreArgs {
    /// A name for the secret
    #[arg(short = 'n', long)]
    pub name: Option<String>,
    /// The secret's type
    #[arg(short = 's', long, value_enum, default_value = "opaque")]
    pub secret_type: SecretType,
    /// The payload's content type (required with --payload)
    #[arg(short = 't', long, value_name = "CONTENT_TYPE")]
    pub payload_content_type: Option<String>,
    /// The payload's encoding: base64 (required for application/octet-stream)
    #[arg(short = 'e', long, value_name = "ENCODING")]
    pub payload_content_encoding: Option<String>,
    /// The algorithm the key is for
    #[arg(short = 'a', long, default_value = "aes")]
    pub algorithm: String,
    /// The key's length in bits
    #[arg(short = 'b', long, default_value_t = 256)]
    pub bit_length: u32,
    /// The cipher mode (for reference only)
    #[arg(short = 'm', long, default_value = "cbc")]
    pub mode: String,
    /// When the secret expires (ISO 8601, e.g. 2030-01-01T00:00:00)
    #[arg(short = 'x', long)]
    pub expiration: Option<String>,
    /// The payload itself (visible in the process list: prefer --file)
    #[arg(short = 'p', long, conflicts_with = "file")]
    pub payload: Option<String>,
    /// Read the payload from this file (`-` for standard input)
    #[arg(short = 'F', long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct ListArgs {
    /// At most this many secrets
    #[arg(short = 'l', long, default_value_t = 10)]
    pub limit: u32,
    /// Skip this many secrets
    #[arg(short = 'o', long, default_value_t = 0)]
    pub offset: u32,
    /// Only secrets with this name
    #[arg(short = 'n', long)]
    pub name: Option<String>,
    /// Only secrets for this algorithm
    #[arg(short = 'a', long)]
    pub algorithm: Option<String>,
    /// Only secrets of this bit length
    #[arg(short = 'b', long)]
    pub bit_length: Option<u32>,
    /// Only secrets with this mode
    #[arg(short = 'm', long)]
    pub mode: Option<String>,
    /// Only secrets of this type
    #[arg(short = 's', long, value_enum)]
    pub secret_type: Option<SecretType>,
    /// Also a "Used by" column: the shares (and, for an administrator, share
    /// servers) that use each secret as their encryption key
    #[arg(long)]
    pub long: bool,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct GetArgs {
    /// The secret: its href or UUID
    #[arg(value_name = "URI", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::keys))]
    pub uri: String,
    /// Show the payload instead of the metadata
    #[arg(short = 'p', long, alias = "decrypt", short_alias = 'd')]
    pub payload: bool,
    /// Write the payload to this file (`-` for standard output), byte for byte
    #[arg(short = 'F', long, value_name = "PATH", conflicts_with = "payload")]
    pub file: Option<PathBuf>,
    /// The content type to ask the payload in (default: the secret's own)
    #[arg(
        short = 't',
        long,
        alias = "payload_content_type",
        value_name = "CONTENT_TYPE"
    )]
    pub payload_content_type: Option<String>,
    /// Also show the shares (and, for an administrator, share servers) that
    /// use the secret as their encryption key
    #[arg(long, conflicts_with_all = ["payload", "file"])]
    pub usage: bool,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The secrets: hrefs, UUIDs or names
    #[arg(value_name = "URI", value_parser = crate::cli::non_blank, add = ArgValueCandidates::new(complete::keys), required = true)]
    pub uris: Vec<String>,
    /// Delete even a key that shares or share servers use as their
    /// encryption key (their data becomes unreadable when the back end next
    /// needs the key)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Subcommand)]
pub enum OrderCommand {
    /// Ask Barbican to generate a key
    Create(OrderCreateArgs),
    /// Show an order
    Get(OrderGetArgs),
    /// List orders
    List(OrderListArgs),
    /// Delete one or more orders
    Delete(OrderDeleteArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OrderType {
    Key,
    Asymmetric,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct OrderCreateArgs {
    /// The kind of order
    #[arg(value_enum, value_name = "TYPE")]
    pub order_type: OrderType,
    /// A name for the secret that the order makes
    #[arg(short = 'n', long)]
    pub name: Option<String>,
    /// The algorithm of the key
    #[arg(short = 'a', long, default_value = "aes")]
    pub algorithm: String,
    /// The key's length in bits
    #[arg(short = 'b', long, default_value_t = 256)]
    pub bit_length: u32,
    /// The cipher mode
    #[arg(short = 'm', long, default_value = "cbc")]
    pub mode: String,
    /// The secret's payload content type
    #[arg(short = 't', long, default_value = "application/octet-stream")]
    pub payload_content_type: String,
    /// When the secret expires (ISO 8601)
    #[arg(short = 'x', long)]
    pub expiration: Option<String>,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::one_formats))]
pub struct OrderGetArgs {
    /// The order: its href or UUID
    #[arg(value_name = "URI", value_parser = crate::cli::non_blank)]
    pub uri: String,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
#[command(mut_arg("format", crate::output::list_formats))]
pub struct OrderListArgs {
    /// At most this many orders
    #[arg(short = 'l', long, default_value_t = 10)]
    pub limit: u32,
    /// Skip this many orders
    #[arg(short = 'o', long, default_value_t = 0)]
    pub offset: u32,
    #[command(flatten)]
    pub output: FormatArgs,
}

#[derive(Debug, Args)]
pub struct OrderDeleteArgs {
    /// The orders: hrefs or UUIDs
    #[arg(value_name = "URI", value_parser = crate::cli::non_blank, required = true)]
    pub uris: Vec<String>,
}
