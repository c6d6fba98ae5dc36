//! Connectors and their files (REFERENCE §5.1, §5.2, §5.5). Every route here
//! answers 501 on a deployment without a vector DB.

use super::error::{Error, Result};
use super::types::{
    Connector, ConnectorFiles, ConnectorIndexingStatus, ConnectorRequest, ConnectorStatus, FileUploadResponse,
    IndexingStatusGroup, IndexingStatusRequest, ObjectCreated, RunConnectorRequest, StatusResponse,
};
use super::{decode_json, CallOptions, Client};
use reqwest::multipart::{Form, Part};
use reqwest::Method;
use std::path::PathBuf;
use std::time::Duration;

/// A local file to upload, and the name the server should keep for it.
#[derive(Debug, Clone)]
pub struct UploadFile {
    pub path: PathBuf,
    pub name: String,
    pub mime: String,
}

/// The Content-Type a file's part is sent with: Onyx files the upload by it.
pub fn guess_mime(path: &std::path::Path) -> String {
    mime_guess::from_path(path)
        .first_or_octet_stream()
        .essence_str()
        .to_string()
}

/// `GET /manage/connector`: every connector the caller may curate.
pub fn list(client: &Client) -> Result<Vec<Connector>> {
    client.get("/manage/connector", &[])
}

/// `GET /manage/connector/{connector_id}`.
pub fn get(client: &Client, id: i64) -> Result<Connector> {
    client.get(&format!("/manage/connector/{id}"), &[])
}

/// `POST /manage/admin/connector`: creates a connector (no indexing until paired).
pub fn create(client: &Client, request: &ConnectorRequest) -> Result<ObjectCreated> {
    client.post("/manage/admin/connector", request)
}

/// `PATCH /manage/admin/connector/{connector_id}`: full replacement.
pub fn update(client: &Client, id: i64, request: &ConnectorRequest) -> Result<Connector> {
    client.patch(&format!("/manage/admin/connector/{id}"), request)
}

/// `DELETE /manage/admin/connector/{connector_id}`: removes the row (not its documents).
pub fn delete(client: &Client, id: i64) -> Result<StatusResponse<i64>> {
    client.delete(&format!("/manage/admin/connector/{id}"), &[])
}

/// `GET /manage/admin/connector/status`: one entry per connector-credential pair.
pub fn statuses(client: &Client) -> Result<Vec<ConnectorStatus>> {
    client.get("/manage/admin/connector/status", &[])
}

/// `POST /manage/admin/connector/indexing-status` (a POST that only reads; safe to retry).
pub fn indexing_status(client: &Client, request: &IndexingStatusRequest) -> Result<Vec<IndexingStatusGroup>> {
    let body = super::Body::Json(serde_json::to_value(request).expect("request serializes"));
    let call = CallOptions {
        retry_anyway: true,
        ..CallOptions::default()
    };
    let response = client.send(
        Method::POST,
        "/manage/admin/connector/indexing-status",
        &[],
        &body,
        call,
    )?;
    decode_json(response)
}

/// `POST /manage/admin/connector/run-once`: index now.
pub fn run_once(client: &Client, request: &RunConnectorRequest) -> Result<StatusResponse<i64>> {
    client.post("/manage/admin/connector/run-once", request)
}

/// `GET /manage/admin/connector/{connector_id}/files`: the files of a file connector.
pub fn files(client: &Client, id: i64) -> Result<ConnectorFiles> {
    client.get(&format!("/manage/admin/connector/{id}/files"), &[])
}

fn file_part(file: &UploadFile) -> Result<Part> {
    let io = |source| Error::Io {
        path: file.path.clone(),
        source,
    };
    let opened = std::fs::File::open(&file.path).map_err(io)?;
    let length = opened.metadata().map_err(io)?.len();
    // Streamed from disk as the socket takes it: the file is never held in memory.
    let part = Part::stream_with_length(super::transport::file_body(opened), length);
    part.file_name(file.name.clone())
        .mime_str(&file.mime)
        .map_err(|_| Error::BadMime {
            mime: file.mime.clone(),
            path: file.path.clone(),
        })
}

fn multipart(files: &[UploadFile], remove: Option<&[String]>) -> Result<Form> {
    let mut form = Form::new();
    for file in files {
        form = form.part("files", file_part(file)?);
    }
    if let Some(remove) = remove {
        form = form.text(
            "file_ids_to_remove",
            serde_json::to_string(remove).expect("ids serialize"),
        );
    }
    Ok(form)
}

/// `POST /manage/admin/connector/file/upload?unzip=false`: stores files for a
/// file connector (multipart field `files`). Not retried: a timeout after the
/// server stored the files is reconciled by the caller from the file list.
pub fn upload(client: &Client, files: &[UploadFile], timeout: Duration) -> Result<FileUploadResponse> {
    // Open every file before the request so an unreadable one fails alone and early.
    multipart(files, None)?;
    let query = [("unzip".to_string(), "false".to_string())];
    let call = CallOptions {
        timeout: Some(timeout),
        no_retry: true,
        ..CallOptions::default()
    };
    let response =
        client.send_with(
            Method::POST,
            "/manage/admin/connector/file/upload",
            &query,
            call,
            |r| match multipart(files, None) {
                Ok(form) => r.multipart(form),
                Err(_) => r,
            },
        )?;
    decode_json(response)
}

/// `POST /manage/admin/connector/{connector_id}/files/update`: adds `files` and
/// removes `remove` (file ids) in one call, then the server re-indexes.
pub fn update_files(
    client: &Client,
    id: i64,
    files: &[UploadFile],
    remove: &[String],
    timeout: Duration,
) -> Result<FileUploadResponse> {
    multipart(files, Some(remove))?;
    let call = CallOptions {
        timeout: Some(timeout),
        no_retry: true,
        ..CallOptions::default()
    };
    let path = format!("/manage/admin/connector/{id}/files/update");
    let response = client.send_with(Method::POST, &path, &[], call, |r| {
        match multipart(files, Some(remove)) {
            Ok(form) => r.multipart(form),
            Err(_) => r,
        }
    })?;
    decode_json(response)
}

/// The indexing status of the given pairs of one source, from
/// `POST /manage/admin/connector/indexing-status` (federated entries, which
/// have no `cc_pair_id`, are skipped).
pub fn pair_statuses(client: &Client, source: &str, pair_ids: &[i64]) -> Result<Vec<ConnectorIndexingStatus>> {
    let mut found = every_pair_status(client, Some(source))?;
    found.retain(|status| pair_ids.contains(&status.cc_pair_id));
    Ok(found)
}

/// The indexing status of every pair (of one source, when given).
pub fn every_pair_status(client: &Client, source: Option<&str>) -> Result<Vec<ConnectorIndexingStatus>> {
    let request = IndexingStatusRequest {
        source: source.map(str::to_string),
        name_filter: None,
        get_all_connectors: true,
    };
    let mut found = Vec::new();
    for group in indexing_status(client, &request)? {
        for raw in group.indexing_statuses {
            if let Ok(status) = serde_json::from_value::<ConnectorIndexingStatus>(raw) {
                found.push(status);
            }
        }
    }
    Ok(found)
}
