//! Request and response types, named as in the Onyx API (v4.6.1). Response
//! types keep the fields a command uses and carry every other field in
//! `rest`, so a caller can show what the server sent, not a trimmed copy.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// One of the server's string enums: the values this client knows, and
/// `Other` for any value a newer server sends, kept as sent so it still
/// decodes and is serialized back unchanged.
macro_rules! server_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant,)*
            #[serde(untagged)]
            Other(String),
        }

        impl $name {
            /// The value as the server spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $($name::$variant => $text,)*
                    $name::Other(value) => value,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// `DocumentSource`: every source type the server knows (v4.6.1 and main
/// list the same ones), for checking `--source` before a request.
pub const DOCUMENT_SOURCES: &[&str] = &[
    "ingestion_api",
    "slack",
    "web",
    "google_drive",
    "gmail",
    "github",
    "gitbook",
    "gitlab",
    "guru",
    "bookstack",
    "outline",
    "confluence",
    "jira",
    "slab",
    "productboard",
    "file",
    "coda",
    "canvas",
    "notion",
    "zulip",
    "linear",
    "hubspot",
    "document360",
    "gong",
    "google_sites",
    "zendesk",
    "loopio",
    "box",
    "dropbox",
    "sharepoint",
    "teams",
    "salesforce",
    "discourse",
    "axero",
    "clickup",
    "mediawiki",
    "wikipedia",
    "asana",
    "s3",
    "r2",
    "google_cloud_storage",
    "oci_storage",
    "xenforo",
    "not_applicable",
    "discord",
    "freshdesk",
    "fireflies",
    "egnyte",
    "airtable",
    "highspot",
    "drupal_wiki",
    "imap",
    "bitbucket",
    "testrail",
    "braintrust",
    "lumapps",
    "mock_connector",
    "user_file",
    "craft_file",
];

server_enum! {
    /// `AccessType`: who may see what a connector or pair indexes.
    AccessType {
        Public = "public",
        Private = "private",
        Sync = "sync",
    }
}

server_enum! {
    /// `ConnectorCredentialPairStatus`.
    CcPairStatus {
        Scheduled = "SCHEDULED",
        InitialIndexing = "INITIAL_INDEXING",
        Active = "ACTIVE",
        Paused = "PAUSED",
        Deleting = "DELETING",
        Invalid = "INVALID",
    }
}

server_enum! {
    /// `IndexingStatus`: how an index attempt went.
    IndexingStatus {
        NotStarted = "not_started",
        InProgress = "in_progress",
        Success = "success",
        Canceled = "canceled",
        Interrupted = "interrupted",
        Failed = "failed",
        CompletedWithErrors = "completed_with_errors",
    }
}

/// `StatusResponse[T]`: `{"success", "message", "data"}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StatusResponse<T> {
    pub success: bool,
    #[serde(default)]
    pub message: Option<String>,
    pub data: Option<T>,
}

/// `GET /version`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VersionResponse {
    pub backend_version: String,
}

/// How a server decides what a caller may do: v4.6's roles, or the
/// group-based permissions of Onyx main (what Onyx Cloud runs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PermissionModel {
    /// `role` on users and keys (`basic`, `admin`, `curator`, …): Onyx up to v4.6.
    Roles,
    /// Users and keys are put in groups (`Admin`, `Basic`, …) whose
    /// permissions (`manage:connectors`, …) add up: Onyx main and Cloud.
    Groups,
}

impl PermissionModel {
    pub fn as_str(self) -> &'static str {
        match self {
            PermissionModel::Roles => "roles",
            PermissionModel::Groups => "groups",
        }
    }
}

/// `GET /me` → `UserInfo`: `role` on a role server, `account_type` and
/// `effective_permissions` on a group server.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserInfo {
    pub id: String,
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_permissions: Option<Vec<String>>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

impl UserInfo {
    /// The model this answer shows, or `None` when it has neither field
    /// (a server newer than both, say; its version decides then).
    pub fn permission_model(&self) -> Option<PermissionModel> {
        if self.role.is_some() {
            Some(PermissionModel::Roles)
        } else if self.effective_permissions.is_some() || self.account_type.is_some() {
            Some(PermissionModel::Groups)
        } else {
            None
        }
    }
}

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

