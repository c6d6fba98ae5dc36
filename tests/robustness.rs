//! No output path panics on arbitrary server bytes: invalid UTF-8, huge
//! lines, deeply nested JSON, truncated bodies. Each run must end with one
//! clean error line (or success), never a panic or a hang.

use crate::support::{stderr_of, Onyx};

fn bodies() -> Vec<(&'static str, Vec<u8>)> {
    let deep = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
    vec![
        ("invalid utf-8", b"\xff\xfe\xfd{\"detail\": \"\xc3\x28\"}".to_vec()),
        ("huge line", vec![b'a'; 3 * 1024 * 1024]),
        ("deeply nested", deep.into_bytes()),
        (
            "truncated json",
            b"{\"id\": \"x\", \"email\": \"a@b\", \"role\":".to_vec(),
        ),
        ("nul bytes", vec![0u8; 1024]),
        ("wrong shape", b"{\"id\": 5, \"email\": [], \"role\": {}}".to_vec()),
    ]
}

#[test]
fn arbitrary_bodies_never_panic() {
    for status in [200u16, 400, 403, 500] {
        for (what, body) in bodies() {
            let onyx = Onyx::start();
            let text = String::from_utf8_lossy(&body).into_owned();
            onyx.on("GET", "/me")
                .status(status)
                .body(&text, "application/json")
                .mount();
            onyx.on("GET", "/version")
                .status(status)
                .body(&text, "application/json")
                .mount();
            onyx.on("GET", "/persona")
                .status(status)
                .body(&text, "application/json")
                .mount();
            for args in [
                &["auth", "status"][..],
                &["api", "GET", "/persona"],
                &["api", "GET", "/persona", "--jq", ".[0]"],
            ] {
                let out = onyx.cmd().args(args).output().unwrap();
                let stderr = stderr_of(&out);
                assert!(!stderr.contains("panicked"), "{what} ({status}) {args:?}: {stderr}");
                let code = out.status.code().expect("exited normally, not by a signal");
                assert!(code < 20, "{what} ({status}) {args:?}: code {code}: {stderr}");
                assert!(
                    stderr.lines().filter(|l| l.starts_with("error:")).count() <= 1,
                    "{what}: {stderr}"
                );
                assert!(
                    stderr.len() < 2000,
                    "{what} ({status}) {args:?}: error not summarised: {} bytes",
                    stderr.len()
                );
            }
        }
    }
}
