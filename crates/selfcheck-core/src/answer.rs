//! A user's answer to one catalog item.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    pub status: Option<Status>,
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
    pub target_date: Option<NaiveDate>,
}

impl Answer {
    pub fn with_status(status: Status) -> Answer {
        Answer { status: Some(status), ..Answer::default() }
    }

    /// The status that counts. "Not applicable" without a written justification is
    /// not accepted: it counts as unanswered until the justification is written.
    pub fn effective_status(&self) -> Option<Status> {
        match self.status {
            Some(Status::NotApplicable) if self.justification.trim().is_empty() => None,
            other => other,
        }
    }

    /// True when the user chose "not applicable" but has not said why.
    pub fn lacks_justification(&self) -> bool {
        self.status == Some(Status::NotApplicable) && self.justification.trim().is_empty()
    }

    /// True when nothing at all is recorded (such answers need not be kept).
    pub fn is_empty(&self) -> bool {
        *self == Answer::default()
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
        answer.justification = "   ".into();
        assert_eq!(answer.effective_status(), None);
        answer.justification = "We offer no IaaS.".into();
        assert_eq!(answer.effective_status(), Some(Status::NotApplicable));
        assert!(!answer.lacks_justification());
    }

    #[test]
    fn statuses_serialize_as_snake_case_codes() {
        for status in Status::ALL {
            assert_eq!(serde_json::to_string(&status).unwrap(), format!("\"{}\"", status.code()));
        }
    }
}
