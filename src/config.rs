//! Profiles, environment and flags → one resolved `Settings`.
//! Precedence: flags > environment > config file. The config file lives in
//! the platform config dir, is written atomically and with mode 0600.

use crate::api::secret::{Secret, TokenKind};
use crate::api::{Credentials, ProxyHeader, RetryPolicy};
use crate::cli::{GlobalArgs, ProxyHeaderArg};
use crate::error::{Error, Result};
use crate::state::{lock_beside, write_atomically};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const DEFAULT_PROFILE: &str = "default";
pub const CLOUD_URL: &str = "https://cloud.onyx.app";

/// The config file: named profiles and which one is current.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_profile: Option<String>,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

#[derive(Debug, Default, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_url: Option<String>,
    /// Set by the user, or remembered after probing the server once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_prefix: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<Secret>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_cookie: Option<Secret>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_auth: Option<Secret>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_auth_header: Option<ProxyHeader>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_agent_id: Option<i64>,
    /// The model answers use unless `--model` names another (`onyx model use`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_model: Option<String>,
    /// The document sets `ask` and `chat` search when no --docset is given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub default_docsets: Vec<String>,
    /// What commands print when neither --json nor --jq is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<crate::cli::OutputFormat>,
    /// Colour on stderr when --color is not given (NO_COLOR still wins).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<crate::cli::ColorChoice>,
    /// The last chat session used, for `ask --continue`, as earlier versions
    /// kept it (now in the state directory; read only as a fallback).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_chat_session: Option<String>,
}

/// Onyx's own CLI config (`onyx-cli/config.json`), read when `onyx` has none.
#[derive(Debug, Deserialize)]
struct OnyxCliConfig {
    #[serde(default)]
    server_url: String,
    #[serde(default)]
    api_key: String,
    #[serde(default)]
    default_persona_id: i64,
}

/// Where a value came from, for `auth status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Flag,
    Env(&'static str),
    Profile,
    OnyxCli,
    Default,
}

impl Source {
    pub fn describe(self) -> String {
        match self {
            Source::Flag => "flag".into(),
            Source::Env(name) => format!("env {name}"),
            Source::Profile => "profile".into(),
            Source::OnyxCli => "onyx-cli config".into(),
            Source::Default => "default".into(),
        }
    }
}

pub struct Settings {
    pub profile_name: String,
    pub config_path: PathBuf,
    /// The config file as loaded (or empty), kept to save changes back.
    pub file: ConfigFile,
    pub server_url: Option<(String, Source)>,
    pub api_prefix: Option<(String, Source)>,
    /// One identity per request: the token or the session cookie, never both.
    pub credentials: Credentials,
    /// Where the credential in use came from (`auth status`).
    pub token_source: Option<Source>,
    /// The server a stored credential belongs to, when it was withheld because
    /// this run talks to another one.
    pub withheld_for: Option<String>,
    pub headers: Vec<(String, String)>,
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// `--retries`/`ONYX_RETRIES` tries again; `ONYX_RETRY_BASE_MS` (hidden, for
    /// tests and impatient people) sets the first wait.
    pub retry: RetryPolicy,
    pub verbose: bool,
    pub default_agent_id: Option<i64>,
    /// The profile's model (`onyx model use`), else ONYX_MODEL.
    pub default_model: Option<String>,
    /// The profile's document sets for `ask` and `chat` (`onyx config set docset`).
    pub default_docsets: Vec<String>,
    pub default_format: Option<crate::cli::OutputFormat>,
    pub default_color: Option<crate::cli::ColorChoice>,
    /// Things worth telling the user (world-readable config, odd token prefix).
    pub warnings: Vec<String>,
}

fn env_var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

pub fn config_dir() -> PathBuf {
    if let Some(dir) = env_var("ONYX_CONFIG_DIR") {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("", "", "onyx")
        .map(|d| d.config_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".onyx"))
}

fn onyx_cli_config_path() -> PathBuf {
    if let Some(dir) = env_var("XDG_CONFIG_HOME") {
        return Path::new(&dir).join("onyx-cli").join("config.json");
    }
    let home = env_var("HOME").unwrap_or_else(|| ".".into());
    Path::new(&home).join(".config").join("onyx-cli").join("config.json")
}

impl ConfigFile {
    pub fn path() -> PathBuf {
        config_dir().join("config.json")
    }

