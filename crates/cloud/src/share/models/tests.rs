use super::*;
use serde_json::json;

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
