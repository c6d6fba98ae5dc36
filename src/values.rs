//! Values parsed where they enter: clap `value_parser`s for durations, sizes,
//! dates, `KEY=VALUE` pairs and HTTP methods. A bad value is a clap error that
//! names the flag (exit 2); the commands get typed values and trust them.

use reqwest::Method;
use std::time::Duration;

/// `90s`, `10m`, `1h30m`, `1d`; a bare number (`600`, `0.5`) is seconds, as before.
pub fn duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    if let Ok(secs) = text.parse::<f64>() {
        return Duration::try_from_secs_f64(secs)
            .map_err(|_| "a duration must be a non-negative number of seconds".to_string());
    }
    humantime::parse_duration(text).map_err(|e| format!("{e}; give a duration like 90s, 10m, 1h or 1d"))
}

/// The pause between two polls: a duration above zero, since an interval of
/// 0 would send the server thousands of requests a second.
pub fn poll_interval(text: &str) -> Result<Duration, String> {
    match duration(text)? {
        zero if zero.is_zero() => Err("the interval must be more than 0 (e.g. 5s or 500ms)".to_string()),
        interval => Ok(interval),
    }
}

/// `64MiB`, `1GB`, `512KiB`; a bare number is bytes.
pub fn size(text: &str) -> Result<u64, String> {
    text.trim()
        .parse::<bytesize::ByteSize>()
        .map(|size| size.as_u64())
        .map_err(|_| "give a size like 64MiB, 1GB or a number of bytes".to_string())
}

/// `YYYY-MM-DD` (midnight UTC) or an RFC 3339 timestamp (`2025-01-31T09:00:00Z`).
pub fn since(text: &str) -> Result<jiff::Timestamp, String> {
    let text = text.trim();
    let hint = "give a date as YYYY-MM-DD or an RFC 3339 timestamp (2025-01-31T09:00:00Z)";
    if text.len() == 10 {
        let date: jiff::civil::Date = text.parse().map_err(|e| format!("{e}; {hint}"))?;
        return date
            .to_zoned(jiff::tz::TimeZone::UTC)
            .map(|day| day.timestamp())
            .map_err(|e| format!("{e}; {hint}"));
    }
    text.parse().map_err(|e| format!("{e}; {hint}"))
}

/// `KEY=VALUE`, split at the first `=`; the key may not be empty.
pub fn key_value(text: &str) -> Result<(String, String), String> {
    text.split_once('=')
        .filter(|(key, _)| !key.is_empty())
        .map(|(key, value)| (key.to_string(), value.to_string()))
        .ok_or_else(|| "expected KEY=VALUE".to_string())
}

/// A count, a limit or a numeric id: clap's own message for these
/// ("invalid digit found in string") says nothing a person can act on.
pub fn whole_number<T: std::str::FromStr>(text: &str) -> Result<T, String> {
    text.trim()
        .parse()
        .map_err(|_| "expected a whole number, e.g. 20".to_string())
}

/// The methods `onyx api` sends; any case.
pub fn http_method(text: &str) -> Result<Method, String> {
    match text.to_ascii_uppercase().as_str() {
        "GET" => Ok(Method::GET),
        "POST" => Ok(Method::POST),
        "PUT" => Ok(Method::PUT),
        "PATCH" => Ok(Method::PATCH),
        "DELETE" => Ok(Method::DELETE),
        "HEAD" => Ok(Method::HEAD),
        _ => Err("unknown HTTP method; use GET, POST, PUT, PATCH, DELETE or HEAD".to_string()),
    }
}

/// A document source type (`confluence`, `web`, `file` …), one of the
/// server's `DocumentSource` values: a typo would otherwise filter out every
/// document without a word.
pub fn document_source(text: &str) -> Result<String, String> {
    let source = text.trim().to_ascii_lowercase();
    if crate::api::types::DOCUMENT_SOURCES.contains(&source.as_str()) {
        return Ok(source);
    }
    let closest = crate::api::types::DOCUMENT_SOURCES
        .iter()
        .map(|known| (strsim::jaro(&source, known), *known))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    Err(match closest {
        Some((_, known)) => format!("'{text}' is not a document source; did you mean '{known}'?"),
        None => format!(
            "'{text}' is not a document source; one of: {}",
            crate::api::types::DOCUMENT_SOURCES.join(", ")
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_take_units_and_bare_seconds() {
        assert_eq!(duration("10m"), Ok(Duration::from_secs(600)));
        assert_eq!(duration("1d"), Ok(Duration::from_secs(86_400)));
        assert_eq!(duration("90"), Ok(Duration::from_secs(90)));
        assert_eq!(duration("0.05"), Ok(Duration::from_millis(50)));
        assert!(duration("abc").is_err());
        assert!(duration("-1").is_err());
    }

    #[test]
    fn sizes_take_units_and_bare_bytes() {
        assert_eq!(size("64MiB"), Ok(64 * 1024 * 1024));
        assert_eq!(size("1GB"), Ok(1_000_000_000));
        assert_eq!(size("4096"), Ok(4096));
        assert!(size("lots").is_err());
    }

    #[test]
    fn since_accepts_dates_and_timestamps() {
        assert_eq!(since("2025-01-31").unwrap().to_string(), "2025-01-31T00:00:00Z");
        assert_eq!(
            since("2025-01-31T09:00:00Z").unwrap().to_string(),
            "2025-01-31T09:00:00Z"
        );
        assert!(since("2025-13-45").is_err());
        assert!(since("last week").is_err());
        assert!(since("2025-1-31").is_err());
    }

    #[test]
    fn pairs_and_methods() {
        assert_eq!(key_value("a=b=c"), Ok(("a".into(), "b=c".into())));
        assert!(key_value("=b").is_err());
        assert!(key_value("ab").is_err());
        assert_eq!(whole_number::<usize>(" 20"), Ok(20));
        assert!(whole_number::<u32>("ten").is_err());
        assert_eq!(http_method("patch"), Ok(Method::PATCH));
        assert!(http_method("FETCH").is_err());
    }
}
