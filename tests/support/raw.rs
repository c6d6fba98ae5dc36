//! A scripted HTTP server on a raw socket, for the faults a mock framework
//! cannot stage: a stream that pauses between chunks, a connection cut in
//! the middle of a body, a server that accepts but never answers.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::Duration;

/// A point in a script where the server waits for the test to go on.
#[derive(Clone, Default)]
pub struct Gate(Arc<(Mutex<GateState>, Condvar)>);

#[derive(Default)]
struct GateState {
    opened: bool,
    gave_up: bool,
}

impl Gate {
    pub fn open(&self) {
        self.0 .0.lock().unwrap().opened = true;
        self.0 .1.notify_all();
    }

    /// True when the server stopped waiting on its own (the test never opened it in time).
    pub fn gave_up(&self) -> bool {
        self.0 .0.lock().unwrap().gave_up
    }

    fn wait(&self, limit: Duration) {
        let (state, opened) = &*self.0;
        let (mut state, result) = opened
            .wait_timeout_while(state.lock().unwrap(), limit, |s| !s.opened)
            .unwrap();
        state.gave_up = result.timed_out();
    }
}

#[derive(Clone)]
pub enum Step {
    /// Write these bytes as they are.
    Send(Vec<u8>),
    /// Write these bytes as one chunk of a chunked body.
    Chunk(Vec<u8>),
    /// Wait before the next step.
    Pause(Duration),
    /// End a chunked body properly.
    EndChunks,
    /// Drop the connection now (a cut stream).
    Close,
    /// Send nothing more until the test opens the gate (or 30 s have passed).
    Wait(Gate),
}

pub struct RawServer {
    pub url: String,
    /// Each request's head and body as received.
    pub requests: Arc<Mutex<Vec<String>>>,
}

/// Head of a 200 chunked answer with the chat stream's content type.
pub fn stream_head() -> Step {
    Step::Send(
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream; charset=utf-8\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n"
            .to_vec(),
    )
}

/// Serves `script` to every connection, each on its own thread.
pub fn serve(script: Vec<Step>) -> RawServer {
    serve_with(move |_| script.clone())
}

/// Serves each connection the script `pick` chooses from its request head
/// (e.g. one for the POST that starts an answer, another for its replay).
pub fn serve_with(pick: impl Fn(&str) -> Vec<Step> + Send + Sync + 'static) -> RawServer {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(Mutex::new(Vec::new()));
    let seen = requests.clone();
    let pick = Arc::new(pick);
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let seen = seen.clone();
            let pick = pick.clone();
            thread::spawn(move || handle(stream, &*pick, &seen));
        }
    });
    RawServer { url, requests }
}

fn handle(mut stream: TcpStream, pick: &dyn Fn(&str) -> Vec<Step>, seen: &Mutex<Vec<String>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut buffer = Vec::new();
    let mut byte = [0u8; 1];
    while !buffer.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => buffer.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&buffer).to_string();
    let length = head
        .lines()
        .find_map(|l| {
            let lower = l.to_ascii_lowercase();
            lower
                .strip_prefix("content-length:")
                .map(|v| v.trim().parse::<usize>().unwrap_or(0))
        })
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    let _ = stream.read_exact(&mut body);
    seen.lock()
        .unwrap()
        .push(format!("{head}{}", String::from_utf8_lossy(&body)));
    let script = pick(&head);
    for step in &script {
        let ok = match step {
            Step::Send(bytes) => stream.write_all(bytes).is_ok(),
            Step::Chunk(bytes) => {
                let mut framed = format!("{:x}\r\n", bytes.len()).into_bytes();
                framed.extend_from_slice(bytes);
                framed.extend_from_slice(b"\r\n");
                stream.write_all(&framed).is_ok()
            }
            Step::Pause(d) => {
                let _ = stream.flush();
                thread::sleep(*d);
                true
            }
            Step::EndChunks => stream.write_all(b"0\r\n\r\n").is_ok(),
            Step::Wait(gate) => {
                let _ = stream.flush();
                gate.wait(Duration::from_secs(30));
                true
            }
            Step::Close => {
                let _ = stream.flush();
                let _ = stream.shutdown(std::net::Shutdown::Both);
                return;
            }
        };
        if !ok {
            return;
        }
        let _ = stream.flush();
    }
}
