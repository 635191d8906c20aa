//! Manila's JSON views, key for key and in Manila's order, with the fields
//! that microversions add and remove (manila/api/views/*, 23.0.1).

use serde_json::{Map, Value, json};

use crate::identity::Caller;
use sharekeep_base::microversion::Microversion;

/// What a view depends on: the microversion, who asks, the base URL.
pub struct Ctx {
    pub version: Microversion,
    pub caller: Caller,
    pub base: String,
    /// Manila's `context_is_admin` rule, as the policy in effect has it.
    pub is_admin: bool,
    /// `{project_id}/` where the request's URL had the caller's project
    /// after `/v2/` (links then carry it too, as Manila's do); else empty.
    pub link_project: String,
    /// The request's URL had another project than the caller's after
    /// `/v2/`: Manila refuses it once the route is found.
    pub foreign_url_project: bool,
}

impl Ctx {
    /// Whether the request's version is 2.`minor` or newer.
    pub fn at(&self, minor: u16) -> bool {
        self.version >= Microversion::new(2, minor)
    }
    /// Whether the caller is Manila's administrator (`context_is_admin`):
    /// it sees and acts on every project's resources.
    pub fn admin(&self) -> bool {
        self.is_admin
    }
    /// Whether a project-owned record is the caller's to see: its project's, or any for an admin.
    pub fn sees(&self, row: &crate::store::Row) -> bool {
        self.admin() || row.project_id.as_deref() == Some(self.caller.project_id.as_str())
    }
    /// The project-owned record `kind`/`id` if the caller [sees](Ctx::sees) it.
    pub fn visible(
        &self,
        tx: &crate::store::Tx,
        kind: &'static str,
        id: &str,
    ) -> Result<Option<crate::store::Row>, crate::LocalError> {
        Ok(tx.get(kind, id)?.filter(|r| self.sees(r)))
    }
    /// `self` and `bookmark` links of a resource.
    pub fn links(&self, collection: &str, id: &str) -> Value {
        json!([
            {"rel": "self", "href": format!("{}/share/v2/{}{collection}/{id}", self.base, self.link_project)},
            {"rel": "bookmark", "href": format!("{}/share/{}{collection}/{id}", self.base, self.link_project)},
        ])
    }
}

fn g(b: &Value, k: &str) -> Value {
    b.get(k).cloned().unwrap_or(Value::Null)
}

/// `{id, name, links}`: the list view without details.
pub fn summary(ctx: &Ctx, collection: &str, b: &Value) -> Value {
    let id = b.get("id").and_then(Value::as_str).unwrap_or_default();
    json!({"id": id, "name": g(b, "name"), "links": ctx.links(collection, id)})
}

