//! The one name resolver: every command that takes "an id or a name" finds
//! the resource here, by one rule: an id, else the exact name, else a unique
//! case-insensitive match. Several matches are a conflict listing them; none
//! is not-found, naming the closest names.

use crate::api::types::{ApiKey, Connector, ConnectorStatus, Credential, DocumentSet, Pat, Persona};
use crate::api::{api_keys, connectors, docsets, personas, Client};
use crate::error::{Error, Result};
use std::collections::HashMap;

/// A resource found by id or name.
pub trait Named {
    /// What a person calls it ("cc pair"); its command group is the same with
    /// dashes (`onyx cc-pair list`).
    const KIND: &'static str;
    fn id(&self) -> i64;
    fn name(&self) -> Option<&str>;
}

/// The one item `key` names, by the rule above.
pub fn pick<T: Named>(items: Vec<T>, key: &str) -> Result<T> {
    let index = Index::new(items);
    let at = index.position(key)?;
    Ok(index.items.into_iter().nth(at).expect("index is in range"))
}

/// Items looked up by id, exact name and case-folded name in constant time,
/// by the rule above: for callers that resolve many keys against one listing
/// (apply's manifests of thousands of resources).
pub struct Index<T> {
    items: Vec<T>,
    by_id: HashMap<i64, usize>,
    exact: HashMap<String, Vec<usize>>,
    folded: HashMap<String, Vec<usize>>,
}

impl<T: Named> Index<T> {
    pub fn new(items: Vec<T>) -> Self {
        let mut index = Index {
            items: Vec::with_capacity(items.len()),
            by_id: HashMap::new(),
            exact: HashMap::new(),
            folded: HashMap::new(),
        };
        for item in items {
            index.push(item);
        }
        index
    }

    pub fn push(&mut self, item: T) {
        let at = self.items.len();
        // The first item with an id keeps it, as a scan in order would find it.
        self.by_id.entry(item.id()).or_insert(at);
        if let Some(name) = item.name() {
            self.exact.entry(name.to_string()).or_default().push(at);
            self.folded.entry(name.to_lowercase()).or_default().push(at);
        }
        self.items.push(item);
    }

    pub fn items(&self) -> &[T] {
        &self.items
    }

    /// The item named exactly `name`, if any (what a create checks).
    pub fn exact(&self, name: &str) -> Option<&T> {
        self.exact.get(name).and_then(|at| at.first()).map(|&i| &self.items[i])
    }

    /// The one item `key` names, by the rule above.
    pub fn pick(&self, key: &str) -> Result<&T> {
        self.position(key).map(|at| &self.items[at])
    }

    fn position(&self, key: &str) -> Result<usize> {
        let key = key.trim();
        let kind = T::KIND;
        if let Some(&at) = key.parse::<i64>().ok().and_then(|id| self.by_id.get(&id)) {
            return Ok(at);
        }
        let none = Vec::new();
        let exact = self.exact.get(key).unwrap_or(&none);
        let matches = if exact.is_empty() {
            self.folded.get(&key.to_lowercase()).unwrap_or(&none)
        } else {
            exact
        };
        match matches.as_slice() {
            [one] => Ok(*one),
            [] => Err(Error::NotFound(format!(
                "no {kind} '{key}' by id or name{}; list them with 'onyx {} list'",
                closest(&self.items, key),
                kind.replace(' ', "-")
            ))),
            several => {
                let ids: Vec<String> = several.iter().map(|&i| self.items[i].id().to_string()).collect();
                let names: Vec<String> = several
                    .iter()
                    .map(|&i| format!("'{}'", self.items[i].name().unwrap_or_default()))
                    .collect();
                Err(Error::Conflict(format!(
                    "{} {kind}s are named '{key}' (ids {}: {}); name one by id",
                    several.len(),
                    ids.join(", "),
                    names.join(", ")
                )))
            }
        }
    }
}

/// Like `pick`, but `None` when nothing matches (for find-or-create).
pub fn find<T: Named>(items: Vec<T>, key: &str) -> Result<Option<T>> {
    match pick(items, key) {
        Ok(item) => Ok(Some(item)),
        Err(Error::NotFound(_)) => Ok(None),
        Err(other) => Err(other),
    }
}

/// The item named exactly `name`, if any: what a create checks before it
/// creates (a name differing in case is another resource to Onyx).
pub fn exact<T: Named>(items: impl IntoIterator<Item = T>, name: &str) -> Option<T> {
    items.into_iter().find(|item| item.name() == Some(name))
}

