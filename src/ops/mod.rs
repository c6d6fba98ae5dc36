//! The domain steps several commands share (as cargo's `ops/`): resolve a
//! resource by id or name, build the one request body per resource, make sure
//! a resource exists, wait for the server, read "a file or -". No terminal,
//! no clap: a command calls these and hands the result to `output/`.

pub mod credential;
pub mod input;
pub mod resolve;
pub mod wait;
