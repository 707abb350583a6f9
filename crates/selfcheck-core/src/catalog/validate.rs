//! Checks what serde cannot: ids, text, weights and levels, references that resolve,
//! guidance flags that agree with their source. Every problem is reported with its
//! location (a JSON path such as `sections[2].items[0].title.en`), not just the first.
//!
//! Built-in catalogs are held to the product's rules (both languages everywhere, every
//! source in the register). A catalog a team loads is held to what the product needs to
//! work with it: ids it can key answers by, some text for every item, valid weights and
//! levels; its references are free text.

use std::collections::HashSet;
use std::fmt;

use super::model::{Catalog, Item, Reference, CATALOG_FORMAT, CATALOG_FORMAT_VERSION};
use crate::clauses::{self, Citation, ClauseRegister, Party};
use crate::messages::{Describe, Message, M};
use crate::{sources, Lang, Localized};

/// Where a catalog comes from, which decides the rules it is held to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    Loaded,
}

/// One problem in a catalog, located.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogProblem {
    /// Catalog id (or file name when the id is unknown).
    pub catalog: String,
    /// Where in the catalog, e.g. `sections[2].items[0].title.en`; empty for the file.
    pub path: String,
    pub issue: Issue,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Issue {
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    NotACatalog,
    WrongFormat {
        found: String,
    },
    NewerFormat {
        found: u64,
    },
    BadFormatVersion,
    /// Valid JSON, not the format's shape (serde's words, with where).
    Shape {
        line: usize,
        column: usize,
        detail: String,
    },
    TextMissing,
    TextPadded,
    BadId {
        id: String,
    },
    DuplicateId {
        id: String,
    },
    /// The same id in another catalog.
    IdInOtherCatalog {
        id: String,
        other: String,
    },
    ItemOutsideSection {
        item: String,
        section: String,
    },
    UnknownSource {
        source: String,
    },
    GuidanceMismatch {
        source: String,
        expected: bool,
    },
    Weight {
        weight: u8,
    },
    Level {
        level: u8,
    },
    NoSections,
    NoItems,
    NoVersion,
    TooManyItems {
        count: usize,
        limit: usize,
    },
    /// A binding source's clause the clause register does not list (`check_register`).
    ClauseNotInRegister {
        cited: Box<Reference>,
    },
    /// A clause the register writes otherwise in one language.
    ClauseWordedOtherwise {
        cited: Box<Reference>,
        /// The register's wording.
        entry: Box<Localized>,
    },
    /// A clause that puts no duty on the party who answers the catalog.
    ClauseNotBinding {
        cited: Box<Reference>,
        party: Party,
    },
    /// A red line resting on guidance.
    GatingOnGuidance,
    /// A red line that does not say what makes it decisive.
    GatingWithoutBasis,
    /// A basis on an item that is no red line.
    BasisWithoutGating,
    /// A built-in item with `maps_to` (built-in relations are the crosswalk's).
    MapsToInBuiltin,
    /// `maps_to` names no built-in provider item.
    MapsToUnknown {
        target: String,
    },
    MapsToRepeated {
        target: String,
    },
    /// Not equal to an item it is equal to through its other relations.
    MapsToContradicts {
        target: String,
        kind: crate::crosswalk::RelationKind,
    },
    /// Equal to two built-in items that are not equal to each other.
    MapsToJoinsGroups {
        first: String,
        second: String,
    },
}

impl Describe for CatalogProblem {
    fn describe(&self) -> Message {
        let issue = self.issue.describe();
        let key = if self.path.is_empty() { M::CatalogProblem } else { M::CatalogProblemAt };
        Message::new(key).with("catalog", &self.catalog).with("path", &self.path).message("problem", issue)
    }
}

