//! The scheduler: filters pools as Manila's default filters do
//! (AvailabilityZone, Capacity, Capabilities) and weighs the rest by free
//! capacity. Pure: the caller hands it the pools and their allocations.

use serde_json::{Map, Value};

use crate::config::{Backend, Config};

/// A pool and what is allocated on it.
#[derive(Debug, Clone)]
pub struct Candidate<'a> {
    pub backend: &'a Backend,
    pub pool: &'a str,
    pub total_gb: i64,
    pub allocated_gb: i64,
}

impl Candidate<'_> {
    pub fn free_gb(&self) -> i64 {
        self.total_gb - self.allocated_gb
    }
    /// `local@crypt#pool0`.
    pub fn host(&self) -> String {
        format!("{}#{}", self.backend.host(), self.pool)
    }
}

/// Every pool of the config, with the allocation `allocated(host)` reports.
pub fn candidates<'a>(config: &'a Config, allocated: impl Fn(&str) -> i64) -> Vec<Candidate<'a>> {
    let mut out = Vec::new();
    for b in &config.backends {
        for p in &b.pools {
            let host = format!("{}#{}", b.host(), p.name);
            out.push(Candidate {
                backend: b,
                pool: &p.name,
                total_gb: p.total_capacity_gb,
                allocated_gb: allocated(&host),
            });
        }
    }
    out
}

/// What was asked for.
pub struct Request<'a> {
    pub size: i64,
    pub availability_zone: Option<&'a str>,
    pub extra_specs: &'a Map<String, Value>,
}

/// The filter that left no pool (Manila's user message names it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    AvailabilityZone,
    Capacity,
    Capabilities,
}

impl Filter {
    /// Manila's message detail ID for "this filter didn't succeed".
    pub fn detail_id(self) -> &'static str {
        match self {
            Filter::AvailabilityZone => "007",
            Filter::Capacity => "009",
            Filter::Capabilities => "008",
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Filter::AvailabilityZone => "AvailabilityZone",
            Filter::Capacity => "Capacity",
            Filter::Capabilities => "Capabilities",
        }
    }
}

fn boolean(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "true" | "<is> true" | "1" | "yes" | "on" => Some(true),
        "false" | "<is> false" | "0" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// The `storage_protocol` and `vendor_name` every local pool reports.
pub const STORAGE_PROTOCOL: &str = "NFS_CIFS";
pub const VENDOR_NAME: &str = "sharekeep";

/// Whether a back end has what the extra specs ask for. Scoped keys
/// (`provisioning:…`, `capabilities:x` is read as `x`) other than
/// `capabilities:` are not capabilities.
pub fn satisfies(backend: &Backend, specs: &Map<String, Value>) -> bool {
    specs.iter().all(|(key, want)| {
        let key = key.strip_prefix("capabilities:").unwrap_or(key);
        let want = want
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| want.to_string());
        let flag = |have: bool| boolean(&want).is_some_and(|w| w == have);
        match key {
            "driver_handles_share_servers" => flag(backend.driver_handles_share_servers),
            "snapshot_support" | "create_share_from_snapshot_support" => {
                flag(backend.snapshot_support)
            }
            "revert_to_snapshot_support" | "mount_snapshot_support" => flag(false),
            "share_backend_name" => want == backend.share_backend_name,
            // What every local pool reports (as the DummyDriver does).
            "storage_protocol" => match want.strip_prefix("<in> ") {
                Some(one) => STORAGE_PROTOCOL.split('_').any(|p| p == one.trim()),
                None => want == STORAGE_PROTOCOL,
            },
            "thin_provisioning" | "dedupe" | "compression" | "qos" => flag(false),
            "vendor_name" => want == VENDOR_NAME,
            "encryption_support" => backend.encryption_support.contains(&want),
            "availability_zones" => want
                .split(',')
                .any(|z| z.trim() == backend.availability_zone),
            // Not capabilities: Manila's own scoped settings and others' scopes.
            k if k.contains(':') => true,
            // The local back ends replicate nothing and name no mount points.
            "replication_type" => want.is_empty(),
            "mount_point_name_support" | "snapshot_inherit_share_access_support" => {
                boolean(&want) != Some(true)
            }
            _ => false,
        }
    })
}

