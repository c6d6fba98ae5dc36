//! Request and response types, named as in the Onyx API (v4.6.1). Response
//! types keep the fields a command uses and carry every other field in
//! `rest`, so a caller can show what the server sent, not a trimmed copy.

use serde::{Deserialize, Serialize};

mod chat;
mod connectors;
mod identity;

pub use chat::*;
pub use connectors::*;
pub use identity::*;

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
