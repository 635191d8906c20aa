//! `keyring store|forget`: a cloud's secret in the OS keyring.

use std::io::{IsTerminal, Read};

use crate::cli::Cli;
use crate::cli::keyring::{KeyringArgs, KeyringCommand};
use crate::error::{Error, Result};
use crate::session::keyring as kr;

pub fn run(cli: &Cli, cmd: &KeyringCommand) -> Result<()> {
    match cmd {
        KeyringCommand::Store(args) => {
            let name = entry_name(cli, args)?;
            let secret = read_secret(&name)?;
            Ok(kr::store_secret(&name, &secret)?)
        }
        KeyringCommand::Forget(args) => {
            let name = entry_name(cli, args)?;
            if kr::forget_secret(&name)? {
                Ok(())
            } else {
                Err(Error::new(
                    crate::error::Kind::NotFound,
                    format!("the keyring has no entry `{name}`"),
                ))
            }
        }
    }
}

fn entry_name(cli: &Cli, args: &KeyringArgs) -> Result<String> {
    args.name
        .clone()
        .or_else(|| cli.global.os_cloud.clone())
        .ok_or_else(|| {
            Error::usage("name the keyring entry, or select a cloud with --os-cloud / OS_CLOUD")
        })
}

/// From a terminal: a prompt without echo. Otherwise: standard input, so that
/// the secret never has to appear in argv.
fn read_secret(name: &str) -> Result<String> {
    let secret = if std::io::stdin().is_terminal() {
        rpassword::prompt_password(format!("Secret for keyring entry `{name}`: "))
            .map_err(|e| Error::failure(format!("cannot read the secret: {e}")))?
    } else {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| {
            Error::failure(format!("cannot read the secret from standard input: {e}"))
        })?;
        s.trim_end_matches(['\n', '\r']).to_string()
    };
    if secret.is_empty() {
        return Err(Error::usage("the secret is empty; nothing was stored"));
    }
    Ok(secret)
}
