//! `local status|reset|config|populate`: the embedded local cloud's state
//! directory, without starting its services.

use std::io::{IsTerminal, Read};

use serde_json::json;

use crate::cli::local::{ConfigArgs, LocalCommand, PolicyArgs, PopulateArgs, ResetArgs, ServeArgs};
use crate::error::{Error, Kind, Result};
use crate::local::{self, State, config, files};
use crate::output::Print;
use crate::output::{Data, Ui};

pub async fn run(cmd: &LocalCommand, ui: &Ui) -> Result<()> {
    match cmd {
        LocalCommand::Status(args) => ui.print(&args.output, status()?),
        LocalCommand::Reset(args) => reset(args, ui),
        LocalCommand::Config(args) => config(args, ui),
        LocalCommand::Policy(args) => ui.print(&args.output, policy(args)?),
        LocalCommand::Populate(args) => populate(args, ui),
        LocalCommand::Serve(args) => serve(args, ui).await,
    }
}

async fn serve(args: &ServeArgs, ui: &Ui) -> Result<()> {
    use local::serve;
    if !args.bind.is_loopback() && !args.allow_remote {
        return Err(
            Error::usage(format!("--bind {} is not a loopback address", args.bind)).with_hint(
                "pass --allow-remote as well to serve other machines (with --tls-cert and --tls-key for HTTPS)",
            ),
        );
    }
    if let Some(url) = args
        .public_url
        .as_ref()
        .filter(|u| !(u.starts_with("http://") || u.starts_with("https://")))
    {
        return Err(Error::usage(format!(
            "--public-url {url} is not an http:// or https:// URL"
        )));
    }
    let dir = match &args.state {
        Some(dir) => dir.clone(),
        None => files::state_dir()?,
    };
    if args.print_clouds_yaml {
        if args.port == 0 {
            return Err(Error::usage("--print-clouds-yaml needs the port: --port N")
                .with_hint("the same N as the `local serve --port N` that will serve it"));
        }
        let addr = std::net::SocketAddr::new(args.bind, args.port);
        let base = serve::base_url(addr, args.public_url.as_deref(), args.tls_cert.is_some());
        let state = State::open_at(&dir, Some(&base))?;
        return ui.out(serve::clouds_yaml(&state)?.as_bytes());
    }
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(serve::tls_config(cert, key).map_err(|e| {
            Error::usage(e).with_hint(
                "--tls-cert takes a PEM certificate chain and --tls-key its PEM private key",
            )
        })?),
        _ => None,
    };
    if !args.bind.is_loopback() && tls.is_none() {
        ui.err_line(&format!(
            "warning: serving on {}, beyond this machine, over plain HTTP (--tls-cert and --tls-key serve HTTPS)",
            args.bind
        ));
    }
    let listen = local::server::Listen {
        tls,
        idle: std::time::Duration::from_secs(args.idle_timeout),
    };
    let listener = serve::bind(args.bind, args.port).await?;
    let (log, mut lines) = tokio::sync::mpsc::unbounded_channel();
    let server = serve::Server::start(listener, &dir, args.public_url.as_deref(), log, listen)?;
    ui.out(serve::clouds_yaml(&server.state)?.as_bytes())?;
    ui.err_line(&format!(
        "sharekeep local serve: serving {} (listening on {}, state {}); SIGINT or SIGTERM stops it",
        server.state.base_url(),
        server.addr,
        dir.display()
    ));
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        .map_err(|e| Error::failure(format!("cannot watch for SIGTERM: {e}")))?;
    // The state directory is looked at every second: a server that went on
    // serving a removed or replaced database would lose what it wrote.
    let mut watch = tokio::time::interval(serve::STATE_WATCH);
    let stop = loop {
        tokio::select! {
            Some(line) = lines.recv() => ui.err_line(&line),
            _ = tokio::signal::ctrl_c() => break Ok("SIGINT"),
            _ = term.recv() => break Ok("SIGTERM"),
            _ = watch.tick() => if let Err(e) = server.state.check_same() {
                break Err(e);
            },
        }
    };
    let signal = match &stop {
        Ok(signal) => *signal,
        Err(_) => "the state directory changed",
    };
    ui.err_line(&format!(
        "sharekeep local serve: {signal}: finishing the requests in flight"
    ));
    let clean = server.shutdown().await;
    while let Ok(line) = lines.try_recv() {
        ui.err_line(&line);
    }
    if let Err(e) = stop {
        return Err(Error::from(e).with_hint(format!(
            "stopped serving: writes were refused from the moment it changed; start `sharekeep local serve` again to serve the state now in {}",
            dir.display()
        )));
    }
    if clean {
        ui.err_line("sharekeep local serve: stopped; the state is consistent");
        Ok(())
    } else {
        Err(Error::failure(format!(
            "requests were still running after {} s and were cut off",
            serve::GRACE.as_secs()
        ))
        .with_hint("each change is one transaction: the state is consistent; cut-off work resumes on the next start"))
    }
}

