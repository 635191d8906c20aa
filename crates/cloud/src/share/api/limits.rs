//! `/limits`: absolute limits and usage.

use super::*;

pub(super) fn limits(state: &State, ctx: &Ctx) -> Result<Resp, ApiError> {
    let project = ctx.caller.project_id.clone();
    let (l, u) =
        state.read(|tx| Ok((quota::limits(tx, &project)?, quota::usage(tx, &project)?)))?;
    let mut abs = Map::new();
    // The order Manila 23 answers in (observed): the limits, then the usage,
    // each as below; later microversions add their resources in place.
    let all: [(&str, &str, &str, u16); 11] = [
        ("shares", "maxTotalShares", "totalSharesUsed", 0),
        (
            "snapshots",
            "maxTotalShareSnapshots",
            "totalShareSnapshotsUsed",
            0,
        ),
        (
            "gigabytes",
            "maxTotalShareGigabytes",
            "totalShareGigabytesUsed",
            0,
        ),
        (
            "snapshot_gigabytes",
            "maxTotalSnapshotGigabytes",
            "totalSnapshotGigabytesUsed",
            0,
        ),
        (
            "share_networks",
            "maxTotalShareNetworks",
            "totalShareNetworksUsed",
            0,
        ),
        (
            "share_groups",
            "maxTotalShareGroups",
            "totalShareGroupsUsed",
            58,
        ),
        (
            "share_group_snapshots",
            "maxTotalShareGroupSnapshots",
            "totalShareGroupSnapshotsUsed",
            58,
        ),
        (
            "share_replicas",
            "maxTotalShareReplicas",
            "totalShareReplicasUsed",
            53,
        ),
        (
            "replica_gigabytes",
            "maxTotalReplicaGigabytes",
            "totalReplicaGigabytesUsed",
            53,
        ),
        (
            "backups",
            "maxTotalShareBackups",
            "totalShareBackupsUsed",
            80,
        ),
        (
            "backup_gigabytes",
            "maxTotalBackupGigabytes",
            "totalBackupGigabytesUsed",
            80,
        ),
    ];
    let shown: Vec<_> = all.iter().filter(|(.., since)| ctx.at(*since)).collect();
    let max: Vec<(&str, &str)> = shown.iter().map(|(r, m, ..)| (*r, *m)).collect();
    let used: Vec<(&str, &str)> = shown.iter().map(|(r, _, u, _)| (*r, *u)).collect();
    for (r, k) in max {
        abs.insert(k.into(), json!(l.get(r).copied().unwrap_or(-1)));
    }
    for (r, k) in used {
        abs.insert(k.into(), json!(u.get(r).copied().unwrap_or(0)));
    }
    let _ = state;
    Ok(Resp::ok(json!({"limits": {"rate": [], "absolute": abs}})))
}
