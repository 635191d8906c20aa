//! The one place where the client meets the embedded cloud: a built-in
//! cloud name (`--os-cloud local`) becomes a running cloud in this process
//! and a clouds.yaml entry for the session. Neither `sharekeep-client` nor
//! `sharekeep-cloud` knows the other; this module knows both.

use std::future::Future;
use std::pin::Pin;

use sharekeep_client::config::{CloudEntry, Secret};
use sharekeep_client::error::{Error, Result};
use sharekeep_client::session::{Builtin, Opened};
use sharekeep_cloud::{CLOUDS, Credentials, Running, State};

/// The embedded local cloud's built-in clouds (`local`, `local-demo`, …).
#[derive(Debug, Default)]
pub struct LocalClouds;

impl Builtin for LocalClouds {
    fn names(&self) -> Vec<String> {
        CLOUDS.iter().map(|(name, ..)| name.to_string()).collect()
    }

    fn open<'a>(
        &'a self,
        name: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<Opened>> + Send + 'a>> {
        Box::pin(async move {
            let state = State::open_default()?;
            let credentials = state
                .credentials(name)
                .ok_or_else(|| Error::config(format!("`{name}` is not a built-in cloud")))?;
            let running = Running::start(state).await?;
            Ok(Opened {
                entry: entry(credentials),
                resolve: running.resolve(),
                keep: Box::new(running),
            })
        })
    }
}

/// The clouds.yaml entry a built-in cloud's user signs in with.
pub fn entry(c: Credentials) -> CloudEntry {
    let mut entry = CloudEntry::default();
    entry.auth.auth_url = Some(c.auth_url);
    entry.auth.username = Some(c.username.to_string());
    entry.auth.password = Some(Secret::new(c.password));
    entry.auth.project_name = Some(c.project_name.to_string());
    entry.auth.user_domain_name = Some(c.domain_name.to_string());
    entry.auth.project_domain_name = Some(c.domain_name.to_string());
    entry.region_name = Some(c.region_name.to_string());
    entry
}

/// What the session is handed, so that `--os-cloud local` opens the
/// embedded cloud.
pub fn clouds() -> std::sync::Arc<dyn Builtin> {
    std::sync::Arc::new(LocalClouds)
}
