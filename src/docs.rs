//! Generated documentation: man pages (one per command) and completion scripts,
//! rendered from the clap tree. They are committed under `man/` and
//! `completions/`; `tests/it/assets.rs` fails when they are stale, and
//! `SHAREKEEP_BLESS=1 cargo test --test it assets::` rewrites them.

use std::path::PathBuf;

use clap_complete::Shell;

/// Every generated file: its path relative to the repository root, and its bytes.
pub fn render_all() -> std::io::Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut cmd = crate::cli::command();
    cmd.build();
    let mut files = Vec::new();
    man_pages(&cmd, "", &mut files)?;
    let mut tree = String::new();
    help_tree(&cmd, "sharekeep", &mut tree);
    files.push((PathBuf::from("tests/help-tree.txt"), tree.into_bytes()));
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

/// Every command's `--help`, one after the other: a snapshot of the whole
/// command line, so that no change to it goes unnoticed in review. The
/// global options are shown once, with `sharekeep`; each command's own after it.
fn help_tree(cmd: &clap::Command, path: &str, out: &mut String) {
    let mut c = cmd.clone().bin_name(path).term_width(100);
    if path != "sharekeep" {
        c = without_globals(c);
    }
    out.push_str(&format!("==== {path} --help\n"));
    out.push_str(&c.render_long_help().to_string());
    out.push('\n');
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        help_tree(sub, &format!("{path} {}", sub.get_name()), out);
    }
}

/// The command with the global options hidden (they are documented once, at the top).
fn without_globals(mut cmd: clap::Command) -> clap::Command {
    let globals: Vec<clap::Id> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().clone())
        .collect();
    for id in globals {
        cmd = cmd.mut_arg(id, |a| a.hide(true));
    }
    cmd
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
    let mut page = cmd
        .clone()
        .name(name.clone())
        .bin_name(name.replace('-', " "));
    let top = prefix.is_empty();
    if !top {
        // A command's page lists its own options; the global ones are in sharekeep(1).
        page = without_globals(page);
    }
    let mut out = Vec::new();
    clap_mangen::Man::new(page.clone()).render(&mut out)?;
    let roff = String::from_utf8_lossy(&out).into_owned();
    let roff = replace_synopsis(&roff, &synopsis(&page, top));
    let mut roff = roff;
    roff.push_str(&extra_sections(&name, top));
    files.push((
        PathBuf::from("man").join(format!("{name}.1")),
        roff.into_bytes(),
    ));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        man_pages(sub, &name, files)?;
    }
    Ok(())
}

/// roff text: `-` and `\` escaped.
fn esc(s: &str) -> String {
    s.replace('\\', "\\e").replace('-', "\\-")
}

/// SYNOPSIS with value placeholders, global options apart:
/// `sharekeep [global options] share create [--name NAME] … <SHARE_PROTOCOL> <SIZE>`.
fn synopsis(page: &clap::Command, top: bool) -> String {
    let path = page.get_bin_name().unwrap_or(page.get_name()).to_string();
    let mut line = if top {
        format!("\\fB{}\\fR [\\fIoptions\\fR]", esc(&path))
    } else {
        let rest = path.strip_prefix("sharekeep ").unwrap_or(&path);
        format!(
            "\\fBsharekeep\\fR [\\fIglobal options\\fR] \\fB{}\\fR",
            esc(rest)
        )
    };
    let visible = || page.get_arguments().filter(|a| !a.is_hide_set());
    for a in visible().filter(|a| !a.is_positional() && !top) {
        let Some(long) = a.get_long() else { continue };
        if long == "help" {
            continue;
        }
        let takes_value = a.get_num_args().is_none_or(|n| n.takes_values());
        let (value, many) = placeholder(a);
        let part = if takes_value {
            format!("[\\fB\\-\\-{}\\fR \\fI{}\\fR]", esc(long), esc(&value))
        } else {
            format!("[\\fB\\-\\-{}\\fR]", esc(long))
        };
        line.push(' ');
        line.push_str(&part);
        if many {
            line.push_str("...");
        }
    }
    for a in visible().filter(|a| a.is_positional()) {
        let (value, many) = placeholder(a);
        if a.is_required_set() {
            line.push_str(&format!(" <\\fI{}\\fR>", esc(&value)));
        } else {
            line.push_str(&format!(" [\\fI{}\\fR]", esc(&value)));
        }
        if many {
            line.push_str("...");
        }
    }
    if page.has_subcommands() {
        line.push_str(" <\\fIcommand\\fR>");
    }
    line
}

/// An argument's value placeholder (`NAME`), and whether it may be repeated.
fn placeholder(a: &clap::Arg) -> (String, bool) {
    let value = a
        .get_value_names()
        .and_then(|v| v.first())
        .map(|v| v.to_string())
        .unwrap_or_else(|| a.get_id().as_str().to_uppercase());
    (value, matches!(a.get_action(), clap::ArgAction::Append))
}