    /// Loads the file; a missing file is an empty config.
    pub fn load(path: &Path, warnings: &mut Vec<String>) -> Result<Option<ConfigFile>> {
        // A directory, a FIFO or a device at the config path would fail oddly
        // or block for ever on read: only a regular file of sane size is read.
        const MAX_CONFIG_BYTES: u64 = 1024 * 1024;
        let meta = match std::fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(Error::io(path, e)),
        };
        let refuse = |reason: &str| Error::Config {
            path: path.to_path_buf(),
            reason: reason.to_string(),
        };
        if !meta.is_file() {
            return Err(refuse("it is not a regular file"));
        }
        if meta.len() > MAX_CONFIG_BYTES {
            return Err(refuse("it is larger than 1 MiB, which no onyx config is"));
        }
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            if let Ok(meta) = std::fs::metadata(path) {
                if meta.permissions().mode() & 0o077 != 0 {
                    warnings.push(format!(
                        "config file {} is readable by other users and holds credentials; run: chmod 600 {}",
                        path.display(),
                        path.display()
                    ));
                }
            }
        }
        serde_json::from_str(&text).map(Some).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            reason: e.to_string(),
        })
    }

    /// Writes the file atomically (temp file + rename) with mode 0600, so a
    /// crash never leaves half a config and no other user can read the keys.
    pub fn save(&self, path: &Path) -> Result<()> {
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let text = serde_json::to_string_pretty(self).expect("config serializes");
        write_atomically(path, text.as_bytes())
    }
}

fn parse_header(raw: &str) -> Result<(String, String)> {
    let (name, value) = raw
        .split_once(':')
        .ok_or_else(|| Error::Usage(format!("header '{raw}' must look like 'Name: value'")))?;
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::Usage(format!("header '{raw}' has no name; use 'Name: value'")));
    }
    Ok((name.to_string(), value.trim().to_string()))
}

