//! Configuration, resolved the way the `openstack` client resolves it.
//!
//! Sources, strongest first: `--os-*` flags, `OS_*` environment variables (clap folds
//! these two together), then the cloud's entry in `clouds.yaml` with `secure.yaml`
//! merged over it. Files are searched where openstacksdk searches them; the first
//! file found wins, as there. The result is one [`CloudConfig`] that the session
//! uses; nothing below this module looks at the environment or at files again.

mod files;

pub use files::{ConfigFiles, search_paths};

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde::Deserialize;

use crate::error::{Error, Result};

/// A value that must never be printed: passwords, tokens, credential secrets.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl<'de> Deserialize<'de> for Secret {
    /// YAML turns `password: 123456` into a number: accept any scalar, and never
    /// put the value into an error message.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        match serde_json::Value::deserialize(d)? {
            serde_json::Value::String(s) => Ok(Secret(s)),
            serde_json::Value::Number(n) => Ok(Secret(n.to_string())),
            serde_json::Value::Bool(b) => Ok(Secret(b.to_string())),
            _ => Err(serde::de::Error::custom("a secret must be a string")),
        }
    }
}

impl Secret {
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }
    /// The secret itself; call only where it is sent to a service.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// The auth section of a cloud, as in clouds.yaml `auth:`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct Auth {
    pub auth_url: Option<String>,
    pub username: Option<String>,
    pub user_id: Option<String>,
    pub password: Option<Secret>,
    pub project_name: Option<String>,
    pub project_id: Option<String>,
    #[serde(alias = "tenant_name")]
    pub tenant_name_compat: Option<String>,
    pub user_domain_name: Option<String>,
    pub user_domain_id: Option<String>,
    pub project_domain_name: Option<String>,
    pub project_domain_id: Option<String>,
    pub domain_name: Option<String>,
    pub domain_id: Option<String>,
    pub default_domain: Option<String>,
    pub application_credential_id: Option<String>,
    pub application_credential_name: Option<String>,
    pub application_credential_secret: Option<Secret>,
    pub token: Option<Secret>,
}

/// One entry under `clouds:` (only the keys sharekeep uses; others are ignored,
/// as openstacksdk ignores keys it does not know).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CloudEntry {
    pub auth: Auth,
    pub auth_type: Option<String>,
    pub region_name: Option<String>,
    pub interface: Option<String>,
    pub cacert: Option<PathBuf>,
    /// A client certificate (PEM), and its key when not in the same file.
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
    /// Seconds an HTTP request may take (openstacksdk's `api_timeout`).
    pub api_timeout: Option<f64>,
    pub verify: Option<bool>,
    pub insecure: Option<bool>,
    pub share_api_version: Option<String>,
    pub shared_file_system_api_version: Option<String>,
    pub token_cache: Option<String>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A number as a person wrote it, not its 300 digits: `1e300`, `0.5`, `30`.
fn short_number(n: f64) -> String {
    if n.is_finite() && n.abs() >= 1e15 {
        format!("{n:e}")
    } else {
        n.to_string()
    }
}

/// `api_timeout` seconds as a duration: a positive number.
fn api_timeout(seconds: Option<f64>) -> Result<Option<std::time::Duration>> {
    match seconds {
        None => Ok(None),
        Some(s) if s.is_finite() && s > 0.0 && s <= 86_400.0 => {
            Ok(Some(std::time::Duration::from_secs_f64(s)))
        }
        Some(s) => Err(Error::config(format!(
            "api_timeout {} is not a number of seconds above 0 and at most 86400",
            short_number(s)
        ))
        .with_hint(
            "set --os-api-timeout, OS_API_TIMEOUT or `api_timeout` in clouds.yaml to e.g. 30",
        )),
    }
}

/// How a Keystone token is obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthType {
    Password,
    ApplicationCredential,
    Token,
}

