//! `secret store|list|get|delete` and `secret order …`, printed as
//! python-barbicanclient prints them.

use std::io::Read;
use std::path::Path;

use base64::Engine;
use serde_json::{Value, json};

use super::barbican_time;
use crate::api::keymanager::{self, NewSecret, SecretFilter, ref_uuid};
use crate::api::keyusage::KeyUsers;
use crate::cli::secret::{OrderCommand, OrderType, SecretCommand, StoreArgs};
use crate::error::{Error, Kind, Result};
use crate::output::Print;
use crate::output::{Data, FormatArgs, Ui, Views};
use crate::session::Session;

/// The columns of a secret, in barbicanclient's order.
pub const SECRET_COLUMNS: [&str; 10] = [
    "Secret href",
    "Name",
    "Created",
    "Status",
    "Content types",
    "Algorithm",
    "Bit length",
    "Secret type",
    "Mode",
    "Expiration",
];

/// The columns of an order, in barbicanclient's order.
pub const ORDER_COLUMNS: [&str; 8] = [
    "Order href",
    "Type",
    "Container href",
    "Secret href",
    "Created",
    "Status",
    "Error code",
    "Error message",
];

pub async fn run(session: &mut Session, cmd: &SecretCommand) -> Result<()> {
    match cmd {
        SecretCommand::Store(args) => store(session, args).await,
        SecretCommand::List(args) => {
            let filter = SecretFilter {
                limit: args.limit,
                offset: args.offset,
                name: args.name.clone(),
                algorithm: args.algorithm.clone(),
                bit_length: args.bit_length,
                mode: args.mode.clone(),
                secret_type: args.secret_type.map(|t| t.as_str().to_string()),
            };
            let secrets = keymanager::list_secrets(session, &filter).await?;
            let rows: Vec<Vec<Value>> = secrets.iter().map(secret_row).collect();
            if !args.long {
                return session
                    .ui()
                    .print(&args.output, Data::list(&SECRET_COLUMNS, rows));
            }
            let usage = crate::api::keyusage::key_usage(session, None)
                .await?
                .unwrap_or_default();
            let used_by = |s: &Value| {
                let uuid = s
                    .get("secret_ref")
                    .and_then(Value::as_str)
                    .and_then(|h| h.rsplit('/').next())
                    .unwrap_or_default();
                usage.get(uuid).cloned().unwrap_or_default()
            };
            let users: Vec<KeyUsers> = secrets.iter().map(used_by).collect();
            let mut columns = SECRET_COLUMNS.to_vec();
            columns.push("Used by");
            let view = |table: bool| {
                let rows = rows
                    .iter()
                    .zip(&users)
                    .map(|(r, u)| {
                        let mut r = r.clone();
                        r.push(used_by_value(u, table));
                        r
                    })
                    .collect();
                Data::list(&columns, rows)
            };
            session.ui().print(&args.output, Views::by(view))
        }
        SecretCommand::Get(args) => {
            let uuid = keymanager::resolve_secret(session, &args.uri).await?;
            if let Some(path) = &args.file {
                // A file gets the bytes in the secret's own content type, unless told.
                let content_type = match &args.payload_content_type {
                    Some(t) => t.clone(),
                    None => default_content_type(session, &uuid).await?,
                };
                let bytes = match keymanager::get_payload(session, &uuid, &content_type).await {
                    Ok(b) => b,
                    Err(e) => return Err(payload_error(session, &uuid, e).await),
                };
                return write_payload(&session.ui(), path, &bytes);
            }
            if args.payload {
                let content_type = args.payload_content_type.as_deref().unwrap_or("text/plain");
                let bytes = match keymanager::get_payload(session, &uuid, content_type).await {
                    Ok(b) => b,
                    Err(e) if crate::session::http::status_of(&e) == Some(406) => {
                        return Err(e.with_hint("the payload is not text: write it to a file with --file PATH (or --file - for standard output)"));
                    }
                    Err(e) => return Err(payload_error(session, &uuid, e).await),
                };
                let text = String::from_utf8(bytes).map_err(|_| {
                    Error::usage("the payload is binary and cannot be shown as text").with_hint(
                        "write it to a file with --file PATH (or --file - for standard output)",
                    )
                })?;
                return session
                    .ui()
                    .print(&args.output, Data::one(vec![("Payload", json!(text))]));
            }
            let secret = keymanager::get_secret(session, &uuid)
                .await
                .map_err(not_visible)?;
            let pairs: Vec<(&str, Value)> = SECRET_COLUMNS
                .iter()
                .copied()
                .zip(secret_row(&secret))
                .collect();
            if !args.usage {
                return session.ui().print(&args.output, Data::one(pairs));
            }
            let users = crate::api::keyusage::key_users(session, &uuid)
                .await?
                .unwrap_or_default();
            session.ui().print(
                &args.output,
                Views::by(|table| {
                    let mut p = pairs.clone();
                    p.push(("Used by", used_by_value(&users, table)));
                    Data::one(p)
                }),
            )
        }
        SecretCommand::Delete(args) => {
            super::share::each(&args.uris, "secrets", "delete", async |uri| {
                let uuid = keymanager::resolve_secret(session, uri).await?;
                if !args.force {
                    super::keyguard::refuse_if_in_use(
                        session,
                        &uuid,
                        super::keyguard::Change::Delete,
                    )
                    .await?;
                }
                keymanager::delete_secret(session, &uuid)
                    .await
                    .map_err(not_visible)
            })
            .await
        }
        SecretCommand::Order(cmd) => order(session, cmd).await,
        SecretCommand::Container(cmd) => super::container::run(session, cmd).await,
        SecretCommand::Update(args) => {
            let (bytes, default_type) = match (&args.payload, &args.file) {
                (Some(p), _) => (p.as_bytes().to_vec(), "text/plain"),
                (None, Some(path)) => (read_input(path)?, "application/octet-stream"),
                (None, None) => return Err(Error::usage("give the payload, or --file")),
            };
            if bytes.is_empty() {
                return Err(Error::usage(
                    "the payload is empty; Barbican refuses empty payloads",
                ));
            }
            let uuid = keymanager::resolve_secret(session, &args.uri).await?;
            let content_type = args.payload_content_type.as_deref().unwrap_or(default_type);
            keymanager::update_secret(session, &uuid, content_type, bytes)
                .await
                .map_err(|e| match crate::session::http::status_of(&e) {
                    Some(409) => {
                        e.with_hint("a secret's payload is set once; store a new secret instead")
                    }
                    _ => not_visible(e),
                })
        }
    }
}

