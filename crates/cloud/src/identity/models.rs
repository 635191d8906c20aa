//! Keystone's records as types: a project, a user, a role and a role
//! assignment, as the store keeps them, made by one constructor each (the
//! seeded people and the admin API alike). What a client may set to any
//! JSON value, as Keystone's schema lets it (`enabled` before it is
//! checked, `options`, `tags`), is kept as sent; the views read it as
//! Keystone does.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::crypto::new_id;
use crate::store::{Record, Row, plain_record};

/// The one domain's ID (`seed::DOMAIN_ID`; here so that the models need
/// nothing of the seeding).
const DEFAULT_DOMAIN: &str = "default";

fn yes() -> Value {
    Value::Bool(true)
}

/// A project of the Default domain.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Project {
    pub id: String,
    pub name: String,
    pub domain_id: String,
    #[serde(default = "empty_text")]
    pub description: Value,
    #[serde(default = "yes")]
    pub enabled: Value,
    pub parent_id: Option<String>,
    #[serde(default)]
    pub is_domain: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Value>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

fn empty_text() -> Value {
    json!("")
}

impl Project {
    /// A new, enabled project with no description, under the domain.
    pub fn new(name: &str) -> Project {
        Project {
            id: new_id(),
            name: name.into(),
            domain_id: DEFAULT_DOMAIN.into(),
            description: empty_text(),
            enabled: yes(),
            parent_id: Some(DEFAULT_DOMAIN.into()),
            is_domain: false,
            tags: None,
            options: None,
            other: Map::new(),
        }
    }
}

impl Record for Project {
    const KIND: &'static str = "project";

    fn id(&self) -> &str {
        &self.id
    }

    /// A project's own project column is itself, so that a project-scoped
    /// list finds it.
    fn columns(&self, mut row: Row) -> Row {
        row.project_id = Some(self.id.clone());
        row
    }
}

/// A user of the Default domain. The password is kept only as its hash.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct User {
    pub id: String,
    pub name: String,
    pub domain_id: String,
    #[serde(default = "yes")]
    pub enabled: Value,
    #[serde(default)]
    pub default_project_id: Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_hash: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Value>,
    /// The attributes Keystone keeps beside its own (shown back as given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extras: Option<Map<String, Value>>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl User {
    /// A new, enabled user with no password.
    pub fn new(name: &str, default_project_id: Value) -> User {
        User {
            id: new_id(),
            name: name.into(),
            domain_id: DEFAULT_DOMAIN.into(),
            enabled: yes(),
            default_project_id,
            password_hash: None,
            options: None,
            extras: None,
            other: Map::new(),
        }
    }

    /// Whether it may sign in (Keystone treats a missing flag as enabled).
    pub fn is_enabled(&self) -> bool {
        self.enabled.as_bool().unwrap_or(true)
    }
}

plain_record!(User => "user", Role => "role", AppCredential => "app_cred");

/// A role (global: no domain).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Role {
    pub id: String,
    pub name: String,
    pub domain_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Value>,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

impl Role {
    pub fn new(name: &str) -> Role {
        Role {
            id: new_id(),
            name: name.into(),
            domain_id: None,
            description: None,
            options: None,
            other: Map::new(),
        }
    }
}

/// A role a user holds on a project. Its ID names all three, so that a
/// grant made twice is one assignment.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Assignment {
    #[serde(skip)]
    id: String,
    pub user_id: String,
    pub project_id: String,
    pub role_id: String,
}

impl Assignment {
    pub fn new(user_id: &str, project_id: &str, role_id: &str) -> Assignment {
        Assignment {
            id: Assignment::id_of(user_id, project_id, role_id),
            user_id: user_id.into(),
            project_id: project_id.into(),
            role_id: role_id.into(),
        }
    }

    /// The ID of the assignment of `role_id` to `user_id` on `project_id`.
    pub fn id_of(user_id: &str, project_id: &str, role_id: &str) -> String {
        format!("{user_id}:{project_id}:{role_id}")
    }
}

/// The assignment row's search key: a user's roles on a project.
pub fn assignment_key(user_id: &str, project_id: &str) -> String {
    format!("{user_id}:{project_id}")
}

impl Record for Assignment {
    const KIND: &'static str = "assignment";

    fn id(&self) -> &str {
        &self.id
    }

    /// Found by its user and project.
    fn columns(&self, row: Row) -> Row {
        row.with_match_key(assignment_key(&self.user_id, &self.project_id))
    }

    fn from_body(body: Value) -> Result<Self, crate::LocalError> {
        let mut a: Assignment = serde_json::from_value(body)?;
        a.id = Assignment::id_of(&a.user_id, &a.project_id, &a.role_id);
        Ok(a)
    }
}

/// A role as a token and an application credential name it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RoleRef {
    pub id: String,
    pub name: String,
}

/// What an application credential may call: one service, method and path
/// (Keystone's rule syntax: `*` one segment, `**` any number).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AccessRule {
    pub service: String,
    pub method: String,
    pub path: String,
}

