//! Times and durations as a person reads them in a table on a terminal
//! ("5 minutes ago", "1d"); scripts (pipes, `--json`) get the server's values.

/// An RFC 3339 time from the server as "N units ago" (or "in N units"),
/// measured from `now`; the text as given when it does not parse.
pub fn ago(iso: &str, now: jiff::Timestamp) -> String {
    let Ok(then) = iso.parse::<jiff::Timestamp>() else {
        return iso.to_string();
    };
    let seconds = now.as_second() - then.as_second();
    let (amount, future) = (seconds.unsigned_abs(), seconds < 0);
    let span = match amount {
        0..=44 => return "just now".to_string(),
        45..=3_599 => plural((amount / 60).max(1), "minute"),
        3_600..=86_399 => plural(amount / 3_600, "hour"),
        86_400..=2_591_999 => plural(amount / 86_400, "day"),
        2_592_000..=31_535_999 => plural(amount / 2_592_000, "month"),
        _ => plural(amount / 31_536_000, "year"),
    };
    if future {
        format!("in {span}")
    } else {
        format!("{span} ago")
    }
}

/// "1 pair", "3 pairs": a count with its noun, as a person writes it.
pub fn plural(n: u64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// Seconds in days, hours, minutes and seconds: 86400 → "1d", 5400 → "1h 30m".
pub fn seconds(value: i64) -> String {
    let Ok(mut left) = u64::try_from(value) else {
        return format!("{value}s");
    };
    if left == 0 {
        return "0s".to_string();
    }
    let mut parts = Vec::new();
    for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60), ("s", 1)] {
        if left >= size {
            parts.push(format!("{}{unit}", left / size));
            left %= size;
        }
    }
    parts.join(" ")
}

/// A server enum as a word: `not_started` → "not started",
/// `INITIAL_INDEXING` → "initial indexing".
pub fn word(raw: &str) -> String {
    raw.replace('_', " ").to_lowercase()
}

/// Bytes in binary units: 270177 → "263.8 KiB", 512 → "512 B".
pub fn size(bytes: u64) -> String {
    bytesize::ByteSize::b(bytes).display().iec().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_like_a_person_says_it() {
        let now: jiff::Timestamp = "2025-06-02T12:00:00Z".parse().unwrap();
        assert_eq!(ago("2025-06-02T11:59:50Z", now), "just now");
        assert_eq!(ago("2025-06-02T11:55:00Z", now), "5 minutes ago");
        assert_eq!(ago("2025-06-02T09:00:00+00:00", now), "3 hours ago");
        assert_eq!(ago("2025-05-31T12:00:00Z", now), "2 days ago");
        assert_eq!(ago("2025-07-02T12:00:00Z", now), "in 1 month");
        assert_eq!(ago("not a time", now), "not a time");
        assert_eq!(seconds(86_400), "1d");
        assert_eq!(seconds(5_400), "1h 30m");
        assert_eq!(seconds(604_800), "7d");
        assert_eq!(word("not_started"), "not started");
        assert_eq!(word("INITIAL_INDEXING"), "initial indexing");
        assert_eq!(size(270_177), "263.8 KiB");
        assert_eq!(size(512), "512 B");
    }
}
