//! `share pool list`.

use serde_json::json;

use super::{headers, properties_string, rows};
use crate::api::share as api;
use crate::cli::share::PoolCommand;
use crate::error::Result;
use crate::output::Print;
use crate::output::{Data, Views};
use crate::session::Session;

pub async fn pools(session: &mut Session, cmd: &PoolCommand) -> Result<()> {
    let PoolCommand::List(args) = cmd;
    let mut query = Vec::new();
    for (k, v) in [
        ("host", &args.host),
        ("backend", &args.backend),
        ("pool", &args.pool),
    ] {
        if let Some(v) = v {
            query.push((k.to_string(), v.clone()));
        }
    }
    let pools = api::pools(session, args.detail, &query).await?;
    let mut columns = vec![
        ("Name", "name"),
        ("Host", "host"),
        ("Backend", "backend"),
        ("Pool", "pool"),
    ];
    if args.detail {
        columns.push(("Capabilities", "capabilities"));
    }
    let data = Data::list(&headers(&columns), rows(&pools, &columns));
    if !args.detail {
        return session.ui().print(&args.output, data);
    }
    session.ui().print(
        &args.output,
        Views::with_table(data, |d| {
            if let Data::List { rows, .. } = d {
                for row in rows {
                    row[4] = json!(properties_string(&row[4]));
                }
            }
        }),
    )
}
