//! The local back end's driver. Like a storage system that encrypts at
//! rest, it fetches the key itself, out of band, over HTTP: it exchanges
//! the application credential it was handed for a token at the local
//! Keystone, reads the payload from the local Barbican, and keeps only a
//! fingerprint of it.

use std::sync::Arc;

use serde_json::{Value, json};

use crate::crypto;
use crate::http::App;

/// Why the back end could not read a key (logged in the share's user
/// message as Manila's "could not find … a share server").
#[derive(Debug)]
pub struct KeyError(pub String);

/// Fetch the key `key_ref` with the application credential and return its
/// fingerprint; the key itself is dropped here.
pub async fn key_fingerprint(
    app: &Arc<App>,
    cred_id: &str,
    cred_secret: &str,
    key_ref: &str,
) -> Result<String, KeyError> {
    let base = &app.driver_base;
    let auth = json!({"auth": {"identity": {"methods": ["application_credential"],
        "application_credential": {"id": cred_id, "secret": cred_secret}}}});
    let resp = app
        .driver_http
        .post(format!("{base}/identity/v3/auth/tokens"))
        .json(&auth)
        .send()
        .await
        .map_err(|e| KeyError(format!("the local Keystone did not answer: {e}")))?;
    if resp.status().as_u16() != 201 {
        return Err(KeyError(format!(
            "the local Keystone refused the application credential ({})",
            resp.status()
        )));
    }
    let token = resp
        .headers()
        .get("x-subject-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .ok_or_else(|| KeyError("the local Keystone sent no token".into()))?;
    let mut url = reqwest::Url::parse(&format!("{base}/key-manager/v1/"))
        .map_err(|e| KeyError(e.to_string()))?;
    url.path_segments_mut()
        .map_err(|_| KeyError("bad key manager URL".into()))?
        .pop_if_empty()
        .extend(["secrets", key_ref, "payload"]);
    let resp = app
        .driver_http
        .get(url)
        .header("x-auth-token", &token)
        .header("accept", "application/octet-stream")
        .send()
        .await
        .map_err(|e| KeyError(format!("the local Barbican did not answer: {e}")))?;
    let status = resp.status().as_u16();
    let material = resp.bytes().await.map_err(|e| KeyError(e.to_string()))?;
    if status != 200 {
        let why: Value = serde_json::from_slice(&material).unwrap_or(Value::Null);
        return Err(KeyError(format!(
            "the local Barbican refused the key ({status}: {})",
            why.get("description")
                .and_then(Value::as_str)
                .unwrap_or("no reason given")
        )));
    }
    Ok(crypto::fingerprint(&material))
}

/// The export path of a share on a server address.
pub fn export_path(proto: &str, address: &str, share_id: &str) -> String {
    let name = format!("share_{}", share_id.replace('-', "_"));
    match proto {
        "CIFS" => format!("\\\\{address}\\{name}"),
        "CEPHFS" => format!("{address}:6789:/volumes/_nogroup/{share_id}"),
        _ => format!("{address}:/shares/{name}"),
    }
}

/// A share's export locations, as the DummyDriver makes them: one for
/// administrators on the service address, then a preferred and another
/// user address.
pub fn export_locations(proto: &str, address: &str, share_id: &str) -> Vec<serde_json::Value> {
    // Reserved ranges (RFC 5737, RFC 2544): nothing answers there.
    let last = address.rsplit('.').next().unwrap_or("10");
    let admin = format!("203.0.113.{last}");
    let secondary = format!("198.18.0.{last}");
    [
        (admin, true, false),
        (address.to_string(), false, true),
        (secondary, false, false),
    ]
    .into_iter()
    .map(|(ip, admin_only, preferred)| {
        serde_json::json!({"id": crypto::uuid(), "path": export_path(proto, &ip, share_id),
                               "is_admin_only": admin_only, "preferred": preferred})
    })
    .collect()
}

/// A documentation-range address for a new share server (RFC 5737).
pub fn server_address(server_id: &str) -> String {
    let d = crypto::digest(server_id);
    let n = u8::from_str_radix(&d[..2], 16).unwrap_or(10) % 250 + 2;
    format!("198.51.100.{n}")
}

/// The address of a back end without share servers.
pub const SERVICE_ADDRESS: &str = "192.0.2.10";
