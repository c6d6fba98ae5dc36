//! What indexes: connectors, credentials, their pairs and indexing status,
//! uploaded files and document sets.

use super::*;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

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
