//! End-to-end tests: the real binary against a mock Onyx server.

mod support;

mod api;
mod api_key;
mod apply;
mod ask;
mod auth;
mod ci_recipe;
mod connector;
mod doc;
mod docs;
mod docset;
mod errors;
mod ingest;
mod robustness;
mod session;
