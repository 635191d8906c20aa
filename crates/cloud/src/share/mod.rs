//! The local Manila, with Manila's layering: `api` (validation,
//! microversions, policy, views), `scheduler` (filters and weighers),
//! `manager` (the state machine and share-server matching by key),
//! `driver` (the back end, which fetches keys out of band) and `quota`.

pub mod api;
pub mod driver;
pub mod manager;
pub mod quota;
pub mod scheduler;
pub mod security;
pub mod views;