impl Issue {
    fn describe(&self) -> Message {
        match self {
            Issue::NotJson { line, column, detail } => {
                Message::new(M::ReportNotJson).with("line", line).with("column", column).with("detail", detail)
            }
            Issue::NotACatalog => Message::new(M::CatalogNotACatalog).with("format", CATALOG_FORMAT),
            Issue::WrongFormat { found } => {
                Message::new(M::CatalogWrongFormat).with("found", found).with("format", CATALOG_FORMAT)
            }
            Issue::NewerFormat { found } => {
                Message::new(M::CatalogNewer).with("found", found).with("supported", CATALOG_FORMAT_VERSION)
            }
            Issue::BadFormatVersion => Message::new(M::CatalogBadFormatVersion),
            Issue::Shape { line, column, detail } => {
                Message::new(M::CatalogShape).with("line", line).with("column", column).with("detail", detail)
            }
            Issue::TextMissing => Message::new(M::CatalogTextMissing),
            Issue::TextPadded => Message::new(M::CatalogTextPadded),
            Issue::BadId { id } => Message::new(M::CatalogBadId).with("id", id),
            Issue::DuplicateId { id } => Message::new(M::CatalogDuplicateId).with("id", id),
            Issue::IdInOtherCatalog { id, other } => {
                Message::new(M::CatalogIdElsewhere).with("id", id).with("other", other)
            }
            Issue::ItemOutsideSection { item, section } => {
                Message::new(M::CatalogItemPrefix).with("item", item).with("section", section)
            }
            Issue::UnknownSource { source } => Message::new(M::CatalogUnknownSource).with("source", source),
            Issue::GuidanceMismatch { source, expected } => {
                Message::new(if *expected { M::CatalogMustBeGuidance } else { M::CatalogMustNotBeGuidance })
                    .with("source", source)
            }
            Issue::Weight { weight } => Message::new(M::CatalogWeight).with("weight", weight),
            Issue::Level { level } => Message::new(M::CatalogLevel).with("level", level),
            Issue::NoSections => Message::new(M::CatalogNoSections),
            Issue::NoItems => Message::new(M::CatalogNoItems),
            Issue::NoVersion => Message::new(M::CatalogNoVersion),
            Issue::TooManyItems { count, limit } => {
                Message::new(M::CatalogTooManyItems).with("count", count).with("limit", limit)
            }
            Issue::ClauseNotInRegister { cited } => with_citation(Message::new(M::CatalogClauseNotInRegister), cited),
            Issue::ClauseWordedOtherwise { cited, entry } => {
                with_citation(Message::new(M::CatalogClauseWordedOtherwise), cited)
                    .with("entry_zh", &entry.zh)
                    .with("entry_en", &entry.en)
            }
            Issue::ClauseNotBinding { cited, party } => {
                let party = match party {
                    Party::Provider => M::RoleProvider,
                    Party::Agency => M::RoleAgency,
                    Party::Authorities => M::PartyAuthorities,
                    Party::Assessors => M::PartyAssessors,
                };
                with_citation(Message::new(M::CatalogClauseNotBinding), cited).term("party", party)
            }
            Issue::GatingOnGuidance => Message::new(M::CatalogGatingOnGuidance),
            Issue::GatingWithoutBasis => Message::new(M::CatalogGatingWithoutBasis),
            Issue::BasisWithoutGating => Message::new(M::CatalogBasisWithoutGating),
            Issue::MapsToInBuiltin => Message::new(M::CatalogMapsToInBuiltin),
            Issue::MapsToUnknown { target } => Message::new(M::CatalogMapsToUnknown).with("target", target),
            Issue::MapsToRepeated { target } => Message::new(M::CatalogMapsToRepeated).with("target", target),
            Issue::MapsToContradicts { target, kind } => {
                Message::new(M::CatalogMapsToContradicts).with("target", target).with("kind", kind.code())
            }
            Issue::MapsToJoinsGroups { first, second } => {
                Message::new(M::CatalogMapsToJoinsGroups).with("first", first).with("second", second)
            }
        }
    }
}

/// A message's `{source}`, `{clause_zh}` and `{clause_en}`: a citation in both
/// languages, since the register matches both.
fn with_citation(message: Message, cited: &Reference) -> Message {
    let Reference { source, clause } = cited;
    message.with("source", source).with("clause_zh", &clause.zh).with("clause_en", &clause.en)
}

/// In English, for build errors and test output.
impl fmt::Display for CatalogProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

/// Parses and validates one built-in catalog file. `name` labels problems found before
/// the id is known.
pub fn parse_catalog(name: &str, json: &str) -> Result<Catalog, Vec<CatalogProblem>> {
    parse(name, json, Origin::BuiltIn)
}

