//! What apply did (or, with --dry-run, would do), one row per resource.

use crate::output::Table;
use serde::Serialize;

/// The kinds of resource a spec holds, named as in the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Credential,
    Connector,
    CcPair,
    Docset,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Credential => "credential",
            Kind::Connector => "connector",
            Kind::CcPair => "cc-pair",
            Kind::Docset => "docset",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What happened to a resource; a dry run uses the present tense (`Create`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Unchanged,
    Create,
    Created,
    Update,
    Updated,
    Delete,
    Deleted,
    Deleting,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Unchanged => "unchanged",
            Action::Create => "create",
            Action::Created => "created",
            Action::Update => "update",
            Action::Updated => "updated",
            Action::Delete => "delete",
            Action::Deleted => "deleted",
            Action::Deleting => "deleting",
        }
    }
}

#[derive(Debug, Serialize)]
pub struct Step {
    pub kind: Kind,
    pub name: String,
    pub id: Option<i64>,
    pub action: Action,
}

pub fn step(kind: Kind, name: &str, id: Option<i64>, action: Action) -> Step {
    Step {
        kind,
        name: name.to_string(),
        id,
        action,
    }
}

/// The steps as a table; a dry run says what it would do.
pub fn table(steps: &[Step], dry: bool) -> Table {
    let mut t = Table::new(["kind", "name", "id", "action"]).outcomes_in(3);
    for s in steps {
        let action = if dry {
            match s.action {
                Action::Unchanged => "unchanged".to_string(),
                action => format!("would {}", action.as_str()),
            }
        } else {
            s.action.as_str().to_string()
        };
        t.row([
            s.kind.to_string(),
            s.name.clone(),
            s.id.map(|i| i.to_string()).unwrap_or_else(|| "-".into()),
            action,
        ]);
    }
    t
}
