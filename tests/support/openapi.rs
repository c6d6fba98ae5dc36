//! Checks a request against the real server's schema (`openapi.json`, Onyx
//! v4.6.1, or `openapi.main.json`, Onyx main = Cloud, for a mock of that
//! generation): the route must exist for that method, and its body must
//! satisfy the operation's request schema. Unknown top-level fields are
//! refused too: the server would silently ignore a misspelt field (main
//! ignores `role` and makes a key without permissions), so our tests must not.

use jsonschema::Validator;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// Which server's schema a mock stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spec {
    /// Onyx v4.6.1: roles.
    V461,
    /// Onyx main (Onyx Cloud): group-based permissions.
    Main,
    /// Onyx main's enterprise routes (`openapi.main.ee.json`): a request to
    /// one of them is checked there; the community edition answers it 404.
    MainEe,
}

impl Spec {
    pub fn file(self) -> &'static str {
        match self {
            Spec::V461 => "openapi.json",
            Spec::Main => "openapi.main.json",
            Spec::MainEe => "openapi.main.ee.json",
        }
    }

    fn document(self) -> &'static Value {
        static V461: OnceLock<Value> = OnceLock::new();
        static MAIN: OnceLock<Value> = OnceLock::new();
        static MAIN_EE: OnceLock<Value> = OnceLock::new();
        let cell = match self {
            Spec::V461 => &V461,
            Spec::Main => &MAIN,
            Spec::MainEe => &MAIN_EE,
        };
        cell.get_or_init(|| {
            let file = self.file();
            let text = std::fs::read_to_string(super::shared_dir().join(file)).expect(file);
            serde_json::from_str(&text).expect("the schema parses")
        })
    }
}

/// Does the concrete `path` fit the openapi template (`{x}` = one segment)?
pub fn path_matches(template: &str, path: &str) -> bool {
    let t: Vec<&str> = template.trim_end_matches('/').split('/').collect();
    let p: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| (t.starts_with('{') && t.ends_with('}') && !p.is_empty()) || t == p)
}

/// The operation for a request: literal segments win over parameters.
fn operation(spec: Spec, method: &str, path: &str) -> Option<&'static Value> {
    let paths = spec.document()["paths"].as_object()?;
    paths
        .iter()
        .filter(|(template, _)| path_matches(template, path))
        .filter_map(|(template, item)| item.get(method.to_ascii_lowercase()).map(|op| (template, op)))
        .min_by_key(|(template, _)| template.matches('{').count())
        .map(|(_, op)| op)
}

fn resolve(spec: Spec, schema: &'static Value) -> &'static Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => {
            let name = reference.rsplit('/').next().unwrap_or("");
            &spec.document()["components"]["schemas"][name]
        }
        None => schema,
    }
}

fn validator(spec: Spec, schema: &'static Value) -> &'static Validator {
    static CACHE: OnceLock<Mutex<HashMap<usize, &'static Validator>>> = OnceLock::new();
    let key = schema as *const Value as usize;
    let mut cache = CACHE.get_or_init(Default::default).lock().unwrap();
    cache.entry(key).or_insert_with(|| {
        // Validate within the whole document so `#/components/...` refs resolve.
        let mut root = spec.document().clone();
        root.as_object_mut()
            .unwrap()
            .insert("$defs".into(), serde_json::json!({ "request": schema }));
        root.as_object_mut()
            .unwrap()
            .insert("$ref".into(), Value::String("#/$defs/request".into()));
        let compiled = jsonschema::draft202012::options()
            .build(&root)
            .expect("request schema compiles");
        Box::leak(Box::new(compiled))
    })
}

pub fn check_request(spec: Spec, method: &str, path: &str, content_type: &str, body: &[u8]) -> Result<(), String> {
    let Some(op) = operation(spec, method, path) else {
        if spec == Spec::Main && operation(Spec::MainEe, method, path).is_some() {
            return check_request(Spec::MainEe, method, path, content_type, body);
        }
        return Err(format!("no such route in {}", spec.file()));
    };
    let Some(request_body) = op.get("requestBody") else {
        return if body.is_empty() || body == b"null" {
            Ok(())
        } else {
            Err("the route takes no body, but one was sent".into())
        };
    };
    let content = &request_body["content"];
    let required = request_body.get("required").and_then(Value::as_bool).unwrap_or(false);
    if body.is_empty() {
        return if required {
            Err("the route requires a body".into())
        } else {
            Ok(())
        };
    }
    let media = content_type.split(';').next().unwrap_or("").trim();
    let Some(schema) = content.get(media).map(|c| &c["schema"]) else {
        return Err(format!(
            "content type '{media}' not accepted (takes {:?})",
            content.as_object().map(|o| o.keys().collect::<Vec<_>>())
        ));
    };
    let instance = match media {
        "application/json" => serde_json::from_slice::<Value>(body).map_err(|e| format!("body is not JSON: {e}"))?,
        "application/x-www-form-urlencoded" => {
            let url = format!("http://x/?{}", String::from_utf8_lossy(body));
            let pairs = reqwest::Url::parse(&url).map_err(|e| e.to_string())?;
            Value::Object(
                pairs
                    .query_pairs()
                    .map(|(k, v)| (k.into_owned(), Value::String(v.into_owned())))
                    .collect(),
            )
        }
        "multipart/form-data" => return check_multipart(resolve(spec, schema), content_type, body),
        other => return Err(format!("cannot check content type {other}")),
    };
    let errors: Vec<String> = validator(spec, schema)
        .iter_errors(&instance)
        .map(|e| format!("{} at '{}'", e, e.instance_path))
        .collect();
    if !errors.is_empty() {
        return Err(errors.join("; "));
    }
    check_known_fields(resolve(spec, schema), &instance)
}

fn check_known_fields(schema: &Value, instance: &Value) -> Result<(), String> {
    let (Some(properties), Some(object)) = (
        schema.get("properties").and_then(Value::as_object),
        instance.as_object(),
    ) else {
        return Ok(());
    };
    if schema.get("additionalProperties").is_some() {
        return Ok(());
    }
    let unknown: Vec<&String> = object.keys().filter(|k| !properties.contains_key(*k)).collect();
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(format!("fields the server does not know: {unknown:?}"))
    }
}

