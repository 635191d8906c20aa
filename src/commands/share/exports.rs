//! `share export location list|show`.

use serde_json::json;

use super::{headers, object_rows, rows};
use crate::api::share::{self as api, SHARES};
use crate::cli::share::{ExportCommand, ExportLocationCommand};
use crate::error::Result;
use crate::output::Data;
use crate::output::Print;
use crate::session::Session;

pub async fn export_locations(session: &mut Session, cmd: &ExportCommand) -> Result<()> {
    let ExportCommand::Location(cmd) = cmd;
    match cmd {
        ExportLocationCommand::List(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            let locations = api::export_locations(session, &id).await?;
            let columns = [("ID", "id"), ("Path", "path"), ("Preferred", "preferred")];
            session.ui().print(
                &args.output,
                Data::list(&headers(&columns), rows(&locations, &columns)),
            )
        }
        ExportLocationCommand::Show(args) => {
            let id = api::find_id(session, SHARES, &args.share).await?;
            let mut el = api::export_location(session, &id, &args.export_location).await?;
            if let Some(m) = el.as_object_mut() {
                let meta = m.shift_remove("metadata").unwrap_or(json!({}));
                m.insert("properties".into(), meta);
            }
            session.ui().print(&args.output, object_rows(&el))
        }
    }
}
