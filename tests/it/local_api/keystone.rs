//! Keystone's administration API of the local cloud, as tempest and the `openstack` client use it to make accounts.

use super::*;

#[tokio::test]
async fn keystone_admin_api_makes_accounts_as_on_a_real_cloud() {
    use reqwest::Method;
    let c = Cloud::start().await;
    let admin = c.token("admin", "admin").await;
    let demo = c.token("demo", "demo").await;
    let a = Some(admin.as_str());
    // The Default domain, by name, as tempest looks it up.
    let (status, body) = c
        .call(Method::GET, "/identity/v3/domains?name=Default", a, None)
        .await;
    assert_eq!(
        (status, body["domains"][0]["id"].as_str()),
        (200, Some("default"))
    );
    // A project, a user with a password in it, a grant.
    let (status, body) = c
        .call(
            Method::POST,
            "/identity/v3/projects",
            a,
            Some(json!({"project": {"name": "tp", "domain_id": "default"}})),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let project = body["project"]["id"].as_str().unwrap().to_string();
    let keys: Vec<&String> = body["project"].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "id",
            "name",
            "domain_id",
            "description",
            "enabled",
            "parent_id",
            "is_domain",
            "tags",
            "options",
            "links"
        ]
    );
    let (status, body) = c
        .call(
            Method::POST,
            "/identity/v3/projects",
            a,
            Some(json!({"project": {"name": "tp"}})),
        )
        .await;
    assert_eq!(status, 409);
    assert!(body["error"]["message"].as_str().unwrap().starts_with(
        "Conflict occurred attempting to store project - it is not permitted to have two projects"
    ));
    let (status, body) = c
        .call(
            Method::POST,
            "/identity/v3/users",
            a,
            Some(
                json!({"user": {"name": "tu", "password": "first-pw", "email": "tu@example.org"}}),
            ),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let user = body["user"]["id"].as_str().unwrap().to_string();
    assert_eq!(body["user"]["email"], "tu@example.org");
    assert!(body["user"].get("password").is_none() && body["user"].get("password_hash").is_none());
    let (_, roles) = c
        .call(Method::GET, "/identity/v3/roles?name=member", a, None)
        .await;
    let member = roles["roles"][0]["id"].as_str().unwrap().to_string();
    // No role yet: no token on the project.
    assert_eq!(c.login("tu", "first-pw", "tp").await.0, 401);
    let grant = format!("/identity/v3/projects/{project}/users/{user}/roles/{member}");
    // A member may not grant; the check comes after the lookups.
    let (status, body) = c.call(Method::PUT, &grant, Some(&demo), None).await;
    assert_eq!(status, 403);
    assert_eq!(
        body["error"]["message"],
        "You are not authorized to perform the requested action: identity:create_grant."
    );
    let (status, body) = c
        .call(
            Method::PUT,
            &format!("/identity/v3/projects/{project}/users/nobody/roles/{member}"),
            Some(&demo),
            None,
        )
        .await;
    assert_eq!(
        (status, body["error"]["message"].as_str()),
        (404, Some("Could not find user: nobody."))
    );
    assert_eq!(c.call(Method::PUT, &grant, a, None).await.0, 204);
    assert_eq!(
        c.call(Method::PUT, &grant, a, None).await.0,
        204,
        "idempotent"
    );
    let (status, body) = c
        .call(
            Method::GET,
            &format!("/identity/v3/role_assignments?scope.project.id={project}&include_names=1"),
            a,
            None,
        )
        .await;
    assert_eq!(status, 200);
    let entries = body["role_assignments"].as_array().unwrap();
    assert_eq!(entries.len(), 1, "{body}");
    assert_eq!(entries[0]["user"]["name"], "tu");
    assert_eq!(entries[0]["user"]["domain"]["name"], "Default");
    assert_eq!(entries[0]["role"]["name"], "member");
    let (status, body) = c
        .call(
            Method::GET,
            &format!("/identity/v3/role_assignments?user.id={user}&effective"),
            a,
            None,
        )
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        body["role_assignments"].as_array().unwrap().len(),
        2,
        "member implies reader: {body}"
    );
    // The new account works on the other services.
    let (status, token) = c.login("tu", "first-pw", "tp").await;
    assert_eq!(status, 201);
    let token = token.unwrap();
    let (status, _) = c
        .call(Method::GET, "/share/v2/shares", Some(&token), None)
        .await;
    assert_eq!(status, 200);
    // A member reads its own project and user, not others'.
    assert_eq!(
        c.call(
            Method::GET,
            &format!("/identity/v3/projects/{project}"),
            Some(&token),
            None
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call(
            Method::GET,
            &format!("/identity/v3/users/{user}"),
            Some(&token),
            None
        )
        .await
        .0,
        200
    );
    assert_eq!(
        c.call(Method::GET, "/identity/v3/projects", Some(&token), None)
            .await
            .0,
        403
    );
    let (_, mine) = c
        .call(
            Method::GET,
            "/identity/v3/auth/projects",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(mine["projects"][0]["id"].as_str(), Some(project.as_str()));
    // A password change (the old password authenticates it) revokes the user's tokens.
    let change = format!("/identity/v3/users/{user}/password");
    let (status, _) = c
        .call(
            Method::POST,
            &change,
            None,
            Some(json!({"user": {"password": "second-pw", "original_password": "wrong"}})),
        )
        .await;
    assert_eq!(status, 401);
    let (status, _) = c
        .call(
            Method::POST,
            &change,
            None,
            Some(json!({"user": {"password": "second-pw", "original_password": "first-pw"}})),
        )
        .await;
    assert_eq!(status, 204);
    assert_eq!(
        c.call(Method::GET, "/share/v2/shares", Some(&token), None)
            .await
            .0,
        401
    );
    let rescope = json!({"auth": {"identity": {"methods": ["token"], "token": {"id": token}}}});
    let (status, body) = c
        .call(
            Method::POST,
            "/identity/v3/auth/tokens",
            None,
            Some(rescope),
        )
        .await;
    assert_eq!(
        (status, body["error"]["message"].as_str()),
        (404, Some("Failed to validate token"))
    );
    assert_eq!(c.login("tu", "first-pw", "tp").await.0, 401);
    assert_eq!(c.login("tu", "second-pw", "tp").await.0, 201);
    // An administrator's PATCH sets a password too; then everything goes.
    let (status, body) = c
        .call(
            Method::PATCH,
            &format!("/identity/v3/users/{user}"),
            a,
            Some(json!({"user": {"password": "third-pw"}})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(c.login("tu", "third-pw", "tp").await.0, 201);
    assert_eq!(c.call(Method::DELETE, &grant, a, None).await.0, 204);
    let (status, body) = c.call(Method::DELETE, &grant, a, None).await;
    assert_eq!(status, 404);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("Could not find role assignment with role:")
    );
    assert_eq!(
        c.call(
            Method::DELETE,
            &format!("/identity/v3/users/{user}"),
            a,
            None
        )
        .await
        .0,
        204
    );
    assert_eq!(
        c.call(
            Method::DELETE,
            &format!("/identity/v3/projects/{project}"),
            a,
            None
        )
        .await
        .0,
        204
    );
    let (status, body) = c
        .call(
            Method::GET,
            &format!("/identity/v3/projects/{project}"),
            a,
            None,
        )
        .await;
    assert_eq!(
        (status, body["error"]["message"].as_str()),
        (
            404,
            Some(format!("Could not find project: {project}.").as_str())
        )
    );
}
