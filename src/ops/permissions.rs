//! Which permission model a server has (v4.6's roles or main's groups), found
//! once per server and remembered beside the API prefix, and the groups a key
//! may be given on a group server, by name or id.

use crate::api::types::{ApiKey, GroupRef, PermissionModel, UserInfo};
use crate::api::{api_keys, auth, Client};
use crate::error::{Error, Result};

/// The server's model: remembered, else found from `/me` (and `/version`).
/// A server that answers neither is taken to have roles, as every server had
/// before, and that guess is not remembered; `api-key create` checks the
/// answer for groups anyway.
pub fn model(client: &Client) -> PermissionModel {
    if let Some(model) = crate::state::cached_permission_model(client.base_url()) {
        return model;
    }
    match auth::me(client) {
        Ok(me) => detect(client, &me).0,
        Err(_) => match auth::version(client) {
            Ok(version) => {
                let model = model_of_version(Some(&version.backend_version));
                remember(client, model);
                model
            }
            Err(_) => PermissionModel::Roles,
        },
    }
}

/// The model `/me` shows (the version decides when it shows neither), and the
/// server version when it had to be asked; remembered for next time.
pub fn detect(client: &Client, me: &UserInfo) -> (PermissionModel, Option<String>) {
    let (model, version) = match me.permission_model() {
        Some(model) => (model, None),
        None => {
            let version = auth::version(client).ok().map(|v| v.backend_version);
            (model_of_version(version.as_deref()), version)
        }
    };
    remember(client, model);
    (model, version)
}

/// What a listing showed outright wins over what was remembered (a server
/// upgraded from v4.6 to main, say).
pub fn remember(client: &Client, model: PermissionModel) {
    crate::state::cache_permission_model(client.base_url(), model);
}

/// The model keys' own fields show, when any key shows one.
pub fn model_of_keys(keys: &[ApiKey]) -> Option<PermissionModel> {
    keys.iter().find_map(ApiKey::permission_model)
}

/// Releases up to v4.6 have roles; v4.7 and later (and builds named after a
/// branch, `nightly-latest-…`, which are main) have groups.
pub fn model_of_version(version: Option<&str>) -> PermissionModel {
    let Some(version) = version else {
        return PermissionModel::Groups;
    };
    let numbers: Vec<u64> = version
        .trim_start_matches('v')
        .split(['.', '-', '+'])
        .take(2)
        .map_while(|part| part.parse().ok())
        .collect();
    match numbers[..] {
        [major, minor] if (major, minor) < (4, 7) => PermissionModel::Roles,
        [major] if major < 4 => PermissionModel::Roles,
        _ => PermissionModel::Groups,
    }
}

/// The default groups every group server has (migration 977e834c1427), in the
/// order it creates them.
pub const DEFAULT_GROUPS: [&str; 2] = ["Admin", "Basic"];

/// A group as the user named it, settled to the server's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChosenGroup {
    pub id: i64,
    /// The name the server will show for it, when known.
    pub name: Option<String>,
    /// The id is only the fresh-install numbering of a default group.
    pub guessed: bool,
}

/// Settles each `--group` (a name, any case, or an id) to an id. Groups are
/// read where a community server shows them (existing keys, then the group
/// list of the enterprise code, then users' groups); a default group found
/// nowhere takes its fresh-install id, marked `guessed`. The caller checks
/// the server's answer shows each group.
pub fn choose_groups(client: &Client, wanted: &[String], keys: &[ApiKey]) -> Result<Vec<ChosenGroup>> {
    let mut known: Vec<GroupRef> = keys.iter().flat_map(|k| k.groups.clone().unwrap_or_default()).collect();
    let mut sources = [lookup_group_list as fn(&Client) -> Vec<GroupRef>, lookup_users_groups].into_iter();
    loop {
        let settled: Option<Vec<ChosenGroup>> = wanted.iter().map(|w| find(&known, w)).collect();
        if let Some(settled) = settled {
            return Ok(settled);
        }
        match sources.next() {
            Some(source) => known.extend(source(client)),
            None => break,
        }
    }
    wanted
        .iter()
        .map(|w| {
            find(&known, w)
                .or_else(|| guess_default(&known, w))
                .ok_or_else(|| unknown_group(&known, w))
        })
        .collect()
}

