//! Where the API lives under a server URL: known without the network (a
//! prefix given, a URL ending in /api, Onyx Cloud), or found by probing.

use super::*;

impl Client {
    /// Finds the API under a server URL (this client's base): `GET
    /// <url>/api/health` (Cloud, the bundled nginx), then `GET <url>/health`
    /// (the bare API server). The probe is an ordinary request: it carries the
    /// proxy credentials and extra headers, is retried by the policy and
    /// reported to the observer; a proxy that refuses it is an auth failure.
    pub fn find_api_base(&self) -> Result<String> {
        let origin = self.options.base_url.trim_end_matches('/').to_string();
        let mut seen = Vec::new();
        for prefix in ["/api", ""] {
            let path = format!("{prefix}/health");
            let url = self.url(&path);
            match self.send(Method::GET, &path, &[], &Body::Empty, CallOptions::default()) {
                Ok(response) => {
                    let content_type = content_type(&response);
                    let bytes = read_body(response, &url).unwrap_or_default();
                    if decode::is_health_ok(&bytes) {
                        return Ok(format!("{origin}{prefix}"));
                    }
                    let what = if decode::looks_like_html(&content_type, &bytes) {
                        "an HTML page".to_string()
                    } else {
                        "200 without Onyx's health answer".to_string()
                    };
                    seen.push(format!("{url} → {what}"));
                }
                Err(
                    error @ Error::Auth {
                        problem: AuthProblem::Proxy,
                        ..
                    },
                ) => return Err(error),
                Err(error @ (Error::Unreachable { .. } | Error::Timeout { .. })) => return Err(error),
                Err(Error::Http(failure) | Error::Auth { failure, .. } | Error::RateLimited(failure)) => {
                    let what = if failure.html {
                        "an HTML page".to_string()
                    } else {
                        failure.status.to_string()
                    };
                    seen.push(format!("{url} → {what}"));
                }
                Err(other) => return Err(other),
            }
        }
        Err(Error::NoApiFound { origin, tried: seen })
    }
}

/// The API base when it can be known without the network: an explicit
/// prefix, a URL that already ends in `/api`, or Onyx Cloud.
pub fn known_api_base(server_url: &str, prefix: Option<&str>) -> Option<String> {
    let origin = server_url.trim_end_matches('/');
    if let Some(prefix) = prefix {
        let prefix = prefix.trim_matches('/');
        if prefix.is_empty() {
            return Some(origin.to_string());
        }
        let suffix = format!("/{prefix}");
        if origin.ends_with(&suffix) {
            return Some(origin.to_string());
        }
        return Some(format!("{origin}{suffix}"));
    }
    if origin.ends_with("/api") {
        return Some(origin.to_string());
    }
    let host = origin
        .split("://")
        .nth(1)
        .unwrap_or(origin)
        .split(['/', ':'])
        .next()
        .unwrap_or("");
    if host == CLOUD_HOST {
        return Some(format!("{origin}/api"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_base_rules() {
        assert_eq!(
            known_api_base("https://cloud.onyx.app", None).unwrap(),
            "https://cloud.onyx.app/api"
        );
        assert_eq!(
            known_api_base("https://cloud.onyx.app/api/", None).unwrap(),
            "https://cloud.onyx.app/api"
        );
        assert_eq!(
            known_api_base("http://localhost:8080", Some("")).unwrap(),
            "http://localhost:8080"
        );
        assert_eq!(
            known_api_base("https://x.example/api", Some("/api")).unwrap(),
            "https://x.example/api"
        );
        assert_eq!(
            known_api_base("https://x.example", Some("api")).unwrap(),
            "https://x.example/api"
        );
        assert!(known_api_base("https://onyx.example.com", None).is_none());
    }
}
