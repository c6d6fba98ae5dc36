//! Connector-credential pairs (REFERENCE §5.4, §5.6).

use super::error::Result;
use super::types::{CcPair, CcPairRequest, CcPairStatus, Page, StatusResponse};
use super::Client;
use serde_json::{json, Value};

/// `PUT /manage/connector/{connector_id}/credential/{credential_id}`: pairs
/// them and starts indexing. `success: false` with `data` = the connector id
/// means the pair existed already.
pub fn associate(
    client: &Client,
    connector_id: i64,
    credential_id: i64,
    request: &CcPairRequest,
) -> Result<StatusResponse<i64>> {
    client.put(
        &format!("/manage/connector/{connector_id}/credential/{credential_id}"),
        request,
    )
}

/// `GET /manage/admin/cc-pair/{cc_pair_id}`.
pub fn get(client: &Client, id: i64) -> Result<CcPair> {
    client.get(&format!("/manage/admin/cc-pair/{id}"), &[])
}

/// `PUT /manage/admin/cc-pair/{cc_pair_id}/status`: `PAUSED` or `ACTIVE`.
pub fn set_status(client: &Client, id: i64, status: CcPairStatus) -> Result<Value> {
    client.put(
        &format!("/manage/admin/cc-pair/{id}/status"),
        &json!({ "status": status }),
    )
}

/// `GET /manage/admin/cc-pair/{cc_pair_id}/errors`: unresolved indexing errors.
pub fn errors(client: &Client, id: i64, page_size: u32) -> Result<Page<Value>> {
    let query = [
        ("page_num".to_string(), "0".to_string()),
        ("page_size".to_string(), page_size.to_string()),
    ];
    client.get(&format!("/manage/admin/cc-pair/{id}/errors"), &query)
}

/// `POST /manage/admin/deletion-attempt`: deletes the pair and its documents in the background.
pub fn delete(client: &Client, connector_id: i64, credential_id: i64) -> Result<Value> {
    client.post(
        "/manage/admin/deletion-attempt",
        &json!({ "connector_id": connector_id, "credential_id": credential_id }),
    )
}