fn find(known: &[GroupRef], wanted: &str) -> Option<ChosenGroup> {
    let by_name = known.iter().find(|g| g.name.eq_ignore_ascii_case(wanted));
    let by_id = wanted.parse::<i64>().ok();
    match (by_name, by_id) {
        (Some(group), _) => Some(ChosenGroup {
            id: group.id,
            name: Some(group.name.clone()),
            guessed: false,
        }),
        (None, Some(id)) => Some(ChosenGroup {
            id,
            name: known.iter().find(|g| g.id == id).map(|g| g.name.clone()),
            guessed: false,
        }),
        (None, None) => None,
    }
}

/// Admin is created first, Basic right after it: a fresh install has 1 and 2.
fn guess_default(known: &[GroupRef], wanted: &str) -> Option<ChosenGroup> {
    let position = DEFAULT_GROUPS.iter().position(|d| d.eq_ignore_ascii_case(wanted))? as i64;
    let admin = known.iter().find(|g| g.name == "Admin").map(|g| g.id).unwrap_or(1);
    let id = admin + position;
    if known.iter().any(|g| g.id == id) {
        return None;
    }
    Some(ChosenGroup {
        id,
        name: Some(DEFAULT_GROUPS[position as usize].to_string()),
        guessed: true,
    })
}

fn unknown_group(known: &[GroupRef], wanted: &str) -> Error {
    let mut names: Vec<String> = known.iter().map(|g| format!("{} (id {})", g.name, g.id)).collect();
    names.sort();
    names.dedup();
    let found = if names.is_empty() {
        "no group could be read".to_string()
    } else {
        format!("groups found: {}", names.join(", "))
    };
    Error::NotFound(format!(
        "no group '{wanted}' on this server ({found}); pass the group's id (--group ID), as the admin web UI shows it"
    ))
}

/// The enterprise code's list; a community server answers 404, a stock
/// unlicensed one may refuse: both only mean "not here".
fn lookup_group_list(client: &Client) -> Vec<GroupRef> {
    api_keys::user_groups(client)
        .map(|groups| {
            groups
                .into_iter()
                .map(|g| GroupRef { id: g.id, name: g.name })
                .collect()
        })
        .unwrap_or_default()
}

fn lookup_users_groups(client: &Client) -> Vec<GroupRef> {
    api_keys::users_with_groups(client)
        .map(|users| users.into_iter().flat_map(|u| u.groups).collect())
        .unwrap_or_default()
}

/// The permission a group server checks on a route: named by the server's
/// message when it names one (`manage:connectors`), else the one main's
/// routers require there (`ROUTE_PERMISSIONS`).
pub fn needed_for(method: &str, url: &str, message: &str) -> Option<String> {
    let named = message
        .split(|c: char| !(c.is_ascii_lowercase() || c == '_' || c == ':'))
        .find(|word| {
            let mut parts = word.split(':');
            matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None) if !a.is_empty() && !b.is_empty())
        });
    if let Some(named) = named {
        return Some(named.to_string());
    }
    // The URL holds the API base too (`/api` on Cloud): a route matches the
    // end of its path, and the longest route that does wins.
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let segments: Vec<&str> = path.split('/').skip(1).filter(|s| !s.is_empty()).collect();
    ROUTE_PERMISSIONS
        .iter()
        .filter(|(m, _, _)| m.eq_ignore_ascii_case(method))
        .filter_map(|(_, route, permission)| {
            let parts: Vec<&str> = route.split('/').filter(|s| !s.is_empty()).collect();
            let tail = segments
                .len()
                .checked_sub(parts.len())
                .map(|start| &segments[start..])?;
            let fits = parts
                .iter()
                .zip(tail)
                .all(|(part, seg)| part == seg || (part.starts_with('{') && part.ends_with('}')));
            fits.then_some((parts.len(), *permission))
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, permission)| permission.to_string())
}