pub fn share(ctx: &Ctx, b: &Value) -> Value {
    let id = b.get("id").and_then(Value::as_str).unwrap_or_default();
    let mut m = Map::new();
    let mut put = |k: &str, v: Value| {
        m.insert(k.to_string(), v);
    };
    for k in [
        "id",
        "size",
        "availability_zone",
        "created_at",
        "status",
        "name",
        "description",
        "project_id",
        "snapshot_id",
        "share_network_id",
        "share_proto",
    ] {
        put(k, g(b, k));
    }
    let user_exports: Vec<&Value> = b
        .get("export_locations")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter(|e| !admin_only(e)).collect())
        .unwrap_or_default();
    let export = user_exports
        .first()
        .and_then(|e| e.get("path").cloned())
        .unwrap_or(Value::Null);
    if !ctx.at(9) {
        put("export_location", export);
    }
    put("metadata", b.get("metadata").cloned().unwrap_or(json!({})));
    let type_ref = if ctx.at(6) {
        g(b, "share_type")
    } else {
        g(b, "share_type_name")
    };
    put("share_type", type_ref.clone());
    put(
        "volume_type",
        if ctx.at(6) {
            g(b, "share_type_name")
        } else {
            type_ref
        },
    );
    put("links", ctx.links("shares", id));
    put(
        "is_public",
        b.get("is_public").cloned().unwrap_or(json!(false)),
    );
    if !ctx.at(9) {
        let paths: Vec<Value> = user_exports
            .iter()
            .filter_map(|e| e.get("path").cloned())
            .collect();
        put("export_locations", json!(paths));
    }
    let gated: &[(u16, &[&str])] = &[
        (2, &["snapshot_support"]),
        (5, &["task_state"]),
        (6, &["share_type_name"]),
        (10, &["access_rules_status"]),
        (11, &["replication_type", "has_replicas"]),
        (16, &["user_id"]),
        (24, &["create_share_from_snapshot_support"]),
        (27, &["revert_to_snapshot_support"]),
        (
            31,
            &["share_group_id", "source_share_group_snapshot_member_id"],
        ),
        (32, &["mount_snapshot_support"]),
        (54, &["progress"]),
        (69, &["is_soft_deleted", "scheduled_to_be_deleted_at"]),
        (80, &["source_backup_id"]),
        (90, &["encryption_key_ref"]),
        (99, &["snapshot_inherit_share_access_support"]),
    ];
    for (minor, keys) in gated {
        if ctx.at(*minor) {
            for k in *keys {
                let v = match *k {
                    "has_replicas" | "is_soft_deleted" => {
                        b.get(*k).cloned().unwrap_or(json!(false))
                    }
                    "share_type_name" => g(b, "share_type_name"),
                    // Manila sets no progress on an instance made from a
                    // snapshot until it is available.
                    "progress" => match b.get("status").and_then(Value::as_str) {
                        Some("available") => json!("100%"),
                        _ if b.get("snapshot_id").is_some_and(|s| !s.is_null()) => Value::Null,
                        _ => json!("0%"),
                    },
                    _ => g(b, k),
                };
                put(k, v);
            }
        }
    }
    if !ctx.at(54) && b.get("status").and_then(Value::as_str) == Some("creating_from_snapshot") {
        put("status", json!("creating"));
    }
    if ctx.admin() {
        put("share_server_id", g(b, "share_server_id"));
        // Manila makes the instance with host '' and only the scheduler sets it.
        put(
            "host",
            b.get("host")
                .filter(|h| !h.is_null())
                .cloned()
                .unwrap_or(json!("")),
        );
    }
    Value::Object(m)
}

pub fn share_server(ctx: &Ctx, b: &Value, detailed: bool) -> Value {
    let mut m = Map::new();
    for k in [
        "id",
        "project_id",
        "updated_at",
        "status",
        "host",
        "share_network_name",
        "share_network_id",
    ] {
        m.insert(k.into(), g(b, k));
    }
    if detailed {
        m.insert("created_at".into(), g(b, "created_at"));
        m.insert(
            "backend_details".into(),
            b.get("backend_details").cloned().unwrap_or(json!({})),
        );
    }
    if ctx.at(49) {
        m.insert(
            "is_auto_deletable".into(),
            b.get("is_auto_deletable").cloned().unwrap_or(json!(false)),
        );
        m.insert("identifier".into(), g(b, "identifier"));
    }
    if ctx.at(51) && !ctx.at(70) {
        m.insert(
            "share_network_subnet_id".into(),
            g(b, "share_network_subnet_id"),
        );
    }
    if ctx.at(57) {
        m.insert("task_state".into(), g(b, "task_state"));
        m.insert("source_share_server_id".into(), Value::Null);
    }
    if ctx.at(63) {
        m.insert("security_service_update_support".into(), json!(false));
    }
    if ctx.at(70) {
        m.insert(
            "share_network_subnet_ids".into(),
            json!([g(b, "share_network_subnet_id")]),
        );
        m.insert("network_allocation_update_support".into(), json!(false));
    }
    if ctx.at(90) {
        m.insert("encryption_key_ref".into(), g(b, "encryption_key_ref"));
    }
    Value::Object(m)
}

/// The extra specs a non-administrator may see.
const TENANT_VISIBLE: [&str; 15] = [
    "driver_handles_share_servers",
    "snapshot_support",
    "create_share_from_snapshot_support",
    "revert_to_snapshot_support",
    "replication_type",
    "mount_snapshot_support",
    "mount_point_name_support",
    "snapshot_inherit_share_access_support",
    "availability_zones",
    "encryption_support",
    "provisioning:max_share_size",
    "provisioning:min_share_size",
    "provisioning:max_share_extend_size",
    "provisioning:mount_point_prefix",
    "default_qos_type",
];

