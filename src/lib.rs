//! sharekeep: an OpenStack client for shared file systems with
//! bring-your-own-key encryption. The binary is a thin wrapper around [`main`].
//!
//! This crate is the command line (arguments, commands, output, completion,
//! the manual). It stands on three others, whose arrows point one way:
//! `sharekeep-client` (configuration, session, APIs) and `sharekeep-cloud`
//! (the embedded Keystone, Barbican and Manila) know nothing of each other
//! and both stand on `sharekeep-base`. [`builtin`] is the one place that
//! joins them. Their modules are re-exported under their old names
//! (`sharekeep::session`, `sharekeep::local`, …) for the tests and tools.

pub mod builtin;
pub mod cli;
pub mod commands;
pub mod complete;
pub mod docs;
pub mod output;

pub use sharekeep_base::error;
pub use sharekeep_client::{api, config, session};
pub use sharekeep_cloud as local;

use std::process::ExitCode;

/// Parse, run, report. Returns the process exit code.
pub fn main() -> ExitCode {
    let started = std::time::Instant::now();
    // Dynamic completion: answers and exits when COMPLETE is set.
    if std::env::var_os("COMPLETE").is_some_and(|v| !v.is_empty()) {
        let line = cli::complete::mend_line(std::env::args_os().collect());
        let cwd = std::env::current_dir().ok();
        match clap_complete::CompleteEnv::with_factory(cli::command)
            .try_complete(line, cwd.as_deref())
        {
            Ok(true) => return ExitCode::SUCCESS,
            Ok(false) => {}
            Err(e) => e.exit(),
        }
    }
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version print to stdout and succeed; usage errors exit 2.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                error::Kind::Usage.exit_code()
            } else {
                0
            });
        }
    };
    let ui = output::Ui::new(cli.global.quiet);
    let timing = cli.global.timing;
    let debug = cli.global.debug;
    // `local serve` answers many clients at once; every other command is
    // one client and needs no thread pool.
    let serving = matches!(
        cli.command,
        cli::Command::Local(cli::local::LocalCommand::Serve(_))
    );
    let mut builder = if serving {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    let runtime = match builder.enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            ui.err_line(&format!("error: cannot start the async runtime: {e}"));
            return ExitCode::from(error::Kind::Failure.exit_code());
        }
    };
    let (result, outcome) = runtime.block_on(commands::run(cli, &ui));
    for notice in &outcome.notices {
        ui.notice(notice);
    }
    if timing {
        let mut lines = Vec::new();
        let mut total = 0.0;
        for t in &outcome.timings {
            let ms = t.elapsed.as_secs_f64() * 1000.0;
            total += ms;
            let status = t
                .status
                .map(|s| s.to_string())
                .unwrap_or_else(|| "---".into());
            lines.push(format!("{:>8.1} ms  {status}  {} {}", ms, t.method, t.url));
        }
        lines.push(format!(
            "{total:>8.1} ms  total over {} request(s)",
            outcome.timings.len()
        ));
        let in_process = started.elapsed().as_secs_f64() * 1000.0;
        lines.push(format!(
            "{in_process:>8.1} ms  in process, {:.1} ms of it outside HTTP",
            in_process - total
        ));
        ui.err_lines(&lines);
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => ExitCode::from(report(&ui, &e, debug)),
    }
}

/// The edge: what failed, its hints, and (with `--debug`) each cause below
/// it; the exit code from the error's kind. Errors of the layers arrive as
/// [`error::Error`]; anything else is an unexpected failure (exit 1).
fn report(ui: &output::Ui, e: &anyhow::Error, debug: bool) -> u8 {
    let (text, kind, message) = match e.downcast_ref::<error::Error>() {
        Some(err) => (err.to_string(), err.kind, err.message.clone()),
        None => (format!("error: {e}"), error::Kind::Failure, e.to_string()),
    };
    ui.err_line(&text);
    if debug {
        // A typed cause often reads as the message itself: shown once.
        for cause in e.chain().skip(1).map(|c| c.to_string()) {
            if cause != message {
                ui.err_line(&format!("caused by: {cause}"));
            }
        }
    }
    kind.exit_code()
}
