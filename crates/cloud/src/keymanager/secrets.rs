//! Barbican's secrets: the store (with Python's base64 decoding of payloads), the payload read and upload, the view.

use super::*;

/// Barbican 23's payload limit (`max_allowed_secret_in_bytes`): the payload
/// as sent (its UTF-8 text in a JSON body, before any base64 decoding; the
/// bytes of a `PUT`).
pub(super) const MAX_PAYLOAD: usize = 20_000;
/// Barbican reads this much of a JSON body and no more
/// (`max_allowed_request_size_in_bytes`): a longer one is cut, and so not JSON.
pub(super) const MAX_REQUEST: usize = 25_000;

/// Barbican's answer to a payload over [`MAX_PAYLOAD`].
pub(super) fn too_large(operation: Option<&str>) -> ApiError {
    let what = "Provided information too large to process";
    ApiError::new(
        413,
        match operation {
            Some(op) => format!("{op} issue seen - {what}."),
            None => what.to_string(),
        },
    )
}

/// Decode a payload as Barbican does for its content types.
/// Base64 as Barbican decodes it (Python's `base64.b64decode` without
/// `validate`): bytes outside the alphabet are dropped, and decoding ends
/// at the padding that completes the last quantum (seen on the reference
/// cloud: `!!<base64>!!` and `<base64>=A` are accepted).
pub(super) fn python_b64decode(text: &[u8]) -> Result<Vec<u8>, base64::DecodeError> {
    let kept: Vec<u8> = text
        .iter()
        .copied()
        .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        .collect();
    let data_len = kept.iter().position(|b| *b == b'=').unwrap_or(kept.len());
    let pads = kept[data_len..].iter().take_while(|b| **b == b'=').count();
    let mut quantum = kept[..data_len].to_vec();
    match (data_len % 4, pads) {
        (2, p) if p >= 2 => quantum.extend_from_slice(b"=="),
        (3, p) if p >= 1 => quantum.push(b'='),
        _ => {}
    }
    STANDARD.decode(quantum)
}

pub(super) fn decode_payload(
    payload: &str,
    content_type: Option<&str>,
    encoding: Option<&str>,
) -> Result<(Vec<u8>, String), ApiError> {
    let content_type = content_type.ok_or_else(|| {
        ApiError::bad_request("Provided object does not match schema 'Secret': If 'payload' is supplied, 'payload_content_type' must also be supplied. Invalid property: 'payload_content_type'")
    })?;
    let bytes = match (
        content_type.split(';').next().unwrap_or("").trim(),
        encoding,
    ) {
        ("text/plain", None) => payload.as_bytes().to_vec(),
        (
            "application/octet-stream" | "application/pkcs8" | "application/pkix-cert",
            Some("base64"),
        ) => python_b64decode(payload.as_bytes()).map_err(|_| {
            ApiError::bad_request("Problem with the payload: base64 decoding failed.")
        })?,
        ("application/octet-stream", None) => {
            return Err(ApiError::bad_request(
                "Provided object does not match schema 'Secret': payload_content_encoding must be supplied with an application/octet-stream payload_content_type. Invalid property: 'payload_content_encoding'",
            ));
        }
        (other, _) => {
            return Err(ApiError::new(
                400,
                format!(
                    "Provided object does not match schema 'Secret': payload_content_type {other} is not one of the supported types. Invalid property: 'payload_content_type'"
                ),
            ));
        }
    };
    if bytes.is_empty() {
        return Err(ApiError::bad_request(
            "Provided object does not match schema 'Secret': If 'payload' specified, must be non empty. Invalid property: 'payload'",
        ));
    }
    Ok((bytes, content_type.to_string()))
}

