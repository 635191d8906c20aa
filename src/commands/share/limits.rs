//! `share limits show`.

use serde_json::{Value, json};

use crate::api::share as api;
use crate::cli::share::LimitsCommand;
use crate::error::Result;
use crate::output::Data;
use crate::output::Print;
use crate::session::Session;

/// `share limits show --absolute|--rate`.
pub async fn limits(session: &mut Session, cmd: &LimitsCommand) -> Result<()> {
    let LimitsCommand::Show(args) = cmd;
    let limits = api::limits(session).await?;
    let data = if args.absolute {
        // One row per limit, in the API's order; unset ones (None) left out.
        let rows = limits
            .get("absolute")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| vec![json!(k), v.clone()])
                    .collect()
            })
            .unwrap_or_default();
        Data::list(&["Name", "Value"], rows)
    } else {
        let mut rows = Vec::new();
        for group in limits
            .get("rate")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            for l in group
                .get("limit")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let f = |k: &str| l.get(k).cloned().unwrap_or(json!(""));
                rows.push(vec![
                    f("verb"),
                    group.get("regex").cloned().unwrap_or(json!("")),
                    group.get("uri").cloned().unwrap_or(json!("")),
                    f("value"),
                    f("remaining"),
                    f("unit"),
                    f("next-available"),
                ]);
            }
        }
        Data::list(
            &[
                "Verb",
                "Regex",
                "URI",
                "Value",
                "Remaining",
                "Unit",
                "Next Available",
            ],
            rows,
        )
    };
    session.ui().print(&args.output, data)
}
