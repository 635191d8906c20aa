//! `local populate`: benchmark seeding, apart from the state machine. The
//! shares and servers are made by the same constructors as the API's
//! (`models::Share::new`, `models::ShareServer::new`).

use serde_json::{Map, Value, json};

use super::driver;
use super::manager::key_credential;
use super::models::{NewShare, NewShareServer, Record, Share, ShareServer};
use crate::keymanager::models::{NewSecret, Owner, Secret};
use crate::seed::SERVICE_USER;
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
        let share_type = types
            .first()
            .ok_or_else(|| LocalError::Unseeded("`encrypted` share type".into()))?;
        let network = tx
            .list("share_network", Some(&project))?
            .into_iter()
            .next()
            .ok_or_else(|| LocalError::Unseeded("demo share network".into()))?;
        let subnet = tx
            .children("subnet", &network.id)?
            .into_iter()
            .next()
            .ok_or_else(|| LocalError::Unseeded("demo subnet".into()))?;
        let mut set = tx
            .get("quota", &project)?
            .map(|r| r.body)
            .unwrap_or(json!({}));
        for r in ["shares", "gigabytes", "encryption_keys"] {
            set[r] = json!(-1);
        }
        tx.put(&Row::new("quota", project.clone(), set))?;
        let backend = state
            .config
            .backends
            .iter()
            .find(|b| b.encryption_support.iter().any(|l| l == "share_server"))
            .ok_or_else(|| LocalError::Unseeded("back end with share_server encryption".into()))?;
        let pool = format!("{}#{}", backend.host(), backend.pools[0].name);
        let mut server_ids = Vec::new();
        for _ in 0..servers {
            let material = crate::crypto::random_bytes::<32>();
            let mut secret = Secret::new(
                Owner {
                    project_id: &project,
                    user_id: &user,
                },
                NewSecret {
                    name: Value::Null,
                    algorithm: "aes".into(),
                    bit_length: 256.into(),
                    mode: "cbc".into(),
                    secret_type: "symmetric".into(),
                    expiration: Value::Null,
                },
            );
            secret.seal(&state.kek, &material, "application/octet-stream");
            secret.grant_only(&manila);
            let key = secret.id.clone();
            tx.put(&secret.row()?)?;
            let mut server = ShareServer::new(NewShareServer {
                project_id: &project,
                status: "active",
                backend: (backend.host(), &backend.name),
                network: (
                    &network.id,
                    network.body.get("name").cloned().unwrap_or_default(),
                ),
                subnet_id: &subnet.id,
                encryption_key_ref: Some(key.clone()),
                encryption_level: Some("share_server".into()),
            });
            let (cred, _) =
                key_credential(tx, state, &key, &format!("manila_barbican_{}", server.id))?;
            server.app_cred_id = Some(cred);
            server.backend_details.insert(
                "key_fingerprint".into(),
                crate::crypto::fingerprint(&material).into(),
            );
            tx.put(&server.row()?)?;
            server_ids.push((server.id, server.address, key));
        }
        for i in 0..shares {
            let (server, address, key) = &server_ids[i as usize % server_ids.len()];
            let mut share = Share::new(NewShare {
                size: 1,
                availability_zone: Some(backend.availability_zone.clone()),
                name: format!("bench-{i}").into(),
                description: Value::Null,
                project_id: &project,
                user_id: &user,
                snapshot_id: None,
                share_network_id: Some(network.id.clone()),
                share_proto: "NFS".into(),
                metadata: Map::new(),
                share_type: (&share_type.id, Some("encrypted")),
                is_public: false,
                snapshot_support: true,
                encryption_key_ref: Some(key.clone()),
            });
            share.status = "available".into();
            share.share_network_subnet_id = Some(subnet.id.clone());
            share.share_server_id = Some(server.clone());
            share.host = Some(pool.clone());
            share.export_locations = driver::export_locations("NFS", address, &share.id);
            tx.put(&share.row()?)?;
        }
        Ok((shares, servers))
    })
}
