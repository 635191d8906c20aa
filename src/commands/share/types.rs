//! `share type create|list|show|set|unset|delete`.

use serde_json::{Map, Value, json};

use super::{each, properties_string, str_field};
use crate::api::share::{self as api, TYPES};
use crate::cli::share::{TypeAccessCommand, TypeCommand};
use crate::error::{Error, Result};
use crate::output::Print;
use crate::output::{Data, Views};
use crate::session::Session;
use crate::session::microversion::{self, Microversion};

/// Extra specs Manila requires; the rest are "optional" in the display.
const REQUIRED: [&str; 1] = ["driver_handles_share_servers"];

/// The values Manila accepts for `encryption_support`.
const ENCRYPTION_SUPPORT: [&str; 2] = ["share", "share_server"];

/// Manila parses booleans strictly; say so before it does.
fn strict_bool(what: &str, value: &str) -> Result<bool> {
    match value.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "y" | "on" | "t" => Ok(true),
        "false" | "0" | "no" | "n" | "off" | "f" => Ok(false),
        _ => Err(Error::usage(format!(
            "{what} must be true or false, not `{value}`"
        ))),
    }
}

/// The extra specs that manilaclient treats as booleans.
const BOOL_SPECS: [&str; 4] = [
    "snapshot_support",
    "create_share_from_snapshot_support",
    "revert_to_snapshot_support",
    "mount_snapshot_support",
];

/// Check extra specs that sharekeep knows, before Manila refuses them.
fn check_specs(specs: &[(String, String)]) -> Result<()> {
    for (k, v) in specs {
        if k == "encryption_support" && !ENCRYPTION_SUPPORT.contains(&v.as_str()) {
            return Err(Error::usage(format!("encryption_support must be `share` or `share_server`, not `{v}`")).with_hint(
                "share_server: one key per share server (what Manila 2.90 drivers implement); share: a key per share",
            ));
        }
        if k == "driver_handles_share_servers" {
            return Err(Error::usage(
                "driver_handles_share_servers is set by the positional argument, not --extra-specs",
            ));
        }
    }
    Ok(())
}

pub async fn run(session: &mut Session, cmd: &TypeCommand) -> Result<()> {
    match cmd {
        TypeCommand::Create(args) => {
            let dhss = strict_bool("SPEC_DRIVER_HANDLES_SHARE_SERVERS", &args.dhss)?;
            check_specs(&args.extra_specs)?;
            let mut specs = Map::new();
            specs.insert("driver_handles_share_servers".into(), json!(dhss));
            // As manilaclient: the boolean specs as `True`/`False` strings.
            for (spec, flag, value) in [
                (
                    "snapshot_support",
                    "--snapshot-support",
                    &args.snapshot_support,
                ),
                (
                    "create_share_from_snapshot_support",
                    "--create-share-from-snapshot-support",
                    &args.create_share_from_snapshot_support,
                ),
                (
                    "revert_to_snapshot_support",
                    "--revert-to-snapshot-support",
                    &args.revert_to_snapshot_support,
                ),
                (
                    "mount_snapshot_support",
                    "--mount-snapshot-support",
                    &args.mount_snapshot_support,
                ),
            ] {
                if let Some(v) = value {
                    let b = strict_bool(flag, v)?;
                    specs.insert(spec.into(), json!(if b { "True" } else { "False" }));
                }
            }
            for (k, v) in &args.extra_specs {
                specs.insert(k.clone(), json!(v));
            }
            let mut body = json!({
                "name": args.name,
                "share_type_access:is_public": strict_bool("--public", &args.public)?,
                "extra_specs": specs,
            });
            if let Some(d) = &args.description {
                microversion::require(
                    "--description",
                    Microversion::new(2, 41),
                    session.share_microversion().await?,
                )?;
                body["description"] = json!(d);
            }
            let created = api::create(session, TYPES, body).await?;
            session
                .ui()
                .print(&args.output, Views::by(|table| show_rows(&created, table)))
        }
        TypeCommand::List(args) => {
            let mut query = if args.all {
                vec![("is_public".to_string(), "all".to_string())]
            } else {
                Vec::new()
            };
            if !args.extra_specs.is_empty() {
                microversion::require(
                    "--extra-specs",
                    Microversion::new(2, 43),
                    session.share_microversion().await?,
                )?;
                // As manilaclient: the filter is the Python str() of a dict,
                // boolean specs capitalised.
                let specs: Map<String, Value> = args
                    .extra_specs
                    .iter()
                    .map(|(k, v)| {
                        let v = if BOOL_SPECS.contains(&k.as_str()) {
                            json!(if strict_bool(k, v)? { "True" } else { "False" })
                        } else {
                            json!(v)
                        };
                        Ok((k.clone(), v))
                    })
                    .collect::<Result<_>>()?;
                query.push((
                    "extra_specs".into(),
                    crate::output::python_str(&Value::Object(specs)),
                ));
                query.sort();
            }
            let types = api::list(session, TYPES, &query).await?;
            let columns = [
                "ID",
                "Name",
                "Visibility",
                "Is Default",
                "Required Extra Specs",
                "Optional Extra Specs",
                "Description",
            ];
            let list = |table: bool| {
                let rows = types
                    .iter()
                    .map(|t| {
                        let v = view(t);
                        let specs = |k: &str| {
                            if table {
                                json!(properties_string(&v[k]))
                            } else {
                                v[k].clone()
                            }
                        };
                        vec![
                            v["id"].clone(),
                            v["name"].clone(),
                            v["visibility"].clone(),
                            v["is_default"].clone(),
                            specs("required_extra_specs"),
                            specs("optional_extra_specs"),
                            v["description"].clone(),
                        ]
                    })
                    .collect();
                Data::list(&columns, rows)
            };
            session.ui().print(&args.output, Views::by(list))
        }
        TypeCommand::Show(args) => {
            let t = api::find_type(session, &args.share_type).await?;
            session
                .ui()
                .print(&args.output, Views::by(|table| show_rows(&t, table)))
        }
        TypeCommand::Set(args) => {
            let id = api::find_type_id(session, &args.share_type).await?;
            check_specs(&args.extra_specs)?;
            if !args.extra_specs.is_empty() {
                let specs: Map<String, Value> = super::pairs_map(&args.extra_specs);
                api::set_extra_specs(session, &id, specs).await?;
            }
            let mut update = Map::new();
            if let Some(n) = &args.name {
                update.insert("name".into(), json!(n));
            }
            if let Some(d) = &args.description {
                update.insert("description".into(), json!(d));
            }
            if let Some(p) = &args.public {
                update.insert(
                    "share_type_access:is_public".into(),
                    json!(strict_bool("--public", p)?),
                );
            }
            if !update.is_empty() {
                microversion::require(
                    "--name/--description/--public",
                    Microversion::new(2, 50),
                    session.share_microversion().await?,
                )?;
                api::update(session, TYPES, &id, update).await?;
            }
            Ok(())
        }
        TypeCommand::Unset(args) => {
            let id = api::find_type_id(session, &args.share_type).await?;
            for key in &args.keys {
                api::unset_extra_spec(session, &id, key).await?;
            }
            Ok(())
        }
        TypeCommand::Delete(args) => {
            each(&args.share_types, "share types", "delete", async |t| {
                let id = api::find_type_id(session, t).await?;
                api::delete(session, TYPES, &id).await
            })
            .await
        }
        TypeCommand::Access(cmd) => access(session, cmd).await,
    }
}

