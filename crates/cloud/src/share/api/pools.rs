//! `/scheduler-stats/pools`: the back ends' pools and capabilities.

use super::*;

pub(super) fn pools(state: &State, ctx: &Ctx, req: &Req, detail: bool) -> Result<Resp, ApiError> {
    let allocated = state.read(rows::allocated_by_pool)?;
    let type_specs = match req.query("share_type").filter(|_| ctx.at(23)) {
        Some(t) => Some(
            state
                .read(|tx| find_type(tx, ctx, t))?
                .ok_or_else(|| ApiError::bad_request(format!("Share type {t} not found.")))?
                .body
                .get("extra_specs")
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default(),
        ),
        None => None,
    };
    let mut list = Vec::new();
    for c in scheduler::candidates(&state.config, |h| allocated.get(h).copied().unwrap_or(0)) {
        let b = c.backend;
        // Manila matches these filters as regular expressions from the start
        // of the value (`re.match`); one that does not compile matches nothing.
        let pick = |k: &str, v: &str| {
            req.query(k).is_none_or(|want| {
                regex::Regex::new(&format!("^(?:{want})")).is_ok_and(|re| re.is_match(v))
            })
        };
        if !(pick("host", crate::config::HOST) && pick("backend", &b.name) && pick("pool", c.pool))
        {
            continue;
        }
        if type_specs
            .as_ref()
            .is_some_and(|s| !scheduler::satisfies(b, s))
        {
            continue;
        }
        let mut v = json!({"name": c.host(), "host": crate::config::HOST, "backend": b.name, "pool": c.pool});
        if detail {
            v["capabilities"] = json!({
                "pool_name": c.pool, "total_capacity_gb": c.total_gb, "free_capacity_gb": c.free_gb(),
                "allocated_capacity_gb": c.allocated_gb, "provisioned_capacity_gb": c.allocated_gb,
                "reserved_percentage": 0, "reserved_snapshot_percentage": 0, "reserved_share_extend_percentage": 0,
                "max_over_subscription_ratio": 1.0, "thin_provisioning": false, "dedupe": false, "compression": false,
                "qos": false, "share_backend_name": b.share_backend_name,
                "driver_handles_share_servers": b.driver_handles_share_servers,
                "snapshot_support": b.snapshot_support, "create_share_from_snapshot_support": b.snapshot_support,
                "revert_to_snapshot_support": false, "mount_snapshot_support": false,
                "encryption_support": if b.encryption_support.is_empty() { Value::Null } else { json!(b.encryption_support) },
                "storage_protocol": scheduler::STORAGE_PROTOCOL, "vendor_name": scheduler::VENDOR_NAME, "driver_version": env!("CARGO_PKG_VERSION"),
                "driver_name": "sharekeep.local", "replication_domain": null, "ipv4_support": true, "ipv6_support": false,
                "security_service_update_support": false, "network_allocation_update_support": false,
                "share_server_multiple_subnet_support": false, "timestamp": now(),
            });
        }
        list.push(v);
    }
    Ok(Resp::ok(json!({"pools": list})))
}
