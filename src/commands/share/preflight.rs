//! Pre-flight checks for an encrypted share create: what Manila finds out only
//! later, asynchronously, with a generic user message (or never), checked
//! before anything is created. Manila's API never asks Barbican: a missing or
//! foreign secret is accepted with 200 and the share ends in `error`.

use serde_json::{Value, json};

use crate::api::{keymanager, share};
use crate::error::{Error, Kind, Result};
use crate::output::Data;
use crate::session::Session;

/// One check and its outcome.
#[derive(Debug, Clone)]
pub struct Check {
    pub name: &'static str,
    pub passed: bool,
    pub detail: String,
    /// On failure: the error kind and a hint.
    pub kind: Kind,
    pub hint: String,
}

impl Check {
    fn pass(name: &'static str, detail: impl Into<String>) -> Self {
        Check {
            name,
            passed: true,
            detail: detail.into(),
            kind: Kind::Rejected,
            hint: String::new(),
        }
    }
    fn fail(
        name: &'static str,
        kind: Kind,
        detail: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Check {
            name,
            passed: false,
            detail: detail.into(),
            kind,
            hint: hint.into(),
        }
    }
}

/// The values an encrypted create is about.
pub struct Plan<'a> {
    pub share_type: Option<&'a Value>,
    pub share_network_id: Option<&'a str>,
    pub key_uuid: &'a str,
}

fn spec<'a>(share_type: &'a Value, key: &str) -> Option<&'a Value> {
    share_type
        .get("extra_specs")
        .and_then(|s| s.get(key))
        .or_else(|| {
            share_type
                .get("required_extra_specs")
                .and_then(|s| s.get(key))
        })
}

fn truthy(v: Option<&Value>) -> bool {
    match v {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s.eq_ignore_ascii_case("true") || s == "<is> True",
        _ => false,
    }
}

/// Run every check (all of them, so that a dry run shows the whole picture).
pub async fn run(session: &mut Session, plan: &Plan<'_>) -> Vec<Check> {
    let mut checks = Vec::new();
    match plan.share_type {
        None => checks.push(Check::fail(
            "share type",
            Kind::Rejected,
            "no share type given and the cloud has no default type",
            "pass --share-type with a type whose extra spec encryption_support is share or share_server",
        )),
        Some(t) => {
            let name = t.get("name").and_then(Value::as_str).unwrap_or("?");
            let support = spec(t, "encryption_support").and_then(Value::as_str);
            checks.push(match support {
                Some(s @ ("share" | "share_server")) => {
                    Check::pass("share type supports encryption", format!("`{name}`: encryption_support={s}"))
                }
                other => Check::fail(
                    "share type supports encryption",
                    Kind::Rejected,
                    format!("`{name}` has encryption_support={}", other.unwrap_or("(not set)")),
                    "choose a type with encryption_support=share or share_server (sharekeep share type list); an administrator creates one with: sharekeep share type create NAME true --extra-specs encryption_support=share_server",
                ),
            });
            let dhss = spec(t, "driver_handles_share_servers");
            checks.push(if truthy(dhss) {
                Check::pass("share type handles share servers", format!("`{name}`: driver_handles_share_servers=True"))
            } else {
                Check::fail(
                    "share type handles share servers",
                    Kind::Rejected,
                    format!("`{name}` has driver_handles_share_servers={}", dhss.map(|v| v.to_string()).unwrap_or_else(|| "(not set)".into())),
                    "Manila encrypts only on share servers it manages: use a type with driver_handles_share_servers=True",
                )
            });
        }
    }
    checks.push(match plan.share_network_id {
        Some(id) => Check::pass("share network given", id.to_string()),
        None => Check::fail(
            "share network given",
            Kind::Rejected,
            "no --share-network",
            "encrypted shares live on share servers, which need a share network: pass --share-network",
        ),
    });
    checks.extend(secret_checks(session, plan.key_uuid).await);
    checks.push(quota_check(session, plan.key_uuid).await);
    checks
}