fn replace_synopsis(roff: &str, synopsis: &str) -> String {
    let Some(start) = roff.find(".SH SYNOPSIS\n") else {
        return roff.to_string();
    };
    let body = start + ".SH SYNOPSIS\n".len();
    let end = roff[body..]
        .find("\n.SH ")
        .map_or(roff.len(), |i| body + i + 1);
    format!("{}{synopsis}\n{}", &roff[..body], &roff[end..])
}

/// EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES (where there are some) and SEE ALSO.
fn extra_sections(name: &str, top: bool) -> String {
    let mut s = String::from(".SH \"EXIT STATUS\"\n");
    s.push_str(".TP\n0\nsuccess\n");
    for (kind, what) in crate::error::Kind::ALL {
        s.push_str(&format!(".TP\n{}\n{}\n", kind.exit_code(), esc(what)));
    }
    s.push_str(".SH ENVIRONMENT\n");
    if top {
        s.push_str(
            "Each \\fB\\-\\-os\\-*\\fR option can also be set by the variable named \
             in its description (\\fBOS_CLOUD\\fR, \\fBOS_AUTH_URL\\fR, \\fBOS_USERNAME\\fR, …); \
             the option wins over the variable, the variable over \\fIclouds.yaml\\fR.\n",
        );
    } else {
        s.push_str("The \\fBOS_*\\fR variables of \\fBsharekeep\\fR(1), and:\n");
    }
    for (var, what) in [
        (
            "OS_CLIENT_CONFIG_FILE",
            "the clouds.yaml to use, before the search path",
        ),
        (
            "OS_CLIENT_SECURE_FILE",
            "the secure.yaml to use, before the search path",
        ),
        (
            "SHAREKEEP_TOKEN_CACHE",
            "file, keyring or none: where the token is cached",
        ),
        ("CLIFF_MAX_TERM_WIDTH", "the widest a table may be"),
        ("CLIFF_FIT_WIDTH", "1: fit tables to the terminal"),
        (
            "XDG_CACHE_HOME",
            "where the token and completion caches live (default ~/.cache)",
        ),
        (
            "COMPLETE",
            "bash, zsh, fish, elvish or powershell: print the dynamic completion script",
        ),
    ] {
        s.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", esc(var), esc(what)));
    }
    s.push_str(".SH FILES\n");
    for (file, what) in [
        (
            "./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml",
            "the clouds (also .yml, .json); secure.yaml beside it is merged over it",
        ),
        (
            "$XDG_CACHE_HOME/sharekeep/auth/",
            "cached tokens and catalogs, one 0600 file per credential set",
        ),
        (
            "$XDG_CACHE_HOME/sharekeep/salt",
            "the random salt of the cache file names",
        ),
        (
            "$XDG_CACHE_HOME/sharekeep/complete/",
            "values for dynamic completion, kept two minutes",
        ),
    ] {
        s.push_str(&format!(".TP\n\\fI{}\\fR\n{}\n", esc(file), esc(what)));
    }
    if let Some(examples) = examples(name) {
        s.push_str(".SH EXAMPLES\n");
        for (what, cmd) in examples {
            s.push_str(&format!(".TP\n{}\n.nf\n{}\n.fi\n", esc(what), esc(cmd)));
        }
    }
    if !top {
        s.push_str(".SH \"SEE ALSO\"\n\\fBsharekeep\\fR(1)\n");
    }
    s
}

fn examples(page: &str) -> Option<&'static [(&'static str, &'static str)]> {
    Some(match page {
        "sharekeep" => &[
            (
                "Store a key and create a share encrypted with it:",
                "sharekeep secret store --name share-key --secret-type symmetric --file key.bin\nsharekeep share create NFS 1 --share-type encrypted --share-network net1 --encryption-key-ref share-key --wait",
            ),
            (
                "The clouds of a clouds.yaml:",
                "sharekeep --os-cloud mycloud share list",
            ),
        ],
        "sharekeep-share-create" => &[
            (
                "Check the plan first:",
                "sharekeep share create NFS 1 --share-type encrypted --share-network net1 --encryption-key-ref share-key --dry-run",
            ),
            (
                "Create and wait until it is available:",
                "sharekeep share create NFS 1 --name s1 --share-type encrypted --share-network net1 --encryption-key-ref share-key --wait",
            ),
        ],
        "sharekeep-secret-store" => &[
            (
                "A 256-bit key from a file (never on the command line):",
                "head -c 32 /dev/urandom > key.bin\nsharekeep secret store --name share-key --secret-type symmetric --file key.bin",
            ),
            (
                "From standard input:",
                "sharekeep secret store --name share-key --file - < key.bin",
            ),
        ],
        "sharekeep-secret-delete" => &[(
            "Refused while a share uses the key; --force deletes anyway:",
            "sharekeep secret delete share-key",
        )],
        "sharekeep-share-server-list" => &[(
            "The share servers that use a key (administrators):",
            "sharekeep share server list --encryption-key-ref <secret UUID> --long",
        )],
        _ => return None,
    })
}