fn status() -> Result<Data> {
    let dir = files::state_dir()?;
    if !local::store::db_path(&dir).exists() {
        return Ok(Data::one(vec![
            ("state_dir", json!(dir.display().to_string())),
            (
                "state",
                json!("none yet: the first `--os-cloud local*` command makes and seeds it"),
            ),
        ]));
    }
    let state = State::open(&dir)?;
    let (census, keys, pending) = state.read(|tx| {
        let census = tx.census()?;
        let keys = local::share::manager::keys_in_use(tx)?;
        let pending = local::share::manager::pending_count(tx)?;
        Ok((census, keys, pending))
    })?;
    let count = |kind: &str| {
        census
            .iter()
            .find(|(k, _)| k == kind)
            .map_or(0, |(_, n)| *n)
    };
    let clouds: Vec<&str> = local::CLOUDS.iter().map(|(name, ..)| *name).collect();
    Ok(Data::one(vec![
        ("state_dir", json!(dir.display().to_string())),
        ("base_url", json!(state.base_url())),
        ("schema", json!(local::store::SCHEMA_VERSION)),
        ("clouds", json!(clouds)),
        ("projects", json!(count("project"))),
        ("users", json!(count("user"))),
        ("shares", json!(count("share"))),
        ("share_servers", json!(count("share_server"))),
        ("snapshots", json!(count("snapshot"))),
        ("share_networks", json!(count("share_network"))),
        ("share_types", json!(count("share_type"))),
        ("secrets", json!(count("secret"))),
        ("encryption_keys_in_use", json!(keys)),
        ("application_credentials", json!(count("app_cred"))),
        ("pending_work", json!(pending)),
        (
            "back_ends",
            json!(
                state
                    .config
                    .backends
                    .iter()
                    .map(|b| b.host())
                    .collect::<Vec<_>>()
            ),
        ),
    ]))
}

fn reset(args: &ResetArgs, ui: &Ui) -> Result<()> {
    let dir = files::state_dir()?;
    let db = local::store::db_path(&dir);
    if !db.exists() {
        ui.notice(&format!(
            "nothing to reset: {} holds no local state",
            dir.display()
        ));
        return Ok(());
    }
    // What every other command refuses, reset refuses too: it removes only
    // a state of this sharekeep's, with the key it was made with, and only
    // while no other process has it open.
    local::check_state(&dir)?;
    drop(files::hold_alone(&dir)?);
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(Error::usage(
                "`local reset` deletes every share, secret and key of the local cloud",
            )
            .with_hint("pass --yes to confirm in a script"));
        }
        ui.err_line(&format!(
            "Delete the local cloud's state in {} (shares, secrets, keys, credentials)? [y/N] ",
            dir.display()
        ));
        let mut answer = String::new();
        std::io::stdin()
            .read_line(&mut answer)
            .map_err(|e| Error::failure(format!("cannot read the answer: {e}")))?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            return Err(Error::new(Kind::Rejected, "not reset"));
        }
    }
    let _alone = files::hold_alone(&dir)?;
    local::check_state(&dir)?;
    // The back-end config is the user's: it stays, as does the lock.
    for name in local::STATE_FILES {
        let path = dir.join(name);
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return Err(Error::failure(format!(
                    "cannot delete {}: {e}",
                    path.display()
                )));
            }
        }
    }
    ui.notice(&format!(
        "the local state in {} is reset (backends.yaml kept)",
        dir.display()
    ));
    Ok(())
}

/// The effective policy: one row per rule, where it comes from.
fn policy(args: &PolicyArgs) -> Result<Data> {
    let dir = files::state_dir()?;
    let policy = local::policy::Policy::load(&dir)?;
    let mut rows = Vec::new();
    for service in local::policy::Service::ALL {
        if args.service.as_deref().is_some_and(|s| s != service.name()) {
            continue;
        }
        for (name, rule) in policy.rules(service) {
            if args.overridden && rule.line.is_none() {
                continue;
            }
            let source = match rule.line {
                Some(line) => format!("{}:{line}", local::policy::FILE),
                None => "default".to_string(),
            };
            rows.push(vec![
                json!(service.name()),
                json!(name),
                json!(rule.text),
                json!(source),
            ]);
        }
    }
    Ok(Data::list(&["Service", "Rule", "Check", "Source"], rows))
}