async fn secret_checks(session: &mut Session, uuid: &str) -> Vec<Check> {
    let secret = match keymanager::get_secret(session, uuid).await {
        Ok(s) => s,
        Err(e) => {
            let (detail, hint) = match e.kind {
                Kind::NotFound => ("no such secret".to_string(), "check the UUID: sharekeep secret list".to_string()),
                Kind::Forbidden => (
                    "the secret exists but you may not read it (another project's, or your role)".to_string(),
                    "use a secret of your own project; Manila would accept the request and fail later".to_string(),
                ),
                _ => (e.message.clone(), String::new()),
            };
            return vec![Check::fail("secret readable", e.kind, detail, hint)];
        }
    };
    let mut checks = vec![Check::pass("secret readable", uuid.to_string())];
    let status = secret.get("status").and_then(Value::as_str).unwrap_or("?");
    checks.push(if status == "ACTIVE" {
        Check::pass("secret active", status)
    } else {
        Check::fail(
            "secret active",
            Kind::Rejected,
            format!("status {status}"),
            "wait until the secret (or its order) is ACTIVE",
        )
    });
    // Barbican shows `content_types` only for a secret that holds a payload;
    // Manila would accept one without and fail the share later.
    checks.push(if secret.get("content_types").is_some() {
        Check::pass("secret has a payload", "the key is stored")
    } else {
        Check::fail(
            "secret has a payload",
            Kind::Rejected,
            "the secret was stored without a payload, so there is no key to encrypt with",
            format!("store the key in it: sharekeep secret update {uuid} --file KEY.bin (or use another secret)"),
        )
    });
    checks.push(key_shape(session, &secret));
    // Manila replaces the secret's ACL with the caller's token: the caller must
    // be allowed to manage it.
    checks.push(match keymanager::get_acl(session, uuid).await {
        Ok(_) => Check::pass(
            "secret ACL manageable",
            "Manila will make the secret private to you and its service user",
        ),
        Err(e) => Check::fail(
            "secret ACL manageable",
            e.kind,
            format!("reading the ACL failed: {}", e.message),
            "Manila sets the secret's ACL with your token: use a secret you created",
        ),
    });
    checks
}

/// Whether the secret can be a symmetric key. Manila takes any secret (an
/// opaque one becomes `available` on a real cloud, and `openstack secret
/// store` makes opaque secrets by default), so only metadata that rules a
/// symmetric key out fails: a public/private key or certificate, an
/// algorithm other than AES, a bit length other than 128/192/256. Anything
/// else that is not `symmetric` passes with a notice.
fn key_shape(session: &mut Session, secret: &Value) -> Check {
    let text = |k: &str| secret.get(k).and_then(Value::as_str);
    let kind = text("secret_type").unwrap_or("opaque");
    let algorithm = text("algorithm");
    let bits = secret.get("bit_length").and_then(Value::as_u64);
    let refuse = |detail: String| {
        Check::fail(
            "secret can be a symmetric key",
            Kind::Rejected,
            detail,
            "store a 128/192/256-bit AES key (--secret-type symmetric), or generate one: sharekeep secret order create key",
        )
    };
    if matches!(kind, "public" | "private" | "certificate") {
        return refuse(format!("secret type {kind}"));
    }
    if let Some(a) = algorithm.filter(|a| !a.eq_ignore_ascii_case("aes")) {
        return refuse(format!("algorithm {a}"));
    }
    if let Some(b) = bits.filter(|b| ![128, 192, 256].contains(b)) {
        return refuse(format!("bit length {b}"));
    }
    if kind == "symmetric" {
        return Check::pass("secret can be a symmetric key", kind);
    }
    session.notices.push(format!(
        "notice: the secret is of type `{kind}`, not `symmetric`: Manila accepts it, and the back end needs it to hold a 128/192/256-bit key"
    ));
    Check::pass(
        "secret can be a symmetric key",
        format!("secret type {kind} (accepted; the payload must be the key)"),
    )
}

