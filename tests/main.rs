//! End-to-end tests: the real binary against a mock Onyx server.

mod support;

mod api;
mod auth;
mod doc;
mod errors;
mod ingest;