impl AuthType {
    fn parse(s: &str) -> Result<Self> {
        match s {
            "password" | "v3password" => Ok(AuthType::Password),
            "v3applicationcredential" | "applicationcredential" | "application_credential" => {
                Ok(AuthType::ApplicationCredential)
            }
            "token" | "v3token" => Ok(AuthType::Token),
            other => Err(
                Error::config(format!("auth type `{other}` is not supported"))
                    .with_hint("use password, v3applicationcredential or v3token"),
            ),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AuthType::Password => "password",
            AuthType::ApplicationCredential => "v3applicationcredential",
            AuthType::Token => "v3token",
        }
    }
}

/// Where tokens are cached between invocations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TokenCache {
    /// A 0600 file under the user's cache directory (the default).
    File,
    /// The OS keyring (Secret Service); falls back to the file when unusable.
    Keyring,
    /// No cache: authenticate on every invocation.
    None,
}

impl TokenCache {
    fn parse(s: &str) -> Result<Self> {
        match s {
            "file" => Ok(TokenCache::File),
            "keyring" => Ok(TokenCache::Keyring),
            "none" | "off" | "false" => Ok(TokenCache::None),
            other => Err(Error::config(format!(
                "token_cache `{other}` is not one of file, keyring, none"
            ))),
        }
    }
}

/// The name of the cloud made from `OS_*` variables alone (as openstacksdk names it).
pub const ENVVARS_CLOUD: &str = "envvars";

/// Values given on the command line or in `OS_*` variables (already merged by clap).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub cloud: Option<String>,
    pub auth_type: Option<String>,
    pub auth: Auth,
    pub region_name: Option<String>,
    pub interface: Option<String>,
    pub cacert: Option<PathBuf>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
    pub api_timeout: Option<f64>,
    pub insecure: bool,
    /// `--verify`: verify certificates even if the cloud says `verify: false`.
    pub verify: bool,
    pub share_api_version: Option<String>,
    pub endpoint_overrides: BTreeMap<String, String>,
    pub token_cache: Option<TokenCache>,
}

/// Everything a session needs, resolved once.
#[derive(Debug, Clone)]
pub struct CloudConfig {
    /// The cloud's name (`envvars` when it came from `OS_*` variables alone).
    pub name: String,
    pub auth_type: AuthType,
    pub auth: Auth,
    pub region_name: Option<String>,
    pub interface: String,
    /// A CA bundle trusted besides the system's roots.
    pub cacert: Option<PathBuf>,
    /// The client certificate (PEM) sent to HTTPS endpoints, and its key
    /// when it is not in the certificate's file.
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
    /// How long one HTTP request may take (default 60 s).
    pub api_timeout: Option<std::time::Duration>,
    pub verify: bool,
    pub share_api_version: Option<String>,
    /// Endpoint overrides by service type (`key-manager`, `sharev2`, `identity`).
    pub endpoint_overrides: BTreeMap<String, String>,
    pub token_cache: TokenCache,
}

impl CloudConfig {
    /// Resolve the cloud to use from the files and the overrides.
    pub fn resolve(files: &ConfigFiles, ov: &Overrides) -> Result<CloudConfig> {
        let has_env_auth = ov.auth.auth_url.is_some();
        let (name, entry) = match ov.cloud.as_deref() {
            Some(name) if files.is_builtin(name) => {
                return Err(Error::config(format!(
                    "`{name}` is a built-in cloud of the embedded local backend, which has no clouds.yaml entry"
                ))
                .with_hint("open it with sharekeep_client::session::connect, as the commands do"));
            }
            Some(name) => match files.cloud(name)? {
                Some(entry) => (name.to_string(), entry),
                None => return Err(files.unknown_cloud(name)),
            },
            None if has_env_auth => (ENVVARS_CLOUD.to_string(), CloudEntry::default()),
            None => match files.only_cloud()? {
                Some((name, entry)) => (name, entry),
                None => {
                    return Err(Error::config("no cloud selected and no OS_AUTH_URL set").with_hint(
                        files.known_clouds_hint().unwrap_or_else(|| {
                            "pass --os-cloud NAME (or set OS_CLOUD) with a clouds.yaml, or set OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, OS_PROJECT_NAME".into()
                        }),
                    ));
                }
            },
        };
        if files.is_builtin(&name) {
            return Err(Error::config(format!(
                "the cloud name `{name}` is reserved for the embedded local backend"
            ))
            .with_hint("rename that entry in clouds.yaml"));
        }
        Self::merge(name, entry, ov)
    }

