//! `/availability-zones`: the zones of the back ends.

use super::*;

pub(super) fn availability_zones(
    state: &State,
    _: &Ctx,
    _: &Req,
    _: &Params,
) -> Result<Resp, ApiError> {
    let mut zones: Vec<&str> = state
        .config
        .backends
        .iter()
        .map(|b| b.availability_zone.as_str())
        .collect();
    zones.sort();
    zones.dedup();
    let list: Vec<Value> = zones.iter().map(|z| json!({"id": stable_uuid(state, z), "name": z, "created_at": "2026-01-01T00:00:00.000000", "updated_at": null})).collect();
    Ok(Resp::ok(json!({"availability_zones": list})))
}
