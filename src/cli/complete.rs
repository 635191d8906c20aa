//! The completers named in the command definitions: they resolve the cloud
//! as the command line being completed would (its `--os-*` options over
//! the `OS_*` environment), and ask [`crate::complete`] for its values
//! (dependencies go cli -> complete -> session, never back).
//!
//! clap_complete's engine takes a word that names a subcommand for that
//! subcommand even where it is an option's value (`--os-cloud local share
//! show <TAB>` would complete `local`'s subcommands), so the line is mended
//! before the engine reads it: [`mend_line`].

use std::ffi::{OsStr, OsString};

use clap::Parser;
use clap_complete::engine::CompletionCandidate;

use crate::complete::{Kind, candidates};
use crate::config::Overrides;

/// The long names of the global options that take a value (`os-cloud` …).
fn valued_globals() -> Vec<String> {
    super::command()
        .get_arguments()
        .filter(|a| a.is_global_set() && a.get_action().takes_values())
        .filter_map(|a| a.get_long().map(str::to_string))
        .collect()
}

/// The words of the line being completed (after the `--` the shell
/// integration puts before them, the program's own name first) and the
/// index of the word under the cursor.
fn line(args: &[OsString]) -> Option<(usize, usize)> {
    let start = args.iter().position(|a| a == "--")? + 1;
    let words = args.len() - start;
    let current = std::env::var("_CLAP_COMPLETE_INDEX")
        .ok()
        .and_then(|i| i.parse::<usize>().ok())
        .filter(|i| *i < words)
        .unwrap_or(words.saturating_sub(1));
    Some((start, start + current))
}

/// `--os-cloud VALUE` before the cursor, as `--os-cloud=VALUE` twice: the
/// same option, so that the engine cannot read VALUE as a subcommand, and as
/// many words, so that the cursor's index still points at its word.
pub fn mend_line(mut args: Vec<OsString>) -> Vec<OsString> {
    let Some((start, current)) = line(&args) else {
        return args;
    };
    let valued = valued_globals();
    let mut i = start;
    while i + 1 < current {
        let name = args[i].to_str().and_then(|w| w.strip_prefix("--"));
        if let Some(name) = name.filter(|n| valued.iter().any(|v| v == n)) {
            let mut joined = OsString::from(format!("--{name}="));
            joined.push(&args[i + 1]);
            args[i] = joined.clone();
            args[i + 1] = joined;
            i += 2;
        } else {
            i += 1;
        }
    }
    args
}

/// The `--os-*` options on the line before the cursor, as `--name=value`.
fn line_options(args: &[OsString]) -> Vec<OsString> {
    let Some((start, current)) = line(args) else {
        return Vec::new();
    };
    let valued = valued_globals();
    let words: Vec<&OsStr> = args[start..current]
        .iter()
        .map(OsString::as_os_str)
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(word) = words[i].to_str().and_then(|w| w.strip_prefix("--")) else {
            i += 1;
            continue;
        };
        let (name, inline) = match word.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (word, None),
        };
        if valued.iter().any(|v| v == name) {
            match inline {
                Some(_) => out.push(words[i].to_os_string()),
                None if i + 1 < words.len() => {
                    let mut joined = OsString::from(format!("--{name}="));
                    joined.push(words[i + 1]);
                    out.push(joined);
                    i += 1;
                }
                None => {}
            }
        }
        i += 1;
    }
    out
}

/// The overrides of the line being completed (its `--os-*` options) over
/// those of the environment (`OS_*`).
fn from_line() -> Option<Overrides> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let mut argv = vec![OsString::from("sharekeep")];
    argv.extend(line_options(&args));
    argv.extend(["token".into(), "issue".into()]);
    super::Cli::try_parse_from(argv)
        .ok()
        .map(|cli| cli.global.overrides())
}

pub fn share_types() -> Vec<CompletionCandidate> {
    candidates(Kind::ShareTypes, from_line())
}

pub fn share_networks() -> Vec<CompletionCandidate> {
    candidates(Kind::ShareNetworks, from_line())
}

pub fn shares() -> Vec<CompletionCandidate> {
    candidates(Kind::Shares, from_line())
}

pub fn keys() -> Vec<CompletionCandidate> {
    candidates(Kind::Keys, from_line())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    #[test]
    fn an_options_value_before_the_cursor_is_joined_to_it() {
        let line = os(&["sk", "--", "sk", "--os-cloud", "local", "share", "show", ""]);
        let mended = mend_line(line);
        assert_eq!(
            mended,
            os(&[
                "sk",
                "--",
                "sk",
                "--os-cloud=local",
                "--os-cloud=local",
                "share",
                "show",
                ""
            ])
        );
        // The value under the cursor is left for the engine to complete.
        let at_value = os(&["sk", "--", "sk", "--os-cloud", "loc"]);
        assert_eq!(mend_line(at_value.clone()), at_value);
    }

    #[test]
    fn the_lines_cloud_options_are_read_in_both_forms() {
        let line = os(&[
            "sk",
            "--",
            "sk",
            "--os-cloud",
            "local",
            "--os-region-name=R",
            "share",
            "show",
            "",
        ]);
        assert_eq!(
            line_options(&line),
            os(&["--os-cloud=local", "--os-region-name=R"])
        );
    }
}
