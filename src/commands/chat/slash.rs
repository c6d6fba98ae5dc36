//! The slash commands of `onyx chat`: parsed from a line, listed by /help and
//! offered by completion from the one table below.

/// A line that starts with '/'.
#[derive(Debug, Clone, PartialEq)]
pub enum Slash {
    New,
    Sessions,
    Agent(String),
    Model(Option<String>),
    Docset(Vec<String>),
    Source(Vec<String>),
    Sources,
    Open(Option<i64>),
    Copy,
    Help,
    Exit,
    Unknown(String),
}

/// Each command, its argument and what it does: /help's text and completion's words.
pub const COMMANDS: &[(&str, &str, &str)] = &[
    ("/new", "", "start a new session (with the current agent and filters)"),
    ("/sessions", "", "list your recent sessions and pick one to resume"),
    (
        "/agent",
        "NAME",
        "ask this agent from the next question on (a new session)",
    ),
    (
        "/model",
        "[NAME|default]",
        "answer with this model; no name shows the current one",
    ),
    (
        "/docset",
        "[NAME…]",
        "search only these document sets; none clears the filter",
    ),
    (
        "/source",
        "[TYPE…]",
        "search only these source types (web, confluence…); none clears",
    ),
    ("/sources", "", "show the last answer's sources and passages again"),
    ("/open", "N", "open source N of the last answer in the browser"),
    ("/copy", "", "copy the last answer to the clipboard"),
    ("/help", "", "show this help"),
    ("/exit", "", "leave (Ctrl-D does too)"),
];

/// The command of `line`, or `None` when it is a question.
pub fn parse(line: &str) -> Option<Slash> {
    let line = line.trim();
    let rest = line.strip_prefix('/')?;
    let (name, argument) = match rest.split_once(char::is_whitespace) {
        Some((name, argument)) => (name, argument.trim()),
        None => (rest, ""),
    };
    let argument_or_none = || Some(argument.to_string()).filter(|a| !a.is_empty());
    Some(match name {
        "new" => Slash::New,
        "sessions" => Slash::Sessions,
        "agent" => match argument_or_none() {
            Some(agent) => Slash::Agent(agent),
            None => Slash::Unknown("/agent needs a name or id, e.g. /agent 'HR Helper'".into()),
        },
        "model" => Slash::Model(argument_or_none()),
        "docset" | "docsets" => Slash::Docset(words(argument)),
        "source" => Slash::Source(words(argument)),
        "sources" => Slash::Sources,
        "open" => Slash::Open(argument.parse().ok()),
        "copy" => Slash::Copy,
        "help" | "?" => Slash::Help,
        "exit" | "quit" => Slash::Exit,
        other => Slash::Unknown(format!("no command /{other}; /help lists them")),
    })
}

/// /help's text.
pub fn help() -> String {
    let mut text = String::from("Type a question and press Enter; end a line with \\ (or press Alt-Enter) to go on.\n");
    for (name, argument, meaning) in COMMANDS {
        text.push_str(&format!("  {:<24}{meaning}\n", format!("{name} {argument}")));
    }
    text.push_str("Ctrl-C stops an answer being written; Ctrl-D leaves.\n");
    text
}

/// Words of an argument; quotes keep spaces inside a name ("HR Policies").
pub fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut quote: Option<char> = None;
    let mut started = false;
    for c in text.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => current.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                started = true;
            }
            (None, c) if c.is_whitespace() => {
                if started || !current.is_empty() {
                    words.push(std::mem::take(&mut current));
                    started = false;
                }
            }
            (None, c) => current.push(c),
        }
    }
    if started || !current.is_empty() {
        words.push(current);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_parse_to_commands() {
        assert_eq!(parse("what is new?"), None);
        assert_eq!(parse("/new"), Some(Slash::New));
        assert_eq!(parse(" /agent HR Helper "), Some(Slash::Agent("HR Helper".into())));
        assert_eq!(parse("/model"), Some(Slash::Model(None)));
        assert_eq!(
            parse("/docset 'HR Policies' Eng"),
            Some(Slash::Docset(vec!["HR Policies".into(), "Eng".into()]))
        );
        assert_eq!(parse("/source"), Some(Slash::Source(vec![])));
        assert_eq!(parse("/open 2"), Some(Slash::Open(Some(2))));
        assert_eq!(parse("/open x"), Some(Slash::Open(None)));
        assert!(matches!(parse("/frobnicate"), Some(Slash::Unknown(_))));
    }
}
