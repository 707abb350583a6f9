//! Checks what serde cannot: ids, both languages everywhere, weights, references
//! that resolve, guidance flags that agree with their source. Every problem is
//! reported with its location, not just the first.

use std::collections::HashSet;
use std::fmt;

use super::model::{Catalog, Reference, CATALOG_FORMAT, CATALOG_FORMAT_VERSION};
use crate::{sources, Localized};

/// One problem in a catalog, located by a JSON-path-like string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogProblem {
    /// Catalog id (or file name when the id is unknown).
    pub catalog: String,
    /// Where in the catalog, e.g. `sections[2].items[0].title.en`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for CatalogProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.catalog, self.message)
        } else {
            write!(f, "{} at {}: {}", self.catalog, self.path, self.message)
        }
    }
}

/// Parses and validates one catalog file. `name` labels problems found before the id is known.
pub fn parse_catalog(name: &str, json: &str) -> Result<Catalog, Vec<CatalogProblem>> {
    let problem = |message: String| vec![CatalogProblem { catalog: name.into(), path: String::new(), message }];
    // One typed pass (start-up reads every built-in catalog); only a file that fails it
    // is read again, loosely, to say what it is.
    let catalog: Catalog = serde_json::from_str(json).map_err(|e| problem(why_not_a_catalog(json, &e)))?;
    check_format(Some(&catalog.format), Some(u64::from(catalog.format_version))).map_err(problem)?;
    let problems = validate(&catalog);
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(problems)
    }
}

/// The format and version, read from any JSON object.
#[derive(serde::Deserialize)]
struct Head {
    format: Option<serde_json::Value>,
    format_version: Option<serde_json::Value>,
}

fn check_format(format: Option<&str>, version: Option<u64>) -> Result<(), String> {
    match format {
        Some(CATALOG_FORMAT) => {}
        Some(other) => return Err(format!("format is {other:?}, expected {CATALOG_FORMAT:?}")),
        None => return Err(format!("not a catalog: no \"format\": {CATALOG_FORMAT:?}")),
    }
    match version {
        Some(v) if v == u64::from(CATALOG_FORMAT_VERSION) => Ok(()),
        Some(v) if v > u64::from(CATALOG_FORMAT_VERSION) => {
            Err(format!("format_version {v} is newer than this tool reads ({CATALOG_FORMAT_VERSION}); update the tool"))
        }
        other => Err(format!("unsupported format_version {other:?}")),
    }
}

/// The clearest reason a text that failed the typed pass is not a catalog.
fn why_not_a_catalog(json: &str, error: &serde_json::Error) -> String {
    if let Err(syntax) = serde_json::from_str::<serde::de::IgnoredAny>(json) {
        return format!("not valid JSON: {syntax}");
    }
    match serde_json::from_str::<Head>(json) {
        Ok(head) => {
            let format = head.format.as_ref().and_then(|f| f.as_str());
            check_format(format, head.format_version.as_ref().and_then(|v| v.as_u64()))
                .err()
                .unwrap_or_else(|| format!("does not match the catalog schema: {error}"))
        }
        Err(_) => format!("not a catalog: no \"format\": {CATALOG_FORMAT:?}"),
    }
}

/// True for stable ids: ASCII, starting with a letter, then letters, digits and '-'.
pub fn is_valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !id.ends_with('-')
        && id.len() <= 64
}

struct Checker<'a> {
    catalog: &'a str,
    problems: Vec<CatalogProblem>,
}

