//! Credentials (REFERENCE §5.3).

use super::error::Result;
use super::types::{Credential, CredentialRequest, ObjectCreated, StatusResponse};
use super::Client;

/// `GET /manage/credential`: includes the built-in public credential 0.
pub fn list(client: &Client) -> Result<Vec<Credential>> {
    client.get("/manage/credential", &[])
}

/// `GET /manage/credential/{credential_id}` (a missing one answers 401, sic).
pub fn get(client: &Client, id: i64) -> Result<Credential> {
    client.get(&format!("/manage/credential/{id}"), &[])
}

/// `POST /manage/credential`.
pub fn create(client: &Client, request: &CredentialRequest) -> Result<ObjectCreated> {
    client.post("/manage/credential", request)
}

/// `DELETE /manage/credential/{credential_id}`, or the `force/` variant that
/// also detaches it from connectors.
pub fn delete(client: &Client, id: i64, force: bool) -> Result<StatusResponse<i64>> {
    let path = if force {
        format!("/manage/credential/force/{id}")
    } else {
        format!("/manage/credential/{id}")
    };
    client.delete(&path, &[])
}