/// `encryption_keys` counts the keys a project's share servers hold: a key
/// already held costs nothing; a new one needs headroom. Manila books a key
/// when a share server takes it and gives it back when a failed create
/// leaves no server, so a key whose only shares failed is a new key again.
/// A member cannot list share servers: a share with the key that did not
/// fail stands for its server.
async fn quota_check(session: &mut Session, uuid: &str) -> Check {
    let project = match session.token().await {
        Ok(t) => t.project_id.clone().unwrap_or_default(),
        Err(e) => return Check::fail("encryption_keys quota", e.kind, e.message, ""),
    };
    let quota = match share::quota(session, &project, true, false).await {
        Ok(q) => q,
        Err(e) => return Check::fail("encryption_keys quota", e.kind, e.message, ""),
    };
    let Some(q) = quota.get("encryption_keys") else {
        return Check::pass("encryption_keys quota", "not reported by this cloud");
    };
    let num = |k: &str| q.get(k).and_then(Value::as_i64).unwrap_or(0);
    let (limit, in_use, reserved) = (num("limit"), num("in_use"), num("reserved"));
    if limit < 0 {
        return Check::pass("encryption_keys quota", "unlimited");
    }
    let query = vec![("encryption_key_ref".to_string(), uuid.to_string())];
    let has_key = |v: &Value| v.get("encryption_key_ref").and_then(Value::as_str) == Some(uuid);
    let held_by_share = match share::list(session, share::SHARES, &query).await {
        Ok(shares) => shares
            .iter()
            .any(|s| has_key(s) && s.get("status").and_then(Value::as_str) != Some("error")),
        Err(e) => return Check::fail("encryption_keys quota", e.kind, e.message, ""),
    };
    let held_by_server = match share::list(session, share::SERVERS, &query).await {
        Ok(servers) => servers.iter().any(|s| {
            has_key(s) && s.get("project_id").and_then(Value::as_str) == Some(project.as_str())
        }),
        Err(e) if e.kind == Kind::Forbidden => false,
        Err(e) => return Check::fail("encryption_keys quota", e.kind, e.message, ""),
    };
    let already = held_by_share || held_by_server;
    if already {
        return Check::pass(
            "encryption_keys quota",
            format!("key already in use by this project ({in_use} of {limit} keys)"),
        );
    }
    if in_use + reserved < limit {
        Check::pass(
            "encryption_keys quota",
            format!("{in_use} of {limit} keys in use"),
        )
    } else {
        Check::fail(
            "encryption_keys quota",
            Kind::Rejected,
            format!(
                "{in_use} of {limit} keys in use ({reserved} reserved); a new key would exceed it"
            ),
            "reuse a key already in use, or ask an administrator: sharekeep share quota set PROJECT --encryption-keys N",
        )
    }
}

/// The checks as a table for `--dry-run`.
pub fn table(checks: &[Check]) -> Data {
    let rows = checks
        .iter()
        .map(|c| {
            vec![
                json!(c.name),
                json!(if c.passed { "ok" } else { "FAILED" }),
                json!(c.detail),
            ]
        })
        .collect();
    Data::list(&["Check", "Result", "Detail"], rows)
}

/// The first failed check as an error, or Ok. `dry_run`: the checks were
/// just printed, so the hint does not suggest printing them.
pub fn verdict(checks: &[Check], dry_run: bool) -> Result<()> {
    let failed: Vec<&Check> = checks.iter().filter(|c| !c.passed).collect();
    let Some(first) = failed.first() else {
        return Ok(());
    };
    let mut err = Error::new(
        first.kind,
        format!("pre-flight check failed: {}: {}", first.name, first.detail),
    );
    if !first.hint.is_empty() {
        err = err.with_hint(first.hint.clone());
    }
    for other in &failed[1..] {
        err = err.with_hint(format!("also failed: {}: {}", other.name, other.detail));
    }
    Err(err.with_hint(if dry_run {
        "--no-preflight sends the request unchecked"
    } else {
        "--dry-run shows every check; --no-preflight sends the request unchecked"
    }))
}