/// `ObjectCreationIdResponse`: `{"id", "credential"}` (connector and credential create).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ObjectCreated {
    pub id: i64,
    #[serde(default)]
    pub credential: Option<Value>,
}

/// `ConnectorUpdateRequest`: the body of connector create and (full) update.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConnectorRequest {
    pub name: String,
    pub source: String,
    pub input_type: String,
    pub connector_specific_config: Value,
    pub refresh_freq: Option<i64>,
    pub prune_freq: Option<i64>,
    pub indexing_start: Option<String>,
    pub access_type: AccessType,
    pub groups: Vec<i64>,
}

/// `ConnectorSnapshot`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Connector {
    pub id: i64,
    pub name: String,
    pub source: String,
    pub input_type: Option<String>,
    #[serde(default)]
    pub connector_specific_config: Value,
    #[serde(default)]
    pub refresh_freq: Option<i64>,
    #[serde(default)]
    pub prune_freq: Option<i64>,
    #[serde(default)]
    pub credential_ids: Vec<i64>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `CredentialBase`: the body of credential create.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CredentialRequest {
    pub credential_json: Value,
    pub admin_public: bool,
    pub source: String,
    pub name: Option<String>,
    pub curator_public: bool,
    pub groups: Vec<i64>,
}

/// `CredentialSnapshot` (secret values may come back masked).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Credential {
    pub id: i64,
    pub source: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub admin_public: bool,
    #[serde(default)]
    pub credential_json: Value,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `ConnectorCredentialPairMetadata`: the body of the pairing call.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CcPairRequest {
    pub name: String,
    pub access_type: AccessType,
    pub groups: Vec<i64>,
}

/// `CCPairFullInfo` (GET /manage/admin/cc-pair/{id}).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CcPair {
    pub id: i64,
    pub name: String,
    pub status: CcPairStatus,
    #[serde(default)]
    pub num_docs_indexed: i64,
    pub connector: Connector,
    pub credential: Credential,
    #[serde(default)]
    pub access_type: Option<AccessType>,
    #[serde(default)]
    pub indexing: bool,
    #[serde(default)]
    pub last_index_attempt_status: Option<IndexingStatus>,
    #[serde(default)]
    pub last_indexed: Option<String>,
    #[serde(default)]
    pub in_repeated_error_state: bool,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `ConnectorStatus` (GET /manage/admin/connector/status): one per cc-pair.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConnectorStatus {
    pub cc_pair_id: i64,
    pub name: Option<String>,
    pub connector: Connector,
    pub credential: Credential,
    #[serde(default)]
    pub access_type: Option<AccessType>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `IndexingStatusRequest` (all fields optional on the server).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct IndexingStatusRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_filter: Option<String>,
    pub get_all_connectors: bool,
}

/// One source's page of `POST /manage/admin/connector/indexing-status`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IndexingStatusGroup {
    pub source: String,
    /// `ConnectorIndexingStatusLite` entries; federated entries (no `cc_pair_id`) are kept as JSON.
    #[serde(default)]
    pub indexing_statuses: Vec<Value>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `ConnectorIndexingStatusLite`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConnectorIndexingStatus {
    pub cc_pair_id: i64,
    pub name: Option<String>,
    pub source: String,
    #[serde(default)]
    pub cc_pair_status: Option<CcPairStatus>,
    #[serde(default)]
    pub in_progress: bool,
    #[serde(default)]
    pub last_finished_status: Option<IndexingStatus>,
    #[serde(default)]
    pub last_status: Option<IndexingStatus>,
    #[serde(default)]
    pub last_success: Option<String>,
    #[serde(default)]
    pub docs_indexed: i64,
    #[serde(default)]
    pub in_repeated_error_state: bool,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

/// `RunConnectorRequest`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunConnectorRequest {
    pub connector_id: i64,
    pub credential_ids: Option<Vec<i64>>,
    pub from_beginning: bool,
}

/// `FileUploadResponse`: parallel lists of file-store ids and names.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileUploadResponse {
    pub file_paths: Vec<String>,
    pub file_names: Vec<String>,
    #[serde(default)]
    pub zip_metadata_file_id: Option<String>,
}

/// `GET /manage/admin/connector/{id}/files` entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConnectorFile {
    pub file_id: String,
    pub file_name: String,
    #[serde(default)]
    pub file_size: Option<i64>,
    #[serde(default)]
    pub upload_date: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ConnectorFiles {
    pub files: Vec<ConnectorFile>,
}

