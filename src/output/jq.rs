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

pub fn run(expr: &str, input: &Value) -> Result<Vec<JqOutput>> {
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
            "--jq '{expr}' does not compile ({} error(s)); check names and arity",
            errors.len()
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
        let out = run(".[].name", &input).unwrap();
        assert_eq!(out, vec![JqOutput::Text("Legal".into()), JqOutput::Text("HR".into())]);
        let out = run("map(.id) | add", &input).unwrap();
        assert_eq!(out, vec![JqOutput::Json(json!(7))]);
        assert!(run(".[", &input).is_err());
        let Err(Error::Usage(message)) = run(".[] | ", &input) else {
            panic!("a usage error")
        };
        assert!(
            message.contains("at the end") || message.contains("column"),
            "{message}"
        );
        assert!(run("nosuchfn", &input).is_err());
    }
}
