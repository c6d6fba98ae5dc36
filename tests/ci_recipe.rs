//! docs/ci-recipe.md, run as written against a fake Onyx that remembers what was created.

use crate::support::openapi::Spec;
use crate::support::{example_json, main_body, pair_status, run_bash, Onyx};
use serde_json::{json, Value};
use std::path::Path;
use std::sync::{Arc, Mutex};
use wiremock::{Request, ResponseTemplate};

const NAME: &str = "ci-handbook";

#[derive(Default)]
pub struct World {
    credential: bool,
    connector: bool,
    pair: bool,
    pair_deleting: bool,
    docset: bool,
    docset_polls: u32,
    key: bool,
    indexing_polls: u32,
}

fn ok(value: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(value)
}

fn answer(spec: Spec, world: &Mutex<World>, request: &Request) -> ResponseTemplate {
    let mut w = world.lock().unwrap();
    let path = request.url.path();
    let id_path = |prefix: &str| path.starts_with(prefix) && path.len() > prefix.len();
    let mut credential = example_json("credential-list.json")[1].clone();
    credential["name"] = json!(NAME);
    let mut connector = example_json("connector-get.json");
    connector["name"] = json!(NAME);
    match (request.method.as_str(), path) {
        ("GET", "/manage/credential") => {
            let mut list = vec![example_json("credential-list.json")[0].clone()];
            if w.credential {
                list.push(credential);
            }
            ok(json!(list))
        }
        ("POST", "/manage/credential") => {
            w.credential = true;
            ok(json!({"id": 9, "credential": credential}))
        }
        ("DELETE", _) if id_path("/manage/credential/") => {
            w.credential = false;
            ok(json!({"success": true, "message": "Credential deleted successfully", "data": 9}))
        }
        ("GET", "/manage/connector") => ok(if w.connector { json!([connector]) } else { json!([]) }),
        ("GET", _) if id_path("/manage/connector/") => ok(connector),
        ("POST", "/manage/admin/connector/file/upload") => ok(example_json("connector-file-upload.response.json")),
        ("POST", "/manage/admin/connector") => {
            w.connector = true;
            ok(example_json("connector-create.response.json"))
        }
        ("DELETE", _) if id_path("/manage/admin/connector/") => {
            w.connector = false;
            ok(json!({"success": true, "message": "Connector deleted successfully", "data": 7}))
        }
        ("GET", "/manage/admin/connector/status") => {
            // A pair being deleted is listed once more, then gone.
            let listed = w.pair;
            if w.pair_deleting {
                w.pair = false;
                w.pair_deleting = false;
            }
            ok(if listed {
                json!([pair_status(12, NAME)])
            } else {
                json!([])
            })
        }
        ("PUT", "/manage/connector/7/credential/9") => {
            w.pair = true;
            ok(example_json("cc-pair-associate.response.json"))
        }
        ("GET", "/manage/admin/cc-pair/12") => ok(example_json("cc-pair-get.json")),
        ("GET", "/manage/admin/cc-pair/12/errors") => ok(json!({"items": [], "total_items": 0})),
        ("POST", "/manage/admin/connector/indexing-status") => {
            w.indexing_polls += 1;
            let mut groups = example_json("indexing-status.response.json");
            groups[0]["indexing_statuses"][0]["in_progress"] = json!(w.indexing_polls < 3);
            ok(groups)
        }
        ("POST", "/manage/admin/deletion-attempt") => {
            w.pair_deleting = true;
            ok(Value::Null)
        }
        ("GET", "/manage/document-set") => {
            if !w.docset {
                return ok(json!([]));
            }
            w.docset_polls += 1;
            let mut set = example_json("document-set-list.json")[0].clone();
            set["name"] = json!(NAME);
            set["description"] = json!("");
            set["cc_pair_summaries"] = json!([{"id": 12, "name": NAME, "source": "file", "access_type": "public"}]);
            set["is_up_to_date"] = json!(w.docset_polls > 2);
            ok(json!([set]))
        }
        ("POST", "/manage/admin/document-set") => {
            w.docset = true;
            ok(json!(2))
        }
        ("DELETE", "/manage/admin/document-set/2") => {
            w.docset = false;
            ok(Value::Null)
        }
        ("GET", "/me") => ok(match spec {
            Spec::V461 => example_json("me.json"),
            Spec::Main | Spec::MainEe => main_body("025-get-me-admin-key"),
        }),
        ("GET", "/version") => ok(match spec {
            Spec::V461 => example_json("version.json"),
            Spec::Main | Spec::MainEe => main_body("002-get-version"),
        }),
        // Main's community edition: no group routes; users show the default groups.
        ("GET", "/manage/users/accepted/all") if spec == Spec::Main => {
            ok(main_body("019-get-manage-users-accepted-all-two"))
        }
        ("GET", "/admin/api-key") => {
            let mut key = search_key(spec);
            key["api_key"] = Value::Null;
            key["api_key_name"] = json!(format!("{NAME}-search"));
            ok(if w.key { json!([key]) } else { json!([]) })
        }
        ("POST", "/admin/api-key") => {
            w.key = true;
            ok(search_key(spec))
        }
        ("DELETE", "/admin/api-key/5") => {
            w.key = false;
            ok(Value::Null)
        }
        _ => ResponseTemplate::new(404).set_body_json(json!({"detail": "Not Found"})),
    }
}