pub fn share_type(ctx: &Ctx, b: &Value, is_default: bool) -> Value {
    let mut specs = b
        .get("extra_specs")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    if !ctx.admin() {
        specs.retain(|k, _| TENANT_VISIBLE.contains(&k.as_str()));
        if ctx.at(24) {
            for k in [
                "snapshot_support",
                "create_share_from_snapshot_support",
                "revert_to_snapshot_support",
                "mount_snapshot_support",
            ] {
                specs.entry(k).or_insert(json!(false));
            }
        }
        if ctx.at(99) {
            specs
                .entry("snapshot_inherit_share_access_support")
                .or_insert(json!(false));
        }
    }
    let required = json!({"driver_handles_share_servers": b.pointer("/extra_specs/driver_handles_share_servers").cloned().unwrap_or(Value::Null)});
    let mut m = Map::new();
    m.insert("id".into(), g(b, "id"));
    m.insert("name".into(), g(b, "name"));
    m.insert("extra_specs".into(), Value::Object(specs));
    m.insert("required_extra_specs".into(), required);
    let public = b.get("is_public").cloned().unwrap_or(json!(true));
    if ctx.at(7) {
        m.insert("share_type_access:is_public".into(), public);
    } else {
        m.insert("os-share-type-access:is_public".into(), public);
    }
    if ctx.at(41) {
        m.insert("description".into(), g(b, "description"));
    }
    if ctx.at(46) {
        m.insert("is_default".into(), json!(is_default));
    }
    Value::Object(m)
}

pub fn share_network(ctx: &Ctx, b: &Value, subnets: &[Value]) -> Value {
    let mut m = Map::new();
    for k in ["id", "name", "project_id", "created_at", "updated_at"] {
        m.insert(k.into(), g(b, k));
    }
    let first = subnets.first().cloned().unwrap_or(json!({}));
    let net_fields = [
        "neutron_net_id",
        "neutron_subnet_id",
        "network_type",
        "segmentation_id",
        "cidr",
        "ip_version",
    ];
    if !ctx.at(51) {
        for k in net_fields {
            m.insert(k.into(), g(&first, k));
        }
    }
    m.insert("description".into(), g(b, "description"));
    if !ctx.at(51) {
        if ctx.at(18) {
            m.insert("gateway".into(), g(&first, "gateway"));
        }
        if ctx.at(20) {
            m.insert("mtu".into(), g(&first, "mtu"));
        }
    }
    if !ctx.at(26) {
        m.insert("nova_net_id".into(), Value::Null);
    }
    let mut subnet_list = None;
    if ctx.at(51) {
        let list: Vec<Value> = subnets
            .iter()
            .map(|s| {
                let mut v = Map::new();
                for k in [
                    "id",
                    "availability_zone",
                    "created_at",
                    "updated_at",
                    "segmentation_id",
                    "neutron_net_id",
                    "neutron_subnet_id",
                    "ip_version",
                    "cidr",
                    "network_type",
                    "mtu",
                    "gateway",
                ] {
                    v.insert(k.into(), g(s, k));
                }
                if ctx.at(78) {
                    v.insert(
                        "metadata".into(),
                        s.get("metadata").cloned().unwrap_or(json!({})),
                    );
                }
                Value::Object(v)
            })
            .collect();
        // Manila adds the subnets before the status fields up to 2.77 and,
        // with their metadata, after them from 2.78.
        if ctx.at(78) {
            subnet_list = Some(list);
        } else {
            m.insert("share_network_subnets".into(), json!(list));
        }
    }
    if ctx.at(63) {
        m.insert(
            "status".into(),
            b.get("status").cloned().unwrap_or(json!("active")),
        );
        m.insert("security_service_update_support".into(), json!(true));
    }
    if ctx.at(70) {
        m.insert("network_allocation_update_support".into(), json!(true));
    }
    if let Some(list) = subnet_list {
        m.insert("share_network_subnets".into(), json!(list));
    }
    Value::Object(m)
}

pub fn subnet(ctx: &Ctx, s: &Value) -> Value {
    let mut m = Map::new();
    for k in [
        "id",
        "availability_zone",
        "share_network_id",
        "share_network_name",
        "created_at",
        "segmentation_id",
        "neutron_subnet_id",
        "updated_at",
        "neutron_net_id",
        "ip_version",
        "cidr",
        "network_type",
        "mtu",
        "gateway",
    ] {
        m.insert(k.into(), g(s, k));
    }
    if ctx.at(78) {
        m.insert(
            "metadata".into(),
            s.get("metadata").cloned().unwrap_or(json!({})),
        );
    }
    Value::Object(m)
}

