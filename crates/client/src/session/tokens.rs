//! The session's token: from this session, the token cache (a file or the
//! OS keyring, shared by processes and locked while one authenticates), or
//! Keystone; its validation, and the secret it is made from.

use super::*;

impl Session {
    /// A valid token: from this session, the cache, or Keystone.
    pub async fn token(&mut self) -> Result<&Token> {
        if self.entry.is_none() {
            self.entry = self.load_cached().await;
            self.from_cache = self.entry.is_some();
        }
        if self.entry.is_none() {
            self.authenticate().await?;
        }
        self.entry
            .as_ref()
            .map(|e| &e.token)
            .ok_or_else(|| Error::failure("no token after authentication"))
    }

    /// Whether the token in use came from the cache rather than from Keystone now.
    pub fn token_from_cache(&self) -> bool {
        self.from_cache
    }

    pub(super) async fn load_raw(&self) -> Option<Entry> {
        match &self.store {
            Store::File(f) => f.load(&self.key),
            Store::Keyring(k) => {
                let (k, key) = (*k, self.key.clone());
                keyring_call(move || k.load(&key)).await.ok().flatten()
            }
            Store::None => None,
        }
    }

    pub(super) async fn load_cached(&self) -> Option<Entry> {
        let entry = self.load_raw().await?;
        entry.is_fresh(jiff::Timestamp::now()).then_some(entry)
    }

    /// The file cache's per-credential lock, waited for without blocking the
    /// runtime and for at most [`LOCK_WAIT`]. `None`: no file cache, an
    /// unwritable one, or a holder that did not let go in time (the command
    /// goes on without the lock; the cache is written atomically either way).
    pub(super) async fn lock(&mut self) -> Option<std::fs::File> {
        let Store::File(f) = &self.store else {
            return None;
        };
        let deadline = Instant::now() + LOCK_WAIT;
        loop {
            match f.try_lock(&self.key) {
                Ok(Some(lock)) => return Some(lock),
                Ok(None) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                Ok(None) => {
                    self.notices.push(format!(
                        "notice: another process held the token cache lock for over {} s; going on without it",
                        LOCK_WAIT.as_secs()
                    ));
                    return None;
                }
                Err(_) => return None, // an unwritable cache must not stop the command
            }
        }
    }

    /// Authenticate with Keystone and cache the result. With the file cache,
    /// this holds the per-credential lock, and first looks whether another
    /// process has just done the same.
    pub(super) async fn authenticate(&mut self) -> Result<()> {
        let lock = self.lock().await;
        if lock.is_some()
            && let Some(e) = self.load_cached().await
            && self
                .entry
                .as_ref()
                .is_none_or(|old| old.token.id != e.token.id)
        {
            self.entry = Some(e);
            self.from_cache = true;
            return Ok(());
        }
        let token = self.request_token().await?;
        let entry = Entry::new(token);
        self.save(&entry).await;
        drop(lock);
        self.entry = Some(entry);
        self.from_cache = false;
        Ok(())
    }

    pub(super) async fn save(&mut self, entry: &Entry) {
        let failed = match &self.store {
            Store::File(f) => f.store(&self.key, entry).err().map(|e| e.to_string()),
            Store::Keyring(k) => {
                let (k, key, entry) = (*k, self.key.clone(), entry.clone());
                keyring_call(move || k.store(&key, &entry))
                    .await
                    .and_then(|r| r)
                    .err()
            }
            Store::None => None,
        };
        if let Some(reason) = failed {
            self.notices.push(format!(
                "notice: could not cache the token ({reason}); the next command authenticates again"
            ));
        }
    }

    /// Record a version document with the cached token, under the lock, and
    /// only while the cache still holds this session's token: a newer token
    /// written by another process is never replaced by an older one.
    pub(super) async fn save_discovery(&mut self, url: String, doc: serde_json::Value) {
        let Some(mut entry) = self.entry.take() else {
            return;
        };
        entry.discovery.insert(url, doc);
        let lock = self.lock().await;
        let current = self.load_raw().await;
        let ours = match &current {
            Some(c) => c.token.id == entry.token.id,
            None => true,
        };
        if ours && (lock.is_some() || matches!(self.store, Store::Keyring(_))) {
            self.save(&entry).await;
        }
        drop(lock);
        self.entry = Some(entry);
    }

