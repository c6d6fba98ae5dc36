//! kill -9 at every request of an ingest: a first run, a re-ingest with a
//! change, and a prune. Whatever request the process dies in (its effect
//! applied on the server, the answer never read), one re-run converges and
//! every file is on the server exactly once, in one connector, one pair and
//! one document set.

use super::*;
use crate::support::openapi::multipart_parts;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use wiremock::{Request, ResponseTemplate};

/// A file-connector server that keeps what it was sent.
#[derive(Default)]
struct Files {
    next_id: i64,
    /// Uploaded files by id: (name, size).
    store: BTreeMap<String, (String, usize)>,
    /// Connectors: (id, name, file ids in order).
    connectors: Vec<(i64, String, Vec<String>)>,
    credentials: Vec<(i64, String)>,
    /// Pairs: (id, connector id, credential id, name).
    pairs: Vec<(i64, i64, i64, String)>,
    /// Document sets: (id, name, pair ids).
    sets: Vec<(i64, String, Vec<i64>)>,
}

impl Files {
    fn id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id + 100
    }

    fn connector_json(&self, index: usize) -> Value {
        let (id, name, files) = &self.connectors[index];
        let names: Vec<&str> = files.iter().map(|f| self.store[f].0.as_str()).collect();
        let mut c = example_json("connector-get.json");
        c["id"] = json!(id);
        c["name"] = json!(name);
        c["source"] = json!("file");
        c["connector_specific_config"] =
            json!({"file_locations": files, "file_names": names, "zip_metadata_file_id": null});
        c
    }

    fn credential_json(&self, id: i64, name: &str) -> Value {
        let mut c = example_json("credential-create.response.json")["credential"].clone();
        c["id"] = json!(id);
        c["name"] = json!(name);
        c["source"] = json!("file");
        c
    }

    /// Stores the `files` parts of a multipart upload; their ids and names.
    fn store_files(&mut self, request: &Request) -> (Vec<String>, Vec<String>, Vec<String>) {
        let content_type = request
            .headers
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        let boundary = content_type
            .split("boundary=")
            .nth(1)
            .unwrap()
            .trim_matches('"')
            .to_string();
        let (mut ids, mut names, mut removed) = (Vec::new(), Vec::new(), Vec::new());
        for part in multipart_parts(&request.body, &boundary) {
            if part.name == "files" {
                let id = format!("file-{}", self.id());
                let name = part.filename.unwrap_or_default();
                self.store.insert(id.clone(), (name.clone(), part.data.len()));
                ids.push(id);
                names.push(name);
            } else if part.name == "file_ids_to_remove" {
                removed = serde_json::from_slice(&part.data).unwrap_or_default();
            }
        }
        (ids, names, removed)
    }

    fn answer(&mut self, request: &Request) -> ResponseTemplate {
        let ok = |v: Value| ResponseTemplate::new(200).set_body_json(v);
        let path = request.url.path().to_string();
        let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        match (request.method.as_str(), parts.as_slice()) {
            ("GET", ["manage", "connector"]) => ok(json!((0..self.connectors.len())
                .map(|i| self.connector_json(i))
                .collect::<Vec<_>>())),
            ("POST", ["manage", "admin", "connector", "file", "upload"]) => {
                let (ids, names, _) = self.store_files(request);
                ok(json!({"file_paths": ids, "file_names": names, "zip_metadata_file_id": null}))
            }
            ("POST", ["manage", "admin", "connector"]) => {
                let body: Value = serde_json::from_slice(&request.body).unwrap();
                let id = self.id();
                let files: Vec<String> = body["connector_specific_config"]["file_locations"]
                    .as_array()
                    .map(|a| a.iter().map(|v| v.as_str().unwrap().to_string()).collect())
                    .unwrap_or_default();
                self.connectors
                    .push((id, body["name"].as_str().unwrap().to_string(), files));
                ok(json!({"success": true, "message": "Connector created", "data": null, "id": id}))
            }
            ("GET", ["manage", "credential"]) => ok(json!(self
                .credentials
                .iter()
                .map(|(id, name)| self.credential_json(*id, name))
                .collect::<Vec<_>>())),
            ("POST", ["manage", "credential"]) => {
                let body: Value = serde_json::from_slice(&request.body).unwrap();
                let id = self.id();
                let name = body["name"].as_str().unwrap().to_string();
                self.credentials.push((id, name.clone()));
                ok(json!({"id": id, "credential": self.credential_json(id, &name)}))
            }
            ("PUT", ["manage", "connector", connector, "credential", credential]) => {
                let (connector, credential): (i64, i64) = (connector.parse().unwrap(), credential.parse().unwrap());
                if self.pairs.iter().any(|p| p.1 == connector && p.2 == credential) {
                    return ok(json!({"success": false, "message": "Connector is already paired", "data": null}));
                }
                let body: Value = serde_json::from_slice(&request.body).unwrap();
                let id = self.id();
                self.pairs
                    .push((id, connector, credential, body["name"].as_str().unwrap().to_string()));
                ok(json!({"success": true, "message": "ok", "data": id}))
            }
            ("GET", ["manage", "admin", "connector", "status"]) => ok(json!(self
                .pairs
                .iter()
                .map(|(id, connector, credential, name)| {
                    let at = self.connectors.iter().position(|c| c.0 == *connector).unwrap();
                    let cred = self.credentials.iter().find(|c| c.0 == *credential).unwrap();
                    json!({"cc_pair_id": id, "name": name, "connector": self.connector_json(at),
                           "credential": self.credential_json(cred.0, &cred.1), "access_type": "public", "groups": []})
                })
                .collect::<Vec<_>>())),
            ("GET", ["manage", "admin", "connector", id, "files"]) => {
                let id: i64 = id.parse().unwrap();
                if !self.pairs.iter().any(|p| p.1 == id) {
                    return ResponseTemplate::new(404)
                        .set_body_json(json!({"detail": "No Connector-Credential Pair found for this connector"}));
                }
                let files = &self.connectors.iter().find(|c| c.0 == id).unwrap().2;
                ok(json!({"files": files.iter().map(|f| {
                    let (name, size) = &self.store[f];
                    json!({"file_id": f, "file_name": name, "file_size": size, "upload_date": "2025-06-02T09:10:12.448101+00:00"})
                }).collect::<Vec<_>>()}))
            }
            ("POST", ["manage", "admin", "connector", id, "files", "update"]) => {
                let id: i64 = id.parse().unwrap();
                if !self.pairs.iter().any(|p| p.1 == id) {
                    return ResponseTemplate::new(404)
                        .set_body_json(json!({"detail": "No Connector-Credential Pair found for this connector"}));
                }
                let (ids, names, removed) = self.store_files(request);
                let connector = self.connectors.iter_mut().find(|c| c.0 == id).unwrap();
                connector.2.retain(|f| !removed.contains(f));
                connector.2.extend(ids.iter().cloned());
                ok(json!({"file_paths": ids, "file_names": names, "zip_metadata_file_id": null}))
            }
            ("GET", ["manage", "document-set"]) => ok(json!(self
                .sets
                .iter()
                .map(|(id, name, pairs)| {
                    let mut set = example_json("document-set-list.json")[0].clone();
                    set["id"] = json!(id);
                    set["name"] = json!(name);
                    set["is_up_to_date"] = json!(true);
                    set["cc_pair_summaries"] = json!(pairs
                        .iter()
                        .map(|p| json!({"id": p, "name": "p", "source": "file", "access_type": "public"}))
                        .collect::<Vec<_>>());
                    set
                })
                .collect::<Vec<_>>())),
            ("POST", ["manage", "admin", "document-set"]) => {
                let body: Value = serde_json::from_slice(&request.body).unwrap();
                let id = self.id();
                let pairs = body["cc_pair_ids"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_i64().unwrap())
                    .collect();
                self.sets.push((id, body["name"].as_str().unwrap().to_string(), pairs));
                ok(json!(id))
            }
            ("PATCH", ["manage", "admin", "document-set"]) => {
                let body: Value = serde_json::from_slice(&request.body).unwrap();
                let id = body["id"].as_i64().unwrap();
                let set = self.sets.iter_mut().find(|s| s.0 == id).unwrap();
                set.2 = body["cc_pair_ids"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_i64().unwrap())
                    .collect();
                ok(json!(null))
            }
            _ => ResponseTemplate::new(404).set_body_json(json!({"detail": format!("not in the fake: {path}")})),
        }
    }

    /// The names in connector "ingest-Legal", sorted; panics unless the server
    /// holds exactly one such connector, one pair of it and one set with it.
    fn settled(&self) -> Vec<String> {
        let connectors: Vec<_> = self.connectors.iter().filter(|c| c.1 == "ingest-Legal").collect();
        assert_eq!(connectors.len(), 1, "connectors: {:?}", self.connectors);
        let pairs: Vec<_> = self.pairs.iter().filter(|p| p.1 == connectors[0].0).collect();
        assert_eq!(pairs.len(), 1, "pairs: {:?}", self.pairs);
        let sets: Vec<_> = self.sets.iter().filter(|s| s.1 == "Legal").collect();
        assert_eq!(sets.len(), 1, "sets: {:?}", self.sets);
        assert!(
            sets[0].2.contains(&pairs[0].0),
            "the set lacks the pair: {:?}",
            self.sets
        );
        let mut names: Vec<String> = connectors[0].2.iter().map(|f| self.store[f].0.clone()).collect();
        names.sort();
        names
    }
}

