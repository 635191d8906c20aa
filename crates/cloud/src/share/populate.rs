//! `local populate`: benchmark seeding, apart from the state machine. The
//! rows are made by the same constructors as the API's (`rows::share_row`).

use serde_json::json;

use super::driver;
use super::manager::key_credential;
use super::placement::match_key;
use super::rows::{server_row, share_row};
use crate::http::now;
use crate::seed::{self, SERVICE_USER};
use crate::store::Row;
use crate::{LocalError, State};

/// Fill the demo project with `shares` available shares spread over
/// `servers` active encrypted share servers (one key each), in one
/// transaction, for benchmarks. The project's share, gigabyte and key
/// quotas become unlimited.
pub fn populate(state: &State, shares: u32, servers: u32) -> Result<(u32, u32), LocalError> {
    let servers = servers.max(1);
    state.write(|tx| {
        let project = state.ids.project("demo").to_string();
        let user = state.ids.user("demo").to_string();
        let manila = state.ids.user(SERVICE_USER).to_string();
        let types = tx.by_name("share_type", "encrypted", None)?;
        let share_type = types.first().ok_or_else(|| LocalError::Unseeded("`encrypted` share type".into()))?;
        let network = tx
            .list("share_network", Some(&project))?
            .into_iter()
            .next()
            .ok_or_else(|| LocalError::Unseeded("demo share network".into()))?;
        let subnet = tx
            .by_ref("subnet", &network.id)?
            .into_iter()
            .next()
            .ok_or_else(|| LocalError::Unseeded("demo subnet".into()))?;
        let mut set = tx.get("quota", &project)?.map(|r| r.body).unwrap_or(json!({}));
        for r in ["shares", "gigabytes", "encryption_keys"] {
            set[r] = json!(-1);
        }
        tx.put(&Row::new("quota", project.clone(), set).with_ref(project.clone()))?;
        let backend = state
            .config
            .backends
            .iter()
            .find(|b| b.encryption_support.iter().any(|l| l == "share_server"))
            .ok_or_else(|| LocalError::Unseeded("back end with share_server encryption".into()))?;
        let pool = format!("{}#{}", backend.host(), backend.pools[0].name);
        let stamp = now();
        let mut server_ids = Vec::new();
        for _ in 0..servers {
            let key = seed::uuid();
            let material = crate::crypto::random_bytes::<32>();
            tx.put(&Row::new("secret", key.clone(), json!({
                "id": key, "name": null, "project_id": project, "creator_id": user,
                "algorithm": "aes", "bit_length": 256, "mode": "cbc", "secret_type": "symmetric",
                "expiration": null, "status": "ACTIVE", "created": stamp, "updated": stamp,
                "sealed_payload": state.kek.seal(&key, &material), "content_type": "application/octet-stream",
                "acl": {"users": [manila], "project-access": false, "created": stamp, "updated": stamp},
            })))?;
            let id = seed::uuid();
            let (cred, _) = key_credential(tx, state, &key, &format!("manila_barbican_{id}"))?;
            let mkey = match_key(&backend.host(), &subnet.id, Some("share_server"), Some(&key));
            tx.put(&server_row(json!({
                "id": id, "project_id": project, "updated_at": stamp, "created_at": stamp,
                "status": "active", "host": backend.host(), "share_network_name": network.body.get("name"),
                "share_network_id": network.id, "share_network_subnet_id": subnet.id,
                "is_auto_deletable": false, "identifier": id, "encryption_key_ref": key,
                "encryption_level": "share_server", "match_key": mkey, "app_cred_id": cred,
                "address": driver::server_address(&id),
                "backend_details": {"backend": backend.name, "address": driver::server_address(&id),
                                    "key_fingerprint": crate::crypto::fingerprint(&material)},
            })))?;
            server_ids.push((id, key));
        }
        for i in 0..shares {
            let (server, key) = &server_ids[i as usize % server_ids.len()];
            let id = seed::uuid();
            let address = driver::server_address(server);
            tx.put(&share_row(json!({
                "id": id, "size": 1, "availability_zone": backend.availability_zone, "created_at": stamp,
                "updated_at": stamp, "status": "available", "name": format!("bench-{i}"), "description": null,
                "project_id": project, "user_id": user, "snapshot_id": null, "share_network_id": network.id,
                "share_network_subnet_id": subnet.id, "share_proto": "NFS", "metadata": {},
                "share_type": share_type.id, "share_type_name": "encrypted", "is_public": false,
                "snapshot_support": true, "task_state": null, "access_rules_status": "active",
                "replication_type": null, "has_replicas": false, "create_share_from_snapshot_support": true,
                "revert_to_snapshot_support": false, "share_group_id": null,
                "source_share_group_snapshot_member_id": null, "mount_snapshot_support": false,
                "is_soft_deleted": false, "scheduled_to_be_deleted_at": null, "source_backup_id": null,
                "encryption_key_ref": key, "snapshot_inherit_share_access_support": false,
                "share_server_id": server, "host": pool, "instance_id": seed::uuid(),
                "export_locations": driver::export_locations("NFS", &address, &id),
            })))?;
        }
        Ok((shares, servers))
    })
}