/// What uses a key: `shares: …` / `share servers: …` lines in a table (None
/// when nothing does), `{"shares": […], "share_servers": […]}` otherwise.
fn used_by_value(u: &KeyUsers, table: bool) -> Value {
    if !table {
        return json!({"shares": u.shares, "share_servers": u.servers});
    }
    let mut lines = Vec::new();
    if !u.shares.is_empty() {
        lines.push(format!("shares: {}", u.shares.join(", ")));
    }
    if !u.servers.is_empty() {
        lines.push(format!("share servers: {}", u.servers.join(", ")));
    }
    if lines.is_empty() {
        Value::Null
    } else {
        json!(lines.join("\n"))
    }
}

/// Barbican answers 403 for another project's secret (and for a role that
/// may not read it), 404 for one that does not exist: say what each means.
fn not_visible(e: Error) -> Error {
    match e.kind {
        Kind::Forbidden => e.with_hint(
            "the secret belongs to another project, or your role may not read it: check the cloud (--os-cloud) and project you use, or ask its owner to add you to its ACL",
        ),
        Kind::NotFound => e.with_hint("check the UUID or href: `sharekeep secret list` shows this project's secrets"),
        _ => e,
    }
}

/// A payload that could not be read: a secret stored without one says so
/// (Barbican answers 404 as for a secret that does not exist).
async fn payload_error(session: &mut Session, uuid: &str, e: Error) -> Error {
    if e.kind != Kind::NotFound {
        return not_visible(e);
    }
    match keymanager::get_secret(session, uuid).await {
        Ok(meta) if meta.get("content_types").is_none_or(Value::is_null) => Error::new(
            Kind::NotFound,
            format!("secret {uuid} has no payload: it was stored without one"),
        )
        .with_hint("store the key with --payload or --file, or use an order: sharekeep secret order create key"),
        Ok(_) => e,
        Err(meta_err) => not_visible(meta_err),
    }
}

/// The content type to fetch a payload in: the secret's own default.
async fn default_content_type(session: &mut Session, uuid: &str) -> Result<String> {
    let meta = keymanager::get_secret(session, uuid)
        .await
        .map_err(not_visible)?;
    Ok(meta
        .pointer("/content_types/default")
        .and_then(Value::as_str)
        .unwrap_or("application/octet-stream")
        .to_string())
}

