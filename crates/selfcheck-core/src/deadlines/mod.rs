//! Dates that follow from the 2019 Measures, computed from what the provider enters.
//!
//! - Art. 12: a result is valid for 3 years from publication. We treat the result as
//!   expired *on* the anniversary (conservative: no one relies on the last day), and
//!   when the anniversary does not exist (29 February) it falls on the month's last day.
//!   Re-assessment must be applied for at least 6 months before expiry.
//! - Art. 12: a change of actual controller or controlling interest within validity
//!   requires a new assessment.
//! - Art. 14: stopping the service requires notifying customers and the office at
//!   least 6 months ahead.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::date::Date;

pub const VALIDITY_MONTHS: u32 = 36;
pub const REASSESSMENT_LEAD_MONTHS: u32 = 6;
pub const EXIT_NOTICE_MONTHS: u32 = 6;
/// How far ahead an approaching deadline starts to be flagged.
pub const WARN_AHEAD_DAYS: i64 = 90;

/// The dates a provider can enter (all optional).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeadlineInputs {
    pub result_published: Option<Date>,
    pub planned_control_change: Option<Date>,
    pub planned_end_of_service: Option<Date>,
}

/// One warning about a date, with the article it comes from. In files, one object with
/// its `code` beside its fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "code", rename_all = "snake_case", deny_unknown_fields)]
pub enum DeadlineAlert {
    /// Today is on or after expiry: the result is no longer valid (Art. 12).
    Expired { expired_on: Date },
    /// The last day to apply for re-assessment has passed, but the result is still valid (Art. 12).
    ReassessmentOverdue { apply_by: Date },
    /// The re-assessment deadline is within `WARN_AHEAD_DAYS` (Art. 12).
    ReassessmentSoon { apply_by: Date, days_left: i64 },
    /// A planned change of control while the result is valid needs a new assessment (Art. 12).
    NewAssessmentRequired { change_on: Date },
    /// The latest date to notify customers and the office of the end of service has passed (Art. 14).
    ExitNoticeOverdue { notify_by: Date },
    /// The exit notice date is within `WARN_AHEAD_DAYS` (Art. 14).
    ExitNoticeSoon { notify_by: Date, days_left: i64 },
}

// Read by hand, as the derive for `tag = "code"` would read it (the same file shape,
// fields of another code refused as unknown): the derive buffers every alert to pick
// its variant, 12 KB of the app's start-up wasm (a platform's provider report keeps
// its alerts, so the session reads them); one flat object of optional fields is a
// fifth of that.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AlertFields {
    code: AlertCode,
    #[serde(default, deserialize_with = "given")]
    expired_on: Option<Date>,
    #[serde(default, deserialize_with = "given")]
    apply_by: Option<Date>,
    #[serde(default, deserialize_with = "given")]
    days_left: Option<i64>,
    #[serde(default, deserialize_with = "given")]
    change_on: Option<Date>,
    #[serde(default, deserialize_with = "given")]
    notify_by: Option<Date>,
}

/// A field that is there holds a value (`null` is refused, as the derive refuses it).
fn given<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

#[derive(Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum AlertCode {
    Expired,
    ReassessmentOverdue,
    ReassessmentSoon,
    NewAssessmentRequired,
    ExitNoticeOverdue,
    ExitNoticeSoon,
}