/// The fake, and a trigger: the `n`-th request from now is applied, then
/// answered late while the test kills the process.
struct KillSwitch {
    seen: AtomicUsize,
    at: AtomicUsize,
    fired: Mutex<Option<mpsc::Sender<()>>>,
}

fn fake_files(onyx: &Onyx) -> (Arc<Mutex<Files>>, Arc<KillSwitch>) {
    let files = Arc::new(Mutex::new(Files::default()));
    let switch = Arc::new(KillSwitch {
        seen: AtomicUsize::new(0),
        at: AtomicUsize::new(usize::MAX),
        fired: Mutex::new(None),
    });
    let (state, trigger) = (files.clone(), switch.clone());
    onyx.respond_all(move |request| {
        let answer = state.lock().unwrap().answer(request);
        let n = trigger.seen.fetch_add(1, Ordering::SeqCst) + 1;
        if n == trigger.at.load(Ordering::SeqCst) {
            if let Some(fire) = trigger.fired.lock().unwrap().take() {
                let _ = fire.send(());
            }
            // Applied on the server; the answer is never read.
            return answer.set_delay(Duration::from_secs(5));
        }
        answer
    });
    (files, switch)
}

/// `onyx ingest DIR --docset Legal [extra]`, killed with SIGKILL when the
/// `n`-th request arrives; whether it was killed.
fn ingest_killed_at(onyx: &Onyx, switch: &KillSwitch, root: &Path, extra: &[&str], n: usize) -> bool {
    let (fire, fired) = mpsc::channel();
    *switch.fired.lock().unwrap() = Some(fire);
    switch.seen.store(0, Ordering::SeqCst);
    switch.at.store(n, Ordering::SeqCst);
    let template = onyx.cmd();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("onyx"));
    for (k, v) in template.get_envs() {
        match v {
            Some(v) => child.env(k, v),
            None => child.env_remove(k),
        };
    }
    let mut child = child
        .arg("ingest")
        .arg(root)
        .args(["--docset", "Legal", "--batch-size", "1"])
        .args(extra)
        .env("ONYX_RETRY_BASE_MS", "1")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let killed = loop {
        if fired.recv_timeout(Duration::from_millis(5)).is_ok() {
            child.kill().unwrap();
            break true;
        }
        if child.try_wait().unwrap().is_some() {
            break false;
        }
    };
    child.wait().unwrap();
    switch.at.store(usize::MAX, Ordering::SeqCst);
    killed
}

