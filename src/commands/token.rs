//! `token issue`, `token revoke`.

use serde_json::json;

use crate::api::identity;
use crate::cli::token::TokenCommand;
use crate::error::Result;
use crate::output::Data;
use crate::output::Print;
use crate::session::Session;

pub async fn run(session: &mut Session, cmd: &TokenCommand) -> Result<()> {
    match cmd {
        TokenCommand::Issue(args) => {
            let token = session.validated_token().await?;
            // As OSC: keys sorted; domain_id for a domain-scoped token.
            let mut pairs = vec![
                ("expires", json!(osc_expires(&token.expires_at))),
                ("id", json!(token.id)),
            ];
            if let Some(p) = &token.project_id {
                pairs.push(("project_id", json!(p)));
            }
            if let Some(d) = &token.domain_id {
                pairs.insert(1, ("domain_id", json!(d)));
            }
            pairs.push(("user_id", json!(token.user_id)));
            session.ui().print(&args.output, Data::one(pairs))
        }
        TokenCommand::Revoke(args) => {
            let current = session.token().await?.id.clone();
            identity::revoke_token(session, &args.token).await?;
            // Revoking the cached token: forget it, or the next command would use it.
            if current == args.token {
                session.drop_cached().await;
            }
            Ok(())
        }
    }
}

/// OSC prints the expiry as `2026-11-27T11:35:59+0000`.
fn osc_expires(expires_at: &str) -> String {
    match expires_at.parse::<jiff::Timestamp>() {
        Ok(t) => t.strftime("%Y-%m-%dT%H:%M:%S%z").to_string(),
        Err(_) => expires_at.to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn expiry_in_osc_style() {
        assert_eq!(
            super::osc_expires("2026-11-27T11:35:59.000000Z"),
            "2026-11-27T11:35:59+0000"
        );
    }
}