/// The pool to use, or the filter that left none.
pub fn place<'a>(
    request: &Request<'_>,
    pools: &'a [Candidate<'a>],
) -> Result<&'a Candidate<'a>, Filter> {
    let left: Vec<&Candidate> = pools
        .iter()
        .filter(|c| {
            request
                .availability_zone
                .is_none_or(|az| az == c.backend.availability_zone)
        })
        .collect();
    if left.is_empty() {
        return Err(Filter::AvailabilityZone);
    }
    let left: Vec<&Candidate> = left
        .into_iter()
        .filter(|c| c.free_gb() >= request.size)
        .collect();
    if left.is_empty() {
        return Err(Filter::Capacity);
    }
    let left: Vec<&Candidate> = left
        .into_iter()
        .filter(|c| satisfies(c.backend, request.extra_specs))
        .collect();
    // The most free space wins; ties go to the first in the config.
    let mut best: Option<&Candidate> = None;
    for c in left {
        if best.is_none_or(|b| c.free_gb() > b.free_gb()) {
            best = Some(c);
        }
    }
    best.ok_or(Filter::Capabilities)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Config, DEFAULT};
    use serde_json::json;

    fn specs(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap()
    }

    #[test]
    fn encryption_goes_only_to_a_back_end_that_reports_the_level() {
        let config = Config::parse(DEFAULT).unwrap();
        let pools = candidates(&config, |_| 0);
        for level in ["share_server", "share"] {
            let s =
                specs(json!({"driver_handles_share_servers": "True", "encryption_support": level}));
            let got = place(
                &Request {
                    size: 1,
                    availability_zone: None,
                    extra_specs: &s,
                },
                &pools,
            )
            .unwrap();
            assert_eq!(got.host(), "local@crypt#pool0");
        }
        let s = specs(
            json!({"driver_handles_share_servers": "False", "encryption_support": "share_server"}),
        );
        let err = place(
            &Request {
                size: 1,
                availability_zone: None,
                extra_specs: &s,
            },
            &pools,
        )
        .unwrap_err();
        assert_eq!(err, Filter::Capabilities);
        assert_eq!(err.detail_id(), "008");
    }

    #[test]
    fn filters_report_the_one_that_left_no_pool() {
        let config = Config::parse(DEFAULT).unwrap();
        let pools = candidates(&config, |_| 0);
        let s = specs(json!({"driver_handles_share_servers": "False"}));
        assert_eq!(
            place(
                &Request {
                    size: 1,
                    availability_zone: Some("elsewhere"),
                    extra_specs: &s
                },
                &pools
            )
            .unwrap_err(),
            Filter::AvailabilityZone
        );
        assert_eq!(
            place(
                &Request {
                    size: 500_000,
                    availability_zone: None,
                    extra_specs: &s
                },
                &pools
            )
            .unwrap_err(),
            Filter::Capacity
        );
        let unknown =
            specs(json!({"driver_handles_share_servers": "False", "thin_provisioning": "True"}));
        assert_eq!(
            place(
                &Request {
                    size: 1,
                    availability_zone: None,
                    extra_specs: &unknown
                },
                &pools
            )
            .unwrap_err(),
            Filter::Capabilities
        );
        let pinned = specs(
            json!({"driver_handles_share_servers": "False", "share_backend_name": "PLAIN", "provisioning:max_share_size": "10"}),
        );
        assert_eq!(
            place(
                &Request {
                    size: 1,
                    availability_zone: Some("nova"),
                    extra_specs: &pinned
                },
                &pools
            )
            .unwrap()
            .host(),
            "local@plain#pool0"
        );
    }

    #[test]
    fn the_pool_with_most_free_space_wins() {
        let mut config = Config::parse(DEFAULT).unwrap();
        config.backends[1].pools.push(crate::config::Pool {
            name: "pool1".into(),
            total_capacity_gb: 50_000,
        });
        let pools = candidates(&config, |host| {
            if host == "local@plain#pool0" {
                10_000
            } else {
                0
            }
        });
        let s = specs(json!({"driver_handles_share_servers": "False"}));
        assert_eq!(
            place(
                &Request {
                    size: 1,
                    availability_zone: None,
                    extra_specs: &s
                },
                &pools
            )
            .unwrap()
            .host(),
            "local@plain#pool1"
        );
        // Capacity counts: 45,000 GiB fit only where 50,000 are free.
        assert_eq!(
            place(
                &Request {
                    size: 45_000,
                    availability_zone: None,
                    extra_specs: &s
                },
                &pools
            )
            .unwrap()
            .host(),
            "local@plain#pool1"
        );
        assert_eq!(
            place(
                &Request {
                    size: 100_001,
                    availability_zone: None,
                    extra_specs: &s
                },
                &pools
            )
            .unwrap_err(),
            Filter::Capacity
        );
    }
}
