//! Connectors: the one body builder for create and (full) update.

use crate::api::types::{AccessType, Connector, ConnectorRequest};
use crate::api::{connectors, Client};
use crate::error::Result;
use serde_json::{json, Map, Value};

/// What a connector should be; `body` turns it into the request Onyx takes
/// for both create and update (an update replaces every field).
#[derive(Debug, Clone, PartialEq)]
pub struct ConnectorDraft {
    pub name: String,
    pub source: String,
    pub input_type: String,
    pub config: Map<String, Value>,
    pub refresh_freq: Option<i64>,
    pub prune_freq: Option<i64>,
    pub indexing_start: Option<String>,
    /// Onyx checks it against group rules only; the pairs carry their own.
    pub access: AccessType,
}

impl ConnectorDraft {
    /// A new connector, polled as Onyx does by default (`load_state`), public.
    pub fn new(name: impl Into<String>, source: impl Into<String>) -> Self {
        ConnectorDraft {
            name: name.into(),
            source: source.into(),
            input_type: "load_state".into(),
            config: Map::new(),
            refresh_freq: None,
            prune_freq: None,
            indexing_start: None,
            access: AccessType::Public,
        }
    }

    /// The draft that leaves `current` as it is: the start of every update.
    pub fn of(current: &Connector, access: AccessType) -> Self {
        ConnectorDraft {
            name: current.name.clone(),
            source: current.source.clone(),
            input_type: current.input_type.clone().unwrap_or_else(|| "load_state".into()),
            config: current
                .connector_specific_config
                .as_object()
                .cloned()
                .unwrap_or_default(),
            refresh_freq: current.refresh_freq,
            prune_freq: current.prune_freq,
            indexing_start: current
                .rest
                .get("indexing_start")
                .and_then(Value::as_str)
                .map(str::to_string),
            access,
        }
    }

    /// A file connector over files already uploaded (`ids` as the server
    /// stored them, `names` as the person sees them).
    pub fn files(name: &str, access: AccessType, ids: &[String], names: &[String]) -> Self {
        let mut draft = ConnectorDraft::new(name, "file");
        draft.access = access;
        set_files(&mut draft.config, ids, names, None);
        draft
    }

    pub fn body(&self) -> ConnectorRequest {
        ConnectorRequest {
            name: self.name.clone(),
            source: self.source.clone(),
            input_type: self.input_type.clone(),
            connector_specific_config: Value::Object(self.config.clone()),
            refresh_freq: self.refresh_freq,
            prune_freq: self.prune_freq,
            indexing_start: self.indexing_start.clone(),
            access_type: self.access.clone(),
            groups: vec![],
        }
    }
}

/// Points a file connector's config at uploaded files.
pub fn set_files(config: &mut Map<String, Value>, ids: &[String], names: &[String], zip_metadata: Option<String>) {
    config.insert("file_locations".into(), json!(ids));
    config.insert("file_names".into(), json!(names));
    config.insert("zip_metadata_file_id".into(), json!(zip_metadata));
}

/// Creates the connector and returns its id.
pub fn create(client: &Client, draft: &ConnectorDraft) -> Result<i64> {
    Ok(connectors::create(client, &draft.body())?.id)
}

/// Replaces connector `id` with `draft`.
pub fn update(client: &Client, id: i64, draft: &ConnectorDraft) -> Result<Connector> {
    Ok(connectors::update(client, id, &draft.body())?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_update_starts_from_the_connector_as_it_is() {
        let current: Connector = serde_json::from_value(json!({
            "id": 7, "name": "wiki", "source": "web", "input_type": "poll",
            "connector_specific_config": {"base_url": "https://wiki"},
            "refresh_freq": 3600, "prune_freq": null, "credential_ids": [1],
            "indexing_start": "2024-01-01T00:00:00Z"
        }))
        .unwrap();
        let body = serde_json::to_value(ConnectorDraft::of(&current, AccessType::Private).body()).unwrap();
        assert_eq!(
            body,
            json!({
                "name": "wiki", "source": "web", "input_type": "poll",
                "connector_specific_config": {"base_url": "https://wiki"},
                "refresh_freq": 3600, "prune_freq": null,
                "indexing_start": "2024-01-01T00:00:00Z",
                "access_type": "private", "groups": []
            })
        );
    }

    #[test]
    fn a_file_connector_points_at_its_uploaded_files() {
        let ids = ["f1".to_string()];
        let names = ["a.md".to_string()];
        let body = ConnectorDraft::files("docs", AccessType::Public, &ids, &names).body();
        assert_eq!((body.source.as_str(), body.input_type.as_str()), ("file", "load_state"));
        assert_eq!(
            body.connector_specific_config,
            json!({"file_locations": ["f1"], "file_names": ["a.md"], "zip_metadata_file_id": null})
        );
    }
}
