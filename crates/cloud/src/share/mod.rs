//! The local Manila, with Manila's layering: `api` (validation,
//! microversions, policy, views), `scheduler` (filters and weighers),
//! `manager` (the state machine and share-server matching by key),
//! `driver` (the back end, which fetches keys out of band) and `quota`;
//! `placement` (where a new share goes: pool and server, matched by key),
//! `rows` (the state machine's rows and look-ups) and `populate`
//! (benchmark seeding).

pub mod api;
pub mod driver;
pub mod manager;
pub mod models;
pub mod placement;
pub mod populate;
pub mod quota;
pub mod rows;
pub mod scheduler;
pub mod security;
pub mod views;
