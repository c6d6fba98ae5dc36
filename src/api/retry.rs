//! The one retry policy: how often a transient failure is tried again and how
//! long to wait between tries. `Client` applies it to every idempotent call;
//! callers that retry a larger step themselves (an upload batch reconciled
//! with the server's file list between tries) wait by the same rule.

use std::time::Duration;

/// How often and how patiently a failed call is tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries after the first one.
    pub retries: u32,
    /// The wait before the first retry; it doubles with each further one.
    pub base: Duration,
}

impl RetryPolicy {
    /// No wait is ever longer than this, whatever the server's `Retry-After`
    /// says, so a script never hangs for an hour on one call.
    pub const CAP: Duration = Duration::from_secs(60);

    /// The first wait when none is given.
    pub const DEFAULT_BASE: Duration = Duration::from_millis(500);

    pub fn new(retries: u32) -> RetryPolicy {
        RetryPolicy {
            retries,
            base: RetryPolicy::DEFAULT_BASE,
        }
    }

    /// The same waits with another number of retries.
    pub fn with_retries(self, retries: u32) -> RetryPolicy {
        RetryPolicy { retries, ..self }
    }

    /// Whether a try that failed as try number `attempt` (0 for the first) may be repeated.
    pub fn allows(&self, attempt: u32) -> bool {
        attempt < self.retries
    }

    /// The wait before repeating try `attempt`: bounded exponential backoff,
    /// where a server's `Retry-After` wins but is capped too.
    pub fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        retry_after
            .unwrap_or_else(|| self.base.saturating_mul(1 << attempt.min(10)))
            .min(RetryPolicy::CAP)
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy::new(3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped_and_retry_after_wins_but_is_capped() {
        let policy = RetryPolicy::new(3);
        assert_eq!(policy.delay(0, None), Duration::from_millis(500));
        assert_eq!(policy.delay(6, None), Duration::from_secs(32));
        assert_eq!(policy.delay(30, None), Duration::from_secs(60));
        assert_eq!(
            policy.delay(0, Some(Duration::from_secs(3600))),
            Duration::from_secs(60)
        );
        let fast = RetryPolicy {
            retries: 3,
            base: Duration::from_millis(100),
        };
        assert_eq!(fast.delay(0, None), Duration::from_millis(100));
        assert_eq!(fast.delay(3, None), Duration::from_millis(800));
        assert_eq!(fast.delay(30, None), Duration::from_secs(60));
        assert_eq!(fast.delay(0, Some(Duration::from_secs(2))), Duration::from_secs(2));
        assert!(fast.allows(2) && !fast.allows(3));
    }
}