/// `IndexAttemptSnapshot` page.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total_items: i64,
}

/// `DocumentSetSummary`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocumentSet {
    pub id: i64,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub cc_pair_summaries: Vec<CcPairSummary>,
    #[serde(default)]
    pub is_up_to_date: bool,
    #[serde(default)]
    pub is_public: bool,
    #[serde(default)]
    pub users: Vec<String>,
    #[serde(default)]
    pub groups: Vec<i64>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CcPairSummary {
    pub id: i64,
    pub name: Option<String>,
    pub source: String,
    #[serde(default)]
    pub access_type: Option<AccessType>,
}

/// `DocumentSetCreationRequest`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DocumentSetCreate {
    pub name: String,
    pub description: String,
    pub cc_pair_ids: Vec<i64>,
    pub is_public: bool,
    pub users: Vec<String>,
    pub groups: Vec<i64>,
}

/// `DocumentSetUpdateRequest`: a full replacement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentSetUpdate {
    pub id: i64,
    pub name: String,
    pub description: String,
    pub cc_pair_ids: Vec<i64>,
    pub is_public: bool,
    pub users: Vec<String>,
    pub groups: Vec<i64>,
}

/// `APIKeyArgs`: `{name, role}` on a role server (v4.6), `{name, group_ids}`
/// on a group server (main), which ignores `role` and makes a key without
/// permissions from it. Always send every field: the update is a full
/// replacement, and main takes a key out of all its groups when `group_ids`
/// is missing.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ApiKeyArgs {
    Role { name: Option<String>, role: String },
    Groups { name: Option<String>, group_ids: Vec<i64> },
}

/// `{id, name}`: a user group as keys and users list theirs (group servers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRef {
    pub id: i64,
    pub name: String,
}

/// `ApiKeyDescriptor`; `api_key` holds the secret only in create/regenerate
/// answers. `api_key_role` on a role server, `groups` on a group server.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ApiKey {
    pub api_key_id: i64,
    pub api_key_display: String,
    #[serde(default)]
    pub api_key: Option<String>,
    #[serde(default)]
    pub api_key_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key_role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<Vec<GroupRef>>,
    #[serde(default)]
    pub user_id: Option<String>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
}

impl ApiKey {
    /// The model the key's own fields show.
    pub fn permission_model(&self) -> Option<PermissionModel> {
        if self.groups.is_some() {
            Some(PermissionModel::Groups)
        } else if self.api_key_role.is_some() {
            Some(PermissionModel::Roles)
        } else {
            None
        }
    }
}

/// `GET /manage/user-groups/minimal` entry (EE code loaded).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MinimalUserGroup {
    pub id: i64,
    pub name: String,
    #[serde(default)]
    pub is_default: bool,
}

/// `FullUserSnapshot` as `GET /manage/users/accepted/all` lists it: only the
/// groups matter here (main lists each user's, default groups included).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserWithGroups {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub groups: Vec<GroupRef>,
}

/// `CreateTokenRequest`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PatRequest {
    pub name: String,
    pub expiration_days: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
}

/// `TokenResponse` / `CreatedTokenResponse` (`token` only on create).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Pat {
    pub id: i64,
    pub name: String,
    pub token_display: String,
    #[serde(default)]
    pub token: Option<String>,
    #[serde(default)]
    pub created_at: Option<String>,
    #[serde(default)]
    pub expires_at: Option<String>,
    #[serde(default)]
    pub last_used_at: Option<String>,
    #[serde(default)]
    pub scopes: Option<Vec<String>>,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_newer_servers_enum_values_still_decode_and_print_as_sent() {
        let known: CcPairStatus = serde_json::from_str("\"PAUSED\"").unwrap();
        assert_eq!(known, CcPairStatus::Paused);
        let newer: IndexingStatus = serde_json::from_str("\"queued_for_later\"").unwrap();
        assert_eq!(newer, IndexingStatus::Other("queued_for_later".into()));
        assert_eq!(serde_json::to_string(&newer).unwrap(), "\"queued_for_later\"");
        assert_eq!(serde_json::to_string(&AccessType::Sync).unwrap(), "\"sync\"");
        assert_eq!(AccessType::Private.to_string(), "private");
    }
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
