//! The wording and citation of every reason and fit check, from
//! `catalogs/opinion-2014-rules.json` (the logic stays in Rust; the words are data).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::date::Date;
use serde::Deserialize;

use crate::catalog::{is_valid_id, Reference};
use crate::{sources, Localized};

// Packed by `build.rs` (the file without its layout).
const RULES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/opinion-2014-rules.json"));
pub const RULES_FORMAT: &str = "cloud-selfcheck-rules";

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleText {
    pub code: String,
    pub text: Localized,
    pub reference: Reference,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    format: String,
    format_version: u32,
    id: String,
    version: String,
    #[allow(dead_code)] // read for completeness of the format; not shown
    date: Date,
    reasons: Vec<RuleText>,
}

/// Every code the rules engine and the platform-fit check can produce.
pub fn all_codes() -> Vec<&'static str> {
    let mut codes: Vec<&str> = super::ReasonCode::ALL.iter().map(|c| c.code()).collect();
    codes.extend(super::FitCode::ALL.iter().map(|c| c.code()));
    codes.extend(["tier_enhanced", "tier_general"]);
    codes
}

fn read_rules_file(json: &str) -> Result<RulesFile, String> {
    serde_json::from_str(json).map_err(|e| format!("rules file is not valid: {e}"))
}

/// Parses the file and checks it words exactly the codes the engine produces.
pub fn parse_rule_texts(json: &str) -> Result<HashMap<String, RuleText>, String> {
    let file = read_rules_file(json)?;
    if file.format != RULES_FORMAT || file.format_version != 1 || !is_valid_id(&file.id) || file.version.is_empty() {
        return Err("rules file: wrong format, format_version, id or version".into());
    }
    let mut texts = HashMap::new();
    for reason in file.reasons {
        if !reason.text.is_complete() || !reason.reference.clause.is_complete() {
            return Err(format!("rules file: {} lacks Chinese or English text", reason.code));
        }
        if sources::find(&reason.reference.source).is_none() {
            return Err(format!("rules file: {} cites unknown source {}", reason.code, reason.reference.source));
        }
        if texts.insert(reason.code.clone(), reason).is_some() {
            return Err("rules file: a code appears twice".into());
        }
    }
    let expected = all_codes();
    if let Some(missing) = expected.iter().find(|code| !texts.contains_key(**code)) {
        return Err(format!("rules file: no text for {missing}"));
    }
    if let Some(extra) = texts.keys().find(|code| !expected.contains(&code.as_str())) {
        return Err(format!("rules file: unknown code {extra}"));
    }
    Ok(texts)
}

/// The embedded file's texts by code, read without re-running the checks, as the
/// built-in catalogs are: a test runs them on the same text, hence the `expect`.
fn table() -> &'static HashMap<String, RuleText> {
    static TEXTS: OnceLock<HashMap<String, RuleText>> = OnceLock::new();
    TEXTS.get_or_init(|| {
        let file = read_rules_file(RULES_JSON).expect("embedded rules file is valid");
        file.reasons.into_iter().map(|reason| (reason.code.clone(), reason)).collect()
    })
}

/// The wording of a code. Every code has one: the tests prove it.
pub fn rule_texts(code: &str) -> &'static RuleText {
    table().get(code).unwrap_or_else(|| panic!("no text for rule code {code}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_file_words_every_code() {
        // `rule_texts` skips the checks: they must hold for the very text it reads.
        assert_eq!(&parse_rule_texts(RULES_JSON).unwrap(), table());
        for code in all_codes() {
            assert!(!rule_texts(code).text.zh.is_empty());
        }
    }

    #[test]
    fn guidance_codes_cite_standards() {
        for code in [
            "mlps_level_unknown",
            "workload_level_unknown",
            "mlps_level_too_low",
            "tier_below_recommended",
            "tier_enhanced",
            "tier_general",
        ] {
            let source = &rule_texts(code).reference.source;
            assert!(sources::find(source).unwrap().guidance, "{code} cites {source}");
        }
        assert_eq!(rule_texts("state_secret").reference.source, "opinion-2014");
    }

    #[test]
    fn every_reason_citing_a_binding_text_names_a_clause_of_its_register() {
        let outside = crate::clauses::rule_reasons_outside_register(RULES_JSON).unwrap();
        assert!(outside.is_empty(), "{outside:?}");
    }

    #[test]
    fn the_verdicts_reasons_cite_the_part_of_the_opinion_they_rest_on() {
        // §3 alone for the secrets: §6 adds a rule on state secrets (said in the text), and
        // nothing on work secrets.
        let cites =
            |code: &str| (rule_texts(code).reference.source.as_str(), rule_texts(code).reference.clause.en.as_str());
        for code in
            ["state_secret", "work_secret", "mlps_level_4_plus", "severe_impact", "sensitive_data", "key_business"]
        {
            assert_eq!(cites(code), ("opinion-2014", "§3"), "{code}");
        }
        assert_eq!(cites("confidentiality_review_pending"), ("opinion-2014", "§6"));
        assert!(
            !rule_texts("work_secret").text.en.contains("§6")
                && !rule_texts("work_secret").text.zh.contains("第六部分")
        );
        assert!(rule_texts("state_secret").text.zh.contains("第六部分"));
        // 公民隐私信息, narrower than "personal information".
        for code in ["sensitive_data", "tier_enhanced"] {
            assert!(rule_texts(code).text.zh.contains("公民隐私信息"), "{code}");
            assert!(rule_texts(code).text.en.contains("citizens' private information"), "{code}");
        }
        let all_texts = all_codes().into_iter().map(rule_texts).flat_map(|r| [r.text.zh.as_str(), r.text.en.as_str()]);
        for text in all_texts {
            assert!(!text.contains("个人信息") && !text.contains("personal information"), "{text}");
            assert!(!text.contains("内部系统") && !text.contains("internal system"), "{text}");
        }
    }
}