fn config(args: &ConfigArgs, ui: &Ui) -> Result<()> {
    let dir = files::state_dir()?;
    files::ensure_dir(&dir)?;
    let path = dir.join(config::FILE);
    let current = files::read_or_create(&path, || config::DEFAULT.as_bytes().to_vec())?;
    let new_text = if args.defaults {
        config::DEFAULT.to_string()
    } else if let Some(file) = &args.file {
        let mut text = String::new();
        if file.as_os_str() == "-" {
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Error::failure(format!("cannot read standard input: {e}")))?;
        } else {
            text = std::fs::read_to_string(file)
                .map_err(|e| Error::usage(format!("cannot read {}: {e}", file.display())))?;
        }
        text
    } else if args.edit {
        match edit(&dir, &current, ui)? {
            Some(text) => text,
            None => return Ok(()),
        }
    } else {
        return ui.out(&current);
    };
    if new_text.as_bytes() == current.as_slice() {
        ui.notice(&format!("{} unchanged", path.display()));
        return Ok(());
    }
    config::Config::parse(&new_text).map_err(|why| {
        Error::usage(format!("the new back-end config is not valid: {why}"))
            .with_hint(format!("{} is unchanged", path.display()))
    })?;
    files::replace(&path, new_text.as_bytes())?;
    ui.notice(&format!("{} updated", path.display()));
    Ok(())
}

/// The editor: `VISUAL`, else `EDITOR` (an empty one is not set).
fn editor() -> Result<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.trim().is_empty())
        .ok_or_else(|| {
            Error::usage("set VISUAL or EDITOR to edit the config")
                .with_hint("or pass --file NEW.yaml")
        })
}

/// Edit a draft of the config until it is valid; `None` when it was left
/// as it was. An invalid draft is offered again on a terminal; otherwise (or
/// when the user declines) it is kept, and the error names where.
fn edit(dir: &std::path::Path, current: &[u8], ui: &Ui) -> Result<Option<String>> {
    let editor = editor()?;
    let draft = dir.join("backends.edit.yaml");
    files::replace(&draft, current)?;
    loop {
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("{editor} \"$1\""))
            .arg("sh")
            .arg(&draft)
            .status()
            .map_err(|e| Error::failure(format!("cannot run the editor `{editor}`: {e}")))?;
        if !status.success() {
            return Err(Error::failure(format!(
                "the editor `{editor}` failed ({status}); nothing changed"
            ))
            .with_hint(format!("your draft is kept in {}", draft.display())));
        }
        let text = std::fs::read_to_string(&draft)
            .map_err(|e| Error::failure(format!("cannot read {}: {e}", draft.display())))?;
        if text.as_bytes() == current {
            let _ = std::fs::remove_file(&draft);
            ui.notice("no change: the back-end config is unchanged");
            return Ok(None);
        }
        let Err(why) = config::Config::parse(&text) else {
            let _ = std::fs::remove_file(&draft);
            return Ok(Some(text));
        };
        if std::io::stdin().is_terminal() {
            ui.err_line(&format!(
                "the edit is not valid: {why}\nEdit it again? [Y/n] "
            ));
            let mut answer = String::new();
            std::io::stdin()
                .read_line(&mut answer)
                .map_err(|e| Error::failure(format!("cannot read the answer: {e}")))?;
            if !matches!(answer.trim(), "n" | "N" | "no") {
                continue;
            }
        }
        return Err(Error::usage(format!("the new back-end config is not valid: {why}"))
            .with_hint(format!(
                "{} is unchanged; your edit is kept in {}: fix it and run `sharekeep local config --file {}`",
                dir.join(config::FILE).display(),
                draft.display(),
                draft.display()
            )));
    }
}

fn populate(args: &PopulateArgs, ui: &Ui) -> Result<()> {
    let state = State::open_default()?;
    let (shares, servers) = local::share::populate::populate(&state, args.shares, args.servers)?;
    ui.notice(&format!(
        "added {shares} shares and {servers} share servers to the demo project (its share, gigabyte and key quotas are now unlimited)"
    ));
    Ok(())
}