fn tree_names(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Kills `step` at each request in turn, on a fresh server and state prepared
/// by `prepare`; after each kill one re-run must succeed and settle the server.
fn sweep(step: &[&str], prepare: impl Fn(&Onyx, &KillSwitch, &Path)) {
    for n in 1.. {
        let onyx = Onyx::start();
        let (files, switch) = fake_files(&onyx);
        let root = write_tree(&onyx, &[("a.txt", "alpha"), ("b.md", "# beta"), ("c.txt", "gamma")]);
        prepare(&onyx, &switch, &root);
        if !ingest_killed_at(&onyx, &switch, &root, step, n) {
            eprintln!("sweep {step:?}: killed at each of requests 1..{n}");
            assert!(n > 3, "the run made fewer requests than expected");
            break;
        }
        let rerun = ingest(&onyx, &root, &[&["--batch-size", "1"][..], step].concat());
        assert_eq!(
            rerun.status.code(),
            Some(0),
            "killed at request {n}: {}",
            stderr_of(&rerun)
        );
        assert_eq!(
            files.lock().unwrap().settled(),
            tree_names(&root),
            "killed at request {n}"
        );
    }
}

#[test]
fn kill_9_at_every_request_of_a_first_ingest_converges() {
    sweep(&[], |_, _, _| {});
}

#[test]
fn kill_9_at_every_request_of_a_reingest_and_a_prune_converges() {
    let settle = |onyx: &Onyx, switch: &KillSwitch, root: &Path| {
        assert!(!ingest_killed_at(onyx, switch, root, &[], usize::MAX));
        std::fs::write(root.join("a.txt"), "alpha, revised").unwrap();
        std::fs::write(root.join("d.txt"), "delta").unwrap();
        std::fs::remove_file(root.join("c.txt")).unwrap();
    };
    sweep(&["--prune"], settle);
}