/// A share type by name or ID, private ones included (as manilaclient looks it up).
async fn any_type(session: &mut Session, name_or_id: &str) -> Result<Value> {
    api::find_type(session, name_or_id).await
}

async fn access(session: &mut Session, cmd: &TypeAccessCommand) -> Result<()> {
    match cmd {
        TypeAccessCommand::Create(args) | TypeAccessCommand::Delete(args) => {
            let t = any_type(session, &args.share_type).await?;
            let action = if matches!(cmd, TypeAccessCommand::Create(_)) {
                "addProjectAccess"
            } else {
                "removeProjectAccess"
            };
            api::action(
                session,
                TYPES,
                &str_field(&t, "id"),
                json!({action: {"project": args.project_id}}),
            )
            .await
            .map(|_| ())
        }
        TypeAccessCommand::List(args) => {
            let t = any_type(session, &args.share_type).await?;
            if t.get("share_type_access:is_public")
                .and_then(Value::as_bool)
                == Some(true)
            {
                return Err(Error::usage(format!(
                    "share type `{}` is public: every project may use it",
                    args.share_type
                ))
                .with_hint("access lists exist for private types (--public false)"));
            }
            let projects = api::type_access(session, &str_field(&t, "id")).await?;
            let columns = [("Project ID", "project_id")];
            session.ui().print(
                &args.output,
                Data::list(&super::headers(&columns), super::rows(&projects, &columns)),
            )
        }
    }
}

/// The display fields of a share type, as python-manilaclient computes them.
fn view(t: &Value) -> Map<String, Value> {
    let specs = t
        .get("extra_specs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    let required: Map<String, Value> = t
        .get("required_extra_specs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_else(|| {
            specs
                .iter()
                .filter(|(k, _)| REQUIRED.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        });
    let optional: Map<String, Value> = specs
        .iter()
        .filter(|(k, _)| !required.contains_key(*k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let public = t
        .get("share_type_access:is_public")
        .and_then(Value::as_bool)
        .unwrap_or(true);
    let mut m = Map::new();
    m.insert("id".into(), json!(str_field(t, "id")));
    m.insert("name".into(), t.get("name").cloned().unwrap_or(Value::Null));
    m.insert(
        "visibility".into(),
        json!(if public { "public" } else { "private" }),
    );
    m.insert(
        "is_default".into(),
        t.get("is_default").cloned().unwrap_or(json!(false)),
    );
    m.insert("required_extra_specs".into(), Value::Object(required));
    m.insert("optional_extra_specs".into(), Value::Object(optional));
    m.insert(
        "description".into(),
        t.get("description").cloned().unwrap_or(Value::Null),
    );
    m
}

fn show_rows(t: &Value, table: bool) -> Data {
    let mut v = view(t);
    if table {
        for k in ["required_extra_specs", "optional_extra_specs"] {
            let s = properties_string(&v[k]);
            v.insert(k.into(), json!(s));
        }
    }
    super::object_rows(&Value::Object(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encryption_support_is_checked_before_sending() {
        assert!(check_specs(&[("encryption_support".into(), "share_server".into())]).is_ok());
        let e = check_specs(&[("encryption_support".into(), "bogus".into())]).unwrap_err();
        assert!(
            e.message.contains("`share` or `share_server`"),
            "{}",
            e.message
        );
    }

    #[test]
    fn required_and_optional_specs_are_split() {
        let t = json!({"id": "t", "name": "enc", "extra_specs": {"driver_handles_share_servers": "True", "encryption_support": "share_server"},
            "required_extra_specs": {"driver_handles_share_servers": "True"}, "share_type_access:is_public": true, "is_default": false});
        let v = view(&t);
        assert_eq!(
            v["optional_extra_specs"],
            json!({"encryption_support": "share_server"})
        );
        assert_eq!(v["visibility"], "public");
        assert_eq!(
            properties_string(&v["optional_extra_specs"]),
            "encryption_support : share_server"
        );
    }
}
