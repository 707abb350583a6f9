//! The clause register (`catalogs/clauses/<source-id>.json`): for every article, part or
//! commitment of a binding source document, and every sub-clause a built-in catalog or
//! rule cites, whom it puts a duty on and one line in our words.
//!
//! A citation of a binding source (`Reference`) names a register entry when its clause
//! equals the entry's in both languages. The built-in catalogs are held to the register
//! (`catalog::validate::check_register`); a catalog a team loads is not.
//!
//! The registers are data, embedded at compile time (`build.rs`) and validated by the
//! tests, like `sources.json`.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::catalog::{Audience, Reference};
use crate::{sources, Localized};

// `CLAUSE_FILES`, packed by `build.rs`: (source id, text without its layout).
include!(concat!(env!("OUT_DIR"), "/clause_registers.rs"));

/// Whom a clause puts a duty on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Party {
    /// The cloud service provider.
    Provider,
    /// The Party or government agency that uses cloud services.
    Agency,
    /// The office, the coordination mechanism, the CAC: who runs the assessment.
    Authorities,
    /// The technical bodies and experts who carry it out.
    Assessors,
}

impl Party {
    pub const ALL: [Party; 4] = [Party::Provider, Party::Agency, Party::Authorities, Party::Assessors];

    /// The party who answers a catalog of this audience.
    pub const fn of(audience: Audience) -> Party {
        match audience {
            Audience::Provider => Party::Provider,
            Audience::Agency => Party::Agency,
        }
    }

    /// As the register writes it.
    pub const fn code(self) -> &'static str {
        match self {
            Party::Provider => "provider",
            Party::Agency => "agency",
            Party::Authorities => "authorities",
            Party::Assessors => "assessors",
        }
    }
}

/// One clause of a source document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClauseEntry {
    /// The exact citation text, e.g. `第三条第（二）项` / `Art. 3(2)`.
    pub clause: Localized,
    /// Whom the clause puts a duty on; empty for purpose, definition and in-force clauses.
    pub binds: Vec<Party>,
    /// One line in our words, never the source's sentences.
    pub summary: Localized,
}

impl ClauseEntry {
    pub fn binds(&self, party: Party) -> bool {
        self.binds.contains(&party)
    }
}

/// The register of one binding source document, its clauses in document order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClauseRegister {
    /// Id of a binding document in `catalogs/sources.json`.
    pub source: String,
    pub clauses: Vec<ClauseEntry>,
}

impl ClauseRegister {
    /// The entry a citation names: the same clause text in both languages.
    pub fn entry(&self, clause: &Localized) -> Option<&ClauseEntry> {
        self.clauses.iter().find(|e| e.clause == *clause)
    }

    /// An entry written the same in one language but not the other: what a citation
    /// that names no entry probably meant.
    pub fn near(&self, clause: &Localized) -> Option<&ClauseEntry> {
        self.clauses.iter().find(|e| (e.clause.zh == clause.zh) != (e.clause.en == clause.en))
    }
}

/// Reads a register, without the checks of `parse_register`.
fn read_register(json: &str) -> Result<ClauseRegister, String> {
    serde_json::from_str(json).map_err(|e| format!("clause register is not valid: {e}"))
}

/// Parses a register and checks what serde cannot: its source is a binding document of
/// `sources.json`; every clause and summary has both languages, unpadded; no clause
/// appears twice (in either language); no party is named twice. Every problem is given,
/// one a line.
pub fn parse_register(json: &str) -> Result<ClauseRegister, String> {
    let register = read_register(json)?;
    let mut problems = Vec::new();
    let source = &register.source;
    match sources::find(source) {
        None => problems.push(format!("clause register: unknown source {source:?}")),
        Some(doc) if doc.guidance => {
            problems.push(format!("clause register: source {source:?} is guidance; only binding sources have one"))
        }
        Some(_) => {}
    }
    for (at, entry) in register.clauses.iter().enumerate() {
        let name = format!("{source} clauses[{at}] ({:?})", entry.clause.en);
        for (field, text) in [("clause", &entry.clause), ("summary", &entry.summary)] {
            for (lang, value) in [("zh", &text.zh), ("en", &text.en)] {
                if value.trim().is_empty() {
                    problems.push(format!("{name}: {field}.{lang} is missing"));
                } else if value.trim() != value {
                    problems.push(format!("{name}: {field}.{lang} has leading or trailing spaces"));
                }
            }
        }
        let earlier = &register.clauses[..at];
        if let Some(first) = earlier.iter().position(|e| e.clause.zh == entry.clause.zh) {
            problems.push(format!("{name}: clause.zh {:?} is also clauses[{first}]", entry.clause.zh));
        }
        if let Some(first) = earlier.iter().position(|e| e.clause.en == entry.clause.en) {
            problems.push(format!("{name}: clause.en {:?} is also clauses[{first}]", entry.clause.en));
        }
        for (p, party) in entry.binds.iter().enumerate() {
            if entry.binds[..p].contains(party) {
                problems.push(format!("{name}: binds names {} twice", party.code()));
            }
        }
    }
    if problems.is_empty() {
        Ok(register)
    } else {
        Err(problems.join("\n"))
    }
}