impl Settings {
    pub fn resolve(args: &GlobalArgs) -> Result<Settings> {
        let mut warnings = Vec::new();
        let config_path = ConfigFile::path();
        let loaded = ConfigFile::load(&config_path, &mut warnings)?;
        let file = loaded.unwrap_or_default();

        let profile_name = args
            .profile
            .clone()
            .or_else(|| file.current_profile.clone())
            .unwrap_or_else(|| DEFAULT_PROFILE.to_string());
        let profile = file.profiles.get(&profile_name).cloned().unwrap_or_default();
        // Onyx's own CLI config stands in for a profile that holds nothing yet
        // (a config.json with only remembered state must not hide it).
        let onyx_cli = if profile.server_url.is_none() && profile.api_key.is_none() && profile.session_cookie.is_none()
        {
            read_onyx_cli_config()
        } else {
            None
        };

        let server_url = pick([
            args.server.clone().map(|v| (v, Source::Flag)),
            env_var("ONYX_SERVER_URL").map(|v| (v, Source::Env("ONYX_SERVER_URL"))),
            profile.server_url.clone().map(|v| (v, Source::Profile)),
            onyx_cli
                .as_ref()
                .filter(|c| !c.server_url.is_empty())
                .map(|c| (c.server_url.clone(), Source::OnyxCli)),
        ]);
        // What a profile stores (credentials, prefix, proxy credentials) belongs
        // to the profile's server and goes nowhere else, as gh ties a token to
        // its host.
        let stored_server = |stored: Option<&str>| stored.unwrap_or(CLOUD_URL).to_string();
        let belongs_here = |stored: &str| match &server_url {
            None | Some((_, Source::Profile | Source::OnyxCli)) => true,
            Some((url, _)) => same_server(url, stored),
        };
        let profile_server = stored_server(profile.server_url.as_deref());
        let profile_here = belongs_here(&profile_server);
        let onyx_cli_here = onyx_cli.as_ref().is_some_and(|c| {
            belongs_here(&stored_server(
                Some(&c.server_url).filter(|u| !u.is_empty()).map(String::as_str),
            ))
        });

        // An empty ONYX_API_PREFIX is meaningful (bare API server), so it is
        // read without the empty-means-unset rule.
        let api_prefix = pick([
            args.api_prefix.clone().map(|v| (v, Source::Flag)),
            std::env::var("ONYX_API_PREFIX")
                .ok()
                .map(|v| (v, Source::Env("ONYX_API_PREFIX"))),
            profile
                .api_prefix
                .clone()
                .filter(|_| profile_here)
                .map(|v| (v, Source::Profile)),
        ]);

        // One credential, by precedence: flags > environment > profile. Sending
        // a key beside a cookie would let the server pick the identity.
        let credential = pick([
            args.session_cookie
                .clone()
                .map(|v| (Credential::Cookie(Secret::new(v)), Source::Flag)),
            env_var("ONYX_API_KEY").map(|v| (Credential::Token(Secret::new(v)), Source::Env("ONYX_API_KEY"))),
            env_var("ONYX_PAT").map(|v| (Credential::Token(Secret::new(v)), Source::Env("ONYX_PAT"))),
            env_var("ONYX_SESSION_COOKIE")
                .map(|v| (Credential::Cookie(Secret::new(v)), Source::Env("ONYX_SESSION_COOKIE"))),
            profile
                .api_key
                .clone()
                .filter(|_| profile_here)
                .map(|v| (Credential::Token(v), Source::Profile)),
            profile
                .session_cookie
                .clone()
                .filter(|_| profile_here)
                .map(|v| (Credential::Cookie(v), Source::Profile)),
            onyx_cli
                .as_ref()
                .filter(|c| onyx_cli_here && !c.api_key.is_empty())
                .map(|c| (Credential::Token(Secret::new(c.api_key.clone())), Source::OnyxCli)),
        ]);
        let withheld_for =
            (credential.is_none() && !profile_here && (profile.api_key.is_some() || profile.session_cookie.is_some()))
                .then(|| profile_server.clone());
        let (token, session_cookie, token_source) = match credential {
            Some((Credential::Token(t), source)) => (Some((t, source)), None, Some(source)),
            Some((Credential::Cookie(c), source)) => (None, Some(c), Some(source)),
            None => (None, None, None),
        };
        let proxy_auth = args
            .proxy_auth
            .clone()
            .or_else(|| env_var("ONYX_PROXY_AUTH"))
            .map(Secret::new)
            .or(profile.proxy_auth.clone().filter(|_| profile_here));
        let proxy_header = match args.proxy_auth_header {
            Some(ProxyHeaderArg::Authorization) => ProxyHeader::Authorization,
            Some(ProxyHeaderArg::ProxyAuthorization) => ProxyHeader::ProxyAuthorization,
            None => match env_var("ONYX_PROXY_AUTH_HEADER").map(|v| v.to_ascii_lowercase()) {
                Some(v) if v == "authorization" => ProxyHeader::Authorization,
                _ => profile.proxy_auth_header.unwrap_or_default(),
            },
        };
        for (given, flag, instead) in [
            (
                args.session_cookie.is_some(),
                "--session-cookie",
                "ONYX_SESSION_COOKIE, or 'onyx auth login --email'",
            ),
            (args.proxy_auth.is_some(), "--proxy-auth", "ONYX_PROXY_AUTH"),
        ] {
            if given {
                warnings.push(format!(
                    "{flag} puts a secret on the command line, where other users (ps) and shell history can read it; use {instead} instead"
                ));
            }
        }
        if let Some((token, _)) = &token {
            if token.token_kind() == TokenKind::Unknown {
                warnings.push(format!(
                    "the token {} has neither the API key prefix 'on_' nor the personal access token prefix 'onyx_pat_'; sending it anyway",
                    token.masked()
                ));
            }
        }

        let headers = args
            .headers
            .iter()
            .map(|h| parse_header(h))
            .collect::<Result<Vec<_>>>()?;
        let seconds = |flag: Option<Duration>, env: &str, default: u64| -> Result<Duration> {
            let value =
                match flag {
                    Some(v) => v,
                    None => match env_var(env) {
                        Some(v) => Duration::from_secs(v.trim().parse().map_err(|_| {
                            Error::Usage(format!("{env} must be a whole number of seconds, not '{v}'"))
                        })?),
                        None => Duration::from_secs(default),
                    },
                };
            Ok(value.max(Duration::from_secs(1)))
        };
        let retries = match args.retries {
            Some(v) => v,
            None => match env_var("ONYX_RETRIES") {
                Some(v) => v
                    .trim()
                    .parse()
                    .map_err(|_| Error::Usage(format!("ONYX_RETRIES must be a whole number, not '{v}'")))?,
                None => 3,
            },
        };
        let mut retry = RetryPolicy::new(retries);
        if let Some(ms) = env_var("ONYX_RETRY_BASE_MS").and_then(|v| v.trim().parse::<u64>().ok()) {
            retry.base = Duration::from_millis(ms);
        }
        let verbose = args.verbose || env_var("ONYX_DEBUG").is_some_and(|v| v != "0" && v != "false");
        // Flags (applied by the commands) > environment > profile > onyx-cli's config.
        let default_agent_id = env_var("ONYX_PERSONA_ID")
            .and_then(|v| v.trim().parse().ok())
            .or(profile.default_agent_id)
            .or_else(|| onyx_cli.as_ref().map(|c| c.default_persona_id).filter(|id| *id != 0));
        let default_model = env_var("ONYX_MODEL").or_else(|| profile.default_model.clone());

        Ok(Settings {
            profile_name,
            config_path,
            file,
            server_url,
            api_prefix,
            credentials: Credentials {
                token: token.as_ref().map(|(t, _)| t.clone()),
                session_cookie,
                proxy_auth,
                proxy_header,
            },
            token_source,
            withheld_for,
            headers,
            timeout: seconds(args.timeout, "ONYX_TIMEOUT", 60)?,
            connect_timeout: seconds(args.connect_timeout, "ONYX_CONNECT_TIMEOUT", 10)?,
            retry,
            verbose,
            default_agent_id,
            default_model,
            default_docsets: profile.default_docsets.clone(),
            default_format: profile.output,
            default_color: profile.color,
            warnings,
        })
    }