/// The quota resources a version shows, in Manila's order (`id` after the
/// first four).
pub fn quota_resources(ctx: &Ctx) -> Vec<&'static str> {
    let mut r = vec![
        "shares",
        "gigabytes",
        "snapshots",
        "snapshot_gigabytes",
        "id",
        "share_networks",
    ];
    let gated: &[(u16, &[&'static str])] = &[
        (40, &["share_groups", "share_group_snapshots"]),
        (53, &["share_replicas", "replica_gigabytes"]),
        (62, &["per_share_gigabytes"]),
        (80, &["backups", "backup_gigabytes"]),
        (90, &["encryption_keys"]),
    ];
    for (minor, keys) in gated {
        if ctx.at(*minor) {
            r.extend_from_slice(keys);
        }
    }
    r
}

pub fn message(ctx: &Ctx, b: &Value) -> Value {
    let id = b.get("id").and_then(Value::as_str).unwrap_or_default();
    let mut m = Map::new();
    for k in [
        "id",
        "project_id",
        "action_id",
        "detail_id",
        "message_level",
        "created_at",
        "expires_at",
        "request_id",
    ] {
        m.insert(k.into(), g(b, k));
    }
    m.insert("links".into(), ctx.links("messages", id));
    for k in ["resource_type", "resource_id", "user_message"] {
        m.insert(k.into(), g(b, k));
    }
    Value::Object(m)
}

/// Whether an export location is for administrators only (states made
/// before the flag had one user location).
pub fn admin_only(e: &Value) -> bool {
    e.get("is_admin_only")
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

pub fn export_location(ctx: &Ctx, share: &Value, e: &Value, detailed: bool) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), g(e, "id"));
    m.insert("path".into(), g(e, "path"));
    if ctx.at(14) {
        m.insert(
            "preferred".into(),
            json!(e.get("preferred").and_then(Value::as_bool).unwrap_or(true)),
        );
    }
    if ctx.at(87) {
        m.insert("metadata".into(), json!({}));
    }
    if ctx.admin() {
        m.insert("share_instance_id".into(), g(share, "instance_id"));
        m.insert("is_admin_only".into(), json!(admin_only(e)));
    }
    if detailed {
        m.insert("created_at".into(), g(share, "created_at"));
        m.insert("updated_at".into(), g(share, "updated_at"));
    }
    Value::Object(m)
}

pub fn access_rule(ctx: &Ctx, r: &Value, with_share: bool) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), g(r, "id"));
    if with_share {
        m.insert("share_id".into(), g(r, "share_id"));
    }
    for k in ["access_level", "access_to", "access_type", "state"] {
        m.insert(k.into(), g(r, k));
    }
    if ctx.at(21) {
        m.insert("access_key".into(), g(r, "access_key"));
    }
    if ctx.at(33) {
        m.insert("created_at".into(), g(r, "created_at"));
        m.insert("updated_at".into(), g(r, "updated_at"));
    }
    if ctx.at(45) {
        m.insert(
            "metadata".into(),
            r.get("metadata").cloned().unwrap_or(json!({})),
        );
    }
    Value::Object(m)
}

pub fn snapshot(ctx: &Ctx, b: &Value) -> Value {
    let id = b.get("id").and_then(Value::as_str).unwrap_or_default();
    let mut m = Map::new();
    for k in [
        "id",
        "share_id",
        "share_size",
        "created_at",
        "status",
        "name",
        "description",
        "size",
        "share_proto",
    ] {
        m.insert(k.into(), g(b, k));
    }
    m.insert("links".into(), ctx.links("snapshots", id));
    if ctx.at(12) && ctx.admin() {
        m.insert("provider_location".into(), g(b, "provider_location"));
    }
    if ctx.at(17) {
        m.insert("user_id".into(), g(b, "user_id"));
        m.insert("project_id".into(), g(b, "project_id"));
    }
    if ctx.at(73) {
        m.insert(
            "metadata".into(),
            b.get("metadata").cloned().unwrap_or(json!({})),
        );
    }
    Value::Object(m)
}
