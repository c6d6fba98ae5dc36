//! Request and response types, named as in the Onyx API (v4.6.1). Response
//! types keep the fields a command uses and carry every other field in
//! `rest`, so `--json` prints what the server sent, not a trimmed copy.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

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

/// `GET /me` → `UserInfo`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct UserInfo {
    pub id: String,
    pub email: String,
    pub role: String,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
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
