//! LLM providers and their models (REFERENCE §2.15).

use super::error::Result;
use super::types::LlmProviderList;
use super::Client;

/// `GET /llm/provider`: the providers the caller may use, their models, and the default.
pub fn providers(client: &Client) -> Result<LlmProviderList> {
    client.get("/llm/provider", &[])
}