    /// A built-in cloud (the embedded local backend's): its own entry, with
    /// only the session settings of the overrides (share API version, token
    /// cache), never the credentials or endpoints meant for another cloud.
    pub fn builtin(name: &str, entry: CloudEntry, ov: &Overrides) -> Result<CloudConfig> {
        let ov = Overrides {
            cloud: ov.cloud.clone(),
            share_api_version: ov.share_api_version.clone(),
            token_cache: ov.token_cache,
            api_timeout: ov.api_timeout,
            ..Overrides::default()
        };
        Self::merge(name.to_string(), entry, &ov)
    }

    fn merge(name: String, entry: CloudEntry, ov: &Overrides) -> Result<CloudConfig> {
        let auth = merge_auth(entry.auth, &ov.auth);
        let auth_type = match ov.auth_type.as_deref().or(entry.auth_type.as_deref()) {
            Some(t) => AuthType::parse(t)?,
            None => infer_auth_type(&auth),
        };
        let mut endpoint_overrides = BTreeMap::new();
        for (key, value) in &entry.extra {
            if let (Some(service), Some(url)) =
                (key.strip_suffix("_endpoint_override"), value.as_str())
            {
                endpoint_overrides.insert(canonical_service(service), url.to_string());
            }
        }
        endpoint_overrides.extend(
            ov.endpoint_overrides
                .iter()
                .map(|(k, v)| (k.clone(), v.clone())),
        );
        let verify = if ov.insecure {
            false
        } else if ov.verify {
            true
        } else {
            entry.verify.unwrap_or(true) && !entry.insecure.unwrap_or(false)
        };
        let interface = ov
            .interface
            .clone()
            .or(entry.interface)
            .unwrap_or_else(|| "public".into());
        let mut auth = auth;
        // As osc-lib: the default domain is `default` unless told otherwise.
        auth.default_domain.get_or_insert_with(|| "default".into());
        let token_cache = match (ov.token_cache, entry.token_cache.as_deref()) {
            (Some(t), _) => t,
            (None, Some(s)) => TokenCache::parse(s)?,
            (None, None) => TokenCache::File,
        };
        let config = CloudConfig {
            name,
            auth_type,
            auth,
            region_name: ov.region_name.clone().or(entry.region_name),
            interface: normalize_interface(&interface)?,
            cacert: ov.cacert.clone().or(entry.cacert),
            cert: ov.cert.clone().or(entry.cert),
            key: ov.key.clone().or(entry.key),
            api_timeout: api_timeout(ov.api_timeout.or(entry.api_timeout))?,
            verify,
            share_api_version: ov
                .share_api_version
                .clone()
                .or(entry.share_api_version)
                .or(entry.shared_file_system_api_version),
            endpoint_overrides,
            token_cache,
        };
        config.check()?;
        Ok(config)
    }

    /// Where to look when Keystone refuses the credentials.
    pub fn source_hint(&self) -> String {
        if self.name == ENVVARS_CLOUD {
            "check the OS_* variables in the environment (OS_USERNAME, OS_PASSWORD or OS_APPLICATION_CREDENTIAL_*, OS_PROJECT_NAME, OS_USER_DOMAIN_NAME)".into()
        } else {
            format!(
                "check the credentials of cloud `{}` (clouds.yaml, secure.yaml, OS_* variables)",
                self.name
            )
        }
    }

