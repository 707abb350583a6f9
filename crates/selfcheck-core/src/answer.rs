//! A user's answer to one catalog item.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use crate::date::Date;
use schemars::JsonSchema;
use serde::de::{self, IntoDeserializer, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The four answers. For a material (application document) the UI words them
/// ready / drafting / not started / not applicable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    Partial,
    NotMet,
    NotApplicable,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Met, Status::Partial, Status::NotMet, Status::NotApplicable];

    /// Credit in half points, so scores stay exact integers: met 2, partial 1, not met 0.
    pub const fn half_points(self) -> u32 {
        match self {
            Status::Met => 2,
            Status::Partial => 1,
            Status::NotMet | Status::NotApplicable => 0,
        }
    }

    pub const fn code(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Partial => "partial",
            Status::NotMet => "not_met",
            Status::NotApplicable => "not_applicable",
        }
    }
}

/// Everything recorded against one item. All text is optional except the
/// justification that "not applicable" requires.
///
/// The text and date sit behind `details`, absent for most answers: an inventory holds
/// up to 150,000 answers, and at 16 bytes each they stay in the CPU cache (at 112 bytes
/// each, scoring and writing a 10,000-workload report ran several times slower).
#[derive(Clone, Debug, Default)]
pub struct Answer {
    pub status: Option<Status>,
    details: Option<Box<AnswerDetails>>,
}

/// The free text and date of an answer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnswerDetails {
    pub justification: String,
    pub note: String,
    pub evidence: String,
    pub owner: String,
    pub target_date: Option<Date>,
}

impl AnswerDetails {
    fn is_empty(&self) -> bool {
        *self == NO_DETAILS
    }
}

static NO_DETAILS: AnswerDetails = AnswerDetails {
    justification: String::new(),
    note: String::new(),
    evidence: String::new(),
    owner: String::new(),
    target_date: None,
};

impl PartialEq for Answer {
    fn eq(&self, other: &Answer) -> bool {
        self.status == other.status && self.details() == other.details()
    }
}

impl Eq for Answer {}

impl Answer {
    pub fn with_status(status: Status) -> Answer {
        Answer { status: Some(status), details: None }
    }

    pub fn details(&self) -> &AnswerDetails {
        self.details.as_deref().unwrap_or(&NO_DETAILS)
    }

    /// Changes the text or date; details left empty take no room.
    pub fn edit_details(&mut self, edit: impl FnOnce(&mut AnswerDetails)) {
        let mut details = self.details.take().unwrap_or_default();
        edit(&mut details);
        self.details = (!details.is_empty()).then_some(details);
    }

    /// The same answer with `edit` applied to its details.
    pub fn with_details(mut self, edit: impl FnOnce(&mut AnswerDetails)) -> Answer {
        self.edit_details(edit);
        self
    }

    /// The status that counts. "Not applicable" without a written justification is
    /// not accepted: it counts as unanswered until the justification is written.
    pub fn effective_status(&self) -> Option<Status> {
        match self.status {
            Some(Status::NotApplicable) if self.details().justification.trim().is_empty() => None,
            other => other,
        }
    }

    /// True when the user chose "not applicable" but has not said why.
    pub fn lacks_justification(&self) -> bool {
        self.status == Some(Status::NotApplicable) && self.details().justification.trim().is_empty()
    }

    /// True when nothing at all is recorded (such answers need not be kept).
    pub fn is_empty(&self) -> bool {
        self.status.is_none() && self.details().is_empty()
    }
}

/// An answer in a file when it has more than a status (with only a status, it is the
/// bare code, `"met"`: at 10,000 workloads × every obligation, that halves a report).
// The text borrows from the answer when written, so writing copies nothing.
#[derive(Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "AnswerObject")]
struct AnswerObject<'a> {
    status: Option<Status>,
    /// Why the item does not apply; required for `not_applicable`.
    #[serde(default, skip_serializing_if = "str::is_empty")]
    justification: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "str::is_empty")]
    note: Cow<'a, str>,
    /// Where the evidence is (document name, ticket, link in the company's own systems).
    #[serde(default, skip_serializing_if = "str::is_empty")]
    evidence: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "str::is_empty")]
    owner: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    target_date: Option<Date>,
}