/// `(method, route, permission)`: what Onyx main checks on the routes this
/// client calls (`require_permission` in its routers at a7d66a8b; a route
/// not listed needs no permission, or one this table does not know).
const ROUTE_PERMISSIONS: &[(&str, &str, &str)] = &[
    ("GET", "/admin/api-key", "manage:service_account_api_keys"),
    ("POST", "/admin/api-key", "manage:service_account_api_keys"),
    (
        "DELETE",
        "/admin/api-key/{api_key_id}",
        "manage:service_account_api_keys",
    ),
    (
        "PATCH",
        "/admin/api-key/{api_key_id}",
        "manage:service_account_api_keys",
    ),
    (
        "POST",
        "/admin/api-key/{api_key_id}/regenerate",
        "manage:service_account_api_keys",
    ),
    ("GET", "/admin/llm/provider", "manage:llms"),
    ("PUT", "/admin/llm/provider", "manage:llms"),
    ("GET", "/admin/llm/provider-contextual-cost", "manage:llms"),
    ("DELETE", "/admin/llm/provider/{provider_id}", "manage:llms"),
    ("PATCH", "/chat/chat-session/{session_id}", "basic"),
    ("GET", "/chat/chat-session/{session_id}/resume-stream", "read:chat"),
    ("POST", "/chat/create-chat-session", "write:chat"),
    ("DELETE", "/chat/delete-all-chat-sessions", "basic"),
    ("DELETE", "/chat/delete-chat-session/{session_id}", "basic"),
    ("POST", "/chat/end-incognito-session/{session_id}", "basic"),
    ("GET", "/chat/get-chat-session/{session_id}", "read:chat"),
    ("GET", "/chat/get-user-chat-sessions", "read:chat"),
    ("GET", "/chat/incognito-availability", "basic"),
    ("GET", "/chat/max-selected-document-tokens", "basic"),
    ("PUT", "/chat/rename-chat-session", "basic"),
    ("GET", "/chat/search", "read:chat"),
    ("POST", "/chat/seed-chat-session-from-slack", "basic"),
    ("POST", "/chat/send-chat-message", "write:chat"),
    ("PUT", "/chat/set-message-as-latest", "basic"),
    ("PUT", "/chat/set-preferred-response", "basic"),
    ("POST", "/chat/stop-chat-session/{chat_session_id}", "write:chat"),
    ("PUT", "/chat/update-chat-session-model", "basic"),
    ("PUT", "/chat/update-chat-session-reasoning", "basic"),
    ("PUT", "/chat/update-chat-session-temperature", "basic"),
    ("GET", "/document/chunk-info", "basic"),
    ("GET", "/document/document-size-info", "basic"),
    ("GET", "/manage/admin/cc-pair/{cc_pair_id}", "read:connectors"),
    ("GET", "/manage/admin/cc-pair/{cc_pair_id}/errors", "read:connectors"),
    (
        "GET",
        "/manage/admin/cc-pair/{cc_pair_id}/external-group-sync-attempts",
        "read:connectors",
    ),
    (
        "GET",
        "/manage/admin/cc-pair/{cc_pair_id}/get-docs-sync-status",
        "read:connectors",
    ),
    (
        "GET",
        "/manage/admin/cc-pair/{cc_pair_id}/index-attempts",
        "read:connectors",
    ),
    (
        "GET",
        "/manage/admin/cc-pair/{cc_pair_id}/last_pruned",
        "read:connectors",
    ),
    ("PUT", "/manage/admin/cc-pair/{cc_pair_id}/name", "manage:connectors"),
    (
        "GET",
        "/manage/admin/cc-pair/{cc_pair_id}/permission-sync-attempts",
        "read:connectors",
    ),
    (
        "PUT",
        "/manage/admin/cc-pair/{cc_pair_id}/property",
        "manage:connectors",
    ),
    ("POST", "/manage/admin/cc-pair/{cc_pair_id}/prune", "manage:connectors"),
    ("PUT", "/manage/admin/cc-pair/{cc_pair_id}/status", "manage:connectors"),
    (
        "GET",
        "/manage/admin/cc-pair/{cc_pair_id}/sync-groups",
        "read:connectors",
    ),
    (
        "POST",
        "/manage/admin/cc-pair/{cc_pair_id}/sync-groups",
        "manage:connectors",
    ),
    (
        "GET",
        "/manage/admin/cc-pair/{cc_pair_id}/sync-permissions",
        "read:connectors",
    ),
    (
        "POST",
        "/manage/admin/cc-pair/{cc_pair_id}/sync-permissions",
        "manage:connectors",
    ),
    ("GET", "/manage/admin/connector", "manage:connectors"),
    ("POST", "/manage/admin/connector", "manage:connectors"),
    (
        "POST",
        "/manage/admin/connector-with-mock-credential",
        "manage:connectors",
    ),
    (
        "GET",
        "/manage/admin/connector/failed-indexing-status",
        "manage:connectors",
    ),
    ("POST", "/manage/admin/connector/file/upload", "manage:connectors"),
    (
        "PUT",
        "/manage/admin/connector/gmail/service-account-credential",
        "manage:connectors",
    ),
    (
        "GET",
        "/manage/admin/connector/google-drive/check-auth/{credential_id}",
        "manage:connectors",
    ),
    (
        "PUT",
        "/manage/admin/connector/google-drive/service-account-credential",
        "manage:connectors",
    ),
    ("POST", "/manage/admin/connector/indexing-status", "manage:connectors"),
    ("POST", "/manage/admin/connector/run-once", "manage:connectors"),
    ("GET", "/manage/admin/connector/status", "read:connectors"),
    ("DELETE", "/manage/admin/connector/{connector_id}", "manage:connectors"),
    ("PATCH", "/manage/admin/connector/{connector_id}", "manage:connectors"),
    (
        "GET",
        "/manage/admin/connector/{connector_id}/files",
        "manage:connectors",
    ),
    (
        "POST",
        "/manage/admin/connector/{connector_id}/files/update",
        "manage:connectors",
    ),
    ("GET", "/manage/admin/credential", "manage:connectors"),
    (
        "PUT",
        "/manage/admin/credential/private-key/{credential_id}",
        "manage:connectors",
    ),
    ("PUT", "/manage/admin/credential/swap", "manage:connectors"),
    (
        "DELETE",
        "/manage/admin/credential/{credential_id}",
        "manage:connectors",
    ),
    ("PUT", "/manage/admin/credential/{credential_id}", "manage:connectors"),
    ("POST", "/manage/admin/deletion-attempt", "manage:connectors"),
    ("PATCH", "/manage/admin/document-set", "manage:document_sets"),
    ("POST", "/manage/admin/document-set", "manage:document_sets"),
    (
        "DELETE",
        "/manage/admin/document-set/{document_set_id}",
        "manage:document_sets",
    ),
    ("GET", "/manage/connector", "read:connectors"),
    ("POST", "/manage/connector-request", "basic"),
    ("GET", "/manage/connector/gmail/authorize/{credential_id}", "basic"),
    ("GET", "/manage/connector/gmail/callback", "basic"),
    (
        "GET",
        "/manage/connector/google-drive/authorize/{credential_id}",
        "basic",
    ),
    ("GET", "/manage/connector/google-drive/callback", "basic"),
    ("GET", "/manage/connector/{connector_id}", "read:connectors"),
    (
        "DELETE",
        "/manage/connector/{connector_id}/credential/{credential_id}",
        "basic",
    ),
    (
        "PUT",
        "/manage/connector/{connector_id}/credential/{credential_id}",
        "manage:connectors",
    ),
    ("GET", "/manage/credential", "basic"),
    ("POST", "/manage/credential", "manage:connectors"),
    ("DELETE", "/manage/credential/force/{credential_id}", "basic"),
    ("POST", "/manage/credential/private-key", "manage:connectors"),
    ("DELETE", "/manage/credential/{credential_id}", "basic"),
    ("GET", "/manage/credential/{credential_id}", "basic"),
    ("PATCH", "/manage/credential/{credential_id}", "basic"),
    ("GET", "/manage/document-set", "basic"),
    ("GET", "/manage/document-set-public", "basic"),
    ("GET", "/me/permissions", "basic"),
    ("GET", "/onyx-api/ingestion", "manage:connectors"),
    ("POST", "/onyx-api/ingestion", "manage:connectors"),
    ("DELETE", "/onyx-api/ingestion/{document_id}", "manage:connectors"),
    ("POST", "/persona", "add:agents"),
    ("GET", "/persona/labels", "basic"),
    ("POST", "/persona/labels", "basic"),
    ("DELETE", "/persona/{persona_id}", "add:agents"),
    ("PATCH", "/persona/{persona_id}", "basic"),
    ("GET", "/persona/{persona_id}/avatar", "basic"),
    ("PATCH", "/persona/{persona_id}/public", "basic"),
    ("PATCH", "/persona/{persona_id}/share", "basic"),
    ("DELETE", "/persona/{persona_id}/share/me", "basic"),
    ("POST", "/persona/{persona_id}/transfer-ownership", "basic"),
    ("POST", "/search", "read:search"),
    ("POST", "/search/search-flow-classification", "read:search"),
    ("GET", "/search/search-history", "read:search"),
    ("POST", "/search/send-search-message", "read:search"),
    ("POST", "/user/pats", "create:user_api_keys"),
];

