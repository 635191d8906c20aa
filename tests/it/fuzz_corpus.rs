//! Every input of the committed fuzz corpora (`fuzz/corpus/<target>`, the
//! minimised findings of the long runs in docs/reliability.md) through the
//! same target bodies the fuzzer runs (`fuzz/targets.rs`): on stable, in
//! seconds, in every `cargo test`. Fuzzing for new inputs is `fuzz/run.sh`.

#[path = "../../fuzz/targets.rs"]
mod targets;

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    inputs.sort();
    assert!(
        inputs.len() > 100,
        "{}: {} inputs",
        dir.display(),
        inputs.len()
    );
    let mut failed = Vec::new();
    for path in &inputs {
        let data = std::fs::read(path).unwrap();
        if std::panic::catch_unwind(|| run(&data)).is_err() {
            failed.push(path.display().to_string());
        }
    }
    assert!(
        failed.is_empty(),
        "{target}: {} of {} corpus inputs panicked: {failed:?}",
        failed.len(),
        inputs.len()
    );
}

#[test]
fn the_config_corpus_parses_without_panics() {
    replay("config", targets::config);
}

#[test]
fn the_decode_corpus_decodes_and_renders_without_panics() {
    replay("decode", targets::decode);
}

#[test]
fn the_refs_corpus_keeps_urls_under_their_endpoint() {
    replay("refs", targets::refs);
}

#[test]
fn the_local_api_corpus_gets_no_server_error() {
    replay("local_api", targets::local_api);
}
