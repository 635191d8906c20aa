//! Keystone v3 calls beyond authentication.

use crate::error::Result;
use crate::session::{Request, Service, Session};

/// `DELETE /v3/auth/tokens` with the token to revoke in `X-Subject-Token`.
pub async fn revoke_token(session: &mut Session, token: &str) -> Result<()> {
    let req =
        Request::delete(Service::Identity, ["auth", "tokens"]).header("x-subject-token", token);
    session.send(req).await.map(|_| ())
}
