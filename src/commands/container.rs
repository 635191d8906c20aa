//! `secret container …` (Barbican containers), printed as
//! python-barbicanclient prints them.

use serde_json::{Value, json};

use super::barbican_time;
use crate::api::keymanager::{self, ref_uuid};
use crate::cli::secret::ContainerCommand;
use crate::error::{Error, Result};
use crate::output::Data;
use crate::output::Print;
use crate::session::Session;

/// The columns of a generic container, in barbicanclient's order.
const GENERIC_COLUMNS: [&str; 7] = [
    "Container href",
    "Name",
    "Created",
    "Status",
    "Type",
    "Secrets",
    "Consumers",
];

pub async fn run(session: &mut Session, cmd: &ContainerCommand) -> Result<()> {
    match cmd {
        ContainerCommand::Create(args) => {
            let mut refs = Vec::new();
            for (name, secret) in &args.secrets {
                let uuid = keymanager::resolve_secret(session, secret).await?;
                // As barbicanclient: secret names in a container are lower case.
                refs.push(json!({
                    "name": name.to_lowercase(),
                    "secret_ref": keymanager::secret_href(session, &uuid).await?,
                }));
            }
            let mut body = json!({"type": args.r#type.as_str(), "secret_refs": refs});
            if let Some(n) = &args.name {
                body["name"] = json!(n);
            }
            let href = keymanager::create_container(session, body).await?;
            let container =
                keymanager::get_container(session, &ref_uuid(&href, "containers")?).await?;
            session.ui().print(&args.output, one(&container))
        }
        ContainerCommand::Get(args) => {
            let container = keymanager::get_container(session, &uuid_of(&args.uri)?).await?;
            session.ui().print(&args.output, one(&container))
        }
        ContainerCommand::List(args) => {
            let containers = keymanager::list_containers(
                session,
                args.limit,
                args.offset,
                args.name.as_deref(),
                args.r#type.map(|t| t.as_str()),
            )
            .await?;
            let rows = containers.iter().map(generic_row).collect();
            session
                .ui()
                .print(&args.output, Data::list(&GENERIC_COLUMNS, rows))
        }
        ContainerCommand::Delete(args) => {
            keymanager::delete_container(session, &uuid_of(&args.uri)?).await
        }
    }
}

fn uuid_of(uri: &str) -> Result<String> {
    ref_uuid(uri, "containers").map_err(|e| {
        Error::usage(e.message).with_hint(
            "pass the container's href (as `secret container create` prints it) or its UUID",
        )
    })
}

/// A container as `secret container get` prints it: the columns of its type.
fn one(c: &Value) -> Data {
    let ref_named = |name: &str| {
        c.get("secret_refs")
            .and_then(Value::as_array)
            .and_then(|refs| {
                refs.iter()
                    .find(|r| r.get("name").and_then(Value::as_str) == Some(name))
            })
            .and_then(|r| r.get("secret_ref").cloned())
            .unwrap_or(Value::Null)
    };
    let f = |k: &str| c.get(k).cloned().unwrap_or(Value::Null);
    match c.get("type").and_then(Value::as_str) {
        Some("rsa") => Data::one(vec![
            ("Container href", f("container_ref")),
            ("Name", f("name")),
            ("Created", barbican_time(&f("created"))),
            ("Status", f("status")),
            ("Type", f("type")),
            ("Public Key", ref_named("public_key")),
            ("Private Key", ref_named("private_key")),
            ("PK Passphrase", ref_named("private_key_passphrase")),
            ("Consumers", consumers(c)),
        ]),
        Some("certificate") => Data::one(vec![
            ("Container href", f("container_ref")),
            ("Name", f("name")),
            ("Created", barbican_time(&f("created"))),
            ("Status", f("status")),
            ("Type", f("type")),
            ("Certificate", ref_named("certificate")),
            ("Intermediates", ref_named("intermediates")),
            ("Private Key", ref_named("private_key")),
            ("PK Passphrase", ref_named("private_key_passphrase")),
            ("Consumers", consumers(c)),
        ]),
        _ => Data::one(
            GENERIC_COLUMNS
                .iter()
                .copied()
                .zip(generic_row(c))
                .collect(),
        ),
    }
}

/// One container as a row of [`GENERIC_COLUMNS`]: secrets as `name=href`
/// lines (the href alone when unnamed), consumers as Python dicts, one a line;
/// None when there are none.
fn generic_row(c: &Value) -> Vec<Value> {
    let f = |k: &str| c.get(k).cloned().unwrap_or(Value::Null);
    let secrets: Vec<String> = c
        .get("secret_refs")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|r| {
            let href = r.get("secret_ref").and_then(Value::as_str).unwrap_or("");
            match r
                .get("name")
                .and_then(Value::as_str)
                .filter(|n| !n.is_empty())
            {
                Some(n) => format!("{}={href}", n.to_lowercase()),
                None => href.to_string(),
            }
        })
        .collect();
    vec![
        f("container_ref"),
        f("name"),
        barbican_time(&f("created")),
        f("status"),
        f("type"),
        if secrets.is_empty() {
            Value::Null
        } else {
            json!(secrets.join("\n"))
        },
        consumers(c),
    ]
}

fn consumers(c: &Value) -> Value {
    let list: Vec<String> = c
        .get("consumers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|v| {
            // barbicanclient shows each as {'name': …, 'URL': …}.
            let name = v.get("name").cloned().unwrap_or(Value::Null);
            let url = v.get("URL").cloned().unwrap_or(Value::Null);
            crate::output::python_str(&json!({"name": name, "URL": url}))
        })
        .collect();
    if list.is_empty() {
        Value::Null
    } else {
        json!(list.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_name_equals_href_lines_and_none_when_empty() {
        let c = json!({"container_ref": "h", "type": "generic", "secret_refs": [
            {"name": "Key", "secret_ref": "http://b/v1/secrets/1"},
            {"name": "", "secret_ref": "http://b/v1/secrets/2"}]});
        let row = generic_row(&c);
        assert_eq!(
            row[5],
            json!("key=http://b/v1/secrets/1\nhttp://b/v1/secrets/2")
        );
        assert_eq!(row[6], Value::Null);
        let empty = generic_row(&json!({"secret_refs": []}));
        assert_eq!(empty[5], Value::Null);
    }
}