/// The embedded registers, read without re-running the checks, as the built-in catalogs
/// are: a test runs them on the same texts, hence the `expect`.
pub fn all() -> &'static [ClauseRegister] {
    static REGISTERS: OnceLock<Vec<ClauseRegister>> = OnceLock::new();
    REGISTERS.get_or_init(|| {
        CLAUSE_FILES
            .iter()
            .map(|(name, json)| read_register(json).unwrap_or_else(|e| panic!("clauses/{name}.json: {e}")))
            .collect()
    })
}

/// The register of a source; `None` for a source that has none (yet), which counts as
/// an empty register.
pub fn register(source: &str) -> Option<&'static ClauseRegister> {
    all().iter().find(|r| r.source == source)
}

/// The entry a citation of `source` names: the clause equal in both languages.
pub fn entry(source: &str, clause: &Localized) -> Option<&'static ClauseEntry> {
    register(source)?.entry(clause)
}

/// Whether a source is binding (in `sources.json`, not guidance): only those have a
/// register, and only their citations are held to it.
pub fn is_binding(source: &str) -> bool {
    sources::find(source).is_some_and(|doc| !doc.guidance)
}

/// What a citation comes to against the registers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Citation<'a> {
    /// The source is a guidance source, or unknown (which the catalog checks report):
    /// the register is not involved.
    Unregistered,
    /// A binding source's clause the register lists.
    Entry(&'a ClauseEntry),
    /// A binding source's clause the register does not list; `near` is the entry written
    /// the same in one language, if any.
    Missing { near: Option<&'a ClauseEntry> },
}

/// Looks a citation up in `registers` (the embedded ones: `all()`).
pub fn cite<'a>(registers: &'a [ClauseRegister], reference: &Reference) -> Citation<'a> {
    if !is_binding(&reference.source) {
        return Citation::Unregistered;
    }
    let Some(register) = registers.iter().find(|r| r.source == reference.source) else {
        return Citation::Missing { near: None };
    };
    match register.entry(&reference.clause) {
        Some(entry) => Citation::Entry(entry),
        None => Citation::Missing { near: register.near(&reference.clause) },
    }
}

/// True unless `reference` cites a binding source by a clause its register lacks: what a
/// rules-file reason (or anything else outside a catalog) must satisfy.
pub fn cites_register(reference: &Reference) -> bool {
    !matches!(cite(all(), reference), Citation::Missing { .. })
}

/// The reasons of a rules file (`catalogs/opinion-2014-rules.json`) that cite a binding
/// source by a clause outside its register: (code, reference). Read loosely, only the
/// codes and references, so that it holds whatever else the file's format carries.
pub fn rule_reasons_outside_register(json: &str) -> Result<Vec<(String, Reference)>, String> {
    #[derive(Deserialize)]
    struct Reason {
        code: String,
        reference: Reference,
    }
    #[derive(Deserialize)]
    struct Rules {
        reasons: Vec<Reason>,
    }
    let rules: Rules = serde_json::from_str(json).map_err(|e| format!("rules file is not valid: {e}"))?;
    Ok(rules
        .reasons
        .into_iter()
        .filter(|reason| !cites_register(&reason.reference))
        .map(|reason| (reason.code, reason.reference))
        .collect())
}

/// A register of two Measures clauses, as the files write them, for tests.
#[cfg(test)]
pub(crate) const TEST_REGISTER: &str = r#"{
  "source": "measures-2019",
  "clauses": [
    {
      "clause": { "zh": "第三条第（二）项", "en": "Art. 3(2)" },
      "binds": ["provider", "assessors"],
      "summary": { "zh": "评估关注人员的背景与稳定性。", "en": "The assessment looks at staff background and stability." }
    },
    {
      "clause": { "zh": "第十三条", "en": "Art. 13" },
      "binds": ["authorities"],
      "summary": { "zh": "主管部门持续监督。", "en": "The authorities keep watching." }
    }
  ]
}"#;

#[cfg(test)]
mod tests {
    use super::*;

    const MEASURES: &str = TEST_REGISTER;

    fn text(zh: &str, en: &str) -> Localized {
        Localized { zh: zh.into(), en: en.into() }
    }

    #[test]
    fn every_embedded_register_is_valid_and_named_by_its_source() {
        for (name, json) in CLAUSE_FILES {
            let register = parse_register(json).unwrap_or_else(|e| panic!("clauses/{name}.json:\n{e}"));
            assert_eq!(register.source, *name);
        }
        // `all()` skips the checks: they must hold for the very texts it reads.
        let parsed: Vec<ClauseRegister> = CLAUSE_FILES.iter().map(|(_, json)| parse_register(json).unwrap()).collect();
        assert_eq!(parsed, all());
    }

