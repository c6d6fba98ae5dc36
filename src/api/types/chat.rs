//! Asking: agents, the chat request and answer, sessions, search, ingested
//! documents and the LLM providers an answer may use.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// `GET /persona` → `MinimalPersonaSnapshot`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Persona {
    pub id: i64,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub tools: Vec<Tool>,
    #[serde(default = "default_true")]
    pub is_listed: bool,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `ToolSnapshot`, as listed inside a persona or by `GET /tool`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tool {
    pub id: i64,
    pub name: String,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

fn default_true() -> bool {
    true
}

/// `IngestionDocument`: one already-extracted document for `POST /onyx-api/ingestion`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IngestionDocument {
    pub document: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cc_pair_id: Option<i64>,
}

/// `IngestionResult`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IngestionResult {
    pub document_id: String,
    pub already_existed: bool,
}

/// `DocMinimalInfo`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocMinimalInfo {
    pub document_id: String,
    pub semantic_id: String,
    #[serde(default)]
    pub link: Option<String>,
}

/// `SearchDoc` (and `SavedSearchDoc`): one retrieved chunk of a document.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SearchDoc {
    pub document_id: String,
    #[serde(default)]
    pub chunk_ind: i64,
    #[serde(default)]
    pub semantic_identifier: String,
    #[serde(default)]
    pub link: Option<String>,
    #[serde(default)]
    pub blurb: String,
    #[serde(default)]
    pub source_type: String,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `TimeRange`: an inclusive window; either bound may be open.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct TimeRange {
    pub start: Option<String>,
    pub end: Option<String>,
}

/// `BaseFilters`: what the internal search may look at.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BaseFilters {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_type: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_set: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at_range: Option<TimeRange>,
}

/// `ChatSessionCreationRequest`, sent inline as `chat_session_info`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChatSessionCreationRequest {
    pub persona_id: i64,
    /// The session's name (`ChatSessionDetails.name` in the listing).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `MessageOrigin`: telemetry only; the server forces `api` for key callers anyway.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum MessageOrigin {
    Api,
}

/// `SendMessageRequest` for `POST /chat/send-chat-message`.
#[derive(Debug, Clone, Serialize)]
pub struct SendMessageRequest {
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chat_session_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chat_session_info: Option<ChatSessionCreationRequest>,
    /// `-1` appends after the latest message of the session.
    pub parent_message_id: i64,
    pub file_descriptors: Vec<Value>,
    pub origin: MessageOrigin,
    pub include_citations: bool,
    pub stream: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_search_filters: Option<BaseFilters>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub deep_research: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub additional_context: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub llm_override: Option<LlmOverride>,
}

/// `ToolCallResponse` inside a non-streamed answer.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ToolCallResponse {
    pub tool_name: String,
    #[serde(default)]
    pub tool_result: String,
    #[serde(default)]
    pub search_docs: Option<Vec<SearchDoc>>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// One `citation_info` entry: the LLM's `[n]` refers to `document_id`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct CitationInfo {
    pub citation_number: i64,
    pub document_id: String,
}

/// `ChatFullResponse`: the answer of `send-chat-message` with `stream: false`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChatFullResponse {
    #[serde(default)]
    pub answer: String,
    #[serde(default)]
    pub answer_citationless: String,
    #[serde(default)]
    pub pre_answer_reasoning: Option<String>,
    #[serde(default)]
    pub tool_calls: Vec<ToolCallResponse>,
    #[serde(default)]
    pub top_documents: Vec<SearchDoc>,
    #[serde(default)]
    pub citation_info: Vec<CitationInfo>,
    #[serde(default)]
    pub message_id: Option<i64>,
    #[serde(default)]
    pub chat_session_id: Option<String>,
    #[serde(default)]
    pub error_msg: Option<String>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `ChatSessionDetails`, one row of `GET /chat/get-user-chat-sessions`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChatSessionDetails {
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub persona_id: Option<i64>,
    #[serde(default)]
    pub time_created: String,
    #[serde(default)]
    pub time_updated: String,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `ChatSessionsResponse`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChatSessionsResponse {
    pub sessions: Vec<ChatSessionDetails>,
    #[serde(default)]
    pub has_more: bool,
}

/// `ChatMessageDetail`, one message of a stored session.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChatMessageDetail {
    pub message_id: i64,
    #[serde(default)]
    pub message: String,
    pub message_type: String,
    #[serde(default)]
    pub context_docs: Option<Vec<SearchDoc>>,
    /// `{"<n>": document_id}`; JSON object keys are strings.
    #[serde(default)]
    pub citations: Option<std::collections::BTreeMap<String, String>>,
    #[serde(default)]
    pub error: Option<String>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `ChatSessionDetailResponse` of `GET /chat/get-chat-session/{id}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChatSessionDetailResponse {
    pub chat_session_id: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub persona_id: Option<i64>,
    #[serde(default)]
    pub persona_name: Option<String>,
    #[serde(default)]
    pub messages: Vec<ChatMessageDetail>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `ChatRenameRequest`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChatRenameRequest {
    pub chat_session_id: String,
    pub name: Option<String>,
}

/// The answer of `PUT /chat/rename-chat-session`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RenameChatSessionResponse {
    pub new_name: String,
}

/// `GET /document/chunk-info` → the exact stored text of one chunk.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChunkInfo {
    pub content: String,
    #[serde(default)]
    pub num_tokens: Option<i64>,
}

/// `SearchRequest` for `POST /search`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchRequest {
    pub query: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_sets: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_cutoff: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub persona_id: Option<i64>,
}

/// `SearchResult`: one section the LLM would see.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchResult {
    #[serde(default)]
    pub citation_id: Option<i64>,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub content: String,
    #[serde(default)]
    pub link: Option<String>,
    #[serde(default)]
    pub source_type: String,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// The answer of `POST /search`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchResponse {
    pub results: Vec<SearchResult>,
}

/// `LLMProviderResponse[LLMProviderDescriptor]` from `GET /llm/provider`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LlmProviderList {
    pub providers: Vec<LlmProvider>,
    #[serde(default)]
    pub default_text: Option<DefaultModel>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `LLMProviderDescriptor`: a provider the caller may use, with its models.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LlmProvider {
    pub id: i64,
    /// The name `llm_override.model_provider` refers to (it may be null on the server).
    #[serde(default)]
    pub name: Option<String>,
    pub provider: String,
    #[serde(default)]
    pub provider_display_name: String,
    #[serde(default)]
    pub model_configurations: Vec<ModelConfiguration>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `ModelConfigurationView`: one model of a provider.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelConfiguration {
    #[serde(default)]
    pub id: Option<i64>,
    pub name: String,
    #[serde(default = "default_true")]
    pub is_visible: bool,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `DefaultModel`: which provider's model answers when nothing is chosen.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DefaultModel {
    pub provider_id: i64,
    pub model_name: String,
}

/// `LLMOverride` of `SendMessageRequest`: the model (and temperature) of one turn.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct LlmOverride {
    /// Routes unambiguously (provider names need not be unique); preferred by the server.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_configuration_id: Option<i64>,
    /// The provider's `name` (what the server looks providers up by).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_provider: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model_version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
}