    pub fn profile(&self) -> Option<&Profile> {
        self.file.profiles.get(&self.profile_name)
    }

    /// Changes the current profile (creating it) and saves the file.
    pub fn update_profile(&mut self, change: impl FnOnce(&mut Profile)) -> Result<()> {
        let name = self.profile_name.clone();
        self.update_file(|file| {
            change(file.profiles.entry(name.clone()).or_default());
            if file.current_profile.is_none() {
                file.current_profile = Some(name);
            }
        })
    }

    /// Read-modify-write of the config file under a lock, starting from the
    /// file as it is now: another command's change made meanwhile (a login, a
    /// logout, a rotated key) is kept, and only `change` is applied.
    pub fn update_file(&mut self, change: impl FnOnce(&mut ConfigFile)) -> Result<()> {
        let _lock = lock_beside(&self.config_path)?;
        let mut ignored = Vec::new();
        let mut file = ConfigFile::load(&self.config_path, &mut ignored)?.unwrap_or_default();
        change(&mut file);
        file.save(&self.config_path)?;
        self.file = file;
        Ok(())
    }

    /// The server URL, or the Cloud when only a key is configured.
    pub fn server_url(&self) -> Result<String> {
        if let Some((url, _)) = &self.server_url {
            return normalize_server_url(url);
        }
        if !self.credentials.is_empty() {
            return Ok(CLOUD_URL.to_string());
        }
        Err(Error::NotConfigured(
            "not configured: run 'onyx auth login --server URL' or set ONYX_SERVER_URL and ONYX_API_KEY".into(),
        ))
    }
}

/// Accepts `host`, `host:port` and full URLs; rejects anything else early.
pub fn normalize_server_url(url: &str) -> Result<String> {
    let url = url.trim().trim_end_matches('/');
    let with_scheme = if url.contains("://") {
        url.to_string()
    } else if url.starts_with("localhost") || url.starts_with("127.") {
        format!("http://{url}")
    } else {
        format!("https://{url}")
    };
    let parsed = reqwest::Url::parse(&with_scheme).map_err(|e| {
        Error::Usage(format!(
            "server URL '{url}' is not a valid URL ({e}); e.g. https://cloud.onyx.app"
        ))
    })?;
    if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
        return Err(Error::Usage(format!(
            "server URL '{url}' must be http(s)://host[:port][/path]"
        )));
    }
    Ok(with_scheme)
}

/// The two URLs name the same server (scheme, host and port; a trailing slash
/// or letter case in the host does not matter).
pub fn same_server(a: &str, b: &str) -> bool {
    let key = |url: &str| {
        normalize_server_url(url)
            .ok()
            .and_then(|u| reqwest::Url::parse(&u).ok())
            .map(|u| {
                (
                    u.scheme().to_string(),
                    u.host_str().map(str::to_ascii_lowercase),
                    u.port_or_known_default(),
                    u.path().trim_end_matches('/').to_string(),
                )
            })
    };
    matches!((key(a), key(b)), (Some(x), Some(y)) if x == y)
}

enum Credential {
    Token(Secret),
    Cookie(Secret),
}

fn pick<T>(candidates: impl IntoIterator<Item = Option<T>>) -> Option<T> {
    candidates.into_iter().flatten().next()
}

fn read_onyx_cli_config() -> Option<OnyxCliConfig> {
    let text = std::fs::read_to_string(onyx_cli_config_path()).ok()?;
    serde_json::from_str(&text).ok()
}
