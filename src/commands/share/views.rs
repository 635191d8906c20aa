//! How shares are shown as the `openstack` client shows them: the create and show views, the list columns, and the cells several share commands format alike (properties, dict lists).

use super::*;

pub(crate) fn str_field(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// The share as `share create` prints it: the API's fields minus links.
pub(super) fn create_view(mut share: Value) -> Data {
    if let Some(m) = share.as_object_mut() {
        m.shift_remove("links");
        m.shift_remove("shares_type");
    }
    object_rows(&share)
}

/// Rows of a ShowOne in the API's key order.
pub(crate) fn object_rows(v: &Value) -> Data {
    let pairs: Vec<(String, Value)> = v
        .as_object()
        .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default();
    let (columns, values) = pairs.into_iter().unzip();
    Data::One { columns, values }
}

/// `share show`: the share minus metadata and links, then its export
/// locations and properties, as python-manilaclient shows it.
pub(super) fn show_view(mut share: Value, locations: &[Value], table: bool) -> Data {
    let metadata = share.get("metadata").cloned().unwrap_or(json!({}));
    if let Some(m) = share.as_object_mut() {
        m.shift_remove("metadata");
        m.shift_remove("links");
        m.shift_remove("shares_type");
        m.insert(
            "export_locations".into(),
            json!(dict_list_string(
                locations,
                &["replica_state", "availability_zone", "share_replica_id"]
            )),
        );
        m.insert("properties".into(), properties_column(metadata, table));
    }
    object_rows(&share)
}

/// `KEY=VALUE` pairs from the command line as a JSON object (the last of a
/// repeated key wins, as osc-lib's KeyValueAction).
pub(crate) fn pairs_map(pairs: &[(String, String)]) -> Map<String, Value> {
    pairs.iter().map(|(k, v)| (k.clone(), json!(v))).collect()
}

/// A `properties` dict column as the `openstack` client shows it: osc-lib's
/// `format_dict` in a table, the dict itself in the other formats.
pub(crate) fn properties_column(metadata: Value, table: bool) -> Value {
    if table {
        json!(format_dict(&metadata))
    } else {
        metadata
    }
}

/// manilaclient's `convert_dict_list_to_string`: `\nkey = value` per field.
pub(crate) fn dict_list_string(items: &[Value], ignore: &[&str]) -> String {
    let mut out = String::new();
    for item in items {
        if let Some(m) = item.as_object() {
            for (k, v) in m {
                if !ignore.contains(&k.as_str()) {
                    out.push_str(&format!("\n{k} = {}", crate::output::python_str(v)));
                }
            }
        }
    }
    out
}

/// osc-lib's `format_dict` (a table's dict column): `a='1', b='2'`, keys sorted.
pub(crate) fn format_dict(v: &Value) -> String {
    let Some(m) = v.as_object() else {
        return crate::output::python_str(v);
    };
    let mut keys: Vec<&String> = m.keys().collect();
    keys.sort();
    keys.iter()
        .map(|k| match &m[*k] {
            Value::Null => format!("{k}="),
            other => format!("{k}='{}'", crate::output::python_str(other)),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// manilaclient's `format_properties`: `key : value` lines.
pub(crate) fn properties_string(v: &Value) -> String {
    v.as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| format!("{k} : {}", crate::output::python_str(v)))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

pub(super) const LIST_COLUMNS: [(&str, &str); 9] = [
    ("ID", "id"),
    ("Name", "name"),
    ("Size", "size"),
    ("Share Proto", "share_proto"),
    ("Status", "status"),
    ("Is Public", "is_public"),
    ("Share Type Name", "share_type_name"),
    ("Host", "host"),
    ("Availability Zone", "availability_zone"),
];

pub(super) const LONG_COLUMNS: [(&str, &str); 29] = [
    ("ID", "id"),
    ("Name", "name"),
    ("Size", "size"),
    ("Share Protocol", "share_proto"),
    ("Status", "status"),
    ("Is Public", "is_public"),
    ("Share Type Name", "share_type_name"),
    ("Availability Zone", "availability_zone"),
    ("Description", "description"),
    ("Share Network ID", "share_network_id"),
    ("Share Server ID", "share_server_id"),
    ("Share Type", "share_type"),
    ("Share Group ID", "share_group_id"),
    ("Host", "host"),
    ("User ID", "user_id"),
    ("Project ID", "project_id"),
    ("Access Rules Status", "access_rules_status"),
    ("Source Snapshot ID", "snapshot_id"),
    ("Supports Creating Snapshots", "snapshot_support"),
    (
        "Supports Cloning Snapshots",
        "create_share_from_snapshot_support",
    ),
    ("Supports Mounting snapshots", "mount_snapshot_support"),
    (
        "Supports Reverting to Snapshot",
        "revert_to_snapshot_support",
    ),
    ("Migration Task Status", "task_state"),
    (
        "Source Share Group Snapshot Member ID",
        "source_share_group_snapshot_member_id",
    ),
    ("Replication Type", "replication_type"),
    ("Has Replicas", "has_replicas"),
    ("Created At", "created_at"),
    ("Properties", "metadata"),
    ("Encryption Key Ref", "encryption_key_ref"),
];

/// Rows for a list: each column's field, `""` when the API left it out.
pub(crate) fn rows(items: &[Value], columns: &[(&str, &str)]) -> Vec<Vec<Value>> {
    items
        .iter()
        .map(|item| {
            columns
                .iter()
                .map(|(_, f)| item.get(*f).cloned().unwrap_or(json!("")))
                .collect()
        })
        .collect()
}

pub(crate) fn headers<'a>(columns: &[(&'a str, &str)]) -> Vec<&'a str> {
    columns.iter().map(|(h, _)| *h).collect()
}