/// Parses a catalog file and checks it by the rules of its origin.
pub fn parse(name: &str, json: &str, origin: Origin) -> Result<Catalog, Vec<CatalogProblem>> {
    let problem = |issue: Issue| vec![CatalogProblem { catalog: name.into(), path: String::new(), issue }];
    // One typed pass (start-up reads every built-in catalog); only a file that fails it
    // is read again, loosely, to say what it is.
    let catalog: Catalog = serde_json::from_str(json).map_err(|e| problem(why_not_a_catalog(json, &e)))?;
    check_format(Some(&catalog.format), Some(u64::from(catalog.format_version))).map_err(problem)?;
    let problems = check(&catalog, origin);
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

/// Format versions 1 to 3 are read (2 and 3 only add optional fields).
fn check_format(format: Option<&str>, version: Option<u64>) -> Result<(), Issue> {
    match format {
        Some(CATALOG_FORMAT) => {}
        Some(other) => return Err(Issue::WrongFormat { found: other.to_string() }),
        None => return Err(Issue::NotACatalog),
    }
    match version {
        Some(v) if (1..=u64::from(CATALOG_FORMAT_VERSION)).contains(&v) => Ok(()),
        Some(v) if v > u64::from(CATALOG_FORMAT_VERSION) => Err(Issue::NewerFormat { found: v }),
        _ => Err(Issue::BadFormatVersion),
    }
}

/// serde_json's message without the position it appends.
fn located(e: &serde_json::Error) -> (usize, usize, String) {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    (e.line(), e.column(), text.strip_suffix(&suffix).unwrap_or(&text).to_string())
}

/// The clearest reason a text that failed the typed pass is not a catalog.
fn why_not_a_catalog(json: &str, error: &serde_json::Error) -> Issue {
    if let Err(syntax) = serde_json::from_str::<serde::de::IgnoredAny>(json) {
        let (line, column, detail) = located(&syntax);
        return Issue::NotJson { line, column, detail };
    }
    match serde_json::from_str::<Head>(json) {
        Ok(head) => {
            let format = head.format.as_ref().and_then(|f| f.as_str());
            check_format(format, head.format_version.as_ref().and_then(|v| v.as_u64())).err().unwrap_or_else(|| {
                let (line, column, detail) = located(error);
                Issue::Shape { line, column, detail }
            })
        }
        Err(_) => Issue::NotACatalog,
    }
}

/// True for the ids of built-in catalogs, and of any catalog: ASCII, starting with a
/// letter, then letters, digits and '-'.
pub fn is_valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !id.ends_with('-')
        && id.len() <= 64
}

/// True for the ids of items and sections in a loaded catalog, as spreadsheets number
/// them: letters, digits, '-', '.' and '_', starting with a letter or digit.
pub fn is_valid_local_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphanumeric())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
        && id.len() <= 64
}

struct Checker<'a> {
    catalog: &'a str,
    origin: Origin,
    problems: Vec<CatalogProblem>,
}

impl Checker<'_> {
    fn report(&mut self, path: impl Into<String>, issue: Issue) {
        self.problems.push(CatalogProblem { catalog: self.catalog.to_string(), path: path.into(), issue });
    }

    /// Built-in text needs both languages; a loaded catalog's, some text (`required`).
    fn text(&mut self, at: At<'_>, text: &Localized, required: bool) {
        let languages = [("zh", &text.zh), ("en", &text.en)];
        match self.origin {
            Origin::BuiltIn => {
                for (lang, value) in languages {
                    if value.trim().is_empty() {
                        self.report(format!("{}.{lang}", at.path()), Issue::TextMissing);
                    } else if value.trim() != value {
                        self.report(format!("{}.{lang}", at.path()), Issue::TextPadded);
                    }
                }
            }
            Origin::Loaded => {
                if required && text.zh.trim().is_empty() && text.en.trim().is_empty() {
                    self.report(at.path(), Issue::TextMissing);
                }
            }
        }
    }

    fn id<'c>(&mut self, at: At<'_>, id: &'c str, seen: &mut HashSet<&'c str>) {
        let valid = match self.origin {
            Origin::BuiltIn => is_valid_id(id),
            // Loaded ids are kept as `catalog:local` (`loaded::namespaced`).
            Origin::Loaded => match id.split_once(':') {
                Some((catalog, local)) => catalog == self.catalog && is_valid_local_id(local),
                None => is_valid_local_id(id),
            },
        };
        if !valid {
            self.report(at.path(), Issue::BadId { id: id.to_string() });
        }
        if !seen.insert(id) {
            self.report(at.path(), Issue::DuplicateId { id: id.to_string() });
        }
    }

    /// The source must exist, and an item's guidance flag must agree with it (built-in
    /// catalogs; a loaded catalog's reference is free text).
    fn reference(&mut self, at: At<'_>, reference: &Reference, guidance: Option<bool>) {
        if self.origin == Origin::Loaded {
            return;
        }
        self.text(at.field("reference.clause"), &reference.clause, true);
        match sources::find(&reference.source) {
            None => self
                .report(at.field("reference.source").path(), Issue::UnknownSource { source: reference.source.clone() }),
            Some(doc) => {
                if guidance.is_some_and(|g| g != doc.guidance) {
                    self.report(
                        at.field("guidance").path(),
                        Issue::GuidanceMismatch { source: doc.id.clone(), expected: doc.guidance },
                    );
                }
            }
        }
    }
}

