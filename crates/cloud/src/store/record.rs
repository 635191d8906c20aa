//! A typed record of one kind: how the services' models (`share::models`,
//! `keymanager::models`, `identity::models`) are read from and written as rows.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::Row;
use crate::LocalError;

/// A typed record of one kind: read from its row's body, written as a row
/// whose searched columns it sets.
pub trait Record: Serialize + DeserializeOwned {
    const KIND: &'static str;

    fn id(&self) -> &str;

    /// The kind's searched columns, set on its row (see `store`'s table).
    fn columns(&self, row: Row) -> Row;

    fn from_body(body: Value) -> Result<Self, LocalError> {
        Ok(serde_json::from_value(body)?)
    }

    fn from_row(row: &Row) -> Result<Self, LocalError> {
        Self::from_body(row.body.clone())
    }

    fn row(&self) -> Result<Row, LocalError> {
        let body = serde_json::to_value(self)?;
        Ok(self.columns(Row::new(Self::KIND, self.id().to_string(), body)))
    }
}

/// [`Record`] for kinds searched only by the columns `Row::new` sets from
/// the record (its project, name and status), with their ID in `id`.
macro_rules! plain_record {
    ($($model:ty => $kind:literal),* $(,)?) => {$(
        impl $crate::store::Record for $model {
            const KIND: &'static str = $kind;

            fn id(&self) -> &str {
                &self.id
            }

            fn columns(&self, row: $crate::store::Row) -> $crate::store::Row {
                row
            }
        }
    )*};
}
pub(crate) use plain_record;
