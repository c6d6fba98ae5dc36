//! The one poll loop: every `--wait` (indexing, syncing, deletion) and every
//! wait for a busy resource goes through `poll`, so a timeout means the same
//! everywhere.

use crate::error::{Error, Result};
use std::time::{Duration, Instant};

/// How long to wait, and how long between two polls.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Patience {
    pub timeout: Duration,
    pub interval: Duration,
}

/// Told about a wait as it goes, so the caller can show progress; ops/ itself
/// knows no terminal.
pub trait WaitObserver {
    /// Before each poll of `what`, with the time waited so far.
    fn polling(&self, what: &str, elapsed: Duration);
    /// Once, when the wait is over (done, failed or timed out).
    fn finished(&self, _what: &str) {}
}

/// An observer that shows nothing.
#[cfg(test)]
pub struct Unobserved;

#[cfg(test)]
impl WaitObserver for Unobserved {
    fn polling(&self, _what: &str, _elapsed: Duration) {}
}

/// What one poll found.
pub enum Poll<T> {
    Ready(T),
    Pending,
}

/// Calls `check` until it is `Ready`, sleeping `interval` between polls but
/// never past the timeout: the last poll is at the deadline, and a wait still
/// pending then fails with `Error::WaitTimedOut` naming `what`. An error from
/// `check` ends the wait at once.
pub fn poll<T>(
    patience: Patience,
    what: &str,
    observer: &dyn WaitObserver,
    mut check: impl FnMut() -> Result<Poll<T>>,
) -> Result<T> {
    let started = Instant::now();
    let outcome = loop {
        observer.polling(what, started.elapsed());
        match check() {
            Ok(Poll::Ready(value)) => break Ok(value),
            Ok(Poll::Pending) => {}
            Err(e) => break Err(e),
        }
        let elapsed = started.elapsed();
        if elapsed >= patience.timeout {
            break Err(Error::WaitTimedOut(format!(
                "gave up waiting for {what} after {}s",
                patience.timeout.as_secs_f64()
            )));
        }
        std::thread::sleep(patience.interval.min(patience.timeout - elapsed));
    };
    observer.finished(what);
    outcome
}

/// `poll` for a condition with no value to hand back.
pub fn poll_until(
    patience: Patience,
    what: &str,
    observer: &dyn WaitObserver,
    mut done: impl FnMut() -> Result<bool>,
) -> Result<()> {
    poll(patience, what, observer, || {
        Ok(if done()? { Poll::Ready(()) } else { Poll::Pending })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    struct Counting(Cell<usize>, Cell<bool>);

    impl WaitObserver for Counting {
        fn polling(&self, _what: &str, _elapsed: Duration) {
            self.0.set(self.0.get() + 1);
        }
        fn finished(&self, _what: &str) {
            self.1.set(true);
        }
    }

    #[test]
    fn polls_until_ready_and_tells_the_observer() {
        let observer = Counting(Cell::new(0), Cell::new(false));
        let patience = Patience {
            timeout: Duration::from_secs(5),
            interval: Duration::from_millis(1),
        };
        let mut calls = 0;
        let value = poll(patience, "x", &observer, || {
            calls += 1;
            Ok(if calls == 3 { Poll::Ready(calls) } else { Poll::Pending })
        })
        .unwrap();
        assert_eq!(value, 3);
        assert_eq!(observer.0.get(), 3);
        assert!(observer.1.get());
    }

    #[test]
    fn a_zero_timeout_polls_once_then_gives_up() {
        let patience = Patience {
            timeout: Duration::ZERO,
            interval: Duration::from_secs(60),
        };
        let mut calls = 0;
        let err = poll_until(patience, "the sync", &Unobserved, || {
            calls += 1;
            Ok(false)
        })
        .unwrap_err();
        assert_eq!(calls, 1);
        assert!(
            matches!(&err, Error::WaitTimedOut(m) if m == "gave up waiting for the sync after 0s"),
            "{err:?}"
        );
    }
}
