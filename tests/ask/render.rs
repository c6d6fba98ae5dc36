//! What a person sees of an answer on a terminal: its Markdown rendered,
//! styled, with hyperlinks; and what a pipe, NO_COLOR and --raw get instead.
//! `onyx ask --open N` and `onyx open N` open a cited link.

use super::{packet, stream_lines, POLICY};
use crate::support::{stderr_of, stdout_of, stdout_on_a_terminal, Onyx};
use serde_json::json;

const EXCEPTIONS: &str = "https://intranet.acme-corp.example/people-ops/leave-exceptions";

/// An answer in Markdown, as Onyx's LLMs write them.
fn markdown_answer() -> String {
    format!(
        "## Parental leave\n\nEmployees get **16 weeks** of *fully paid* leave [[1]]({POLICY}).\n\n\
         - Up to `three` blocks\n- Within 12 months\n\n\
         | Plan | Weeks |\n|------|------:|\n| Basic | 12 |\n| Full | 16 |\n\n\
         ```sh\nonyx ask 'leave?'\n```\nExceptions need sign-off [[2]]({EXCEPTIONS})."
    )
}

/// The recorded stream up to its answer, then `text` in deltas of a few
/// characters (as a real server sends tokens), citing [1], [2] and [3].
fn answering_with(onyx: &Onyx, text: &str) {
    let mut body = stream_lines(17);
    // [3] is an uploaded file the stream's documents do not list: no link.
    for (number, document) in [(1, POLICY), (2, EXCEPTIONS), (3, "handbook-2024.pdf")] {
        body += &packet(json!({"type": "citation_info", "citation_number": number, "document_id": document}));
    }
    let chars: Vec<char> = text.chars().collect();
    for piece in chars.chunks(5) {
        body += &packet(json!({"type": "message_delta", "content": piece.iter().collect::<String>()}));
    }
    body += &packet(json!({"type": "stop", "stop_reason": null}));
    onyx.on("POST", "/chat/send-chat-message")
        .body(&body, "text/event-stream")
        .mount();
    onyx.on("GET", "/document/chunk-info")
        .example("document-chunk-info.json")
        .mount();
}

/// A colour terminal: no NO_COLOR, a TERM that is not dumb, no override.
const COLOUR_TERMINAL: &[(&str, &str)] = &[("NO_COLOR", ""), ("TERM", "xterm-256color"), ("FORCE_HYPERLINK", "")];

/// A snapshot beside the others in tests/snapshots.
fn snapshot(name: &str, shown: &str) {
    insta::with_settings!({snapshot_path => "../snapshots"}, {
        insta::assert_snapshot!(name, shown);
    });
}

/// Escapes made readable for a snapshot.
fn visible(shown: &str) -> String {
    shown.replace("\r\n", "\n").replace('\u{1b}', "␛")
}

#[test]
fn markdown_is_rendered_and_styled_on_a_terminal() {
    let onyx = Onyx::start();
    answering_with(&onyx, &markdown_answer());
    let shown = stdout_on_a_terminal(&onyx, &["ask", "leave?"], 80, COLOUR_TERMINAL);
    snapshot("ask_markdown_on_a_terminal", &visible(&shown));
    let plain = stdout_on_a_terminal(
        &onyx,
        &["ask", "leave?"],
        80,
        &[("NO_COLOR", "1"), ("TERM", "xterm-256color")],
    );
    assert!(!plain.contains('\u{1b}'), "NO_COLOR still styled: {plain:?}");
}

