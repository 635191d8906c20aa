//! `share message list|show|delete`.

use serde_json::Value;

use super::{headers, rows};
use crate::api::share::{self as api, MESSAGES};
use crate::cli::share::MessageCommand;
use crate::error::Result;
use crate::output::Data;
use crate::output::Print;
use crate::session::Session;
use crate::session::microversion::{self, Microversion};

const MESSAGE_COLUMNS: [(&str, &str); 7] = [
    ("ID", "id"),
    ("Resource Type", "resource_type"),
    ("Resource ID", "resource_id"),
    ("Action ID", "action_id"),
    ("User Message", "user_message"),
    ("Detail ID", "detail_id"),
    ("Created At", "created_at"),
];

const MESSAGE_FIELDS: [&str; 10] = [
    "id",
    "resource_type",
    "resource_id",
    "action_id",
    "user_message",
    "message_level",
    "detail_id",
    "created_at",
    "expires_at",
    "request_id",
];

pub async fn messages(session: &mut Session, cmd: &MessageCommand) -> Result<()> {
    match cmd {
        MessageCommand::List(args) => {
            let mut query = Vec::new();
            for (k, v) in [
                ("resource_id", &args.resource_id),
                ("resource_type", &args.resource_type),
                ("action_id", &args.action_id),
                ("detail_id", &args.detail_id),
                ("message_level", &args.message_level),
                ("request_id", &args.request_id),
                ("created_since", &args.since),
                ("created_before", &args.before),
            ] {
                if let Some(v) = v {
                    query.push((k.to_string(), v.clone()));
                }
            }
            if args.since.is_some() || args.before.is_some() {
                microversion::require(
                    "--since/--before",
                    Microversion::new(2, 52),
                    session.share_microversion().await?,
                )?;
            }
            if let Some(l) = args.limit {
                query.push(("limit".to_string(), l.to_string()));
            }
            query.sort();
            let messages = api::list(session, MESSAGES, &query).await?;
            session.ui().print(
                &args.output,
                Data::list(
                    &headers(&MESSAGE_COLUMNS),
                    rows(&messages, &MESSAGE_COLUMNS),
                ),
            )
        }
        MessageCommand::Show(args) => {
            let m = api::get(session, MESSAGES, &args.message).await?;
            let pairs = MESSAGE_FIELDS
                .iter()
                .map(|f| (*f, m.get(*f).cloned().unwrap_or(Value::Null)))
                .collect();
            session.ui().print(&args.output, Data::one(pairs))
        }
        MessageCommand::Delete(args) => {
            super::each(&args.messages, "messages", "delete", async |id| {
                api::delete(session, MESSAGES, id).await
            })
            .await
        }
    }
}