impl From<AnswerObject<'_>> for Answer {
    fn from(o: AnswerObject) -> Answer {
        Answer { status: o.status, details: None }.with_details(|d| {
            *d = AnswerDetails {
                justification: o.justification.into_owned(),
                note: o.note.into_owned(),
                evidence: o.evidence.into_owned(),
                owner: o.owner.into_owned(),
                target_date: o.target_date,
            }
        })
    }
}

impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self.status, &self.details) {
            (Some(status), None) => status.serialize(serializer),
            _ => {
                let d = self.details();
                AnswerObject {
                    status: self.status,
                    justification: Cow::Borrowed(&d.justification),
                    note: Cow::Borrowed(&d.note),
                    evidence: Cow::Borrowed(&d.evidence),
                    owner: Cow::Borrowed(&d.owner),
                    target_date: d.target_date,
                }
                .serialize(serializer)
            }
        }
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ShortOrFull;
        impl<'de> Visitor<'de> for ShortOrFull {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a status code or an answer object")
            }
            fn visit_str<E: de::Error>(self, code: &str) -> Result<Answer, E> {
                Status::deserialize(code.into_deserializer()).map(Answer::with_status)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Answer, A::Error> {
                AnswerObject::deserialize(de::value::MapAccessDeserializer::new(map)).map(Answer::from)
            }
        }
        deserializer.deserialize_any(ShortOrFull)
    }
}

/// What the two impls above accept: a status code, or an `AnswerObject`.
impl JsonSchema for Answer {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Answer".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = Status::ALL.iter().map(|s| s.code()).collect();
        schemars::json_schema!({
            "description": "An answer: the bare status code when nothing else is recorded, else an object.",
            "anyOf": [{ "type": "string", "enum": codes }, generator.subschema_for::<AnswerObject>()]
        })
    }
}

/// Answers by item id. A `BTreeMap` keeps reports in a stable order.
pub type Answers = BTreeMap<String, Answer>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_applicable_needs_a_justification_to_count() {
        let mut answer = Answer::with_status(Status::NotApplicable);
        assert_eq!(answer.effective_status(), None);
        assert!(answer.lacks_justification());
        answer.edit_details(|d| d.justification = "   ".into());
        assert_eq!(answer.effective_status(), None);
        answer.edit_details(|d| d.justification = "We offer no IaaS.".into());
        assert_eq!(answer.effective_status(), Some(Status::NotApplicable));
        assert!(!answer.lacks_justification());
    }

    #[test]
    fn a_status_alone_is_written_short_and_anything_more_in_full() {
        let short = Answer::with_status(Status::Partial);
        assert_eq!(serde_json::to_string(&short).unwrap(), r#""partial""#);
        let noted = Answer::with_status(Status::Met).with_details(|d| d.note = "见附件 3".into());
        assert_eq!(serde_json::to_string(&noted).unwrap(), r#"{"status":"met","note":"见附件 3"}"#);
        let unanswered = Answer::default().with_details(|d| d.owner = "张三".into());
        assert_eq!(serde_json::to_string(&unanswered).unwrap(), r#"{"status":null,"owner":"张三"}"#);
        for answer in [short, noted, unanswered, Answer::default()] {
            let text = serde_json::to_string(&answer).unwrap();
            assert_eq!(serde_json::from_str::<Answer>(&text).unwrap(), answer, "{text}");
        }
    }

    #[test]
    fn details_emptied_again_take_no_room_and_compare_equal() {
        let mut answer = Answer::with_status(Status::Met).with_details(|d| d.owner = "李四".into());
        assert!(answer.details.is_some());
        answer.edit_details(|d| d.owner.clear());
        assert!(answer.details.is_none());
        assert_eq!(answer, Answer::with_status(Status::Met));
        assert!(Answer::default().with_details(|d| d.note = String::new()).is_empty());
    }

    #[test]
    fn both_forms_are_read_and_anything_else_is_refused() {
        assert_eq!(serde_json::from_str::<Answer>(r#"{"status":"met"}"#).unwrap(), Answer::with_status(Status::Met));
        assert_eq!(serde_json::from_str::<Answer>(r#""not_met""#).unwrap(), Answer::with_status(Status::NotMet));
        for bad in [r#""done""#, "1", "[]", "null", r#"{"status":"met","colour":"red"}"#] {
            assert!(serde_json::from_str::<Answer>(bad).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn statuses_serialize_as_snake_case_codes() {
        for status in Status::ALL {
            assert_eq!(serde_json::to_string(&status).unwrap(), format!("\"{}\"", status.code()));
        }
    }
}
