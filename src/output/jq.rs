//! `--jq EXPR`: filters JSON in-process with jaq (a jq implementation in
//! Rust), so a script needs no `jq` binary and no extra process.

use crate::error::{Error, Result};
use jaq_core::load::{Arena, File, Loader};
use jaq_core::{data, unwrap_valr, Compiler, Ctx, Vars};
use jaq_json::Val;
use serde_json::Value;

/// One result of a filter: strings come out raw (as `gh --jq` and `jq -r`
/// print them), everything else as JSON.
#[derive(Debug, PartialEq)]
pub enum JqOutput {
    Text(String),
    Json(Value),
}

/// The hidden first argument that makes `onyx` evaluate one filter: the
/// expression follows it, the JSON comes on stdin.
pub const EVAL_ARG: &str = "__jq-eval";

/// Runs the filter in a child `onyx` process. jaq has no recursion bound, so
/// a filter such as `def f: [f]; f` overflows the stack, which aborts the
/// whole process; in a child that is one clear error instead of exit 134.
pub fn run(expr: &str, input: &Value) -> Result<Vec<JqOutput>> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let exe = std::env::current_exe().map_err(|e| Error::io("<onyx executable>", e))?;
    let mut child = Command::new(exe)
        .arg(EVAL_ARG)
        .arg(expr)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::io("<onyx executable>", e))?;
    let bytes = serde_json::to_vec(input).expect("JSON values serialize");
    // A child that fails early may close its stdin; its exit says why.
    let _ = child.stdin.take().expect("piped").write_all(&bytes);
    let out = child
        .wait_with_output()
        .map_err(|e| Error::io("<onyx executable>", e))?;
    if out.status.success() {
        return serde_json::Deserializer::from_slice(&out.stdout)
            .into_iter::<Value>()
            .map(|item| match item {
                Ok(Value::Object(mut tagged)) if tagged.contains_key("text") => Ok(JqOutput::Text(
                    tagged
                        .remove("text")
                        .and_then(|t| t.as_str().map(str::to_string))
                        .unwrap_or_default(),
                )),
                Ok(Value::Object(mut tagged)) => Ok(JqOutput::Json(tagged.remove("json").unwrap_or(Value::Null))),
                _ => Err(Error::Usage(format!(
                    "--jq '{expr}': the filter's output could not be read back"
                ))),
            })
            .collect();
    }
    let said = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(_) if !said.trim().is_empty() => Err(Error::Usage(said.trim().to_string())),
        _ => Err(Error::Usage(format!(
            "--jq '{expr}' recursed without end (stack overflow); check for a definition that calls itself"
        ))),
    }
}

/// The child's side of `run`: evaluates `expr` on the JSON read from stdin and
/// prints each result as a tagged JSON line; a failure is one line on stderr.
pub fn eval_child(expr: &str) -> i32 {
    use std::io::{Read, Write};
    let mut bytes = Vec::new();
    if std::io::stdin().read_to_end(&mut bytes).is_err() {
        return 2;
    }
    let Ok(input) = serde_json::from_slice::<Value>(&bytes) else {
        eprintln!("--jq: cannot read the JSON result");
        return 2;
    };
    match evaluate(expr, &input) {
        Ok(outputs) => {
            let mut stdout = std::io::stdout().lock();
            for output in outputs {
                let tagged = match output {
                    JqOutput::Text(text) => serde_json::json!({ "text": text }),
                    JqOutput::Json(json) => serde_json::json!({ "json": json }),
                };
                if writeln!(stdout, "{tagged}").is_err() {
                    return 2;
                }
            }
            0
        }
        Err(error) => {
            eprintln!("{error}");
            2
        }
    }
}

/// Evaluates `expr` on `input` in this process.
pub fn evaluate(expr: &str, input: &Value) -> Result<Vec<JqOutput>> {
    let defs = jaq_core::defs().chain(jaq_std::defs()).chain(jaq_json::defs());
    let funs = jaq_core::funs().chain(jaq_std::funs()).chain(jaq_json::funs());
    let loader = Loader::new(defs);
    let arena = Arena::default();
    let program = File { code: expr, path: () };
    let modules = loader.load(&arena, program).map_err(|errors| {
        Error::Usage(format!(
            "--jq '{expr}' does not parse: {}",
            first_problem(expr, &errors)
        ))
    })?;
    let filter = Compiler::default().with_funs(funs).compile(modules).map_err(|errors| {
        Error::Usage(format!(
            "--jq '{expr}' does not compile ({}); check names and arity",
            crate::output::human::plural(errors.len() as u64, "error")
        ))
    })?;
    let bytes = serde_json::to_vec(input).expect("JSON values serialize");
    let input = jaq_json::read::parse_single(&bytes)
        .map_err(|e| Error::Usage(format!("--jq: cannot read the JSON result ({e})")))?;
    let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
    let mut outputs = Vec::new();
    for item in filter.id.run((ctx, input)).map(unwrap_valr) {
        let value = item.map_err(|e| Error::Usage(format!("--jq '{expr}' failed: {e}")))?;
        outputs.push(convert(&value));
    }
    Ok(outputs)
}

/// What the first load error expected and where, as a column of `expr`
/// (jaq reports the rest of the input where it stopped).
fn first_problem(expr: &str, errors: &jaq_core::load::Errors<&str, ()>) -> String {
    use jaq_core::load::Error as LoadError;
    let at = |rest: &str| {
        let column = expr.len().saturating_sub(rest.len()) + 1;
        if rest.is_empty() {
            "at the end".to_string()
        } else {
            format!("at column {column}")
        }
    };
    let expected = |want: &str, rest: &str| match want {
        // jaq "expects nothing" where the input should have ended.
        "nothing" => format!("unexpected input {}", at(rest)),
        want => format!("expected {want} {}", at(rest)),
    };
    let first = errors.first().map(|(_, e)| match e {
        LoadError::Lex(lex) => lex.first().map(|(want, rest)| expected(want.as_str(), rest)),
        LoadError::Parse(parse) => parse.first().map(|(want, rest)| expected(want.as_str(), rest)),
        LoadError::Io(io) => io.first().map(|(_, why)| why.clone()),
    });
    first.flatten().unwrap_or_else(|| "check the expression".to_string())
}

fn convert(value: &Val) -> JqOutput {
    let text = value.to_string();
    match serde_json::from_str::<Value>(&text) {
        Ok(Value::String(s)) => JqOutput::Text(s),
        Ok(json) => JqOutput::Json(json),
        Err(_) => JqOutput::Text(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn filters_like_jq() {
        let input = json!([{"name": "Legal", "id": 3}, {"name": "HR", "id": 4}]);
        let out = evaluate(".[].name", &input).unwrap();
        assert_eq!(out, vec![JqOutput::Text("Legal".into()), JqOutput::Text("HR".into())]);
        let out = evaluate("map(.id) | add", &input).unwrap();
        assert_eq!(out, vec![JqOutput::Json(json!(7))]);
        assert!(evaluate(".[", &input).is_err());
        let Err(Error::Usage(message)) = evaluate(".[] | ", &input) else {
            panic!("a usage error")
        };
        assert!(
            message.contains("at the end") || message.contains("column"),
            "{message}"
        );
        assert!(evaluate("nosuchfn", &input).is_err());
    }
}
