//! Share network updates, deletes and list filters as Manila's controller
//! does them (issue 17; tempest's `ShareNetworksNegativeTest` and
//! `test_update_share_network` were pinned): Neutron IDs updated on the
//! default subnet, only a name and description once servers exist, no
//! delete with two subnets, and dates that are dates.

use super::Cloud;
use super::clients::{manila, message, settled_share};
use serde_json::json;

use reqwest::Method;

#[tokio::test]
async fn a_share_network_update_reaches_its_default_subnet_and_stops_at_servers() {
    let c = Cloud::start().await;
    let demo = c.token("demo", "demo").await;
    let made = json!({"share_network": {"name": "n"}});
    let (_, net) = manila(
        &c,
        Method::POST,
        "/share-networks",
        &demo,
        "2.0",
        Some(made),
    )
    .await;
    let path = format!(
        "/share-networks/{}",
        net["share_network"]["id"].as_str().unwrap()
    );
    let id = net["share_network"]["id"].as_str().unwrap().to_string();
    let put = |body: serde_json::Value| {
        manila(
            &c,
            Method::PUT,
            &path,
            &demo,
            "2.0",
            Some(json!({ "share_network": body })),
        )
    };
    let (code, body) = put(json!({"neutron_net_id": "net-1"})).await;
    assert_eq!(
        (code, message(&body)),
        (400, format!("To update the share network {id} you need to specify both 'neutron_net_id' and 'neutron_subnet_id'.").as_str())
    );
    let (code, body) = put(json!({"nova_net_id": "x"})).await;
    assert_eq!(
        (code, message(&body)),
        (400, "nova networking is not supported starting in Ocata.")
    );
    let (code, body) =
        put(json!({"name": "m", "neutron_net_id": "net-1", "neutron_subnet_id": "sub-1"})).await;
    assert_eq!(code, 200, "{body}");
    let shown = &body["share_network"];
    assert_eq!(
        (
            &shown["name"],
            &shown["neutron_net_id"],
            &shown["neutron_subnet_id"]
        ),
        (&json!("m"), &json!("net-1"), &json!("sub-1"))
    );
    // Once the network has a share server, only its name and description.
    let share =
        json!({"share_proto": "NFS", "size": 1, "share_type": "dhss_true", "share_network_id": id});
    settled_share(&c, &demo, share).await;
    let (code, body) = put(json!({"neutron_net_id": "net-2"})).await;
    assert_eq!(
        (code, message(&body)),
        (403, format!("Cannot update share network {id}. It is used by share servers. Only 'name' and 'description' fields are available for update").as_str())
    );
    assert_eq!(put(json!({"description": "d"})).await.0, 200);
}

#[tokio::test]
async fn a_share_network_with_two_subnets_is_not_deleted_and_its_list_takes_dates() {
    let c = Cloud::start().await;
    let demo = c.token("demo", "demo").await;
    let made = json!({"share_network": {"name": "two"}});
    let (_, net) = manila(
        &c,
        Method::POST,
        "/share-networks",
        &demo,
        "2.90",
        Some(made),
    )
    .await;
    let id = net["share_network"]["id"].as_str().unwrap().to_string();
    let (_, zones) = manila(&c, Method::GET, "/availability-zones", &demo, "2.90", None).await;
    let zone = zones["availability_zones"][0]["name"].clone();
    let subnets = format!("/share-networks/{id}/subnets");
    let subnet = json!({"share-network-subnet": {"availability_zone": zone}});
    let (code, body) = manila(&c, Method::POST, &subnets, &demo, "2.90", Some(subnet)).await;
    assert_eq!(code, 200, "{body}");
    let path = format!("/share-networks/{id}");
    let (code, body) = manila(&c, Method::DELETE, &path, &demo, "2.90", None).await;
    assert_eq!(
        (code, message(&body)),
        (409, format!("The share network {id} has more than one subnet attached. Please remove the subnets untill you have one or no subnets remaining.").as_str())
    );
    for (query, code) in [
        ("created_since=2014-10-23", 200),
        ("created_before=2014-10-23T08:31:58.000000", 400),
        ("created_since=yesterday", 400),
    ] {
        let list = format!("/share-networks/detail?{query}");
        let (got, body) = manila(&c, Method::GET, &list, &demo, "2.90", None).await;
        assert_eq!(got, code, "{query}: {body}");
        if code == 400 {
            let value = query.split_once('=').unwrap().1;
            assert_eq!(
                message(&body),
                format!("{value} is not in yyyy-mm-dd format.")
            );
        }
    }
}
