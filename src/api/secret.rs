//! The one place that knows how to hide a secret. API keys, tokens, cookies and
//! proxy credentials are held as `Secret`, whose Debug and Display are masked,
//! so no log line or error message can print one by accident. It lives in the
//! client because the client is what sends them; the CLI uses it from here.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The real value, for the one place that must send it (HTTP headers, config file).
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn masked(&self) -> String {
        mask(&self.0)
    }

    /// What kind of credential this is, judged by its prefix (REFERENCE §1.2).
    pub fn token_kind(&self) -> TokenKind {
        let raw = self.0.strip_prefix("Bearer ").unwrap_or(&self.0);
        if raw.starts_with("onyx_pat_") {
            TokenKind::PersonalAccessToken
        } else if raw.starts_with("on_") || raw.starts_with("dn_") {
            TokenKind::ApiKey
        } else {
            TokenKind::Unknown
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    ApiKey,
    PersonalAccessToken,
    Unknown,
}

impl TokenKind {
    pub fn describe(self) -> &'static str {
        match self {
            TokenKind::ApiKey => "API key",
            TokenKind::PersonalAccessToken => "personal access token",
            TokenKind::Unknown => "bearer token",
        }
    }
}

/// Mask like Onyx itself does for key displays: keep a short recognisable
/// prefix and the last four characters, never more than a quarter of the value.
pub fn mask(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    // At most a quarter of a secret is ever shown, so a short one keeps most
    // of its strength; a long key still shows its kind and its last 4.
    let budget = chars.len() / 4;
    if chars.len() < 16 {
        return "****".to_string();
    }
    let tail = budget.min(4);
    let head = if value.starts_with("onyx_pat_") { 12 } else { 7 }.min(budget - tail);
    let head: String = chars[..head].iter().collect();
    let tail: String = chars[chars.len() - tail..].iter().collect();
    format!("{head}****{tail}")
}

/// A copy of a JSON value with every string leaf masked by `mask` (keys are
/// kept): for showing credential payloads whose fields are all secrets.
pub fn mask_json(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::String(s) => Value::String(mask(s)),
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), mask_json(v))).collect()),
        Value::Array(items) => Value::Array(items.iter().map(mask_json).collect()),
        other => other.clone(),
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({})", self.masked())
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keep_prefix_and_tail_only() {
        let key = format!("on_{}", "a".repeat(252) + "RhsS");
        assert_eq!(mask(&key), "on_aaaa****RhsS");
        let pat = format!("onyx_pat_{}", "z".repeat(252) + "ld9j");
        assert_eq!(mask(&pat), "onyx_pat_zzz****ld9j");
        assert_eq!(mask("short"), "****");
        // Short secrets: never more than a quarter shown.
        for len in 1..64 {
            let secret: String = "s".repeat(len);
            let shown = mask(&secret).chars().filter(|c| *c == 's').count();
            assert!(shown * 4 <= len, "{len} chars: {} shown", shown);
        }
        assert!(!format!("{:?}", Secret::new(key.clone())).contains(&key));
    }

    #[test]
    fn json_masking_hides_every_string_leaf() {
        let token = "ghp_abcdefghijklmnopqrstuvwxyz";
        let value = serde_json::json!({"token": token, "nested": [token, 7, true], "n": null});
        let shown = mask_json(&value);
        assert_eq!(
            shown,
            serde_json::json!({"token": mask(token), "nested": [mask(token), 7, true], "n": null})
        );
        assert!(!shown.to_string().contains(token));
    }
}
