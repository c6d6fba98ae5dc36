//! Documents: search and exact chunk text (REFERENCE §2.12–2.13).

use super::error::Result;
use super::types::{ChunkInfo, SearchRequest, SearchResponse};
use super::Client;

/// `GET /document/chunk-info?document_id=…&chunk_id=…`: the stored text of one chunk.
pub fn chunk_info(client: &Client, document_id: &str, chunk_id: i64) -> Result<ChunkInfo> {
    let query = [
        ("document_id".to_string(), document_id.to_string()),
        ("chunk_id".to_string(), chunk_id.to_string()),
    ];
    client.get("/document/chunk-info", &query)
}

/// `POST /search`: the sections the search pipeline selects, without an answer.
pub fn search(client: &Client, request: &SearchRequest) -> Result<SearchResponse> {
    client.post("/search", request)
}