/// "; did you mean 'A' or 'B'?" for the names most like `key`, or nothing.
fn closest<T: Named>(items: &[T], key: &str) -> String {
    let key = key.to_lowercase();
    let mut scored: Vec<(f64, &str)> = items
        .iter()
        .filter_map(Named::name)
        .map(|name| (strsim::jaro(&key, &name.to_lowercase()), name))
        .filter(|(score, _)| *score > 0.7)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.dedup_by(|a, b| a.1 == b.1);
    let names: Vec<String> = scored.iter().take(3).map(|(_, name)| format!("'{name}'")).collect();
    if names.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", names.join(" or "))
    }
}

macro_rules! named {
    ($type:ty, $kind:literal, |$item:ident| $id:expr, $name:expr) => {
        impl Named for $type {
            const KIND: &'static str = $kind;
            fn id(&self) -> i64 {
                let $item = self;
                $id
            }
            fn name(&self) -> Option<&str> {
                let $item = self;
                $name
            }
        }
    };
}

named!(Connector, "connector", |c| c.id, Some(c.name.as_str()));
named!(Credential, "credential", |c| c.id, c.name.as_deref());
named!(ConnectorStatus, "cc pair", |p| p.cc_pair_id, p.name.as_deref());
named!(DocumentSet, "docset", |d| d.id, Some(d.name.as_str()));
named!(ApiKey, "api key", |k| k.api_key_id, k.api_key_name.as_deref());
named!(Pat, "pat", |p| p.id, Some(p.name.as_str()));
named!(Persona, "agent", |p| p.id, Some(p.name.as_str()));

pub fn connector(client: &Client, key: &str) -> Result<Connector> {
    pick(connectors::list(client)?, key)
}

pub fn credential(client: &Client, key: &str) -> Result<Credential> {
    pick(super::credential::mine(client)?, key)
}

/// A connector-credential pair by its own id or name.
pub fn cc_pair(client: &Client, key: &str) -> Result<ConnectorStatus> {
    pick(connectors::statuses(client)?, key)
}

pub fn docset(client: &Client, key: &str) -> Result<DocumentSet> {
    pick(docsets::list(client)?, key)
}

pub fn api_key(client: &Client, key: &str) -> Result<ApiKey> {
    pick(api_keys::list(client)?, key)
}

pub fn agent(client: &Client, key: &str) -> Result<Persona> {
    pick(personas::list(client)?, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Item(i64, &'static str);

    impl Named for Item {
        const KIND: &'static str = "docset";
        fn id(&self) -> i64 {
            self.0
        }
        fn name(&self) -> Option<&str> {
            Some(self.1)
        }
    }

    fn items() -> Vec<Item> {
        vec![
            Item(1, "Legal"),
            Item(2, "HR"),
            Item(3, "HR"),
            Item(7, "7"),
            Item(8, "Sales"),
            Item(9, "SALES"),
        ]
    }

    #[test]
    fn by_id_then_by_name() {
        let by_id = pick(items(), "2").unwrap();
        assert_eq!((by_id.0, by_id.1), (2, "HR"));
        let by_name = pick(items(), "Legal").unwrap();
        assert_eq!(by_name.0, 1);
        let ambiguous = pick(items(), "HR").unwrap_err();
        assert!(ambiguous.to_string().contains("ids 2, 3"), "{ambiguous}");
        assert!(matches!(ambiguous, Error::Conflict(_)));
        let missing = pick(items(), "Nope").unwrap_err();
        assert!(matches!(missing, Error::NotFound(_)));
        assert!(find(items(), "Nope").unwrap().is_none());
    }

    #[test]
    fn case_aside_only_when_no_exact_name_and_unique() {
        assert_eq!(pick(items(), "legal").unwrap().0, 1);
        assert_eq!(pick(items(), "Sales").unwrap().0, 8);
        let several = pick(items(), "sales").unwrap_err();
        assert!(matches!(several, Error::Conflict(_)));
        assert!(several.to_string().contains("ids 8, 9: 'Sales', 'SALES'"), "{several}");
    }

    #[test]
    fn not_found_names_the_closest() {
        let missing = pick(items(), "Legl").unwrap_err();
        let text = missing.to_string();
        assert!(text.contains("no docset 'Legl'"), "{text}");
        assert!(text.contains("did you mean 'Legal'?"), "{text}");
        assert!(text.contains("'onyx docset list'"), "{text}");
    }
}
