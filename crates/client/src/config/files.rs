//! Finding and reading `clouds.yaml` and `secure.yaml`.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::CloudEntry;
use crate::error::{Error, Result};

/// The directories openstacksdk searches, in its order: the current directory,
/// the user's config directory, `~/.config/openstack`, `/etc/openstack`.
pub fn search_paths() -> Vec<PathBuf> {
    let mut dirs = vec![PathBuf::from(".")];
    if let Some(config) = dirs::config_dir() {
        dirs.push(config.join("openstack"));
    }
    if let Some(home) = dirs::home_dir() {
        let p = home.join(".config").join("openstack");
        if !dirs.contains(&p) {
            dirs.push(p);
        }
    }
    dirs.push(PathBuf::from("/etc/openstack"));
    dirs
}

/// The clouds file and the secure file, read lazily: a command that is fully
/// described by flags never opens them.
#[derive(Debug, Default)]
pub struct ConfigFiles {
    clouds: Option<Loaded>,
    secure: Option<Loaded>,
    /// Where we looked, for error messages.
    searched: Vec<PathBuf>,
    /// `OS_CLIENT_CONFIG_FILE` when it names a file that does not exist.
    explicit_missing: Option<PathBuf>,
    /// The names of the clouds the program provides itself, which
    /// clouds.yaml may not use.
    builtin: Vec<String>,
}

#[derive(Debug)]
struct Loaded {
    path: PathBuf,
    doc: Value,
}

const EXTENSIONS: [&str; 3] = ["yaml", "yml", "json"];

impl ConfigFiles {
    /// Reserve the names of the clouds the program provides itself.
    pub fn with_builtin<S: Into<String>>(mut self, names: impl IntoIterator<Item = S>) -> Self {
        self.builtin = names.into_iter().map(Into::into).collect();
        self
    }

    /// Whether `name` is a cloud the program provides itself.
    pub fn is_builtin(&self, name: &str) -> bool {
        self.builtin.iter().any(|b| b == name)
    }

    /// Locate and parse the files. `OS_CLIENT_CONFIG_FILE` / `OS_CLIENT_SECURE_FILE`
    /// come before the search directories, as in openstacksdk.
    pub fn discover(config_file: Option<PathBuf>, secure_file: Option<PathBuf>) -> Result<Self> {
        let dirs = search_paths();
        let mut files = ConfigFiles::default();
        let candidates = |explicit: Option<PathBuf>, stem: &str| {
            let mut list: Vec<PathBuf> = explicit.into_iter().collect();
            for dir in &dirs {
                for ext in EXTENSIONS {
                    list.push(dir.join(format!("{stem}.{ext}")));
                }
            }
            list
        };
        files.explicit_missing = config_file.clone().filter(|p| !p.exists());
        let clouds = candidates(config_file, "clouds");
        files.searched = clouds.clone();
        files.clouds = first_existing(&clouds)?;
        files.secure = first_existing(&candidates(secure_file, "secure"))?;
        Ok(files)
    }

    /// Read exactly these files (tests, and `--os-config-file`-style use).
    pub fn from_paths(clouds: Option<&Path>, secure: Option<&Path>) -> Result<Self> {
        Ok(ConfigFiles {
            clouds: clouds.map(load).transpose()?,
            secure: secure.map(load).transpose()?,
            searched: clouds.into_iter().map(Path::to_path_buf).collect(),
            explicit_missing: None,
            builtin: Vec::new(),
        })
    }

    /// Parse texts as if read from `clouds.yaml` and `secure.yaml` (the
    /// fuzz target and property tests: no file is touched).
    pub fn from_texts(clouds: &str, secure: Option<&str>) -> Result<Self> {
        Ok(ConfigFiles {
            clouds: Some(load_text(Path::new("clouds.yaml"), clouds)?),
            secure: secure
                .map(|s| load_text(Path::new("secure.yaml"), s))
                .transpose()?,
            searched: vec![PathBuf::from("clouds.yaml")],
            explicit_missing: None,
            builtin: Vec::new(),
        })
    }

    /// The names of the clouds in clouds.yaml, sorted.
    pub fn cloud_names(&self) -> Vec<String> {
        self.names()
    }