/// Multipart bodies: every part must be a field the schema names, and the
/// required ones must be there.
fn check_multipart(schema: &Value, content_type: &str, body: &[u8]) -> Result<(), String> {
    let boundary = content_type
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))
        .ok_or("multipart without boundary")?
        .trim_matches('"');
    let names = multipart_names(body, boundary);
    let properties = schema
        .get("properties")
        .and_then(Value::as_object)
        .ok_or("schema has no properties")?;
    for name in &names {
        if !properties.contains_key(name) {
            return Err(format!("multipart field '{name}' is not in the schema"));
        }
    }
    for required in schema.get("required").and_then(Value::as_array).into_iter().flatten() {
        let required = required.as_str().unwrap_or("");
        if !names.iter().any(|n| n == required) {
            return Err(format!("multipart field '{required}' is required"));
        }
    }
    Ok(())
}

/// The `name="…"` of every part of a multipart body.
pub fn multipart_names(body: &[u8], boundary: &str) -> Vec<String> {
    multipart_parts(body, boundary).into_iter().map(|p| p.name).collect()
}

#[derive(Debug, Clone)]
pub struct Part {
    pub name: String,
    pub filename: Option<String>,
    pub content_type: Option<String>,
    pub data: Vec<u8>,
}

/// Splits a multipart body into its parts (enough for tests to inspect uploads).
pub fn multipart_parts(body: &[u8], boundary: &str) -> Vec<Part> {
    let delimiter = format!("--{boundary}");
    let mut parts = Vec::new();
    let text = body;
    let positions: Vec<usize> = find_all(text, delimiter.as_bytes());
    for window in positions.windows(2) {
        let start = window[0] + delimiter.len();
        let end = window[1];
        let chunk = &text[start..end];
        let chunk = chunk.strip_prefix(b"\r\n").unwrap_or(chunk);
        let Some(head_end) = find_all(chunk, b"\r\n\r\n").first().copied() else {
            continue;
        };
        let head = String::from_utf8_lossy(&chunk[..head_end]).to_string();
        let mut data = chunk[head_end + 4..].to_vec();
        if data.ends_with(b"\r\n") {
            data.truncate(data.len() - 2);
        }
        // Attributes live on the Content-Disposition line only.
        let disposition = head
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))
            .unwrap_or("")
            .to_string();
        let attr = |key: &str| {
            disposition.split(';').find_map(|p| {
                p.trim()
                    .strip_prefix(&format!("{key}="))
                    .map(|v| v.trim_matches('"').to_string())
            })
        };
        let content_type = head
            .lines()
            .find_map(|l| {
                l.strip_prefix("Content-Type: ")
                    .or_else(|| l.strip_prefix("content-type: "))
            })
            .map(str::to_string);
        parts.push(Part {
            name: attr("name").unwrap_or_default(),
            filename: attr("filename"),
            content_type,
            data,
        });
    }
    parts
}

fn find_all(haystack: &[u8], needle: &[u8]) -> Vec<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return Vec::new();
    }
    (0..=haystack.len() - needle.len())
        .filter(|&i| &haystack[i..i + needle.len()] == needle)
        .collect()
}
