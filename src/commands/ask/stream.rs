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
    // Text shown but not yet written, and since when it waits.
    let mut held = HeldText::default();
    let mut read_error = None;
    const MAX_RESUMES: u32 = 2;
    let mut resumes = 0;
    loop {
        if INTERRUPTED.load(Ordering::SeqCst) {
            break;
        }
        if held.is_waiting() && !more_within_window(&mut stream, &held) {
            write(&held.take(), true)?;
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
                held.push(&text_shown.push(text));
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

/// How long answer text waits for more of the stream before it is written.
/// A real server sends each token as its own HTTP chunk; writing each alone is
/// a write (and a wake-up of whoever reads the pipe) per token. Waiting this
/// long gathers a burst into one write, well under the 1 ms anyone could notice.
const WRITE_WINDOW: Duration = Duration::from_micros(500);

/// The longest text is held while more keeps arriving (a burst is read through
/// to its end, but never past this).
const MAX_HOLD: Duration = Duration::from_micros(750);

/// Answer text shown but not yet written, and since when it waits.
#[derive(Default)]
struct HeldText {
    text: String,
    since: Option<Instant>,
}

impl HeldText {
    fn push(&mut self, shown: &str) {
        if shown.is_empty() {
            return;
        }
        self.since.get_or_insert_with(Instant::now);
        self.text.push_str(shown);
    }

    fn is_waiting(&self) -> bool {
        self.since.is_some()
    }

    fn take(&mut self) -> String {
        self.since = None;
        std::mem::take(&mut self.text)
    }
}

/// True when the held text can wait for the next event, which is ready to be
/// read; false when it must be written now. Once what has been taken in is
/// used up, sleeps out the rest of the window (a sleep, not a poll) and then
/// takes in, in one read, every packet sent meanwhile; after that read has been
/// used up too, the text goes out. Reading the socket again for every packet
/// that trickles in while the window is open was a read per packet (~25,000
/// per answer on the benchmark's stream).
fn more_within_window(stream: &mut chat::ChatStream, held: &HeldText) -> bool {
    let Some(since) = held.since else {
        return false;
    };
    let waited = since.elapsed();
    if waited >= MAX_HOLD {
        return false;
    }
    if stream.line_buffered() {
        return true;
    }
    if waited >= WRITE_WINDOW {
        return false;
    }
    std::thread::sleep(WRITE_WINDOW - waited);
    stream.line_ready()
}

/// The run's stream replayed from the server, past what `cut` already read;
/// `None` when there is no session or no run in flight any more.
fn resume(client: &Client, session: Option<&str>, cut: &chat::ChatStream) -> Option<chat::ChatStream> {
    let mut replay = chat::resume_stream(client, session?).ok()?;
    replay.skip_events(cut.events_read()).ok()?;
    Some(replay)
}