impl<'de> Deserialize<'de> for DeadlineAlert {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<DeadlineAlert, D::Error> {
        use serde::de::Error;
        let f = AlertFields::deserialize(deserializer)?;
        let date = |value: Option<Date>, name: &'static str| value.ok_or_else(|| D::Error::missing_field(name));
        let days = || f.days_left.ok_or_else(|| D::Error::missing_field("days_left"));
        // Which fields the code has; any other one given is unknown to it.
        let (alert, fields): (DeadlineAlert, &[&str]) = match f.code {
            AlertCode::Expired => {
                (DeadlineAlert::Expired { expired_on: date(f.expired_on, "expired_on")? }, &["expired_on"])
            }
            AlertCode::ReassessmentOverdue => {
                (DeadlineAlert::ReassessmentOverdue { apply_by: date(f.apply_by, "apply_by")? }, &["apply_by"])
            }
            AlertCode::ReassessmentSoon => (
                DeadlineAlert::ReassessmentSoon { apply_by: date(f.apply_by, "apply_by")?, days_left: days()? },
                &["apply_by", "days_left"],
            ),
            AlertCode::NewAssessmentRequired => {
                (DeadlineAlert::NewAssessmentRequired { change_on: date(f.change_on, "change_on")? }, &["change_on"])
            }
            AlertCode::ExitNoticeOverdue => {
                (DeadlineAlert::ExitNoticeOverdue { notify_by: date(f.notify_by, "notify_by")? }, &["notify_by"])
            }
            AlertCode::ExitNoticeSoon => (
                DeadlineAlert::ExitNoticeSoon { notify_by: date(f.notify_by, "notify_by")?, days_left: days()? },
                &["notify_by", "days_left"],
            ),
        };
        let given = [
            ("expired_on", f.expired_on.is_some()),
            ("apply_by", f.apply_by.is_some()),
            ("days_left", f.days_left.is_some()),
            ("change_on", f.change_on.is_some()),
            ("notify_by", f.notify_by.is_some()),
        ];
        match given.iter().find(|(name, is)| *is && !fields.contains(name)) {
            Some((name, _)) => Err(D::Error::unknown_field(name, fields)),
            None => Ok(alert),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Deadlines {
    /// The first day the result is no longer valid.
    pub expires_on: Option<Date>,
    /// The last day to apply for re-assessment.
    pub reassessment_apply_by: Option<Date>,
    /// The last day to notify customers and the office of the end of service.
    pub exit_notice_by: Option<Date>,
    pub alerts: Vec<DeadlineAlert>,
}

pub fn compute(inputs: &DeadlineInputs, today: Date) -> Deadlines {
    let mut out = Deadlines::default();
    if let Some(published) = inputs.result_published {
        let expires_on = published.add_months(VALIDITY_MONTHS);
        let apply_by = expires_on.and_then(|e| e.sub_months(REASSESSMENT_LEAD_MONTHS));
        out.expires_on = expires_on;
        out.reassessment_apply_by = apply_by;
        if let (Some(expires_on), Some(apply_by)) = (expires_on, apply_by) {
            if today >= expires_on {
                out.alerts.push(DeadlineAlert::Expired { expired_on: expires_on });
            } else if today > apply_by {
                out.alerts.push(DeadlineAlert::ReassessmentOverdue { apply_by });
            } else {
                let days_left = apply_by.days_since(today);
                if days_left <= WARN_AHEAD_DAYS {
                    out.alerts.push(DeadlineAlert::ReassessmentSoon { apply_by, days_left });
                }
            }
            if let Some(change_on) = inputs.planned_control_change {
                if change_on >= published && change_on < expires_on {
                    out.alerts.push(DeadlineAlert::NewAssessmentRequired { change_on });
                }
            }
        }
    }
    if let Some(end) = inputs.planned_end_of_service {
        let notify_by = end.sub_months(EXIT_NOTICE_MONTHS);
        out.exit_notice_by = notify_by;
        if let Some(notify_by) = notify_by {
            if today > notify_by {
                out.alerts.push(DeadlineAlert::ExitNoticeOverdue { notify_by });
            } else {
                let days_left = notify_by.days_since(today);
                if days_left <= WARN_AHEAD_DAYS {
                    out.alerts.push(DeadlineAlert::ExitNoticeSoon { notify_by, days_left });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The derive the hand-written reader replaces, to compare with.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(tag = "code", rename_all = "snake_case", deny_unknown_fields)]
    enum Derived {
        Expired { expired_on: Date },
        ReassessmentOverdue { apply_by: Date },
        ReassessmentSoon { apply_by: Date, days_left: i64 },
        NewAssessmentRequired { change_on: Date },
        ExitNoticeOverdue { notify_by: Date },
        ExitNoticeSoon { notify_by: Date, days_left: i64 },
    }

    #[test]
    fn an_alert_is_read_as_the_derive_read_it() {
        let cases = [
            r#"{"code":"expired","expired_on":"2026-01-02"}"#,
            r#"{"expired_on":"2026-01-02","code":"expired"}"#,
            r#"{"code":"reassessment_overdue","apply_by":"2026-01-02"}"#,
            r#"{"code":"reassessment_soon","apply_by":"2026-01-02","days_left":12}"#,
            r#"{"code":"reassessment_soon","days_left":-3,"apply_by":"2026-01-02"}"#,
            r#"{"code":"new_assessment_required","change_on":"2026-01-02"}"#,
            r#"{"code":"exit_notice_overdue","notify_by":"2026-01-02"}"#,
            r#"{"code":"exit_notice_soon","notify_by":"2026-01-02","days_left":0}"#,
            // Refused: a missing field, a field of another code, an unknown field or
            // code, a null, a wrong type, a repeated field, no code, not an object.
            r#"{"code":"reassessment_soon","apply_by":"2026-01-02"}"#,
            r#"{"code":"expired"}"#,
            r#"{"code":"expired","expired_on":"2026-01-02","apply_by":"2026-01-02"}"#,
            r#"{"code":"expired","expired_on":"2026-01-02","days_left":3}"#,
            r#"{"code":"expired","expired_on":"2026-01-02","note":"x"}"#,
            r#"{"code":"expired","expired_on":"2026-01-02","apply_by":null}"#,
            r#"{"code":"expired","expired_on":null}"#,
            r#"{"code":"expired","expired_on":"2026-02-30"}"#,
            r#"{"code":"reassessment_soon","apply_by":"2026-01-02","days_left":"12"}"#,
            r#"{"code":"expired","expired_on":"2026-01-02","expired_on":"2026-01-03"}"#,
            r#"{"code":"late","expired_on":"2026-01-02"}"#,
            r#"{"code":"Expired","expired_on":"2026-01-02"}"#,
            r#"{"expired_on":"2026-01-02"}"#,
            r#"["expired","2026-01-02"]"#,
            r#""expired""#,
        ];
        for json in cases {
            let ours = serde_json::from_str::<DeadlineAlert>(json);
            let derived = serde_json::from_str::<Derived>(json);
            assert_eq!(ours.is_ok(), derived.is_ok(), "{json}: {ours:?} against {derived:?}");
            if let Ok(alert) = ours {
                let written = serde_json::to_string(&alert).unwrap();
                assert_eq!(serde_json::from_str::<Derived>(&written).unwrap(), derived.unwrap(), "{json}");
                assert_eq!(serde_json::from_str::<DeadlineAlert>(&written).unwrap(), alert, "{json} written back");
            }
        }
    }

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    fn published(date: Date) -> DeadlineInputs {
        DeadlineInputs { result_published: Some(date), ..DeadlineInputs::default() }
    }

    #[test]
    fn three_years_then_six_months_back() {
        let out = compute(&published(d(2021, 6, 15)), d(2022, 1, 1));
        assert_eq!(out.expires_on, Some(d(2024, 6, 15)));
        assert_eq!(out.reassessment_apply_by, Some(d(2023, 12, 15)));
        assert!(out.alerts.is_empty());
    }

    #[test]
    fn leap_day_publication_expires_at_the_end_of_february() {
        let out = compute(&published(d(2024, 2, 29)), d(2024, 3, 1));
        assert_eq!(out.expires_on, Some(d(2027, 2, 28)));
        assert_eq!(out.reassessment_apply_by, Some(d(2026, 8, 28)));
        // …and a leap year three years on keeps the 29th.
        assert_eq!(compute(&published(d(2025, 2, 28)), d(2025, 3, 1)).expires_on, Some(d(2028, 2, 28)));
        assert_eq!(compute(&published(d(2021, 2, 28)), d(2021, 3, 1)).expires_on, Some(d(2024, 2, 28)));
    }

    #[test]
    fn month_ends_clamp_instead_of_overflowing() {
        // 31 August + 36 months = 31 August; − 6 months = 28/29 February.
        let out = compute(&published(d(2023, 8, 31)), d(2023, 9, 1));
        assert_eq!(out.expires_on, Some(d(2026, 8, 31)));
        assert_eq!(out.reassessment_apply_by, Some(d(2026, 2, 28)));
        let out = compute(&published(d(2024, 8, 31)), d(2024, 9, 1));
        assert_eq!(out.reassessment_apply_by, Some(d(2027, 2, 28)));
        let out = compute(&published(d(2021, 8, 31)), d(2021, 9, 1));
        assert_eq!(out.reassessment_apply_by, Some(d(2024, 2, 29)), "2024 is a leap year");
        // 31 December − 6 months = 30 June.
        let out = compute(&published(d(2020, 12, 31)), d(2021, 1, 1));
        assert_eq!(out.reassessment_apply_by, Some(d(2023, 6, 30)));
    }

    #[test]
    fn warns_as_the_reassessment_deadline_nears_and_passes() {
        let inputs = published(d(2021, 6, 15)); // apply by 2023-12-15, expires 2024-06-15
        assert!(compute(&inputs, d(2023, 9, 15)).alerts.is_empty(), "91 days ahead: quiet");
        assert_eq!(
            compute(&inputs, d(2023, 9, 16)).alerts,
            [DeadlineAlert::ReassessmentSoon { apply_by: d(2023, 12, 15), days_left: 90 }]
        );
        assert_eq!(
            compute(&inputs, d(2023, 12, 15)).alerts,
            [DeadlineAlert::ReassessmentSoon { apply_by: d(2023, 12, 15), days_left: 0 }],
            "the last day itself is still in time"
        );
        assert_eq!(
            compute(&inputs, d(2023, 12, 16)).alerts,
            [DeadlineAlert::ReassessmentOverdue { apply_by: d(2023, 12, 15) }]
        );
        assert_eq!(
            compute(&inputs, d(2024, 6, 14)).alerts,
            [DeadlineAlert::ReassessmentOverdue { apply_by: d(2023, 12, 15) }]
        );
        assert_eq!(compute(&inputs, d(2024, 6, 15)).alerts, [DeadlineAlert::Expired { expired_on: d(2024, 6, 15) }]);
    }

    #[test]
    fn change_of_control_within_validity_requires_a_new_assessment() {
        let mut inputs = published(d(2022, 1, 10));
        inputs.planned_control_change = Some(d(2024, 5, 1));
        let out = compute(&inputs, d(2023, 1, 1));
        assert_eq!(out.alerts, [DeadlineAlert::NewAssessmentRequired { change_on: d(2024, 5, 1) }]);
        inputs.planned_control_change = Some(d(2025, 1, 10)); // the expiry day: already invalid
        assert!(compute(&inputs, d(2023, 1, 1)).alerts.is_empty());
    }

    #[test]
    fn end_of_service_needs_six_months_notice() {
        let inputs = DeadlineInputs { planned_end_of_service: Some(d(2027, 3, 31)), ..DeadlineInputs::default() };
        let out = compute(&inputs, d(2026, 1, 1));
        assert_eq!(out.exit_notice_by, Some(d(2026, 9, 30)));
        assert!(out.alerts.is_empty());
        assert_eq!(
            compute(&inputs, d(2026, 10, 1)).alerts,
            [DeadlineAlert::ExitNoticeOverdue { notify_by: d(2026, 9, 30) }]
        );
        assert_eq!(
            compute(&inputs, d(2026, 9, 1)).alerts,
            [DeadlineAlert::ExitNoticeSoon { notify_by: d(2026, 9, 30), days_left: 29 }]
        );
    }

    #[test]
    fn nothing_entered_nothing_computed() {
        assert_eq!(compute(&DeadlineInputs::default(), d(2026, 1, 1)), Deadlines::default());
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