#[test]
fn markdown_stays_as_written_in_a_pipe() {
    let onyx = Onyx::start();
    answering_with(&onyx, &markdown_answer());
    let out = onyx.cmd().args(["ask", "leave?"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let piped = stdout_of(&out);
    assert!(!piped.contains('\u{1b}'), "{piped:?}");
    snapshot("ask_markdown_piped", &piped);
    // --color always styles a pipe too (for `less -R`), but links stay off.
    let forced = stdout_of(
        &onyx
            .cmd()
            .args(["--color", "always", "ask", "leave?"])
            .output()
            .unwrap(),
    );
    assert!(forced.contains("\u{1b}[1m16 weeks\u{1b}[0m"), "{forced:?}");
    assert!(!forced.contains("\u{1b}]8;;"), "{forced:?}");
}

#[test]
fn raw_keeps_the_markdown_on_a_terminal() {
    let onyx = Onyx::start();
    answering_with(&onyx, &markdown_answer());
    let shown = stdout_on_a_terminal(&onyx, &["ask", "--raw", "leave?"], 120, COLOUR_TERMINAL).replace("\r\n", "\n");
    assert!(
        shown.contains("## Parental leave\n\nEmployees get **16 weeks** of *fully paid* leave [1]."),
        "{shown:?}"
    );
    assert!(shown.contains("```sh\nonyx ask 'leave?'\n```"), "{shown:?}");
    // The Sources block below is still styled.
    assert!(shown.contains("\u{1b}[1mSources\u{1b}[0m"), "{shown:?}");
}

#[test]
fn no_color_on_a_terminal_gives_no_escapes() {
    let onyx = Onyx::start();
    answering_with(&onyx, &markdown_answer());
    for env in [
        &[("NO_COLOR", "1"), ("TERM", "xterm-256color"), ("FORCE_HYPERLINK", "")][..],
        &[("NO_COLOR", ""), ("TERM", "dumb"), ("FORCE_HYPERLINK", "")][..],
    ] {
        let shown = stdout_on_a_terminal(&onyx, &["ask", "leave?"], 120, env);
        assert!(shown.contains("Employees get **16 weeks**"), "{env:?}: {shown:?}");
        assert!(!shown.contains('\u{1b}'), "{env:?}: {shown:?}");
    }
    let never = stdout_on_a_terminal(&onyx, &["--color", "never", "ask", "leave?"], 120, COLOUR_TERMINAL);
    assert!(!never.contains('\u{1b}'), "{never:?}");
}

#[test]
fn citation_titles_are_hyperlinks_on_a_terminal_only() {
    let onyx = Onyx::start();
    answering_with(&onyx, &markdown_answer());
    let link = format!("\u{1b}]8;;{POLICY}\u{1b}\\Parental Leave Policy\u{1b}]8;;\u{1b}\\");
    let shown = stdout_on_a_terminal(&onyx, &["ask", "leave?"], 120, COLOUR_TERMINAL);
    assert!(shown.contains(&link), "{shown:?}");
    let refused = stdout_on_a_terminal(
        &onyx,
        &["ask", "leave?"],
        120,
        &[("NO_COLOR", ""), ("TERM", "xterm-256color"), ("FORCE_HYPERLINK", "0")],
    );
    assert!(!refused.contains("\u{1b}]8;;"), "{refused:?}");
    assert!(refused.contains("\u{1b}[1mSources"), "colour stays: {refused:?}");
    let piped = stdout_of(&onyx.cmd().args(["ask", "leave?"]).output().unwrap());
    assert!(
        piped.contains(&format!("[1] Parental Leave Policy — {POLICY}")),
        "{piped}"
    );
    assert!(!piped.contains('\u{1b}'), "{piped:?}");
}

#[test]
fn server_escapes_inside_markdown_are_neutralised() {
    let onyx = Onyx::start();
    answering_with(
        &onyx,
        "# Title \u{1b}]0;pwned\u{7}\n\n**bold \u{1b}[2J** and [a link](https://x.example/\u{1b}]52;c;ZXZpbA==\u{7})\n\n| a |\n|---|\n| \u{1b}[31mred |\n```\ncode \u{1b}]52;c;eA==\u{7}\n```\n",
    );
    let shown = stdout_on_a_terminal(&onyx, &["ask", "leave?"], 120, COLOUR_TERMINAL);
    assert!(!shown.contains('\u{7}'), "a raw BEL reached the terminal: {shown:?}");
    for escaped in [
        "\\x1b]0;pwned\\x07",
        "\\x1b[2J",
        "\\x1b[31mred",
        "code \\x1b]52;c;eA==\\x07",
    ] {
        assert!(shown.contains(escaped), "{escaped} not shown escaped: {shown:?}");
    }
    assert!(
        !shown.contains("\u{1b}]8;;https://x.example"),
        "a URL with escapes became a link: {shown:?}"
    );
    assert!(
        !shown.contains("\u{1b}]52") && !shown.contains("\u{1b}[2J"),
        "{shown:?}"
    );
}

/// A stand-in browser that writes the URL it is given to a file.
fn recording_browser(onyx: &Onyx) -> (String, std::path::PathBuf) {
    let opened = onyx.dir.path().join("opened.txt");
    let browser = onyx.dir.path().join("browser.sh");
    std::fs::write(&browser, format!("#!/bin/sh\necho \"$1\" >> {}\n", opened.display())).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    (browser.display().to_string(), opened)
}

/// What the stand-in browser was given; it runs in the background, as a
/// real browser is started, so it is waited for.
fn opened_url(opened: &std::path::Path) -> String {
    for _ in 0..100 {
        if let Ok(text) = std::fs::read_to_string(opened) {
            if text.ends_with('\n') {
                return text;
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("no browser was started");
}

#[test]
fn ask_open_and_onyx_open_open_the_cited_link() {
    let onyx = Onyx::start();
    answering_with(&onyx, &markdown_answer());
    let (browser, opened) = recording_browser(&onyx);
    let out = onyx
        .cmd()
        .env("BROWSER", &browser)
        .args(["ask", "--open", "2", "leave?"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert!(stdout_of(&out).contains("Sources"), "the answer is printed first");
    assert!(
        stderr_of(&out).contains(&format!("Opened [2] {EXCEPTIONS}")),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(opened_url(&opened), format!("{EXCEPTIONS}\n"));

    std::fs::remove_file(&opened).unwrap();
    let out = onyx
        .cmd()
        .env("BROWSER", &browser)
        .args(["open", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(opened_url(&opened), format!("{POLICY}\n"));
    assert_eq!(stdout_of(&out), "", "opening prints nothing on stdout");

    let out = onyx
        .cmd()
        .env("BROWSER", &browser)
        .args(["open", "2", "--print"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(stdout_of(&out), format!("{EXCEPTIONS}\n"));
    assert_eq!(
        std::fs::read_to_string(&opened).unwrap(),
        format!("{POLICY}\n"),
        "--print opens nothing"
    );
}

#[test]
fn open_says_what_to_do_when_there_is_nothing_to_open() {
    let onyx = Onyx::start();
    let (browser, opened) = recording_browser(&onyx);
    let refused = |args: &[&str], code: i32, said: &str| {
        let out = onyx.cmd().env("BROWSER", &browser).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(code), "{args:?}: {}", stderr_of(&out));
        assert!(
            stderr_of(&out).ends_with(&format!("error: {said}\n")),
            "{args:?}: {}",
            stderr_of(&out)
        );
        stdout_of(&out)
    };
    refused(
        &["open", "1"],
        9,
        "no answer of profile 'default' to open a citation of; run 'onyx ask QUESTION' first",
    );
    answering_with(&onyx, &markdown_answer());
    onyx.cmd().args(["ask", "--no-passages", "leave?"]).assert().success();
    refused(
        &["open", "5"],
        2,
        "the last answer has no citation [5]; it has 3 (1, 2, 3)",
    );
    refused(
        &["open", "3"],
        9,
        "citation [3] (handbook-2024.pdf) has no link to open",
    );
    let printed = refused(
        &["ask", "--open", "4", "leave?"],
        2,
        "the last answer has no citation [4]; it has 3 (1, 2, 3)",
    );
    assert!(printed.contains("Sources"), "the answer is still printed");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(!opened.exists(), "nothing was opened");
}

/// Notes on stderr (the session id) are dim where colour belongs, plain
/// with NO_COLOR.
#[test]
fn the_session_note_is_dim_on_a_colour_terminal() {
    let onyx = Onyx::start();
    answering_with(&onyx, &markdown_answer());
    let shown = crate::support::on_a_terminal_as(&onyx, &["ask", "leave?"], 100, COLOUR_TERMINAL);
    assert!(shown.contains("\u{1b}[2msession: 3f6c1a2e"), "{shown:?}");
    let plain = crate::support::on_a_terminal(&onyx, &["ask", "leave?"]);
    assert!(
        plain.contains("\nsession: 3f6c1a2e") && !plain.contains('\u{1b}'),
        "{plain:?}"
    );
}

/// A whole answer (--no-stream) is rendered as a streamed one is.
#[test]
fn a_whole_answer_is_rendered_too() {
    let onyx = Onyx::start();
    let mut full = crate::support::example_json("chat-send-chat-message.json");
    full["answer"] = json!(format!("## Leave\n\n**16 weeks** [[1]]({POLICY})."));
    onyx.on("POST", "/chat/send-chat-message").json(full).mount();
    let shown = stdout_on_a_terminal(&onyx, &["ask", "--no-stream", "leave?"], 100, COLOUR_TERMINAL);
    assert!(
        shown.contains("\u{1b}[1mLeave\u{1b}[0m\r\n\r\n\u{1b}[1m16 weeks\u{1b}[0m \u{1b}[1;36m[1]\u{1b}[0m."),
        "{shown:?}"
    );
    let raw = stdout_on_a_terminal(&onyx, &["ask", "--no-stream", "--raw", "leave?"], 100, COLOUR_TERMINAL);
    assert!(raw.contains("## Leave\r\n\r\n**16 weeks** [1]."), "{raw:?}");
}
