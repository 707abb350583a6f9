//! A user's answer to one catalog item.

use std::collections::BTreeMap;
use std::fmt;

use crate::date::Date;
use crate::timestamp::Timestamp;
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

/// Everything recorded against one item: a status alone (the common case, 16 bytes) or
/// a status with text, kept apart in a box.
///
/// An inventory holds up to 150,000 answers: at 16 bytes each they stay in the CPU cache
/// (at 112 bytes each, scoring and writing a 10,000-workload report ran several times
/// slower). The form is canonical (no box holds nothing but a status), so `==` compares
/// what was recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Answer {
    /// Nothing recorded.
    #[default]
    Empty,
    Status(Status),
    /// A status (or none) with text, dates, who and when.
    Details(Box<AnswerDetails>),
}

/// An answer as a file holds it when it has more than a status: every field of an
/// answer is here, so a new one is added here and nowhere else in the core.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "AnswerObject")]
pub struct AnswerDetails {
    /// The answer's status: read it through `Answer::status` (a bare answer has no box).
    status: Option<Status>,
    /// Why the item does not apply; required for `not_applicable`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub justification: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Where the evidence is (document name, ticket, link in the company's own systems).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<Date>,
    /// Who last changed the answer: the name or department set in the app.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub answered_by: String,
    /// When it was last changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_at: Option<Timestamp>,
    /// The version of the item's catalog it was given against.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub catalog_version: String,
    /// The item's content when it was given (`catalog::loaded::item_digest`): a later
    /// version that changes the item flags the answer for review.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub item_digest: String,
    /// Evidence files, by their fingerprints (never their content).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence_files: Vec<crate::evidence::EvidenceFile>,
    /// Set when no one answered this item: its status was carried from this equal item
    /// (`crosswalk`), whose answer stands for it until someone answers it here.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub carried_from: String,
}

/// What an answer is given against: its catalog's version and its item's content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Against<'a> {
    pub version: &'a str,
    pub item_digest: &'a str,
}

static NO_DETAILS: AnswerDetails = AnswerDetails {
    status: None,
    justification: String::new(),
    note: String::new(),
    evidence: String::new(),
    owner: String::new(),
    target_date: None,
    answered_by: String::new(),
    answered_at: None,
    catalog_version: String::new(),
    item_digest: String::new(),
    evidence_files: Vec::new(),
    carried_from: String::new(),
};

impl AnswerDetails {
    /// Nothing but (at most) a status.
    fn is_bare(&self) -> bool {
        AnswerDetails { status: None, ..self.clone() } == NO_DETAILS
    }
}

impl Answer {
    pub fn with_status(status: Status) -> Answer {
        Answer::Status(status)
    }

    pub fn status(&self) -> Option<Status> {
        match self {
            Answer::Empty => None,
            Answer::Status(status) => Some(*status),
            Answer::Details(details) => details.status,
        }
    }

    pub fn set_status(&mut self, status: Option<Status>) {
        self.edit(|d| d.status = status);
    }

    /// The text and dates (empty for a bare answer).
    pub fn details(&self) -> &AnswerDetails {
        match self {
            Answer::Details(details) => details,
            _ => &NO_DETAILS,
        }
    }

    /// Changes the text or dates; details left empty take no room.
    pub fn edit_details(&mut self, edit: impl FnOnce(&mut AnswerDetails)) {
        self.edit(|details| {
            let status = details.status;
            edit(details);
            details.status = status; // the status is changed with `set_status`
        });
    }

    /// The same answer with `edit` applied to its details.
    pub fn with_details(mut self, edit: impl FnOnce(&mut AnswerDetails)) -> Answer {
        self.edit_details(edit);
        self
    }

    /// Records who changed the answer, when, and against what.
    pub fn stamp(&mut self, by: &str, at: Timestamp, against: Option<Against>) {
        self.edit_details(|d| {
            d.answered_by = by.trim().to_string();
            d.answered_at = Some(at);
            if let Some(against) = against {
                d.catalog_version = against.version.to_string();
                d.item_digest = against.item_digest.to_string();
            }
        });
    }

    /// Applies `edit` to the whole record, then keeps the form canonical.
    fn edit(&mut self, edit: impl FnOnce(&mut AnswerDetails)) {
        let mut details = match std::mem::take(self) {
            Answer::Empty => AnswerDetails::default(),
            Answer::Status(status) => AnswerDetails { status: Some(status), ..AnswerDetails::default() },
            Answer::Details(details) => *details,
        };
        edit(&mut details);
        *self = Answer::from(details);
    }

