//! Dynamic completion (`COMPLETE=<shell> sharekeep -- …`) on the embedded
//! local cloud: the line's own `--os-cloud` is a value, never a subcommand,
//! and it names the cloud the values come from.

use crate::common::local::Local;

/// What `COMPLETE=fish` offers for the line `words` (the last word is the
/// one under the cursor), first column only.
fn offered(l: &mut Local, words: &[&str]) -> Vec<String> {
    l.env.set("COMPLETE", "fish");
    let mut args = vec!["--", "sharekeep"];
    args.extend_from_slice(words);
    let run = l.env.run(&args).ok();
    l.env.unset("COMPLETE");
    run.stdout
        .lines()
        .map(|line| line.split('\t').next().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_cloud_named_on_the_line_is_a_value_and_the_source_of_values() {
    let mut l = Local::new();
    l.on(
        "local-demo",
        &[
            "share",
            "create",
            "NFS",
            "1",
            "--name",
            "on-the-line",
            "--wait",
        ],
    )
    .ok();
    let key = l.store_key("local-demo", "line-key", &[5u8; 32]);
    // No OS_CLOUD: only the line names the cloud.
    l.env.unset("OS_CLOUD");
    for cloud in ["local", "local-demo"] {
        let got = offered(&mut l, &["--os-cloud", cloud, "share", "show", ""]);
        assert!(
            !got.iter()
                .any(|w| w == "status" || w == "reset" || w == "serve"),
            "`{cloud}` read as the `local` subcommand: {got:?}"
        );
    }
    let shares = offered(&mut l, &["--os-cloud", "local-demo", "share", "show", ""]);
    assert!(shares.iter().any(|w| w == "on-the-line"), "{shares:?}");
    let inline = offered(&mut l, &["--os-cloud=local-demo", "share", "delete", ""]);
    assert!(inline.iter().any(|w| w == "on-the-line"), "{inline:?}");
    // `--os-cloud secret …` is the `secret` command's line, not `secret`'s subcommands.
    let top = offered(&mut l, &["--os-cloud", "secret", ""]);
    assert!(top.iter().any(|w| w == "share"), "{top:?}");
    // `secret get <TAB>` offers the project's secrets.
    let secrets = offered(&mut l, &["--os-cloud", "local-demo", "secret", "get", ""]);
    assert!(
        secrets.iter().any(|w| w == "line-key") && secrets.contains(&key),
        "{secrets:?}"
    );
}
