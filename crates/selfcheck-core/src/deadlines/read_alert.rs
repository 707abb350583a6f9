//! Reads a `DeadlineAlert` from a file without serde's derive for internally tagged
//! enums: that derive buffers the object in a generic tree first, and the code for it
//! cost the wasm some 15 KB. The file form is unchanged (and its schema still derived):
//! `{"code": "reassessment_soon", "apply_by": "2026-05-01", "days_left": 30}`.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

use super::DeadlineAlert;
use crate::date::Date;

/// Every field any alert has; which ones must be present depends on `code`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AlertFields {
    code: Code,
    expired_on: Option<Date>,
    apply_by: Option<Date>,
    days_left: Option<i64>,
    change_on: Option<Date>,
    notify_by: Option<Date>,
}

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Code {
    Expired,
    ReassessmentOverdue,
    ReassessmentSoon,
    NewAssessmentRequired,
    ExitNoticeOverdue,
    ExitNoticeSoon,
}

impl<'de> Deserialize<'de> for DeadlineAlert {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut f = AlertFields::deserialize(deserializer)?;
        // Each field is taken as its alert uses it; any left over belongs to another alert.
        let alert = match f.code {
            Code::Expired => DeadlineAlert::Expired { expired_on: required(f.expired_on.take(), "expired_on")? },
            Code::ReassessmentOverdue => {
                DeadlineAlert::ReassessmentOverdue { apply_by: required(f.apply_by.take(), "apply_by")? }
            }
            Code::ReassessmentSoon => DeadlineAlert::ReassessmentSoon {
                apply_by: required(f.apply_by.take(), "apply_by")?,
                days_left: required(f.days_left.take(), "days_left")?,
            },
            Code::NewAssessmentRequired => {
                DeadlineAlert::NewAssessmentRequired { change_on: required(f.change_on.take(), "change_on")? }
            }
            Code::ExitNoticeOverdue => {
                DeadlineAlert::ExitNoticeOverdue { notify_by: required(f.notify_by.take(), "notify_by")? }
            }
            Code::ExitNoticeSoon => DeadlineAlert::ExitNoticeSoon {
                notify_by: required(f.notify_by.take(), "notify_by")?,
                days_left: required(f.days_left.take(), "days_left")?,
            },
        };
        let leftover = [
            ("expired_on", f.expired_on.is_some()),
            ("apply_by", f.apply_by.is_some()),
            ("days_left", f.days_left.is_some()),
            ("change_on", f.change_on.is_some()),
            ("notify_by", f.notify_by.is_some()),
        ];
        match leftover.iter().find(|(_, present)| *present) {
            Some((name, _)) => Err(D::Error::unknown_field(name, FIELDS)),
            None => Ok(alert),
        }
    }
}

fn required<T, E: serde::de::Error>(value: Option<T>, name: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(name))
}

const FIELDS: &[&str] = &["code", "expired_on", "apply_by", "days_left", "change_on", "notify_by"];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn every_alert_reads_back_what_was_written() {
        let (a, b) = (d(2026, 5, 1), d(2027, 1, 31));
        for alert in [
            DeadlineAlert::Expired { expired_on: a },
            DeadlineAlert::ReassessmentOverdue { apply_by: a },
            DeadlineAlert::ReassessmentSoon { apply_by: b, days_left: 30 },
            DeadlineAlert::NewAssessmentRequired { change_on: a },
            DeadlineAlert::ExitNoticeOverdue { notify_by: b },
            DeadlineAlert::ExitNoticeSoon { notify_by: a, days_left: 0 },
        ] {
            let text = serde_json::to_string(&alert).unwrap();
            assert_eq!(serde_json::from_str::<DeadlineAlert>(&text).unwrap(), alert, "{text}");
        }
        let written = serde_json::to_string(&DeadlineAlert::ReassessmentSoon { apply_by: a, days_left: 30 }).unwrap();
        assert_eq!(written, r#"{"code":"reassessment_soon","apply_by":"2026-05-01","days_left":30}"#);
    }

    #[test]
    fn a_field_missing_from_or_foreign_to_its_alert_is_refused_by_name() {
        let error = |text: &str| serde_json::from_str::<DeadlineAlert>(text).unwrap_err().to_string();
        assert!(error(r#"{"code":"reassessment_soon","apply_by":"2026-05-01"}"#).contains("days_left"));
        assert!(error(r#"{"code":"expired"}"#).contains("expired_on"));
        assert!(error(r#"{"code":"expired","expired_on":"2026-05-01","notify_by":"2026-05-01"}"#).contains("notify_by"));
        assert!(error(r#"{"code":"expired","expired_on":"2026-05-01","colour":"red"}"#).contains("colour"));
        assert!(error(r#"{"code":"lapsed","expired_on":"2026-05-01"}"#).contains("lapsed"));
        assert!(error(r#"{"expired_on":"2026-05-01"}"#).contains("code"));
    }
}