impl Checker<'_> {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(CatalogProblem {
            catalog: self.catalog.to_string(),
            path: path.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, path: &str, text: &Localized) {
        for (lang, value) in [("zh", &text.zh), ("en", &text.en)] {
            if value.trim().is_empty() {
                self.report(format!("{path}.{lang}"), "text is missing");
            } else if value.trim() != value {
                self.report(format!("{path}.{lang}"), "text has leading or trailing spaces");
            }
        }
    }

    fn id(&mut self, path: &str, id: &str, seen: &mut HashSet<String>) {
        if !is_valid_id(id) {
            self.report(path, format!("id {id:?} must be ASCII, start with a letter, and use letters, digits and '-'"));
        }
        if !seen.insert(id.to_string()) {
            self.report(path, format!("id {id:?} is used twice"));
        }
    }

    /// The source must exist, and an item's guidance flag must agree with it.
    fn reference(&mut self, path: &str, reference: &Reference, guidance: Option<bool>) {
        self.text(&format!("{path}.clause"), &reference.clause);
        match sources::find(&reference.source) {
            None => self.report(format!("{path}.source"), format!("unknown source {:?}", reference.source)),
            Some(doc) => {
                if let Some(guidance) = guidance {
                    if guidance != doc.guidance {
                        let expected = if doc.guidance { "true" } else { "false" };
                        self.report(
                            path.replace(".reference", ".guidance"),
                            format!(
                                "must be {expected}: source {:?} is {}",
                                doc.id,
                                if doc.guidance { "guidance" } else { "binding" }
                            ),
                        );
                    }
                }
            }
        }
    }
}

/// Everything wrong with one catalog (empty when it is valid).
pub fn validate(catalog: &Catalog) -> Vec<CatalogProblem> {
    let mut check = Checker { catalog: &catalog.id, problems: Vec::new() };
    let mut ids = HashSet::new();
    if catalog.format != CATALOG_FORMAT {
        check.report("format", format!("expected {CATALOG_FORMAT:?}"));
    }
    check.id("id", &catalog.id, &mut ids);
    if catalog.version.trim().is_empty() {
        check.report("version", "version is missing");
    }
    check.text("title", &catalog.title);
    check.text("description", &catalog.description);
    if catalog.sections.is_empty() {
        check.report("sections", "a catalog needs at least one section");
    }
    for (s, section) in catalog.sections.iter().enumerate() {
        let path = format!("sections[{s}]");
        check.id(&format!("{path}.id"), &section.id, &mut ids);
        check.text(&format!("{path}.title"), &section.title);
        check.reference(&format!("{path}.reference"), &section.reference, None);
        if section.items.is_empty() {
            check.report(format!("{path}.items"), "a section needs at least one item");
        }
        for (i, item) in section.items.iter().enumerate() {
            let path = format!("{path}.items[{i}]");
            check.id(&format!("{path}.id"), &item.id, &mut ids);
            if !item.id.starts_with(&format!("{}-", section.id)) {
                check.report(
                    format!("{path}.id"),
                    format!("item id {:?} must start with its section id {:?}", item.id, section.id),
                );
            }
            check.text(&format!("{path}.title"), &item.title);
            check.text(&format!("{path}.question"), &item.question);
            check.text(&format!("{path}.evidence"), &item.evidence);
            check.reference(&format!("{path}.reference"), &item.reference, Some(item.guidance));
            if !(1..=5).contains(&item.weight) {
                check.report(format!("{path}.weight"), format!("weight {} must be 1 to 5", item.weight));
            }
        }
    }
    check.problems
}

/// Problems that only show across catalogs: an id may identify one thing only.
pub fn validate_set(catalogs: &[Catalog]) -> Vec<CatalogProblem> {
    let mut problems = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for catalog in catalogs {
        let ids = std::iter::once(catalog.id.as_str())
            .chain(catalog.sections.iter().map(|s| s.id.as_str()))
            .chain(catalog.sections.iter().flat_map(|s| s.items.iter().map(|i| i.id.as_str())));
        for id in ids {
            if let Some(first) = seen.insert(id.to_string(), catalog.id.clone()) {
                if first != catalog.id {
                    problems.push(CatalogProblem {
                        catalog: catalog.id.clone(),
                        path: String::new(),
                        message: format!("id {id:?} is also used in catalog {first:?}"),
                    });
                }
            }
        }
    }
    problems
}