impl AccessRule {
    /// What the share service's credential for a key may call: the key's
    /// metadata and its payload, nothing else.
    pub fn key_reads(key: &str) -> Vec<AccessRule> {
        ["", "/payload"]
            .map(|tail| AccessRule {
                service: "key-manager".into(),
                method: "GET".into(),
                path: format!("/v1/secrets/{key}{tail}"),
            })
            .to_vec()
    }
}

/// An application credential of a user on a project. The secret is
/// handed out once; only its digest is kept.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AppCredential {
    pub id: String,
    pub name: String,
    pub user_id: String,
    pub project_id: String,
    pub roles: Vec<RoleRef>,
    /// What it may call; `None`: anything its roles allow.
    #[serde(default)]
    pub access_rules: Option<Vec<AccessRule>>,
    pub unrestricted: bool,
    pub expires_at: Option<String>,
    pub secret_hash: String,
    #[serde(default)]
    pub description: Value,
}

/// The application credential a token was issued for, as the token names it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenCredential {
    pub id: String,
    pub name: String,
    pub restricted: bool,
}

/// An issued token. The row's ID is the token's digest (the token itself
/// is never kept); the row expires with it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Token {
    #[serde(skip)]
    digest: String,
    pub methods: Vec<String>,
    pub user_id: String,
    pub user_name: String,
    pub issued_at: String,
    pub expires_at: String,
    pub audit_ids: Vec<String>,
    /// Set on a project-scoped token, with its name and the roles there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<RoleRef>>,
    /// Set on a system-scoped token (`{"all": true}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application_credential: Option<TokenCredential>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_rules: Option<Vec<AccessRule>>,
}

impl Token {
    /// An unscoped token for `user`, kept under `digest`.
    pub fn new(
        digest: String,
        (user_id, user_name): (&str, &str),
        methods: Vec<String>,
        (issued_at, expires_at): (String, String),
        audit_id: String,
    ) -> Token {
        Token {
            digest,
            methods,
            user_id: user_id.into(),
            user_name: user_name.into(),
            issued_at,
            expires_at,
            audit_ids: vec![audit_id],
            project_id: None,
            project_name: None,
            roles: None,
            system: None,
            application_credential: None,
            access_rules: None,
        }
    }
}

impl Record for Token {
    const KIND: &'static str = "token";

    fn id(&self) -> &str {
        &self.digest
    }

    /// Purged once it has expired.
    fn columns(&self, row: Row) -> Row {
        row.with_expiry(self.expires_at.clone())
    }

    fn from_row(row: &Row) -> Result<Self, crate::LocalError> {
        let mut t = Self::from_body(row.body.clone())?;
        t.digest = row.id.clone();
        Ok(t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_row_is_its_own_project_and_found_by_name() {
        let row = Project::new("demo").row().unwrap();
        assert_eq!(row.project_id.as_deref(), Some(row.id.as_str()));
        assert_eq!(row.name.as_deref(), Some("demo"));
        assert_eq!(row.body["parent_id"], DEFAULT_DOMAIN);
        assert_eq!(row.id.len(), 32);
    }

    #[test]
    fn an_assignment_is_found_by_its_user_and_project_and_made_once() {
        let a = Assignment::new("u", "p", "r");
        let row = a.row().unwrap();
        assert_eq!(row.id, "u:p:r");
        assert_eq!(row.match_key.as_deref(), Some("u:p"));
        // Read back, its ID is the same (it is not kept in the body).
        assert_eq!(
            Assignment::from_row(&row).unwrap().row().unwrap().id,
            "u:p:r"
        );
    }

    #[test]
    fn a_token_row_is_kept_under_its_digest_and_expires_with_it() {
        let mut t = Token::new(
            "digest".into(),
            ("u", "demo"),
            vec!["password".into()],
            ("then".into(), "2026-12-01T13:00:00.000000Z".into()),
            "audit".into(),
        );
        let row = t.row().unwrap();
        assert_eq!(row.id, "digest");
        assert_eq!(
            row.expires_at.as_deref(),
            Some("2026-12-01T13:00:00.000000Z")
        );
        // Unscoped: no project, no roles in the record.
        assert!(row.body.get("project_id").is_none() && row.body.get("roles").is_none());
        t.project_id = Some("p".into());
        let scoped = t.row().unwrap();
        assert_eq!(scoped.project_id.as_deref(), Some("p"));
        assert_eq!(
            Token::from_row(&scoped).unwrap().row().unwrap().id,
            "digest"
        );
    }

    #[test]
    fn a_user_without_an_enabled_flag_is_enabled() {
        let body = json!({"id": "u", "name": "n", "domain_id": "default"});
        let user = User::from_body(body).unwrap();
        assert!(user.is_enabled());
        assert!(
            !User {
                enabled: json!(false),
                ..user
            }
            .is_enabled()
        );
    }
}
