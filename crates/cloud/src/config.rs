//! The local back ends: `backends.yaml` in the state directory, written with
//! documented defaults on first use, read by every process that opens the state.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::LocalError;

pub const FILE: &str = "backends.yaml";

/// The file written on first use. It is the documentation of the format.
pub const DEFAULT: &str = r#"# sharekeep's embedded local cloud: its storage back ends and API switches.
# `sharekeep local config` prints this file; `sharekeep local config --edit`
# changes it (the edit is checked before it replaces this file).
#
# Each back end is a Manila share service `HOST@NAME` with one or more pools
# (`HOST@NAME#POOL`); the scheduler filters pools on the share type's extra
# specs (driver_handles_share_servers, encryption_support, share_backend_name,
# snapshot_support), availability zone and free capacity, then takes the
# pool with the most free space.
backends:
  - name: crypt                         # share_backend_name CRYPT, host local@crypt
    share_backend_name: CRYPT
    driver_handles_share_servers: true  # makes share servers on share networks
    encryption_support: [share_server, share]   # [], [share_server], [share] or both
    availability_zone: nova
    snapshot_support: true
    pools:
      - name: pool0
        total_capacity_gb: 100000
  - name: plain                         # no share servers, no encryption
    share_backend_name: PLAIN
    driver_handles_share_servers: false
    encryption_support: []
    availability_zone: nova
    snapshot_support: true
    pools:
      - name: pool0
        total_capacity_gb: 50000

api:
  # false (Manila 23): a key ref that names a missing or foreign secret is
  # accepted, and the share goes to `error` when the back end cannot read it.
  # true (the spec): the API checks the secret with Barbican and answers 400.
  validate_key_ref: false
  # Seconds a share stays in the recycle bin (`share delete --soft`) before
  # the share service deletes it (Manila's soft_deleted_share_retention_time).
  soft_deleted_share_retention_time: 604800
"#;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub backends: Vec<Backend>,
    #[serde(default = "Api::defaults")]
    pub api: Api,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Api {
    #[serde(default)]
    pub validate_key_ref: bool,
    #[serde(default = "a_week")]
    pub soft_deleted_share_retention_time: u64,
}

fn a_week() -> u64 {
    604_800
}

impl Api {
    fn defaults() -> Api {
        Api {
            validate_key_ref: false,
            soft_deleted_share_retention_time: a_week(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backend {
    pub name: String,
    pub share_backend_name: String,
    pub driver_handles_share_servers: bool,
    #[serde(default)]
    pub encryption_support: Vec<String>,
    #[serde(default = "nova")]
    pub availability_zone: String,
    #[serde(default = "yes")]
    pub snapshot_support: bool,
    pub pools: Vec<Pool>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pool {
    pub name: String,
    pub total_capacity_gb: i64,
}

fn nova() -> String {
    "nova".into()
}

fn yes() -> bool {
    true
}

/// The Manila host of the local share service.
pub const HOST: &str = "local";

impl Backend {
    /// `local@NAME`, as Manila names a share service's back end.
    pub fn host(&self) -> String {
        format!("{HOST}@{}", self.name)
    }
}

/// A back-end or pool name that stays one part of `local@NAME#POOL`.
fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

impl Config {
    /// Parse and check a config file's text.
    pub fn parse(text: &str) -> Result<Config, String> {
        // The parser's first line says what and where; its snippet of the
        // file, and its own `error: `, would only repeat our message's.
        let config: Config = serde_saphyr::from_str(text).map_err(|e| {
            let text = e.to_string();
            let first = text.lines().next().unwrap_or_default();
            first.strip_prefix("error: ").unwrap_or(first).to_string()
        })?;
        config.check()?;
        Ok(config)
    }

    fn check(&self) -> Result<(), String> {
        if self.backends.is_empty() {
            return Err("`backends` is empty: name at least one back end".into());
        }
        let mut names = std::collections::BTreeSet::new();
        for b in &self.backends {
            let label = |what: &str| format!("back end `{}`: {what}", b.name);
            if !valid_name(&b.name) || b.name.contains('.') {
                return Err(label("the name may hold only letters, digits, `_` and `-`"));
            }
            if !names.insert(b.name.clone()) {
                return Err(label("the name is used twice"));
            }
            for level in &b.encryption_support {
                if level != "share" && level != "share_server" {
                    return Err(label(&format!(
                        "encryption_support `{level}` is not `share` or `share_server`"
                    )));
                }
            }
            if !b.driver_handles_share_servers && !b.encryption_support.is_empty() {
                return Err(label(
                    "encryption needs share servers: set driver_handles_share_servers: true or encryption_support: []",
                ));
            }
            if b.pools.is_empty() {
                return Err(label("no pools"));
            }
            let mut pools = std::collections::BTreeSet::new();
            for p in &b.pools {
                if !valid_name(&p.name) {
                    return Err(label(&format!(
                        "pool `{}`: the name may hold only letters, digits, `_`, `-` and `.` (it is addressed as {}#POOL)",
                        p.name,
                        b.host()
                    )));
                }
                if !pools.insert(p.name.as_str()) {
                    return Err(label(&format!("pool `{}` is named twice", p.name)));
                }
                if p.total_capacity_gb < 0 {
                    return Err(label(&format!("pool `{}` has a negative capacity", p.name)));
                }
            }
        }
        Ok(())
    }

    /// Read the state's config file, writing the default one on first use.
    pub fn load(dir: &Path) -> Result<Config, LocalError> {
        let path = dir.join(FILE);
        let bytes = super::files::read_or_create(&path, || DEFAULT.as_bytes().to_vec())?;
        let text = String::from_utf8_lossy(&bytes);
        Config::parse(&text).map_err(|message| LocalError::Config { path, message })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_file_parses_with_two_back_ends() {
        let c = Config::parse(DEFAULT).unwrap();
        assert_eq!(c.backends.len(), 2);
        assert!(c.backends[0].driver_handles_share_servers);
        assert_eq!(c.backends[0].encryption_support, ["share_server", "share"]);
        assert!(c.backends[1].encryption_support.is_empty());
        assert!(!c.api.validate_key_ref);
        assert_eq!(c.api.soft_deleted_share_retention_time, 604_800);
        // A file written before the key was there: Manila's week.
        let older = DEFAULT.replace("  soft_deleted_share_retention_time: 604800\n", "");
        assert_eq!(
            Config::parse(&older)
                .unwrap()
                .api
                .soft_deleted_share_retention_time,
            604_800
        );
    }

    #[test]
    fn bad_files_are_refused_naming_the_problem() {
        let bad = DEFAULT.replace("[share_server, share]", "[shares]");
        assert!(Config::parse(&bad).unwrap_err().contains("`shares` is not"));
        let typo = DEFAULT.replace("validate_key_ref", "validate_keyref");
        assert!(
            Config::parse(&typo)
                .unwrap_err()
                .contains("validate_keyref")
        );
        let plain_encrypted =
            DEFAULT.replace("encryption_support: []", "encryption_support: [share]");
        assert!(
            Config::parse(&plain_encrypted)
                .unwrap_err()
                .contains("needs share servers")
        );
    }
}