    #[test]
    fn a_register_is_read_with_its_parties_and_looked_up_by_both_languages() {
        let register = parse_register(MEASURES).unwrap();
        assert_eq!(register.source, "measures-2019");
        let art_3_2 = register.entry(&text("第三条第（二）项", "Art. 3(2)")).unwrap();
        assert_eq!(art_3_2.binds, [Party::Provider, Party::Assessors]);
        assert!(art_3_2.binds(Party::of(Audience::Provider)) && !art_3_2.binds(Party::Agency));
        assert_eq!(register.entry(&text("第三条第（二）项", "Art. 3 (2)")), None, "both languages must match");
        assert_eq!(register.near(&text("第三条第（二）项", "Art. 3 (2)")), Some(art_3_2));
        assert_eq!(register.near(&text("第九条", "Art. 9")), None);
        let json = serde_json::to_string(&Party::ALL).unwrap();
        assert_eq!(json, r#"["provider","agency","authorities","assessors"]"#);
        assert!(Party::ALL.iter().all(|p| json.contains(p.code())));
    }

    #[test]
    fn a_register_is_refused_for_what_serde_cannot_see() {
        let refused = |from: &str, to: &str, expected: &str| {
            let json = MEASURES.replacen(from, to, 1);
            assert_ne!(json, MEASURES, "{from}");
            let err = parse_register(&json).unwrap_err();
            assert!(err.contains(expected), "{from} → {to}: {err}");
        };
        refused("\"measures-2019\"", "\"nowhere\"", "unknown source");
        refused("\"measures-2019\"", "\"gbt-31168\"", "is guidance");
        refused("\"zh\": \"主管部门持续监督。\"", "\"zh\": \"\"", "summary.zh is missing");
        refused("\"en\": \"Art. 13\"", "\"en\": \" Art. 13\"", "clause.en has leading or trailing spaces");
        refused("\"zh\": \"第十三条\"", "\"zh\": \"第三条第（二）项\"", "is also clauses[0]");
        refused("\"en\": \"Art. 13\"", "\"en\": \"Art. 3(2)\"", "clause.en \"Art. 3(2)\" is also clauses[0]");
        refused("[\"authorities\"]", "[\"authorities\", \"authorities\"]", "names authorities twice");
        // What serde sees: an unknown party, an unknown field.
        refused("[\"authorities\"]", "[\"ministry\"]", "not valid");
        refused("\"binds\": [\"authorities\"]", "\"binds\": [\"authorities\"], \"note\": 1", "not valid");
        // Every problem at once; no duty at all is fine (a purpose clause).
        let two = MEASURES.replacen("\"measures-2019\"", "\"nowhere\"", 1).replace("主管部门持续监督。", "");
        assert_eq!(parse_register(&two).unwrap_err().lines().count(), 2, "{two}");
        assert!(
            parse_register(&MEASURES.replace("[\"authorities\"]", "[]")).is_ok_and(|r| r.clauses[1].binds.is_empty())
        );
    }

    #[test]
    fn a_citation_is_looked_up_only_for_binding_sources() {
        let registers = [parse_register(MEASURES).unwrap()];
        let reference = |source: &str, zh: &str, en: &str| Reference { source: source.into(), clause: text(zh, en) };
        let cited = cite(&registers, &reference("measures-2019", "第十三条", "Art. 13"));
        assert!(matches!(cited, Citation::Entry(e) if e.binds == [Party::Authorities]));
        assert_eq!(
            cite(&registers, &reference("measures-2019", "第十三条", "Art. 13, para. 1")),
            Citation::Missing { near: Some(&registers[0].clauses[1]) }
        );
        assert_eq!(
            cite(&registers, &reference("convention-2023", "第一条", "Art. 1")),
            Citation::Missing { near: None }
        );
        assert_eq!(cite(&registers, &reference("gbt-31168", "审计", "Audit")), Citation::Unregistered);
        assert_eq!(cite(&registers, &reference("nowhere", "x", "x")), Citation::Unregistered);
    }

    #[test]
    fn rules_reasons_citing_a_binding_source_outside_the_register_are_listed() {
        let rules = r#"{"format": "cloud-selfcheck-rules", "reasons": [
            {"code": "a", "text": {"zh": "甲", "en": "a"},
             "reference": {"source": "gbt-22239-2019", "clause": {"zh": "云计算安全扩展要求", "en": "cloud extension"}}},
            {"code": "b", "text": {"zh": "乙", "en": "b"},
             "reference": {"source": "opinion-2014", "clause": {"zh": "第九十九部分", "en": "§99"}}}
        ]}"#;
        let outside = rule_reasons_outside_register(rules).unwrap();
        assert_eq!(outside.iter().map(|(code, _)| code.as_str()).collect::<Vec<_>>(), ["b"]);
        assert!(rule_reasons_outside_register("{}").is_err());
    }
}