/// Write key material to a new file readable only by its owner; never
/// overwrite a file that exists (it may be another key).
fn write_payload(ui: &Ui, path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    if path == Path::new("-") {
        return ui.out(bytes);
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            Error::usage(format!(
                "{} already exists; the payload was not written",
                path.display()
            ))
            .with_hint("choose a new file name, or remove the file first")
        } else {
            Error::failure(format!("cannot create {}: {e}", path.display()))
        }
    })?;
    file.write_all(bytes).map_err(|e| {
        Error::failure(format!(
            "cannot write the payload to {}: {e}",
            path.display()
        ))
    })
}

async fn store(session: &mut Session, args: &StoreArgs) -> Result<()> {
    let (payload, content_type, encoding) = payload_of(args)?;
    let expiration = args.expiration.as_deref().map(expiration).transpose()?;
    let new = NewSecret {
        name: args.name.clone(),
        payload,
        payload_content_type: content_type,
        payload_content_encoding: encoding,
        algorithm: Some(args.algorithm.clone()),
        bit_length: Some(args.bit_length),
        mode: Some(args.mode.clone()),
        secret_type: Some(args.secret_type.as_str().to_string()),
        expiration,
    };
    let href = keymanager::store_secret(session, &new).await?;
    // As barbicanclient: the stored secret as sent, without reading it back
    // (Created and Status stay empty; `secret get` shows them).
    let sent = json!({
        "secret_ref": href,
        "name": new.name,
        "content_types": args.payload_content_type.as_ref().map(|t| json!({"default": t})),
        "algorithm": new.algorithm,
        "bit_length": new.bit_length,
        "secret_type": new.secret_type,
        "mode": new.mode,
        "expiration": new.expiration,
    });
    session.ui().print(
        &args.output,
        Data::one(
            SECRET_COLUMNS
                .iter()
                .copied()
                .zip(secret_row(&sent))
                .collect(),
        ),
    )
}

/// The payload with its content type and encoding, by barbicanclient's rules:
/// with neither `-t` nor `-e`, the bytes are sent base64-encoded as
/// `application/octet-stream` (binary keys arrive intact); with either, the
/// payload is sent as the text it is, with the type and encoding given.
fn payload_of(args: &StoreArgs) -> Result<(Option<String>, Option<String>, Option<String>)> {
    let (bytes, from) = match (&args.payload, &args.file) {
        (Some(p), _) => (p.as_bytes().to_vec(), "--payload".to_string()),
        (_, Some(path)) => (read_input(path)?, describe(path)),
        _ => return Ok((None, None, None)),
    };
    if bytes.is_empty() {
        return Err(Error::usage(format!(
            "the payload from {from} is empty; Barbican refuses empty payloads"
        )));
    }
    if args.payload_content_type.is_none() && args.payload_content_encoding.is_none() {
        let encoded = base64::engine::general_purpose::STANDARD.encode(&bytes);
        return Ok((
            Some(encoded),
            Some("application/octet-stream".into()),
            Some("base64".into()),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        Error::usage(format!("the payload from {from} is not UTF-8 text, as --payload-content-type/--payload-content-encoding require"))
            .with_hint("leave out -t and -e: sharekeep then sends the bytes base64-encoded as application/octet-stream")
    })?;
    Ok((
        Some(text),
        args.payload_content_type.clone(),
        args.payload_content_encoding.clone(),
    ))
}

/// barbicanclient sends expirations as ISO 8601 with an offset, UTC when none is given.
fn expiration(input: &str) -> Result<String> {
    let bad = || {
        Error::usage(format!(
            "--expiration `{input}` is not an ISO 8601 date and time"
        ))
        .with_hint("e.g. 2030-01-01T00:00:00 (UTC) or 2030-01-01T00:00:00+02:00")
    };
    if let Ok(t) = input.parse::<jiff::Timestamp>() {
        return Ok(t.strftime("%Y-%m-%dT%H:%M:%S%.f+00:00").to_string());
    }
    let civil: jiff::civil::DateTime = input.parse().map_err(|_| bad())?;
    Ok(civil.strftime("%Y-%m-%dT%H:%M:%S%.f+00:00").to_string())
}

fn describe(path: &Path) -> String {
    if path == Path::new("-") {
        "standard input".into()
    } else {
        path.display().to_string()
    }
}

fn read_input(path: &Path) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let read = if path == Path::new("-") {
        std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map(|_| ())
    };
    read.map_err(|e| {
        Error::usage(format!(
            "cannot read the payload from {}: {e}",
            describe(path)
        ))
    })?;
    Ok(bytes)
}