/// The search key as create answers it: a basic key (v4.6), a key in the
/// default Basic group (main), with the example's secret.
fn search_key(spec: Spec) -> Value {
    let mut key = example_json("api-key-create.response.json");
    if spec == Spec::Main {
        let mut main = main_body("021-post-admin-api-key-basic-group");
        main["api_key_id"] = key["api_key_id"].clone();
        main["api_key"] = key["api_key"].take();
        key = main;
    }
    key
}

/// A fake Onyx v4.6.1 that remembers what was created (names: `ci-handbook`).
pub fn fake_onyx() -> (Onyx, Arc<Mutex<World>>) {
    fake_onyx_of(Onyx::start())
}

/// The same fake as Onyx main (Cloud) answers: keys in groups.
pub fn fake_onyx_main() -> (Onyx, Arc<Mutex<World>>) {
    fake_onyx_of(Onyx::start_main())
}

/// Makes `onyx` (of either generation) the fake.
pub fn fake_onyx_of(onyx: Onyx) -> (Onyx, Arc<Mutex<World>>) {
    let world = Arc::new(Mutex::new(World::default()));
    let state = world.clone();
    let spec = onyx.spec();
    onyx.respond_all(move |request| answer(spec, &state, request));
    (onyx, world)
}

#[test]
fn the_ci_recipe_sets_up_reruns_and_tears_down() {
    let (onyx, world) = fake_onyx();
    recipe_sets_up_reruns_and_tears_down(&onyx, &world);
    assert_eq!(
        onyx.received_at("POST", "/admin/api-key")[0].json(),
        json!({"name": "ci-handbook-search", "role": "basic"})
    );
}

/// The same script on Onyx main (Cloud): the search key goes in the default
/// Basic group, found among the users' groups of the community edition.
#[test]
fn the_ci_recipe_sets_up_reruns_and_tears_down_on_main() {
    let (onyx, world) = fake_onyx_main();
    recipe_sets_up_reruns_and_tears_down(&onyx, &world);
    assert_eq!(
        onyx.received_at("POST", "/admin/api-key")[0].json(),
        json!({"name": "ci-handbook-search", "group_ids": [2]})
    );
}

fn recipe_sets_up_reruns_and_tears_down(onyx: &Onyx, world: &Mutex<World>) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ci-recipe.sh");
    let mut bash = run_bash(onyx, &script, &[("POLL", "0.05")]);
    let stdout = String::from_utf8_lossy(&bash.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&std::mem::take(&mut bash.stderr)).into_owned();
    assert!(bash.status.success(), "stdout:\n{stdout}\nstderr:\n{stderr}");

    let ids = "credential=9 connector=7 pair=12 docset=2";
    assert_eq!(stdout.matches(ids).count(), 2, "{stdout}");
    let secret = example_json("api-key-create.response.json")["api_key"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(stdout.matches(&secret).count(), 1, "the secret is shown once: {stdout}");

    let count = |method: &str, path: &str| onyx.received_at(method, path).len();
    // Created once although setup ran twice.
    assert_eq!(count("POST", "/manage/credential"), 1);
    assert_eq!(count("POST", "/manage/admin/connector/file/upload"), 1);
    assert_eq!(count("POST", "/manage/admin/connector"), 1);
    assert_eq!(
        count("PUT", "/manage/connector/{connector_id}/credential/{credential_id}"),
        1
    );
    assert_eq!(count("POST", "/manage/admin/document-set"), 1);
    assert_eq!(count("POST", "/admin/api-key"), 1);
    // Deleted once although teardown ran twice.
    assert_eq!(count("DELETE", "/admin/api-key/{api_key_id}"), 1);
    assert_eq!(count("DELETE", "/manage/admin/document-set/{document_set_id}"), 1);
    assert_eq!(count("POST", "/manage/admin/deletion-attempt"), 1);
    assert_eq!(count("DELETE", "/manage/admin/connector/{connector_id}"), 1);
    assert_eq!(count("DELETE", "/manage/credential/{credential_id}"), 1);

    let connector = onyx.received_at("POST", "/manage/admin/connector")[0].json();
    assert_eq!(
        connector["connector_specific_config"]["file_locations"],
        example_json("connector-file-upload.response.json")["file_paths"]
    );
    assert_eq!(
        onyx.received_at("POST", "/manage/admin/document-set")[0].json()["cc_pair_ids"],
        json!([12])
    );
    let w = world.lock().unwrap();
    assert!(
        !w.credential && !w.connector && !w.pair && !w.docset && !w.key,
        "everything is gone"
    );
}

#[test]
fn the_recipe_in_the_docs_is_the_tested_script() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("docs/ci-recipe.md")).unwrap();
    let script = std::fs::read_to_string(root.join("tests/fixtures/ci-recipe.sh")).unwrap();
    assert!(
        doc.contains(script.trim_end()),
        "docs/ci-recipe.md must embed tests/fixtures/ci-recipe.sh verbatim"
    );
}