    pub fn clouds_path(&self) -> Option<&Path> {
        self.clouds.as_ref().map(|l| l.path.as_path())
    }

    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .clouds
            .iter()
            .filter_map(|l| l.doc.get("clouds").and_then(Value::as_object))
            .flat_map(|m| m.keys().cloned())
            .collect();
        names.sort();
        names
    }

    /// The named cloud, with secure.yaml merged over clouds.yaml.
    pub fn cloud(&self, name: &str) -> Result<Option<CloudEntry>> {
        let base = self.section(&self.clouds, name);
        let secure = self.section(&self.secure, name);
        let merged = match (base, secure) {
            (None, None) => return Ok(None),
            (Some(b), None) => b.clone(),
            (None, Some(s)) => s.clone(),
            (Some(b), Some(s)) => {
                let mut m = b.clone();
                deep_merge(&mut m, s);
                m
            }
        };
        let path = self
            .clouds_path()
            .or(self.secure.as_ref().map(|l| l.path.as_path()));
        serde_json::from_value(merged).map(Some).map_err(|e| {
            Error::config(format!(
                "{}: cloud `{name}` is not valid: {e}",
                path.map(|p| p.display().to_string()).unwrap_or_default()
            ))
        })
    }

    /// With exactly one cloud defined, openstacksdk uses it without being told.
    pub fn only_cloud(&self) -> Result<Option<(String, CloudEntry)>> {
        let names = self.names();
        if names.len() != 1 {
            return Ok(None);
        }
        let name = names.into_iter().next().unwrap_or_default();
        Ok(self.cloud(&name)?.map(|e| (name, e)))
    }

    pub fn known_clouds_hint(&self) -> Option<String> {
        let names = self.names();
        if names.is_empty() {
            return None;
        }
        Some(format!(
            "known clouds in {}: {}; pass one with --os-cloud or OS_CLOUD",
            self.clouds_path()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            names.join(", ")
        ))
    }

    pub fn unknown_cloud(&self, name: &str) -> Error {
        match &self.clouds {
            None => Error::config(format!(
                "cloud `{name}` not found: no clouds.yaml was found"
            ))
            .with_hint(match &self.explicit_missing {
                Some(p) => format!(
                    "OS_CLIENT_CONFIG_FILE is set to {}, which does not exist",
                    p.display()
                ),
                None => format!(
                    "looked in: {}; set OS_CLIENT_CONFIG_FILE to its path",
                    self.searched
                        .iter()
                        .map(|p| p.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            }),
            Some(loaded) => {
                let names = self.names();
                let hint = if names.is_empty() {
                    "the file defines no clouds".to_string()
                } else {
                    format!("known clouds: {}", names.join(", "))
                };
                Error::config(format!(
                    "cloud `{name}` not found in {}",
                    loaded.path.display()
                ))
                .with_hint(hint)
            }
        }
    }

    fn section<'a>(&self, file: &'a Option<Loaded>, name: &str) -> Option<&'a Value> {
        file.as_ref()?.doc.get("clouds")?.get(name)
    }
}

fn first_existing(candidates: &[PathBuf]) -> Result<Option<Loaded>> {
    for path in candidates {
        if path.is_file() {
            return load(path).map(Some);
        }
    }
    Ok(None)
}

fn load(path: &Path) -> Result<Loaded> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::config(format!("cannot read {}: {e}", path.display())))?;
    load_text(path, &text)
}

/// Parse one file's text; `path` names it in errors and decides JSON (`.json`) or YAML.
fn load_text(path: &Path, text: &str) -> Result<Loaded> {
    let doc: Value = if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(text).map_err(|e| {
            Error::config(format!(
                "{}:{}:{}: malformed JSON: {e}",
                path.display(),
                e.line(),
                e.column()
            ))
        })?
    } else {
        parse_yaml(text).map_err(|(line, msg)| {
            let at = line.map(|l| format!(":{l}")).unwrap_or_default();
            Error::config(format!("{}{at}: malformed YAML: {msg}", path.display()))
                .with_hint("fix the file; `clouds:` must map cloud names to their settings")
        })?
    };
    let doc = if doc.is_null() {
        Value::Object(Default::default())
    } else {
        doc
    };
    if !doc.is_object() || doc.get("clouds").is_some_and(|c| !c.is_object()) {
        return Err(Error::config(format!(
            "{}: expected a mapping with a `clouds:` mapping inside",
            path.display()
        )));
    }
    Ok(Loaded {
        path: path.to_path_buf(),
        doc,
    })
}

/// Parse YAML; on failure give the line and a message without a source snippet
/// (the snippet could show a password from the file).
fn parse_yaml(text: &str) -> std::result::Result<Value, (Option<u64>, String)> {
    serde_saphyr::from_str::<Value>(text).map_err(|e| {
        let line = e.location().map(|l| l.line());
        let mut msg = e.without_snippet().to_string();
        // The message may still end with the location; keep it to one line.
        if let Some(first) = msg.lines().next() {
            msg = first.to_string();
        }
        (line, msg)
    })
}

/// secure.yaml values replace clouds.yaml values key by key, recursively.
fn deep_merge(base: &mut Value, over: &Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(k) {
                    Some(existing) if existing.is_object() && v.is_object() => {
                        deep_merge(existing, v)
                    }
                    _ => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}