/// A new secret of the caller's, described by the request's `b` (checked as Barbican does).
pub(super) fn new_secret(who: &Caller, b: &Value) -> Result<Secret, ApiError> {
    let secret_type = text(b, "secret_type").unwrap_or_else(|| "opaque".into());
    const TYPES: [&str; 7] = [
        "symmetric",
        "public",
        "private",
        "passphrase",
        "certificate",
        "opaque",
        "pkcs12",
    ];
    if !TYPES.contains(&secret_type.as_str()) {
        return Err(ApiError::bad_request(format!(
            "Provided object does not match schema 'Secret': '{secret_type}' is not one of {TYPES:?} Invalid property: 'secret_type'"
        )));
    }
    if let Some(exp) = text(b, "expiration") {
        let ok = exp
            .parse::<jiff::Timestamp>()
            .ok()
            .or_else(|| format!("{exp}Z").parse::<jiff::Timestamp>().ok());
        match ok {
            Some(t) if t > jiff::Timestamp::now() => {}
            Some(_) => {
                return Err(ApiError::bad_request(
                    "Provided object does not match schema 'Secret': 'expiration' is before current time Invalid property: 'expiration'",
                ));
            }
            None => return Err(ApiError::bad_request("Invalid date for 'expiration'")),
        }
    }
    let g = |k: &str| b.get(k).cloned().unwrap_or(Value::Null);
    Ok(Secret::new(
        owner(who),
        NewSecret {
            name: g("name"),
            algorithm: g("algorithm"),
            bit_length: g("bit_length"),
            mode: g("mode"),
            secret_type,
            expiration: g("expiration"),
        },
    ))
}

/// `POST /v1/secrets`: 201 with the href.
pub(super) fn store_secret(state: &State, who: &Caller, req: &Req) -> Result<Resp, ApiError> {
    permit(state, who, "secrets:post", "Secret creation")?;
    let b = json_body(req)?;
    let mut record = new_secret(who, &b)?;
    if let Some(payload) = b.get("payload") {
        let payload = payload.as_str().ok_or_else(|| {
            ApiError::bad_request(
                "Provided object does not match schema 'Secret': 'payload' must be a string",
            )
        })?;
        if payload.len() > MAX_PAYLOAD {
            return Err(too_large(None));
        }
        let (bytes, content_type) = decode_payload(
            payload,
            b.get("payload_content_type").and_then(Value::as_str),
            b.get("payload_content_encoding").and_then(Value::as_str),
        )?;
        record.seal(&state.kek, &bytes, &content_type);
    } else if b.get("payload_content_type").is_some() {
        return Err(ApiError::bad_request(
            "Provided object does not match schema 'Secret': If 'payload_content_type' is supplied, 'payload' must also be supplied. Invalid property: 'payload_content_type'",
        ));
    }
    let row = record.row()?;
    state.write(|tx| {
        if quotas::full(tx, &who.project_id, "secrets")? {
            return Ok(Err(quotas::reached("Secret creation")));
        }
        tx.put(&row).map(Ok)
    })??;
    Ok(Resp::json(
        201,
        json!({"secret_ref": href(state, "secrets", &record.id)}),
    ))
}

/// The content types Barbican decodes a payload as text for, and as bytes
/// (`mime_types.PLAIN_TEXT`, `BINARY`), compared as the client wrote them.
const PLAIN_TEXT: [&str; 3] = [
    "text/plain",
    "text/plain;charset=utf-8",
    "text/plain; charset=utf-8",
];
const BINARY: [&str; 2] = ["application/octet-stream", "application/pkcs8"];

/// A content type in Barbican's internal form (`normalize_content_type`):
/// lower case, a UTF-8 charset dropped; anything else is kept as given.
fn normalized(mime: &str) -> String {
    let parts: Vec<&str> = mime.split(';').map(str::trim).collect();
    let base = parts[0].to_ascii_lowercase();
    if let Some(param) = parts.get(1).map(|p| p.to_ascii_lowercase()) {
        match param.split_once('=') {
            Some((_, charset)) if charset.trim() == "utf-8" => {}
            _ => return mime.to_string(),
        }
    }
    match base.as_str() {
        "text/plain" | "application/octet-stream" | "application/pkcs8" | "application/aes" => base,
        _ => mime.to_string(),
    }
}

/// Whether a request's `Accept` asks for a secret's metadata (JSON) rather
/// than its payload (`is_json_request_accept`).
pub(super) fn wants_metadata(req: &Req) -> bool {
    matches!(
        req.header("accept"),
        None | Some("application/json") | Some("*/*")
    )
}

