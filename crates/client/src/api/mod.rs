//! Service clients: each API call is a small function that builds a
//! [`Request`](crate::session::Request) and decodes the answer. They never print.

pub mod identity;
pub mod keymanager;
pub mod keyusage;
pub mod share;
