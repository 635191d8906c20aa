//! Barbican's orders (a key generated on the server) and containers.

use super::*;

/// `POST /v1/orders` of type `key`: the key is made at once (the order is
/// `ACTIVE` when it is first read, as a fast Barbican worker would make it).
pub(super) fn order(state: &State, who: &Caller, req: &Req) -> Result<Resp, ApiError> {
    permit(state, who, "orders:post", "Order creation")?;
    let b = json_body(req)?;
    let kind = text(&b, "type").unwrap_or_default();
    if kind != "key" {
        return Err(ApiError::bad_request(format!(
            "Invalid order type '{kind}': only 'key' orders are supported by the local key manager."
        )));
    }
    let meta = b.get("meta").cloned().unwrap_or(json!({}));
    let algorithm = text(&meta, "algorithm")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let bits = meta.get("bit_length").and_then(Value::as_u64).unwrap_or(0);
    if algorithm == "aes" && ![128, 192, 256].contains(&bits) {
        // Barbican's crypto plugin: an AES length it cannot make.
        return Err(ApiError::bad_request(
            "Provided field value is not supported",
        ));
    }
    if algorithm != "aes" {
        return Err(ApiError::bad_request(
            "Provided object does not match schema 'Order': the local key manager generates AES keys of 128, 192 or 256 bits. Invalid property: 'meta'",
        ));
    }
    let mut secret = new_secret(
        who,
        &json!({
            "name": meta.get("name"), "algorithm": "aes", "bit_length": bits,
            "mode": meta.get("mode").cloned().unwrap_or(json!("cbc")), "secret_type": "symmetric",
            "expiration": meta.get("expiration"),
        }),
    )?;
    let key = crypto::random_bytes::<32>();
    secret.seal(
        &state.kek,
        &key[..(bits as usize / 8)],
        "application/octet-stream",
    );
    let order = Order::key(owner(who), meta, &secret.id);
    let (secret_row, order_row) = (secret.row()?, order.row()?);
    state.write(|tx| {
        if quotas::full(tx, &who.project_id, "orders")? {
            return Ok(Err(quotas::reached("Order creation")));
        }
        tx.put(&secret_row)?;
        tx.put(&order_row).map(Ok)
    })??;
    Ok(Resp::json(
        202,
        json!({"order_ref": href(state, "orders", &order.id)}),
    ))
}

pub(super) fn order_view(state: &State, b: &Value) -> Value {
    let g = |k: &str| b.get(k).cloned().unwrap_or(Value::Null);
    let id = b.get("id").and_then(Value::as_str).unwrap_or_default();
    let secret = b
        .get("secret_id")
        .and_then(Value::as_str)
        .unwrap_or_default();
    json!({
        "created": g("created"), "creator_id": g("creator_id"), "meta": g("meta"),
        "order_ref": href(state, "orders", id), "secret_ref": href(state, "secrets", secret),
        "status": g("status"), "sub_status": g("sub_status"), "sub_status_message": g("sub_status_message"),
        "type": g("type"), "updated": g("updated"),
    })
}

/// `POST /v1/containers`: a named list of secret references.
pub(super) fn container(state: &State, who: &Caller, req: &Req) -> Result<Resp, ApiError> {
    permit(state, who, "containers:post", "Container creation")?;
    let b = json_body(req)?;
    let kind = text(&b, "type").unwrap_or_else(|| "generic".into());
    if !["generic", "rsa", "certificate"].contains(&kind.as_str()) {
        return Err(ApiError::bad_request(format!(
            "Provided object does not match schema 'Container': '{kind}' is not one of ['generic', 'rsa', 'certificate'] Invalid property: 'type'"
        )));
    }
    let given = b
        .get("secret_refs")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let rsa_names = ["private_key", "public_key", "private_key_passphrase"];
    if kind == "rsa"
        && given
            .iter()
            .any(|r| !text(r, "name").is_some_and(|n| rsa_names.contains(&n.as_str())))
    {
        return Err(ApiError::bad_request(
            "Provided object does not match schema 'Container': only 'private_key', 'public_key' and 'private_key_passphrase' reference names are allowed for RSA type. Invalid property: 'secret_refs'",
        ));
    }
    let mut refs = Vec::new();
    for r in given {
        let sref = text(&r, "secret_ref").unwrap_or_default();
        let sid = sref.rsplit('/').next().unwrap_or_default().to_string();
        readable(state, who, &sid)
            .map_err(|_| ApiError::not_found("Secret provided doesn't exist."))?;
        refs.push(ContainerRef {
            name: r.get("name").cloned().unwrap_or(Value::Null),
            secret_id: sid,
        });
    }
    let name = b.get("name").cloned().unwrap_or(Value::Null);
    let record = Container::new(owner(who), (name, &kind), refs);
    let row = record.row()?;
    state.write(|tx| {
        if quotas::full(tx, &who.project_id, "containers")? {
            return Ok(Err(quotas::reached("Container creation")));
        }
        tx.put(&row).map(Ok)
    })??;
    Ok(Resp::json(
        201,
        json!({"container_ref": href(state, "containers", &record.id)}),
    ))
}

pub(super) fn container_view(state: &State, b: &Value) -> Value {
    let g = |k: &str| b.get(k).cloned().unwrap_or(Value::Null);
    let id = b.get("id").and_then(Value::as_str).unwrap_or_default();
    let refs: Vec<Value> = b
        .get("secret_refs")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|r| json!({"name": r.get("name"), "secret_ref": href(state, "secrets", r.get("secret_id").and_then(Value::as_str).unwrap_or_default())}))
                .collect()
        })
        .unwrap_or_default();
    json!({
        "container_ref": href(state, "containers", id), "created": g("created"), "creator_id": g("creator_id"),
        "name": g("name"), "secret_refs": refs, "status": g("status"), "type": g("type"),
        "updated": g("updated"), "consumers": [],
    })
}
