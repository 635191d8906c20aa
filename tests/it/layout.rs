//! The shape of the tree (issue: "one house, arrows one way"): no import
//! cycle between the files of a crate, the crates' arrows one way
//! (`docs/design.md`, "Shape"), and no source file past what a reader can
//! hold at once.
//!
//! A file's imports are the `crate::…`, `super::…` and `self::…` paths it
//! names (in `use` groups too). A module naming its own submodule and a
//! submodule naming its ancestor are containment, not a cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use regex::Regex;

const CRATES: [&str; 4] = [
    "src",
    "crates/base/src",
    "crates/client/src",
    "crates/cloud/src",
];

type Module = Vec<String>;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Module path -> file, for every file of a crate.
fn modules(src: &Path) -> BTreeMap<Module, PathBuf> {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files
        .into_iter()
        .map(|file| {
            let rel = file.strip_prefix(src).unwrap().with_extension("");
            let mut parts: Module = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if matches!(
                parts.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            ) {
                parts.pop();
            }
            (parts, file)
        })
        .collect()
}

/// The text without comments and string literals.
fn code(text: &str) -> String {
    let comments = Regex::new(r"//[^\n]*").unwrap();
    let strings = Regex::new(r#""(?:\\.|[^"\\])*""#).unwrap();
    strings
        .replace_all(&comments.replace_all(text, ""), "\"\"")
        .into_owned()
}

/// The file a path names: its longest prefix that is a module.
fn resolve<'a>(mods: &'a BTreeMap<Module, PathBuf>, path: &[String]) -> Option<&'a Module> {
    (1..=path.len())
        .rev()
        .find_map(|n| mods.get_key_value(&path[..n]).map(|(k, _)| k))
}

fn edges(mods: &BTreeMap<Module, PathBuf>) -> BTreeMap<Module, BTreeSet<Module>> {
    let path = Regex::new(r"\b(crate|super|self)((?:::\w+)+)(::\{[^;]*?\})?").unwrap();
    let word = Regex::new(r"^\w+$").unwrap();
    let mut graph = BTreeMap::new();
    for (module, file) in mods {
        let text = code(&std::fs::read_to_string(file).unwrap());
        let mut targets = BTreeSet::new();
        for m in path.captures_iter(&text) {
            let mut rest: Vec<String> = m[2]
                .split("::")
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect();
            let mut start: Module = match &m[1] {
                "crate" => Vec::new(),
                "super" => module[..module.len().saturating_sub(1)].to_vec(),
                _ => module.clone(),
            };
            while rest.first().is_some_and(|p| p == "super") {
                start.pop();
                rest.remove(0);
            }
            let mut paths = vec![[start.clone(), rest.clone()].concat()];
            if let Some(group) = m.get(3) {
                let inner = &group.as_str()[3..group.as_str().len() - 1];
                for item in inner.split(',') {
                    let item: Vec<String> = item
                        .trim()
                        .split("::")
                        .filter(|p| word.is_match(p))
                        .map(str::to_string)
                        .collect();
                    if !item.is_empty() {
                        paths.push([start.clone(), rest.clone(), item].concat());
                    }
                }
            }
            for p in paths {
                let Some(target) = resolve(mods, &p) else {
                    continue;
                };
                let contained = target.starts_with(module) || module.starts_with(target);
                if !contained {
                    targets.insert(target.clone());
                }
            }
        }
        graph.insert(module.clone(), targets);
    }
    graph
}

/// The strongly connected sets of two or more modules (Tarjan).
fn cycles(graph: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    struct Walk<'a> {
        graph: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        out: Vec<Vec<Module>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a Module) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            for w in &self.graph[v] {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.stack.contains(&w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut comp = Vec::new();
                while let Some(w) = self.stack.pop() {
                    comp.push(w.clone());
                    if w == v {
                        break;
                    }
                }
                if comp.len() > 1 {
                    self.out.push(comp);
                }
            }
        }
    }
    let mut walk = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.out
}

#[test]
fn no_import_cycle_between_the_files_of_a_crate() {
    let mut found = Vec::new();
    for krate in CRATES {
        let graph = edges(&modules(&root().join(krate)));
        for comp in cycles(&graph) {
            let name = |m: &Module| m.join("::");
            let mut lines = vec![format!("{krate}: {} files import each other:", comp.len())];
            for m in &comp {
                for t in graph[m].iter().filter(|t| comp.contains(t)) {
                    lines.push(format!("    {} -> {}", name(m), name(t)));
                }
            }
            found.push(lines.join("\n"));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_client_and_the_cloud_do_not_know_each_other() {
    let manifest = |krate: &str| {
        std::fs::read_to_string(root().join("crates").join(krate).join("Cargo.toml")).unwrap()
    };
    let uses = |krate: &str, other: &str| {
        let needle = format!("sharekeep_{other}");
        let mut files = Vec::new();
        rust_files(&root().join("crates").join(krate).join("src"), &mut files);
        let dependency = format!("sharekeep-{other}");
        manifest(krate)
            .lines()
            .any(|l| l.trim_start().starts_with(&dependency))
            || files
                .iter()
                .any(|f| code(&std::fs::read_to_string(f).unwrap()).contains(&needle))
    };
    for (a, b) in [("client", "cloud"), ("cloud", "client")] {
        assert!(!uses(a, b), "sharekeep-{a} depends on sharekeep-{b}");
    }
    for other in ["client", "cloud"] {
        assert!(
            !uses("base", other),
            "sharekeep-base depends on sharekeep-{other}"
        );
    }
}

/// Past this a file holds more than one thing: split it by what it holds.
const MOST_LINES: usize = 650;

#[test]
fn no_source_file_is_longer_than_a_reader_can_hold() {
    let mut files = Vec::new();
    for dir in CRATES.iter().chain(&["tests"]) {
        rust_files(&root().join(dir), &mut files);
    }
    let mut long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f).unwrap().lines().count();
            (lines > MOST_LINES).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    long.sort();
    assert!(
        long.is_empty(),
        "over {MOST_LINES} lines: {}",
        long.join(", ")
    );
}
