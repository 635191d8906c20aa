//! `share availability zone list`.

use super::{headers, rows};
use crate::api::share as api;
use crate::cli::share::{AvailabilityCommand, ZoneCommand};
use crate::error::Result;
use crate::output::Data;
use crate::output::Print;
use crate::session::Session;

/// `share availability zone list`: columns as manilaclient names them (`Id`).
pub async fn availability_zones(session: &mut Session, cmd: &AvailabilityCommand) -> Result<()> {
    let AvailabilityCommand::Zone(ZoneCommand::List(args)) = cmd;
    let zones = api::availability_zones(session).await?;
    let columns = [
        ("Id", "id"),
        ("Name", "name"),
        ("Created At", "created_at"),
        ("Updated At", "updated_at"),
    ];
    session.ui().print(
        &args.output,
        Data::list(&headers(&columns), rows(&zones, &columns)),
    )
}
