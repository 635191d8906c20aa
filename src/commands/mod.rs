//! Command implementations: one module per command group. Each takes its
//! parsed arguments, calls service clients through the session, and hands the
//! result to the printer.

mod acl;
mod keyring;
mod secret;
mod token;

use crate::cli::{Cli, Command};
use crate::config::{CloudConfig, ConfigFiles};
use crate::error::Result;
use crate::output::{FormatArgs, Printer};
use crate::session::{Options, Session};

/// What `main` needs after a command: timings and notices to print on stderr.
pub struct Outcome {
    pub notices: Vec<String>,
    pub timings: Vec<crate::session::http::Timing>,
}

/// Resolve the configuration and open a session (nothing is sent yet).
pub fn open_session(cli: &Cli) -> Result<Session> {
    let files = ConfigFiles::discover(
        std::env::var_os("OS_CLIENT_CONFIG_FILE").map(Into::into),
        std::env::var_os("OS_CLIENT_SECURE_FILE").map(Into::into),
    )?;
    let config = CloudConfig::resolve(&files, &cli.global.overrides())?;
    Ok(Session::new(
        config,
        Options {
            debug: cli.global.debug,
        },
    ))
}

/// Run the command. `Ok` carries what the session collected for stderr; an
/// `Err` carries the same in its second part so that nothing is lost.
pub async fn run(cli: Cli) -> (Result<()>, Outcome) {
    let mut outcome = Outcome {
        notices: Vec::new(),
        timings: Vec::new(),
    };
    let result = match &cli.command {
        Command::Completion(args) => {
            let mut out = Vec::new();
            clap_complete::generate(
                args.shell,
                &mut crate::cli::command(),
                "sharekeep",
                &mut out,
            );
            Printer::new(FormatArgs::default()).raw(&out)
        }
        Command::Keyring(cmd) => keyring::run(&cli, cmd),
        _ => match open_session(&cli) {
            Err(e) => Err(e),
            Ok(mut session) => {
                let result = match &cli.command {
                    Command::Secret(cmd) => secret::run(&mut session, cmd).await,
                    Command::Acl(cmd) => acl::run(&mut session, cmd).await,
                    Command::Token(cmd) => token::run(&mut session, cmd).await,
                    Command::Completion(_) | Command::Keyring(_) => Ok(()),
                };
                outcome.notices = std::mem::take(&mut session.notices);
                outcome.timings = session.timings();
                result
            }
        },
    };
    (result, outcome)
}
