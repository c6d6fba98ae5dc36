//! End-to-end tests: the real binary against a mock Onyx server.

mod support;

mod api;
mod ask;
mod auth;
mod docs;
mod errors;
mod robustness;
mod session;
