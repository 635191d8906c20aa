//! Generated documentation: man pages (one per command) and completion scripts,
//! rendered from the clap tree. They are committed under `man/` and
//! `completions/`; `tests/assets.rs` fails when they are stale, and
//! `SHAREKEEP_BLESS=1 cargo test --test assets` rewrites them.

use std::path::PathBuf;

use clap_complete::Shell;

/// Every generated file: its path relative to the repository root, and its bytes.
pub fn render_all() -> std::io::Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut cmd = crate::cli::command();
    cmd.build();
    let mut files = Vec::new();
    man_pages(&cmd, "", &mut files)?;
    for (shell, file) in [
        (Shell::Bash, "sharekeep.bash"),
        (Shell::Zsh, "_sharekeep"),
        (Shell::Fish, "sharekeep.fish"),
        (Shell::PowerShell, "_sharekeep.ps1"),
        (Shell::Elvish, "sharekeep.elv"),
    ] {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut crate::cli::command(), "sharekeep", &mut out);
        files.push((PathBuf::from("completions").join(file), out));
    }
    Ok(files)
}

fn man_pages(
    cmd: &clap::Command,
    prefix: &str,
    files: &mut Vec<(PathBuf, Vec<u8>)>,
) -> std::io::Result<()> {
    let name = if prefix.is_empty() {
        cmd.get_name().to_string()
    } else {
        format!("{prefix}-{}", cmd.get_name())
    };
    let page = cmd
        .clone()
        .name(name.clone())
        .bin_name(name.replace('-', " "));
    let mut out = Vec::new();
    clap_mangen::Man::new(page).render(&mut out)?;
    files.push((PathBuf::from("man").join(format!("{name}.1")), out));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        man_pages(sub, &name, files)?;
    }
    Ok(())
}
