//! Connecting: each way of logging in, the API prefix, status and logout, and
//! credentials that must stay with their own server.

use super::{unique, Live};
use std::io::{Read, Write};
use std::net::TcpListener;

#[test]
fn email_login_status_and_logout() {
    let Some(live) = Live::admin() else { return };
    let status = live.json(&["auth", "status"]);
    assert_eq!(status["user"]["email"], live.email.as_str(), "{status}");
    assert_eq!(status["auth"]["kind"], "session cookie", "{status}");
    // The bare API server has no /api prefix: detected, not configured.
    assert_eq!(status["api_base"], live.url.as_str(), "{status}");
    assert!(status["server_version"].is_string(), "{status}");

    let out = live.run(&["auth", "logout"]);
    out.success();
    assert!(out.stderr.contains("Logged out"), "{}", out.stderr);
    live.run(&["agent", "list"]).code(3);
}

#[test]
fn api_key_and_personal_access_token_logins() {
    let Some(admin) = Live::admin() else { return };
    let key = admin.admin_token(&unique("login-key"));

    let user = Live::configured().unwrap();
    user.run_with_stdin(&["--server", &user.url, "auth", "login", "--api-key", "-"], &key)
        .success();
    let status = user.json(&["auth", "status"]);
    assert!(status["user"]["email"].is_string(), "{status}");
    assert_ne!(status["auth"]["kind"], "session cookie", "{status}");
    // The secret is never printed, not even by status.
    assert!(
        !status.to_string().contains(&key[8..]),
        "status shows the secret: {status}"
    );

    // A personal access token needs a web session to be created.
    let pat_name = unique("login-pat");
    let pat = admin.run(&["pat", "create", "--name", &pat_name, "--quiet"]);
    pat.success();
    let pat = pat.stdout.trim().to_string();
    assert!(pat.starts_with("onyx_pat_"), "not a PAT on stdout: {pat}");
    let holder = Live::configured().unwrap();
    holder
        .run_with_stdin(&["--server", &holder.url, "auth", "login", "--api-key", "-"], &pat)
        .success();
    holder.run(&["agent", "list"]).success();
    admin.run(&["pat", "delete", &pat_name, "--yes"]).success();
}

#[test]
fn a_bogus_key_is_refused_with_exit_4() {
    let Some(live) = Live::configured() else { return };
    let run = live
        .onyx()
        .env("ONYX_SERVER_URL", &live.url)
        .env("ONYX_API_KEY", "on_this-key-does-not-exist-0123456789")
        .args(["agent", "list"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(4), "{}", String::from_utf8_lossy(&run.stderr));
}

/// A stored credential belongs to the server it was stored for (real-server
/// issue, defect 9): another `--server` gets no key, and the command says how
/// to log in there.
#[test]
fn a_profile_key_never_goes_to_another_server() {
    let Some(live) = Live::admin() else { return };
    let other = TcpListener::bind("127.0.0.1:0").unwrap();
    let other_url = format!("http://{}", other.local_addr().unwrap());
    let seen = std::thread::spawn(move || {
        other.set_nonblocking(false).unwrap();
        let mut heard = String::new();
        // One connection is enough to show what would have been sent.
        if let Ok((mut conn, _)) = other.accept() {
            conn.set_read_timeout(Some(std::time::Duration::from_secs(5))).unwrap();
            let mut buf = [0u8; 8192];
            if let Ok(n) = conn.read(&mut buf) {
                heard = String::from_utf8_lossy(&buf[..n]).into_owned();
            }
            let _ = conn.write_all(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n");
        }
        heard
    });
    let run = live.run(&["--server", &other_url, "--api-prefix", "", "agent", "list"]);
    run.code(3);
    assert!(run.stderr.contains("auth login"), "{}", run.stderr);
    // Unblock the listener if nothing connected.
    let _ = std::net::TcpStream::connect(other_url.trim_start_matches("http://"));
    let heard = seen.join().unwrap().to_ascii_lowercase();
    assert!(
        !heard.contains("cookie:") && !heard.contains("authorization:"),
        "a credential went to another server:\n{heard}"
    );
}

/// One credential per request (defect 11): a narrow key in the environment
/// wins over the profile's admin session, and `auth status` says so.
#[test]
fn an_environment_key_wins_over_the_profile_session() {
    let Some(live) = Live::admin() else { return };
    let name = unique("basic-key");
    let basic = live.run(&["api-key", "create", "--name", &name, "--role", "basic", "--quiet"]);
    if basic.code != 0 {
        eprintln!("skipped: this server has no API keys ({})", basic.stderr.trim());
        return;
    }
    let basic = basic.stdout.trim().to_string();
    let as_key = |args: &[&str]| {
        let out = live.onyx().env("ONYX_API_KEY", &basic).args(args).output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let (code, _) = as_key(&["api-key", "list"]);
    assert_eq!(code, Some(4), "the admin session was used instead of ONYX_API_KEY");
    let (code, stdout) = as_key(&["auth", "status", "--json"]);
    assert_eq!(code, Some(0));
    let status: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(status["auth"]["source"], "env ONYX_API_KEY", "{status}");
    live.run(&["api-key", "delete", &name, "--yes"]).success();
}
