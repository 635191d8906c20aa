use super::*;
use crate::store::Row;
use serde_json::{Map, Value, json};

fn new_share() -> Share {
    Share::new(NewShare {
        size: 2,
        availability_zone: None,
        name: json!("s"),
        description: Value::Null,
        project_id: "p",
        user_id: "u",
        snapshot_id: None,
        share_network_id: Some("net".into()),
        share_proto: "NFS".into(),
        metadata: Map::new(),
        share_type: ("t", Some("encrypted")),
        is_public: false,
        snapshot_support: true,
        encryption_key_ref: Some("k".into()),
    })
}

#[test]
fn a_share_row_is_searched_by_its_key_pool_and_size() {
    let mut share = new_share();
    share.host = Some("local@crypt#pool0".into());
    let row = share.row().unwrap();
    assert_eq!(row.key_ref.as_deref(), Some("k"));
    assert_eq!(row.pool.as_deref(), Some("local@crypt#pool0"));
    assert_eq!(row.gigabytes, 2);
    assert_eq!(row.status.as_deref(), Some("creating"));
    assert_eq!(row.project_id.as_deref(), Some("p"));
    // Unset optional fields are absent, not null; what the model does
    // not name is kept.
    assert!(row.body.get("claim").is_none());
    let mut body = row.body;
    body["left_by_a_later_version"] = json!(1);
    let back = Share::from_body(body).unwrap();
    assert_eq!(back.other.get("left_by_a_later_version"), Some(&json!(1)));
    assert_eq!(back.row().unwrap().body["left_by_a_later_version"], 1);
}

#[test]
fn a_share_of_the_wrong_shape_is_refused() {
    let mut body = new_share().row().unwrap().body;
    body["size"] = json!("two");
    assert!(Share::from_body(body).is_err());
}

#[test]
fn only_a_share_server_level_server_holds_its_key() {
    let server = |level: &str| {
        ShareServer::new(NewShareServer {
            project_id: "p",
            status: "creating",
            backend: ("local@crypt".into(), "crypt"),
            network: ("net", Value::Null),
            subnet_id: "sub",
            encryption_key_ref: Some("k".into()),
            encryption_level: Some(level.into()),
        })
    };
    let at_server = server("share_server");
    assert_eq!(at_server.server_key.as_deref(), Some("k"));
    assert_eq!(
        at_server.row().unwrap().match_key.as_deref(),
        Some("local@crypt|sub|server:k")
    );
    let at_share = server("share");
    assert_eq!(at_share.server_key, None);
    assert_eq!(at_share.encryption_key_ref.as_deref(), Some("k"));
    assert_eq!(at_share.identifier, at_share.id);
}

#[test]
fn a_server_key_keeps_keys_and_modes_apart() {
    let k = |level, key| match_key("local@crypt", "subnet-1", level, key);
    assert_eq!(
        k(Some("share_server"), Some("a")),
        k(Some("share_server"), Some("a"))
    );
    assert_ne!(
        k(Some("share_server"), Some("a")),
        k(Some("share_server"), Some("b"))
    );
    // Share-level keys share servers with each other, never with unencrypted shares.
    assert_eq!(k(Some("share"), Some("a")), k(Some("share"), Some("b")));
    assert_ne!(k(Some("share"), Some("a")), k(None, None));
    assert_ne!(k(Some("share_server"), Some("a")), k(None, None));
    // A type with encryption but no key ref: an unencrypted share.
    assert_eq!(k(Some("share_server"), None), k(None, None));
    // Another subnet or back end: another server.
    assert_ne!(
        match_key("local@crypt", "subnet-2", None, None),
        k(None, None)
    );
    assert_ne!(
        match_key("local@other", "subnet-1", None, None),
        k(None, None)
    );
}

#[test]
fn a_security_service_written_before_its_model_is_read_with_its_id_and_project() {
    // As the API wrote one before: no ID or project in the body, only in
    // the row's columns.
    let body = json!({"name": "ad", "type": "active_directory", "created_at": "t",
                      "updated_at": null, "dns_ip": "10.0.0.1", "password_sealed": null});
    let mut row = Row::new("security_service", "ss-1", body);
    row.project_id = Some("p".into());
    let ss = SecurityService::from_row(&row).unwrap();
    assert_eq!(
        (ss.id.as_str(), ss.project_id.as_deref()),
        ("ss-1", Some("p"))
    );
    assert_eq!(ss.setting("dns_ip"), json!("10.0.0.1"));
    assert_eq!(ss.setting("server"), Value::Null);
    // Written back, the row keeps its columns and the body now holds both.
    let again = ss.row().unwrap();
    assert_eq!(
        (again.id.as_str(), again.project_id.as_deref()),
        ("ss-1", Some("p"))
    );
    assert_eq!(again.body["id"], "ss-1");
    assert_eq!(again.body["dns_ip"], "10.0.0.1");
}

#[test]
fn a_share_type_without_a_project_list_is_shared_with_none_and_keeps_its_specs() {
    // A type as `seed` wrote one before the model: no `projects`.
    let body = json!({"id": "t-1", "name": "default", "description": "d", "is_public": false,
                      "extra_specs": {"snapshot_support": "True"}, "created_at": "t"});
    let t = ShareType::from_body(body).unwrap();
    assert!(t.projects.is_empty());
    assert!(!t.is_public);
    assert_eq!(t.extra_specs["snapshot_support"], "True");
    assert_eq!(t.row().unwrap().name.as_deref(), Some("default"));
}

#[test]
fn a_share_network_row_is_found_by_its_project_and_name() {
    let mut net = ShareNetwork::new((json!("n"), Value::Null), "p", "t".into());
    net.security_service_ids.push("ss-1".into());
    let row = net.row().unwrap();
    assert_eq!(row.project_id.as_deref(), Some("p"));
    assert_eq!(row.name.as_deref(), Some("n"));
    assert_eq!(row.status.as_deref(), Some("active"));
    let back = ShareNetwork::from_row(&row).unwrap();
    assert_eq!(back.security_service_ids, ["ss-1"]);
}
