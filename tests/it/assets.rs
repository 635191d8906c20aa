//! The committed man pages, completion scripts and the `--help` snapshot
//! (`tests/help-tree.txt`) match the command tree.
//! Regenerate them with `SHAREKEEP_BLESS=1 cargo test --test it assets::`.

use std::path::Path;

#[test]
fn man_pages_and_completions_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = sharekeep::docs::render_all().expect("render docs");
    let bless = std::env::var_os("SHAREKEEP_BLESS").is_some();
    let mut stale = Vec::new();
    for (rel, bytes) in &files {
        let path = root.join(rel);
        if std::fs::read(&path).ok().as_deref() != Some(bytes.as_slice()) {
            if bless {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, bytes).unwrap();
            } else {
                stale.push(rel.display().to_string());
            }
        }
    }
    // Files in man/ and completions/ that the tree no longer generates.
    for dir in ["man", "completions"] {
        for entry in std::fs::read_dir(root.join(dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            let rel = Path::new(dir).join(entry.file_name());
            if !files.iter().any(|(r, _)| *r == rel) {
                if bless {
                    std::fs::remove_file(entry.path()).unwrap();
                } else {
                    stale.push(format!("{} (no longer generated)", rel.display()));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {}\nregenerate with: SHAREKEEP_BLESS=1 cargo test --test it assets::",
        stale.join(", ")
    );
}