/// Where a check looks (`sections[2].items[0].title`), written out only for a problem:
/// a 5,000-item catalog is checked as it is loaded, and formatting every path cost more
/// than the checks themselves.
#[derive(Clone, Copy)]
enum At<'a> {
    Catalog(&'a str),
    Section(usize, &'a str),
    Item(usize, usize, &'a str),
}

impl<'a> At<'a> {
    fn field(self, field: &'a str) -> At<'a> {
        match self {
            At::Catalog(_) => At::Catalog(field),
            At::Section(s, _) => At::Section(s, field),
            At::Item(s, i, _) => At::Item(s, i, field),
        }
    }

    fn path(self) -> String {
        match self {
            At::Catalog(field) => field.to_string(),
            At::Section(s, field) => format!("sections[{s}].{field}"),
            At::Item(s, i, field) => format!("sections[{s}].items[{i}].{field}"),
        }
    }
}

/// Everything wrong with one built-in catalog (empty when it is valid).
pub fn validate(catalog: &Catalog) -> Vec<CatalogProblem> {
    check(catalog, Origin::BuiltIn)
}

/// Everything wrong with one catalog by the rules of its origin.
pub fn check(catalog: &Catalog, origin: Origin) -> Vec<CatalogProblem> {
    let mut check = Checker { catalog: &catalog.id, origin, problems: Vec::new() };
    let mut builtin_relations = None;
    let mut ids = HashSet::new();
    if catalog.format != CATALOG_FORMAT {
        check.report("format", Issue::WrongFormat { found: catalog.format.clone() });
    }
    if !is_valid_id(&catalog.id) {
        check.report("id", Issue::BadId { id: catalog.id.clone() });
    }
    ids.insert(catalog.id.as_str());
    if catalog.version.trim().is_empty() {
        check.report("version", Issue::NoVersion);
    }
    check.text(At::Catalog("title"), &catalog.title, true);
    if origin == Origin::BuiltIn {
        check.text(At::Catalog("description"), &catalog.description, true);
    }
    if catalog.sections.is_empty() {
        check.report("sections", Issue::NoSections);
    }
    for (s, section) in catalog.sections.iter().enumerate() {
        let at = |field| At::Section(s, field);
        check.id(at("id"), &section.id, &mut ids);
        check.text(at("title"), &section.title, true);
        check.reference(at("reference"), &section.reference, None);
        if section.items.is_empty() {
            check.report(at("items").path(), Issue::NoItems);
        }
        for (i, item) in section.items.iter().enumerate() {
            let at = |field| At::Item(s, i, field);
            check.id(at("id"), &item.id, &mut ids);
            if origin == Origin::BuiltIn
                && !item.id.strip_prefix(section.id.as_str()).is_some_and(|rest| rest.starts_with('-'))
            {
                let issue = Issue::ItemOutsideSection { item: item.id.clone(), section: section.id.clone() };
                check.report(at("id").path(), issue);
            }
            check.text(at("title"), &item.title, true);
            check.text(at("question"), &item.question, true);
            if origin == Origin::BuiltIn {
                check.text(at("evidence"), &item.evidence, true);
            }
            check.reference(at("reference"), &item.reference, Some(item.guidance));
            if let Some(basis) = &item.gating_basis {
                check.text(at("gating_basis"), basis, false);
            }
            if !(1..=5).contains(&item.weight) {
                check.report(at("weight").path(), Issue::Weight { weight: item.weight });
            }
            if let Some(level) = item.level.filter(|l| !(1..=4).contains(l)) {
                check.report(at("level").path(), Issue::Level { level });
            }
            if !item.maps_to.is_empty() {
                let builtin_relations = builtin_relations
                    .get_or_insert_with(|| crate::crosswalk::Relations::new(crate::crosswalk::builtin(), []));
                for issue in maps_to_issues(item, origin, builtin_relations) {
                    check.report(at("maps_to").path(), issue);
                }
            }
        }
    }
    check.problems
}

/// What is wrong with an item's `maps_to`: a built-in item has none; a loaded one names
/// built-in provider items, each once, and says nothing the relations between them deny.
fn maps_to_issues(item: &Item, origin: Origin, relations: &crate::crosswalk::Relations) -> Vec<Issue> {
    use crate::crosswalk::RelationKind;
    if origin == Origin::BuiltIn {
        return vec![Issue::MapsToInBuiltin];
    }
    let mut issues = Vec::new();
    let mut seen = HashSet::new();
    let is_provider_item =
        |id: &str| super::builtin().item(id).is_some_and(|at| at.catalog.audience == super::Audience::Provider);
    // A group of equal items is named by its first member; an item in none by itself.
    let group = |id: &str| relations.group(id).map_or_else(|| id.to_string(), |members| members[0].clone());
    let mut equal_to: Option<&str> = None;
    for target in &item.maps_to {
        if !is_provider_item(&target.item) {
            issues.push(Issue::MapsToUnknown { target: target.item.clone() });
        } else if !seen.insert(target.item.as_str()) {
            issues.push(Issue::MapsToRepeated { target: target.item.clone() });
        } else if target.kind == RelationKind::Equal {
            match equal_to {
                Some(first) if group(first) != group(&target.item) => {
                    issues.push(Issue::MapsToJoinsGroups { first: first.to_string(), second: target.item.clone() })
                }
                Some(_) => {}
                None => equal_to = Some(&target.item),
            }
        }
    }
    if let Some(first) = equal_to {
        // Equal to `first`, the item stands to any other item as `first`'s group does.
        let equals: Vec<String> = relations.group(first).map_or_else(|| vec![first.to_string()], <[String]>::to_vec);
        for target in item.maps_to.iter().filter(|t| t.kind != RelationKind::Equal) {
            let denied = group(&target.item) == group(first)
                || equals.iter().any(|member| {
                    relations.of(member).iter().any(|edge| edge.related == target.item && edge.kind != target.kind)
                });
            if is_provider_item(&target.item) && denied {
                issues.push(Issue::MapsToContradicts { target: target.item.clone(), kind: target.kind });
            }
        }
    }
    issues
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
                        issue: Issue::IdInOtherCatalog { id: id.to_string(), other: first },
                    });
                }
            }
        }
    }
    problems
}

