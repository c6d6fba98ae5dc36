//! End-to-end tests: the real binary against a mock Onyx server.
//!
//! One module per command group, named as the command; `errors` (HTTP and
//! transport failures, whatever the command) and `robustness` (arbitrary
//! server bytes) cut across them, `help` holds the help-text snapshot and
//! `exit_codes` checks the documented tables; snapshots live in snapshots/.

mod support;

mod acceptance;

mod agent;
mod api;
mod api_key;
mod apply;
mod ask;
mod auth;
mod cc_pair;
mod chat;
mod ci_recipe;
mod completions;
mod config;
mod connector;
mod credential;
mod doc;
mod docset;
mod doctor;
mod errors;
mod exit_codes;
mod help;
mod ingest;
mod man;
mod mcp;
mod model;
mod pat;
mod profile;
mod robustness;
mod search;
mod session;