/// A key's groups as a person reads them: `Admin, Basic`, or `none`.
pub fn group_names(groups: &[GroupRef]) -> String {
    if groups.is_empty() {
        "none".into()
    } else {
        groups.iter().map(|g| g.name.as_str()).collect::<Vec<_>>().join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_up_to_4_6_have_roles_and_later_ones_groups() {
        assert_eq!(model_of_version(Some("v4.6.1")), PermissionModel::Roles);
        assert_eq!(model_of_version(Some("4.5.0")), PermissionModel::Roles);
        assert_eq!(model_of_version(Some("v4.7.0-cloud.3")), PermissionModel::Groups);
        assert_eq!(
            model_of_version(Some("nightly-latest-20260822")),
            PermissionModel::Groups
        );
        assert_eq!(model_of_version(Some("v5.0.0")), PermissionModel::Groups);
    }

    #[test]
    fn the_permission_a_route_needs_is_the_servers_word_first() {
        let url = "http://h/api/manage/admin/connector";
        assert_eq!(needed_for("GET", url, "").as_deref(), Some("manage:connectors"));
        assert_eq!(
            needed_for("GET", url, "Missing permission: read:connectors").as_deref(),
            Some("read:connectors")
        );
        assert_eq!(
            needed_for("POST", "http://h/manage/admin/document-set", "").as_deref(),
            Some("manage:document_sets")
        );
        assert_eq!(
            needed_for(
                "GET",
                "http://h/persona",
                "You do not have the required permissions for this action."
            ),
            None
        );
    }

    #[test]
    fn a_default_group_found_nowhere_takes_its_fresh_install_id() {
        let known = vec![GroupRef {
            id: 4,
            name: "Admin".into(),
        }];
        assert_eq!(find(&known, "admin").unwrap().id, 4);
        let basic = guess_default(&known, "Basic").unwrap();
        assert_eq!((basic.id, basic.guessed), (5, true));
        assert_eq!(guess_default(&[], "Admin").unwrap().id, 1);
        assert!(guess_default(&known, "Engineering").is_none());
    }
}