/// One secret as a row of [`SECRET_COLUMNS`].
fn secret_row(s: &Value) -> Vec<Value> {
    let f = |k: &str| s.get(k).cloned().unwrap_or(Value::Null);
    vec![
        f("secret_ref"),
        f("name"),
        barbican_time(&f("created")),
        f("status"),
        f("content_types"),
        f("algorithm"),
        f("bit_length"),
        f("secret_type"),
        f("mode"),
        barbican_time(&f("expiration")),
    ]
}

async fn order(session: &mut Session, cmd: &OrderCommand) -> Result<()> {
    match cmd {
        OrderCommand::Create(args) => {
            let mut meta = json!({
                "algorithm": args.algorithm,
                "bit_length": args.bit_length,
                "payload_content_type": args.payload_content_type,
            });
            if let Some(n) = &args.name {
                meta["name"] = json!(n);
            }
            if let Some(x) = &args.expiration {
                meta["expiration"] = json!(expiration(x)?);
            }
            // Only key orders have a cipher mode.
            if args.order_type == OrderType::Key {
                meta["mode"] = json!(args.mode);
            }
            let kind = match args.order_type {
                OrderType::Key => "key",
                OrderType::Asymmetric => "asymmetric",
            };
            let href = keymanager::create_order(session, kind, meta).await?;
            // As barbicanclient: the order as sent; `secret order get` shows its progress.
            print_order(
                &session.ui(),
                &args.output,
                &json!({"order_ref": href, "type": kind}),
            )
        }
        OrderCommand::Get(args) => {
            let order = keymanager::get_order(session, &ref_uuid(&args.uri, "orders")?).await?;
            print_order(&session.ui(), &args.output, &order)
        }
        OrderCommand::List(args) => {
            let orders = keymanager::list_orders(session, args.limit, args.offset).await?;
            session.ui().print(
                &args.output,
                Data::list(&ORDER_COLUMNS, orders.iter().map(order_row).collect()),
            )
        }
        OrderCommand::Delete(args) => {
            for uri in &args.uris {
                keymanager::delete_order(session, &ref_uuid(uri, "orders")?).await?;
            }
            Ok(())
        }
    }
}

fn print_order(ui: &Ui, output: &FormatArgs, order: &Value) -> Result<()> {
    ui.print(
        output,
        Data::one(
            ORDER_COLUMNS
                .iter()
                .copied()
                .zip(order_row(order))
                .collect(),
        ),
    )
}

fn order_row(o: &Value) -> Vec<Value> {
    let f = |k: &str| o.get(k).cloned().unwrap_or(Value::Null);
    vec![
        f("order_ref"),
        f("type")
            .as_str()
            .map(capitalize)
            .map(Value::from)
            .unwrap_or(Value::Null),
        // barbicanclient shows N/A for orders that make no container (key orders).
        o.get("container_ref")
            .cloned()
            .unwrap_or_else(|| json!("N/A")),
        f("secret_ref"),
        barbican_time(&f("created")),
        f("status"),
        f("error_status_code"),
        f("error_reason"),
    ]
}

/// barbicanclient shows the order type as `Key` / `Asymmetric`.
fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expirations_are_sent_with_an_offset() {
        assert_eq!(
            expiration("2030-01-01T00:00:00").unwrap(),
            "2030-01-01T00:00:00+00:00"
        );
        assert_eq!(
            expiration("2030-01-01T02:00:00+02:00").unwrap(),
            "2030-01-01T00:00:00+00:00"
        );
        assert!(expiration("garbage").is_err());
    }

    #[test]
    fn secret_rows_follow_the_columns() {
        let s = json!({"secret_ref": "h", "name": "k", "status": "ACTIVE", "bit_length": 256, "content_types": {"default": "text/plain"}});
        let row = secret_row(&s);
        assert_eq!(row.len(), SECRET_COLUMNS.len());
        assert_eq!(row[0], json!("h"));
        assert_eq!(row[6], json!(256));
        assert_eq!(row[9], json!(null));
    }
}