/// What the built-in catalogs are held to beyond `validate`: the clause register
/// (`catalogs/clauses`). Loaded catalogs are not: a team's own sheet cites what it likes.
///
/// - an item not marked guidance cites a register entry of its binding source, and that
///   entry binds the catalog's party (`audience`);
/// - a section citing a binding source cites a register entry (whomever it binds);
/// - a red line is not guidance, and says in `gating_basis` what makes it decisive; an
///   item that is no red line has no basis.
///
/// What `validate` reports (an unknown source, a guidance flag that disagrees with its
/// source) is not reported again.
pub fn check_register(catalog: &Catalog) -> Vec<CatalogProblem> {
    check_register_with(catalog, clauses::all())
}

/// `check_register` against the given registers (a source without one has an empty one).
pub fn check_register_with(catalog: &Catalog, registers: &[ClauseRegister]) -> Vec<CatalogProblem> {
    let mut check = Checker { catalog: &catalog.id, origin: Origin::BuiltIn, problems: Vec::new() };
    let party = Party::of(catalog.audience);
    for (s, section) in catalog.sections.iter().enumerate() {
        let path = format!("sections[{s}]");
        check.registered(&format!("{path}.reference"), &section.reference, registers, None);
        for (i, item) in section.items.iter().enumerate() {
            let path = format!("{path}.items[{i}]");
            if !item.guidance {
                check.registered(&format!("{path}.reference"), &item.reference, registers, Some(party));
            }
            match (item.gating, item.guidance, &item.gating_basis) {
                (true, true, _) => check.report(format!("{path}.gating"), Issue::GatingOnGuidance),
                (true, false, None) => check.report(format!("{path}.gating_basis"), Issue::GatingWithoutBasis),
                (false, _, Some(_)) => check.report(format!("{path}.gating_basis"), Issue::BasisWithoutGating),
                _ => {}
            }
        }
    }
    check.problems
}

impl Checker<'_> {
    /// A citation of a binding source names a register entry, binding `party` if given.
    fn registered(&mut self, path: &str, reference: &Reference, registers: &[ClauseRegister], party: Option<Party>) {
        let cited = Box::new(reference.clone());
        let issue = match clauses::cite(registers, reference) {
            Citation::Unregistered => return,
            Citation::Entry(entry) => match party {
                Some(party) if !entry.binds(party) => Issue::ClauseNotBinding { cited, party },
                _ => return,
            },
            Citation::Missing { near: Some(entry) } => {
                Issue::ClauseWordedOtherwise { cited, entry: Box::new(entry.clause.clone()) }
            }
            Citation::Missing { near: None } => Issue::ClauseNotInRegister { cited },
        };
        self.report(format!("{path}.clause"), issue);
    }
}
