//! `onyx agent`: whom to ask.

use crate::support::{example_json, stderr_of, stdout_of, Onyx};
use serde_json::json;

#[test]
fn list_shows_only_listed_agents() {
    let onyx = Onyx::start();
    let mut personas = example_json("persona-list.json");
    personas[1]["is_listed"] = json!(false);
    onyx.on("GET", "/persona").json(personas).mount();
    let out = onyx.cmd().args(["agent", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    assert!(stdout.lines().next().unwrap().starts_with("ID"), "{stdout}");
    assert!(stdout.contains("Assistant"), "{stdout}");
    assert!(!stdout.contains("HR Helper"), "{stdout}");
    insta::assert_snapshot!("agent_list", stdout);
}

#[test]
fn show_by_name() {
    let onyx = Onyx::start();
    onyx.on("GET", "/persona").example("persona-list.json").mount();
    let out = onyx.cmd().args(["agent", "show", "HR Helper"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let stdout = stdout_of(&out);
    assert!(stdout.contains("id:") && stdout.contains(" 3\n"), "{stdout}");
    let out = onyx.cmd().args(["agent", "show", "Nobody"]).output().unwrap();
    assert_eq!(out.status.code(), Some(9));
}