    /// Forget the cached token (after a 401, or `token revoke`), under the
    /// lock, and only if the cache still holds the token this session used.
    pub async fn drop_cached(&mut self) {
        let lock = self.lock().await;
        let ours = self.entry.as_ref().map(|e| e.token.id.clone());
        let current = self.load_raw().await;
        let same = match (&current, &ours) {
            (Some(c), Some(o)) => &c.token.id == o,
            (Some(_), None) => true,
            (None, _) => false,
        };
        if same {
            match &self.store {
                Store::File(f) => {
                    let _ = f.remove(&self.key);
                }
                Store::Keyring(k) => {
                    let (k, key) = (*k, self.key.clone());
                    let _ = keyring_call(move || k.remove(&key)).await;
                }
                Store::None => {}
            }
        }
        drop(lock);
        self.entry = None;
    }

    /// Ask Keystone whether the current token is still valid
    /// (`GET /v3/auth/tokens` with the token as its own subject). Used where a
    /// token is handed to the user: a revoked cached token is dropped and a new
    /// one issued.
    pub async fn validated_token(&mut self) -> Result<Token> {
        let token = self.token().await?.clone();
        if !self.from_cache {
            return Ok(token);
        }
        let req = Request::get(Service::Identity, ["auth", "tokens"])
            .header("x-subject-token", token.id.clone());
        let url = req.url_under(&self.endpoint(Service::Identity).await?)?;
        let (status, _, bytes) = self.http.send(url.clone(), &req, Some(&token.id)).await?;
        match status {
            200..=299 => Ok(token),
            401 | 404 => {
                self.drop_cached().await;
                self.authenticate().await?;
                Ok(self.token().await?.clone())
            }
            _ => Err(http::api_error(
                Service::Identity,
                &req.method,
                url.as_str(),
                status,
                &bytes,
            )),
        }
    }

    /// The secret for the auth method, resolving a `keyring:` reference.
    pub(super) fn auth_secret(&self) -> Result<String> {
        let a = &self.config.auth;
        let (value, what) = match self.config.auth_type {
            AuthType::Password => (a.password.as_ref(), "password"),
            AuthType::ApplicationCredential => (
                a.application_credential_secret.as_ref(),
                "application credential secret",
            ),
            AuthType::Token => (a.token.as_ref(), "token"),
        };
        let Some(value) = value else {
            if self.config.auth_type == AuthType::Password
                && std::io::IsTerminal::is_terminal(&std::io::stdin())
            {
                let who = a
                    .username
                    .as_deref()
                    .or(a.user_id.as_deref())
                    .unwrap_or("?");
                let prompt = format!(
                    "Password for {who} at {}: ",
                    a.auth_url.as_deref().unwrap_or("?")
                );
                return rpassword::prompt_password(prompt).map_err(|e| {
                    Error::config(format!("cannot read the password from the terminal: {e}"))
                });
            }
            return Err(Error::config(format!(
                "cloud `{}`: no {what} is set",
                self.config.name
            )));
        };
        Ok(
            keyring::resolve_reference(value.expose(), &self.config.name, what)?
                .unwrap_or_else(|| value.expose().to_string()),
        )
    }

    pub(super) async fn request_token(&mut self) -> Result<Token> {
        let auth_url = self.config.auth.auth_url.clone().unwrap_or_default();
        let body = auth::request_body(&self.config, &self.auth_secret()?);
        let req = Request::post(Service::Identity, ["auth", "tokens"], body);
        let url = req.url_under(&auth::identity_v3_url(&auth_url)).map_err(|e| {
            Error::config(format!("the auth URL `{auth_url}` is not a URL"))
                .with_hint("set auth_url to Keystone's address, e.g. https://keystone.example.com:5000/v3")
                .with_hint(e.message)
        })?;
        let (status, headers, bytes) = self.http.send(url.clone(), &req, None).await?;
        if status == 401 {
            let detail = http::error_message(&bytes).unwrap_or_default();
            return Err(Error::new(
                Kind::Auth,
                format!(
                    "Keystone at {auth_url} refused {} (401): {detail}",
                    auth::credential_description(&self.config)
                ),
            )
            .with_hint(self.config.source_hint()));
        }
        if !(200..300).contains(&status) {
            return Err(http::api_error(
                Service::Identity,
                &req.method,
                url.as_str(),
                status,
                &bytes,
            ));
        }
        let subject = headers
            .get("x-subject-token")
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| {
                Error::new(
                    Kind::Server,
                    "Keystone answered without an X-Subject-Token header",
                )
            })?
            .to_string();
        let body: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
            Error::new(
                Kind::Server,
                format!("Keystone's token answer is not JSON: {e}"),
            )
        })?;
        Token::from_response(subject, &body)
    }
}
