//! Command implementations: one module per command group. Each takes its
//! parsed arguments, calls service clients through the session, and hands the
//! result to the printer.

mod acl;
mod container;
mod keyguard;
mod keyring;
mod local;
mod secret;
mod share;
mod token;
pub mod wait;

use crate::cli::{Cli, Command};
use crate::error::Result;
use crate::output::Ui;
use crate::session::{Options, Session};

/// What `main` needs after a command: timings and notices to print on stderr.
pub struct Outcome {
    pub notices: Vec<String>,
    pub timings: Vec<crate::session::http::Timing>,
}

/// Resolve the configuration and open a session (nothing is sent yet).
pub async fn open_session(cli: &Cli, ui: &Ui) -> Result<Session> {
    if let Some(v) = cli.global.os_key_manager_api_version.as_deref()
        && v != "1"
    {
        return Err(crate::error::Error::usage(format!(
            "key manager API version `{v}` does not exist; Barbican has only version 1"
        )));
    }
    crate::session::connect(
        &cli.global.overrides(),
        Options {
            debug: cli.global.debug,
            ui: ui.clone(),
            builtin: Some(crate::builtin::clouds()),
            ..Options::default()
        },
    )
    .await
}

/// Run the command. `Ok` carries what the session collected for stderr; an
/// `Err` carries the same in its second part so that nothing is lost.
pub async fn run(cli: Cli, ui: &Ui) -> (anyhow::Result<()>, Outcome) {
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
            ui.out(&out)
        }
        Command::Keyring(cmd) => keyring::run(&cli, cmd),
        Command::Local(cmd) => local::run(cmd, ui).await,
        _ => match open_session(&cli, ui).await {
            Err(e) => Err(e),
            Ok(mut session) => {
                let result = match &cli.command {
                    Command::Secret(cmd) => secret::run(&mut session, cmd).await,
                    Command::Acl(cmd) => acl::run(&mut session, cmd).await,
                    Command::Token(cmd) => token::run(&mut session, cmd).await,
                    Command::Share(cmd) => share::run(&mut session, cmd).await,
                    Command::Completion(_) | Command::Keyring(_) | Command::Local(_) => Ok(()),
                };
                outcome.notices = std::mem::take(&mut session.notices);
                outcome.timings = session.timings();
                result
            }
        },
    };
    (result.map_err(anyhow::Error::from), outcome)
}

/// Barbican sends naive UTC times (`2026-11-27T10:00:00`); barbicanclient
/// prints them in ISO 8601 with the offset (`…+00:00`), and so do we.
pub(crate) fn barbican_time(v: &serde_json::Value) -> serde_json::Value {
    let Some(s) = v.as_str() else {
        return v.clone();
    };
    match s.trim_end_matches('Z').parse::<jiff::civil::DateTime>() {
        // Python's isoformat: microseconds only when there are any.
        Ok(dt) if dt.subsec_nanosecond() == 0 => {
            serde_json::Value::String(format!("{}+00:00", dt.strftime("%Y-%m-%dT%H:%M:%S")))
        }
        Ok(dt) => {
            serde_json::Value::String(format!("{}+00:00", dt.strftime("%Y-%m-%dT%H:%M:%S%.6f")))
        }
        Err(_) => v.clone(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn barbican_times_get_an_offset() {
        assert_eq!(
            super::barbican_time(&json!("2026-11-27T10:00:00")),
            json!("2026-11-27T10:00:00+00:00")
        );
        assert_eq!(
            super::barbican_time(&json!("2026-11-27T10:00:00.5")),
            json!("2026-11-27T10:00:00.500000+00:00")
        );
        assert_eq!(super::barbican_time(&json!(null)), json!(null));
    }
}
