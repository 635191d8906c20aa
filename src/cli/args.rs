//! Arguments several command groups share: `key=value`, the inexact-name
//! filters, `--wait`.

use clap::Args;

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
