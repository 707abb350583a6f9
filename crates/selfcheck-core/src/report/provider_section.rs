//! How the readers take a provider's section apart: the work's fields, then the
//! derived parts, read (`Read`: `selfcheck validate`, the agency's platform fill) or
//! skipped unread (`Skip`: the app restoring its work).
//!
//! Why not `#[serde(flatten)]` on reading, as the section is written: flatten reads
//! through serde's buffered `Content`, which put a second reader of every type in the
//! work into the app's start-up wasm (21.7 KB gzip, 3.6 % of it, measured with the
//! section flattened). So the work's fields are listed once more here, and a field added
//! to `ProviderWork` and not listed here does not compile, and a test holds the lists equal.

use std::marker::PhantomData;
use std::rc::Rc;

use serde::de::{Deserialize, IgnoredAny};

use super::model::{ProviderReport, ReportGap, ReportSummary};
use crate::catalog::Catalog;
use crate::crosswalk::{Contradiction, CrosswalkRef};
use crate::deadlines::Deadlines;
use crate::profile::ProviderProfile;
use crate::team::{History, Questionnaire};
use crate::work::ProviderWork;
use crate::{Answer, Answers};

/// What a reader does with the derived parts.
pub(crate) trait Derived {
    type UnknownItems;
    type Summary;
    type Gaps;
    type Deadlines;
    type Consistency;
    type Crosswalk;
}

/// Read them (and a report rebuilt from the work is compared with them).
pub(crate) enum Read {}

impl Derived for Read {
    type UnknownItems = Vec<String>;
    type Summary = ReportSummary;
    type Gaps = Vec<ReportGap>;
    type Deadlines = Deadlines;
    type Consistency = Vec<Contradiction>;
    type Crosswalk = Option<CrosswalkRef>;
}

/// Require them but skip them unread: the app recomputes them from the work.
pub(crate) enum Skip {}

impl Derived for Skip {
    type UnknownItems = IgnoredAny;
    type Summary = IgnoredAny;
    type Gaps = IgnoredAny;
    type Deadlines = IgnoredAny;
    type Consistency = IgnoredAny;
    type Crosswalk = IgnoredAny;
}

/// The section as the file has it, member for member (field order as `ProviderWork`
/// and `ProviderReport` write it).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(bound(deserialize = "D::UnknownItems: Deserialize<'de>, D::Summary: Deserialize<'de>, \
                             D::Gaps: Deserialize<'de>, D::Deadlines: Deserialize<'de>, \
                             D::Consistency: Deserialize<'de> + Default, \
                             D::Crosswalk: Deserialize<'de> + Default"))]
pub(crate) struct ProviderSection<D: Derived> {
    profile: ProviderProfile,
    #[serde(default)]
    catalogs: Rc<Vec<Catalog>>,
    #[serde(default)]
    questionnaire: Option<Rc<Questionnaire>>,
    answers: Rc<Answers>,
    #[serde(default)]
    history: Rc<History<Answer>>,
    unknown_items: D::UnknownItems,
    summary: D::Summary,
    gaps: D::Gaps,
    deadlines: D::Deadlines,
    #[serde(default)]
    consistency: D::Consistency,
    #[serde(default)]
    crosswalk: D::Crosswalk,
    #[serde(skip)]
    _reader: PhantomData<D>,
}

// Both build a `ProviderWork` from the members: a field added to it and not listed
// above does not compile.
impl ProviderSection<Skip> {
    pub(crate) fn into_work(self) -> ProviderWork {
        let ProviderSection { profile, catalogs, questionnaire, answers, history, .. } = self;
        ProviderWork { profile, catalogs, questionnaire, answers, history }
    }
}

impl<'de> Deserialize<'de> for ProviderReport {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ProviderReport, D::Error> {
        let ProviderSection::<Read> {
            profile,
            catalogs,
            questionnaire,
            answers,
            history,
            unknown_items,
            summary,
            gaps,
            deadlines,
            consistency,
            crosswalk,
            ..
        } = ProviderSection::deserialize(deserializer)?;
        let work = ProviderWork { profile, catalogs, questionnaire, answers, history };
        Ok(ProviderReport { work, unknown_items, summary, gaps, deadlines, consistency, crosswalk })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use schemars::JsonSchema;

    use super::*;

    fn properties<T: JsonSchema>() -> BTreeSet<String> {
        let schema = schemars::SchemaGenerator::default().into_root_schema_for::<T>();
        let properties = schema.get("properties").and_then(|p| p.as_object()).expect("an object's schema");
        properties.keys().cloned().collect()
    }

    /// The readers' list of the work's fields is `ProviderWork`'s, no more and no less.
    #[test]
    fn the_section_lists_exactly_the_works_fields() {
        let derived = ["unknown_items", "summary", "gaps", "deadlines", "consistency", "crosswalk"];
        let written: BTreeSet<String> = properties::<ProviderReport>();
        let work = properties::<ProviderWork>();
        let expected: BTreeSet<String> = work.iter().cloned().chain(derived.map(String::from)).collect();
        assert_eq!(written, expected, "the report writes the work's fields and the derived parts");
        // Every member the section reads: a file with each of them (and only them) is read.
        let mut members: Vec<String> = expected.iter().map(|key| format!("\"{key}\":{}", sample(key))).collect();
        let text = format!("{{{}}}", members.join(","));
        serde_json::from_str::<ProviderSection<Skip>>(&text).expect("every member of the section is read");
        members.push("\"unlisted\":1".into());
        let more = format!("{{{}}}", members.join(","));
        assert!(serde_json::from_str::<ProviderSection<Skip>>(&more).is_err(), "any other member is refused");
    }

    /// A value of the right type for each member.
    fn sample(key: &str) -> &'static str {
        match key {
            "profile" | "answers" | "history" | "summary" | "deadlines" => "{}",
            "catalogs" | "unknown_items" | "gaps" | "consistency" => "[]",
            "questionnaire" | "crosswalk" => "null",
            other => {
                panic!("no sample for `{other}`: a field was added to `ProviderWork`; list it in `ProviderSection`")
            }
        }
    }
}
