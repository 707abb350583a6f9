//! The register of source documents the product is based on (`catalogs/sources.json`).
//!
//! The register is data, embedded at compile time and validated by the tests, so a
//! broken file fails the build pipeline, never the user.

use std::sync::OnceLock;

use crate::date::Date;
use serde::{Deserialize, Serialize};

use crate::Localized;

// Packed by `build.rs` (the file without its layout).
const SOURCES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/sources.json"));

/// What kind of text a source is; it decides how much weight the UI gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Regulation,
    Convention,
    Standard,
    /// A law a figure comes from (a retention period, a cryptography duty): cited as
    /// guidance, since the assessment's own texts do not set it.
    Law,
    /// What assessors and providers commonly do, required by no text.
    Practice,
}

/// One regulation, convention or standard the catalogs cite.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDocument {
    /// Stable ASCII id that catalog items cite, e.g. `measures-2019`.
    pub id: String,
    pub kind: SourceKind,
    /// Secondary material: the UI labels anything derived from it as guidance.
    pub guidance: bool,
    pub short: Localized,
    pub title: Localized,
    pub issuer: Localized,
    pub reference: Localized,
    pub issued: Option<Date>,
    pub in_force: Option<Date>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Register {
    documents: Vec<SourceDocument>,
}

/// Reads a register's documents, without the checks of `parse_register`.
fn read_register(json: &str) -> Result<Vec<SourceDocument>, String> {
    let register: Register = serde_json::from_str(json).map_err(|e| format!("source register is not valid: {e}"))?;
    Ok(register.documents)
}

/// Parses a register and checks what serde cannot: ids, completeness of both languages.
pub fn parse_register(json: &str) -> Result<Vec<SourceDocument>, String> {
    let documents = read_register(json)?;
    let mut seen = std::collections::HashSet::new();
    for doc in &documents {
        let id_ok = doc.id.starts_with(|c: char| c.is_ascii_lowercase())
            && doc.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok {
            return Err(format!("source id {:?} must be lowercase ASCII, digits and '-'", doc.id));
        }
        if !seen.insert(doc.id.as_str()) {
            return Err(format!("source id {:?} appears twice", doc.id));
        }
        for (field, text) in
            [("short", &doc.short), ("title", &doc.title), ("issuer", &doc.issuer), ("reference", &doc.reference)]
        {
            if !text.is_complete() {
                return Err(format!("source {:?}: {field} lacks Chinese or English text", doc.id));
            }
        }
        if let (Some(issued), Some(in_force)) = (doc.issued, doc.in_force) {
            if in_force < issued {
                return Err(format!("source {:?}: in force before it was issued", doc.id));
            }
        }
    }
    Ok(documents)
}

/// The embedded register, read without re-running the checks, as the built-in catalogs
/// are: a test runs them on the same text, hence the `expect`.
pub fn all() -> &'static [SourceDocument] {
    static REGISTER: OnceLock<Vec<SourceDocument>> = OnceLock::new();
    REGISTER.get_or_init(|| read_register(SOURCES_JSON).expect("embedded sources.json is valid"))
}

/// Looks a document up by its id.
pub fn find(id: &str) -> Option<&'static SourceDocument> {
    all().iter().find(|doc| doc.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_register_is_valid() {
        // `all()` skips the checks: they must hold for the very text it reads.
        assert_eq!(parse_register(SOURCES_JSON).unwrap(), all());
    }

    #[test]
    fn the_three_binding_texts_are_present_with_their_dates() {
        let measures = find("measures-2019").unwrap();
        assert_eq!(measures.issued, Date::from_ymd(2019, 7, 2));
        assert_eq!(measures.in_force, Date::from_ymd(2019, 9, 1));
        assert!(find("opinion-2014").unwrap().reference.zh.contains("〔2014〕14号"));
        assert_eq!(find("convention-2023").unwrap().issued, Date::from_ymd(2023, 9, 15));
        assert!(all().iter().filter(|d| !d.guidance).count() >= 3);
    }

    #[test]
    fn standards_laws_and_practice_are_marked_as_guidance() {
        for doc in
            all().iter().filter(|d| matches!(d.kind, SourceKind::Standard | SourceKind::Law | SourceKind::Practice))
        {
            assert!(doc.guidance, "{} is a standard and must be labelled guidance", doc.id);
        }
    }

    #[test]
    fn rejects_duplicate_and_malformed_ids() {
        let doc = r#"{"id":"X","kind":"regulation","guidance":false,"short":{"zh":"a","en":"a"},
            "title":{"zh":"a","en":"a"},"issuer":{"zh":"a","en":"a"},"reference":{"zh":"a","en":"a"},
            "issued":null,"in_force":null}"#;
        let err = parse_register(&format!(r#"{{"documents":[{doc}]}}"#)).unwrap_err();
        assert!(err.contains("lowercase"), "{err}");
        let ok = doc.replace("\"X\"", "\"x\"");
        let err = parse_register(&format!(r#"{{"documents":[{ok},{ok}]}}"#)).unwrap_err();
        assert!(err.contains("twice"), "{err}");
    }

    #[test]
    fn rejects_missing_language_and_unknown_fields() {
        let doc = r#"{"id":"x","kind":"regulation","guidance":false,"short":{"zh":"","en":"a"},
            "title":{"zh":"a","en":"a"},"issuer":{"zh":"a","en":"a"},"reference":{"zh":"a","en":"a"},
            "issued":null,"in_force":null}"#;
        let err = parse_register(&format!(r#"{{"documents":[{doc}]}}"#)).unwrap_err();
        assert!(err.contains("short"), "{err}");
        let extra = doc.replace("\"guidance\"", "\"surprise\":1,\"guidance\"");
        assert!(parse_register(&format!(r#"{{"documents":[{extra}]}}"#)).is_err());
    }
}