    /// The status that counts. "Not applicable" without a written justification is
    /// not accepted: it counts as unanswered until the justification is written.
    pub fn effective_status(&self) -> Option<Status> {
        match self.status() {
            Some(Status::NotApplicable) if self.details().justification.trim().is_empty() => None,
            other => other,
        }
    }

    /// The item this answer was carried from, if no one answered it here.
    pub fn carried_from(&self) -> Option<&str> {
        Some(self.details().carried_from.as_str()).filter(|id| !id.is_empty())
    }

    /// A status a person gave this item (not one carried from an equal item).
    pub fn given_status(&self) -> Option<Status> {
        self.status().filter(|_| self.carried_from().is_none())
    }

    /// True when the user chose "not applicable" but has not said why.
    pub fn lacks_justification(&self) -> bool {
        self.status() == Some(Status::NotApplicable) && self.details().justification.trim().is_empty()
    }

    /// True when nothing is recorded but who and when (such answers need not be kept).
    pub fn is_empty(&self) -> bool {
        let details = self.details();
        self.status().is_none()
            && AnswerDetails { answered_by: String::new(), answered_at: None, ..details.clone() } == NO_DETAILS
    }
}

impl From<AnswerDetails> for Answer {
    /// The canonical form of a record: no box for a status alone.
    fn from(details: AnswerDetails) -> Answer {
        match (details.is_bare(), details.status) {
            (true, None) => Answer::Empty,
            (true, Some(status)) => Answer::Status(status),
            (false, _) => Answer::Details(Box::new(details)),
        }
    }
}

/// In a file an answer with only a status is the bare code, `"met"` (at 10,000 workloads
/// × every obligation, that halves a report); anything more is an `AnswerDetails` object.
impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Answer::Status(status) => status.serialize(serializer),
            other => other.details().serialize(serializer),
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
                AnswerDetails::deserialize(de::value::MapAccessDeserializer::new(map)).map(Answer::from)
            }
        }
        deserializer.deserialize_any(ShortOrFull)
    }
}

/// What the two impls above accept: a status code, or an `AnswerDetails` object.
impl JsonSchema for Answer {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Answer".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = Status::ALL.iter().map(|s| s.code()).collect();
        schemars::json_schema!({
            "description": "An answer: the bare status code when nothing else is recorded, else an object.",
            "anyOf": [{ "type": "string", "enum": codes }, generator.subschema_for::<AnswerDetails>()]
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
        assert!(matches!(answer, Answer::Details(_)));
        answer.edit_details(|d| d.owner.clear());
        assert_eq!(answer, Answer::Status(Status::Met), "no box for a status alone");
        assert_eq!(Answer::default().with_details(|d| d.note = String::new()), Answer::Empty);
        assert_eq!(std::mem::size_of::<Answer>(), 16);
        assert_eq!(serde_json::from_str::<Answer>(r#"{"status":null}"#).unwrap(), Answer::Empty);
    }

    #[test]
    fn who_and_when_travel_with_the_answer_but_alone_are_nothing() {
        let at = Timestamp::parse("2026-12-01T08:15:00Z").unwrap();
        let mut answer = Answer::with_status(Status::Partial);
        answer.stamp(" 运维部 ", at.clone(), None);
        assert_eq!(answer.status(), Some(Status::Partial));
        assert_eq!(
            (answer.details().answered_by.as_str(), answer.details().answered_at.as_ref()),
            ("运维部", Some(&at))
        );
        let text = serde_json::to_string(&answer).unwrap();
        assert_eq!(text, r#"{"status":"partial","answered_by":"运维部","answered_at":"2026-12-01T08:15:00Z"}"#);
        assert_eq!(serde_json::from_str::<Answer>(&text).unwrap(), answer);
        answer.set_status(None);
        assert!(answer.is_empty(), "who and when of nothing is nothing");
        assert!(!answer.clone().with_details(|d| d.note = "x".into()).is_empty());
    }

    #[test]
    fn the_status_is_changed_only_by_set_status() {
        let mut answer = Answer::with_status(Status::Met);
        answer.edit_details(|d| {
            d.note = "n".into();
            d.status = None;
        });
        assert_eq!(answer.status(), Some(Status::Met));
        answer.set_status(Some(Status::NotMet));
        assert_eq!((answer.status(), answer.details().note.as_str()), (Some(Status::NotMet), "n"));
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