    /// Fail early, naming the missing value, rather than sending a doomed request.
    fn check(&self) -> Result<()> {
        let a = &self.auth;
        let missing = |what: &str, flag: &str, env: &str| {
            Error::config(format!("cloud `{}`: {what} is not set", self.name))
                .with_hint(format!("set it in clouds.yaml, with {flag}, or with {env}"))
        };
        let Some(auth_url) = &a.auth_url else {
            return Err(missing("the auth URL", "--os-auth-url", "OS_AUTH_URL"));
        };
        let parsed = reqwest::Url::parse(auth_url.trim());
        if !parsed.is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.has_host()) {
            return Err(Error::config(format!(
                "cloud `{}`: the auth URL `{auth_url}` is not an http:// or https:// URL",
                self.name
            ))
            .with_hint("set it to Keystone's address, e.g. https://keystone.example.com:5000/v3"));
        }
        match self.auth_type {
            AuthType::Password => {
                if a.username.is_none() && a.user_id.is_none() {
                    return Err(missing("the user name", "--os-username", "OS_USERNAME"));
                }
                // As `openstack`: on a terminal the password is asked for (without echo).
                if a.password.is_none() && !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
                    return Err(missing("the password", "--os-password", "OS_PASSWORD")
                        .with_hint("on a terminal, sharekeep asks for it"));
                }
            }
            AuthType::ApplicationCredential => {
                if a.application_credential_secret.is_none() {
                    return Err(missing(
                        "the application credential secret",
                        "--os-application-credential-secret",
                        "OS_APPLICATION_CREDENTIAL_SECRET",
                    ));
                }
                if a.application_credential_id.is_none()
                    && (a.application_credential_name.is_none()
                        || (a.username.is_none() && a.user_id.is_none()))
                {
                    return Err(missing(
                        "the application credential ID (or its name and the user)",
                        "--os-application-credential-id",
                        "OS_APPLICATION_CREDENTIAL_ID",
                    ));
                }
            }
            AuthType::Token => {
                if a.token.is_none() {
                    return Err(missing("the token", "--os-token", "OS_TOKEN"));
                }
            }
        }
        Ok(())
    }
}

fn merge_auth(mut base: Auth, over: &Auth) -> Auth {
    macro_rules! take {
        ($($field:ident),*) => {$(
            if over.$field.is_some() { base.$field = over.$field.clone(); }
        )*};
    }
    take!(
        auth_url,
        username,
        user_id,
        password,
        project_name,
        project_id,
        user_domain_name,
        user_domain_id,
        project_domain_name,
        project_domain_id,
        domain_name,
        domain_id,
        default_domain,
        application_credential_id,
        application_credential_name,
        application_credential_secret,
        token
    );
    if base.project_name.is_none() {
        base.project_name = base.tenant_name_compat.take();
    }
    base
}

/// keystoneauth's choice when `auth_type` is not given.
fn infer_auth_type(auth: &Auth) -> AuthType {
    if auth.application_credential_secret.is_some() {
        AuthType::ApplicationCredential
    } else if auth.token.is_some() && auth.password.is_none() {
        AuthType::Token
    } else {
        AuthType::Password
    }
}

/// `publicURL` and friends are old spellings of the same interfaces.
fn normalize_interface(s: &str) -> Result<String> {
    let i = s.strip_suffix("URL").unwrap_or(s);
    match i {
        "public" | "internal" | "admin" => Ok(i.to_string()),
        other => Err(Error::config(format!(
            "interface `{other}` is not one of public, internal, admin"
        ))),
    }
}

/// clouds.yaml spells service types with underscores (`key_manager_endpoint_override`).
fn canonical_service(s: &str) -> String {
    match s {
        "shared_file_system" | "share" | "sharev2" => "sharev2".into(),
        other => other.replace('_', "-"),
    }
}

#[cfg(test)]
mod tests;