/// `GET /v1/secrets/{id}/payload` (and `GET /v1/secrets/{id}` with a
/// non-JSON `Accept`): the payload in the content type `Accept` names, as
/// Barbican gives it. No `Accept` is `application/octet-stream`, `*/*` the
/// type it was stored in; a type Barbican does not decode to is 406, and
/// the answer's `Content-Type` is what was asked for.
pub(super) fn payload(state: &State, who: &Caller, id: &str, req: &Req) -> Result<Resp, ApiError> {
    let row = secret(state, who, id, "secret:decrypt", "Secret payload retrieval")?;
    let record = Secret::from_row(&row)?;
    let sealed = record
        .sealed_payload
        .as_deref()
        .ok_or_else(|| ApiError::not_found("Not Found. Sorry but your secret has no payload."))?;
    let accept = req
        .header("accept")
        .filter(|a| !a.is_empty())
        .unwrap_or("application/octet-stream");
    let wanted = match accept {
        "*/*" => record
            .content_type
            .as_deref()
            .unwrap_or("application/octet-stream"),
        other => other,
    };
    let refused = || {
        ApiError::new(
            406,
            "Secret payload retrieval issue seen - Wrong payload content-type.",
        )
    };
    let supported = normalized(wanted);
    if !PLAIN_TEXT.contains(&supported.as_str()) && !BINARY.contains(&supported.as_str()) {
        return Err(refused());
    }
    let bytes = state.kek.open(id, sealed)?;
    if PLAIN_TEXT.contains(&wanted) {
        if std::str::from_utf8(&bytes).is_err() {
            return Err(refused());
        }
        // A text answer gets its charset unless the type names one.
        let content_type = if accept.starts_with("text/") && !accept.contains(';') {
            format!("{accept}; charset=UTF-8")
        } else {
            accept.to_string()
        };
        return Ok(Resp::bytes(&content_type, bytes));
    }
    if !BINARY.contains(&wanted) {
        return Err(ApiError::bad_request(format!(
            "Secret payload retrieval issue seen - content-type of '{wanted}' not supported."
        )));
    }
    Ok(Resp::bytes(accept, bytes))
}

/// `PUT /v1/secrets/{id}`: the payload of a secret made without one.
pub(super) fn put_payload(
    state: &State,
    who: &Caller,
    id: &str,
    req: &Req,
) -> Result<Resp, ApiError> {
    let row = secret(state, who, id, "secret:put", "Secret update")?;
    let mut record = Secret::from_row(&row)?;
    if record.sealed_payload.is_some() {
        return Err(ApiError::conflict(
            "Secret already has data, cannot modify it.",
        ));
    }
    if req.body.len() > MAX_PAYLOAD {
        return Err(too_large(Some("Secret update")));
    }
    let content_type = req
        .header("content-type")
        .unwrap_or("application/octet-stream");
    let bytes = match req.header("content-encoding") {
        Some("base64") => python_b64decode(&req.body).map_err(|_| {
            ApiError::bad_request("Problem with the payload: base64 decoding failed.")
        })?,
        _ => req.body.clone(),
    };
    if bytes.is_empty() {
        return Err(ApiError::bad_request("No payload provided."));
    }
    record.seal(&state.kek, &bytes, content_type);
    record.updated = now();
    let row = record.row()?;
    state.write(|tx| tx.put(&row))?;
    Ok(Resp::empty(204))
}

/// The secret's metadata, in Barbican's key order, with its `consumers`
/// where the request's version shows them (from key-manager 1.1; clients
/// ask for it).
pub(super) fn secret_view(state: &State, row: &Row, consumers: Option<&[Consumer]>) -> Value {
    let b = &row.body;
    let g = |k: &str| b.get(k).cloned().unwrap_or(Value::Null);
    let mut view = json!({
        "created": g("created"), "updated": g("updated"), "status": g("status"),
        "name": g("name"), "secret_type": g("secret_type"), "expiration": g("expiration"),
        "algorithm": g("algorithm"), "bit_length": g("bit_length"), "mode": g("mode"),
        "creator_id": g("creator_id"),
    });
    if let Some(consumers) = consumers {
        view["consumers"] = consumers
            .iter()
            .map(|c| {
                json!({"service": c.service, "resource_type": c.resource_type,
                       "resource_id": c.resource_id})
            })
            .collect();
    }
    if let Some(ct) = b.get("content_type") {
        view["content_types"] = json!({"default": ct});
    }
    view["secret_ref"] = json!(href(state, "secrets", &row.id));
    view
}
