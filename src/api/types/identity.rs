//! Who is asking and with what: the server's version and permission model,
//! the caller (`/me`), API keys, groups and personal access tokens.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// `GET /version`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VersionResponse {
    pub backend_version: String,
}

/// `StatusResponse` of `GET /health`: `success` is true when the API is up.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HealthResponse {
    pub success: bool,
    #[serde(default)]
    pub message: String,
}

/// `UserSettings` of `GET /settings`: the instance's switches this client
/// explains failures with (`vector_db_enabled: false` → indexing routes 501).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InstanceSettings {
    #[serde(default)]
    pub vector_db_enabled: Option<bool>,
    #[serde(flatten)]
    pub rest: Map<String, Value>,
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
