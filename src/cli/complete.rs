//! The completers named in the command definitions: they resolve the cloud
//! from the environment as the command line would, and ask
//! [`crate::complete`] for its values (dependencies go cli -> complete ->
//! session, never back).

use clap::Parser;
use clap_complete::engine::CompletionCandidate;

use crate::complete::{Kind, candidates};
use crate::config::Overrides;

/// The overrides that the environment gives (`OS_*`): flags typed on the line
/// being completed are not visible to a completer.
fn from_environment() -> Option<Overrides> {
    super::Cli::try_parse_from(["sharekeep", "token", "issue"])
        .ok()
        .map(|cli| cli.global.overrides())
}

pub fn share_types() -> Vec<CompletionCandidate> {
    candidates(Kind::ShareTypes, from_environment())
}

pub fn share_networks() -> Vec<CompletionCandidate> {
    candidates(Kind::ShareNetworks, from_environment())
}

pub fn shares() -> Vec<CompletionCandidate> {
    candidates(Kind::Shares, from_environment())
}

pub fn keys() -> Vec<CompletionCandidate> {
    candidates(Kind::Keys, from_environment())
}
