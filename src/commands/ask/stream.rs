//! The streamed answer: read packet by packet on the thread that writes it,
//! each burst written at once, a cut stream resumed from the server's buffer.

use super::*;

/// Reads the stream to its end, writing the answer as it arrives. A read that
/// fails midway (cut connection, idle timeout) is returned beside what arrived.
pub(crate) fn stream_answer(
    ctx: &Context,
    client: &Client,
    request: &SendMessageRequest,
    args: &AskArgs,
    mode: Mode,
    session: Option<&str>,
) -> Result<(Answer, Option<Error>)> {
    // Without a handler (another one already set) Ctrl-C simply ends the process.
    let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst));
    let spinner = ctx.out.spinner("Thinking…");
    let mut stream = chat::send_message_stream(client, request)?;
    let mut answer = Answer::default();
    // On a terminal the Markdown is rendered (or lines break between words);
    // a pipe gets the text as written.
    let mut text_shown = AnswerText::new(args.raw_markers, ctx.out.answer_layout(args.raw));
    let painted = text_shown.is_painted();
    let write = |text: &str, flush: bool| {
        if painted {
            ctx.out.write_painted(text, flush)
        } else {
            ctx.out.write_stdout_part(text, flush)
        }
    };
    let mut started = false;
    // Text shown but not yet written, and when the last write went out.
    let mut held = HeldText::default();
    let mut read_error = None;
    const MAX_RESUMES: u32 = 2;
    let mut resumes = 0;
    loop {
        if INTERRUPTED.load(Ordering::SeqCst) {
            break;
        }
        if !stream.line_buffered() && held.due(&mut stream) {
            write(&held.take(), true)?;
            // The stream is read again a window after this write, not now.
            continue;
        }
        let event = match stream.next_event() {
            Ok(Some(event)) => event,
            ended => {
                // A stream cut before its end (a proxy timeout, a dropped
                // connection) is picked up again from the server's buffer of
                // the run, skipping what already arrived.
                if matches!(answer.ending, Ending::Open) && resumes < MAX_RESUMES {
                    if let Some(replay) = resume(client, answer.chat_session_id.as_deref().or(session), &stream) {
                        resumes += 1;
                        if ctx.settings.verbose {
                            spinner.suspend(|| eprintln!("* the answer stream broke; resumed it from the server"));
                        }
                        stream = replay;
                        continue;
                    }
                }
                read_error = ended.err().map(Error::from);
                break;
            }
        };
        answer.apply(&event);
        if mode == Mode::Jsonl {
            if !event.is_noise() {
                let line = serde_json::to_string(&event).expect("events serialize");
                ctx.out.write_stdout(&(line + "\n"))?;
            }
            continue;
        }
        match &event {
            Event::SearchQueries { queries } => spinner.set_message(format!("Searching: {}", queries.join(", "))),
            Event::Reasoning { text } if args.reasoning => {
                spinner.suspend(|| eprint!("{}", ctx.out.for_stderr(text)));
            }
            Event::ReasoningDone if args.reasoning => spinner.suspend(|| eprintln!()),
            Event::ToolError => spinner.suspend(|| {
                ctx.out
                    .warn("a tool failed on the server; the answer goes on without it")
            }),
            Event::Invalid { line } => spinner.suspend(|| {
                ctx.out
                    .warn(&format!("skipped a line of the stream that is not JSON: {line}"))
            }),
            Event::Answer { text } if mode == Mode::Text => {
                text_shown.push_into(text, &mut held.text);
                if !started && held.is_waiting() {
                    // The first words go out at once: that is the wait a person feels.
                    spinner.finish_and_clear();
                    started = true;
                    write(&held.take(), true)?;
                } else if !started {
                    // Rendered Markdown shows a line once it is complete.
                    spinner.set_message("Writing…");
                }
            }
            _ => {}
        }
    }
    spinner.finish_and_clear();
    if mode == Mode::Text {
        write(&(held.take() + &text_shown.finish()), true)?;
    }
    if INTERRUPTED.load(Ordering::SeqCst) {
        if let Some(id) = answer.chat_session_id.as_deref().or(session) {
            if let Err(e) = chat::stop_session(client, id) {
                ctx.out
                    .warn(&format!("could not stop the generation on the server: {e}"));
            }
        }
    }
    Ok((answer, read_error))
}

/// How long after a write the stream is read again: everything that arrived
/// meanwhile goes out in one write. A real server sends each token as its own
/// HTTP chunk; writing each alone is a write (and a wake-up of whoever reads
/// the pipe) per token, and reading each alone a read per token. Text that
/// arrives after a quiet spell goes out at once. Why not longer: a delta that
/// arrives just after a read waits out the window, the sleep's overshoot and
/// the write, and may be held 1 ms at most. Why not shorter: each window is a
/// sleep, a read and a write, ~60 µs of CPU on a virtual machine, and on
/// loopback the server sends the next burst only once a read acknowledges the
/// last. On the benchmark's stream 0.3 ms windows took 67 ms of CPU and 420 ms
/// for the answer, 0.5 ms ones 43 and 333 ms, with the 99th percentile of the
/// hold-back 0.5 and 0.8 ms (docs/benchmarks.md, eighth round).
const WRITE_WINDOW: Duration = Duration::from_micros(500);

/// Answer text shown but not yet written, and when the last write went out.
#[derive(Default)]
struct HeldText {
    text: String,
    last_write: Option<Instant>,
}

impl HeldText {
    fn is_waiting(&self) -> bool {
        !self.text.is_empty()
    }

    /// Asked once everything taken in from the stream is used: true when the
    /// held text goes out now. Within a window of the last write, sleeps out
    /// the rest of it (a sleep, not a poll) and takes in, in one read, every
    /// packet sent meanwhile: false then, so that it is used first. Reading
    /// the socket again for every packet that trickles in was a read per
    /// packet (~25,000 per answer on the benchmark's stream); reading right
    /// after each write as well as after each window was twice the reads.
    fn due(&mut self, stream: &mut chat::ChatStream) -> bool {
        if let Some(at) = self.last_write {
            let left = (at + WRITE_WINDOW).saturating_duration_since(Instant::now());
            if !left.is_zero() {
                std::thread::sleep(left);
                if stream.line_ready() {
                    return false;
                }
            }
        }
        self.is_waiting()
    }

    fn take(&mut self) -> String {
        self.last_write = Some(Instant::now());
        std::mem::take(&mut self.text)
    }
}

/// The run's stream replayed from the server, past what `cut` already read;
/// `None` when there is no session or no run in flight any more.
fn resume(client: &Client, session: Option<&str>, cut: &chat::ChatStream) -> Option<chat::ChatStream> {
    let mut replay = chat::resume_stream(client, session?).ok()?;
    replay.skip_events(cut.events_read()).ok()?;
    Some(replay)
}
