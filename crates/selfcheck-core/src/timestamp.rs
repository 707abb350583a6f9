//! A moment, as files record it: RFC 3339 text (`2026-12-01T08:15:00Z`), kept exactly as
//! written and compared by the instant it names, whatever its offset.

use std::cmp::Ordering;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::date::{parse_timestamp, Date};

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Timestamp(String);

impl Timestamp {
    /// The text, if it is a whole RFC 3339 date and time.
    pub fn parse(text: &str) -> Option<Timestamp> {
        parse_timestamp(text).map(|_| Timestamp(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The UTC moment `seconds` after the Unix epoch, to the second (`…Z`): the CLI's now.
    pub fn from_unix_seconds(seconds: i64) -> Option<Timestamp> {
        let date = Date::from_unix_day(seconds.div_euclid(86_400))?;
        let s = seconds.rem_euclid(86_400);
        Timestamp::parse(&format!("{date}T{:02}:{:02}:{:02}Z", s / 3600, s % 3600 / 60, s % 60))
    }

    /// Day and minute as written, for people: `2026-12-01 16:15` (the offset left out:
    /// the app writes the user's own).
    pub fn wall_clock(&self) -> String {
        // RFC 3339 puts the date in 0..10 and the hours and minutes in 11..16.
        format!("{} {}", &self.0[..10], &self.0[11..16])
    }

    /// The calendar day in the timestamp's own offset.
    pub fn date(&self) -> Date {
        self.parts().date
    }

    fn parts(&self) -> crate::date::TimestampParts<'_> {
        parse_timestamp(&self.0).expect("a Timestamp holds valid RFC 3339 text")
    }

    /// Seconds since the Unix epoch, and the fraction's digits, for ordering.
    fn instant(&self) -> (i64, &str) {
        let parts = self.parts();
        let seconds = parts.date.unix_day() * 86_400 + i64::from(parts.seconds) - i64::from(parts.offset_minutes) * 60;
        (seconds, parts.fraction.trim_end_matches('0'))
    }

    /// A key that orders timestamps as `cmp_instant` does, computed once (for sorting
    /// many).
    pub(crate) fn instant_key(&self) -> (i64, String) {
        let (seconds, fraction) = self.instant();
        (seconds, fraction.to_string())
    }

    /// Earlier, later or the same instant (`Eq` compares the text: `…Z` and `…+00:00` differ).
    pub fn cmp_instant(&self, other: &Timestamp) -> Ordering {
        let ((a, fa), (b, fb)) = (self.instant(), other.instant());
        // Fractions compare digit by digit once trailing zeros are gone ("5" > "25").
        a.cmp(&b).then_with(|| fa.cmp(fb))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 date and time, e.g. 2026-12-01T08:15:00Z")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Timestamp, E> {
                Timestamp::parse(text).ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl JsonSchema for Timestamp {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date-time" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap_or_else(|| panic!("{text}"))
    }

    #[test]
    fn instants_compare_across_offsets_and_fractions() {
        assert_eq!(t("2026-12-01T08:00:00Z").cmp_instant(&t("2026-12-01T16:00:00+08:00")), Ordering::Equal);
        assert_eq!(t("2026-12-01T08:00:00Z").cmp_instant(&t("2026-12-01T08:00:01+00:00")), Ordering::Less);
        assert_eq!(t("2026-12-01T00:30:00+01:00").cmp_instant(&t("2026-11-30T23:45:00Z")), Ordering::Less);
        assert_eq!(t("2026-12-01T08:00:00.5Z").cmp_instant(&t("2026-12-01T08:00:00.25Z")), Ordering::Greater);
        assert_eq!(t("2026-12-01T08:00:00.50Z").cmp_instant(&t("2026-12-01T08:00:00.5Z")), Ordering::Equal);
        assert_eq!(t("2026-12-01T08:00:00Z").cmp_instant(&t("2026-12-01T08:00:00.0Z")), Ordering::Equal);
        assert_eq!(t("2027-01-01T00:00:00Z").cmp_instant(&t("2026-12-31T23:59:59Z")), Ordering::Greater);
    }

    #[test]
    fn only_rfc_3339_is_a_timestamp_and_its_text_is_kept() {
        assert_eq!(t("2026-12-01T16:00:00+08:00").to_string(), "2026-12-01T16:00:00+08:00");
        assert_eq!(t("2026-12-01T16:00:00+08:00").date(), Date::from_ymd(2026, 12, 1).unwrap());
        assert_eq!(t("2026-12-01t16:05:09.5z").wall_clock(), "2026-12-01 16:05");
        for bad in ["2026-12-01", "yesterday", "2026-12-01T16:00:00", ""] {
            assert!(Timestamp::parse(bad).is_none(), "{bad}");
            assert!(serde_json::from_str::<Timestamp>(&format!("\"{bad}\"")).is_err());
        }
        assert_eq!(serde_json::to_string(&t("2026-12-01T08:00:00Z")).unwrap(), "\"2026-12-01T08:00:00Z\"");
    }

    #[test]
    fn a_count_of_seconds_is_a_utc_moment() {
        assert_eq!(Timestamp::from_unix_seconds(0).unwrap().as_str(), "1970-01-01T00:00:00Z");
        let moment = Timestamp::from_unix_seconds(1_796_083_200 + 8 * 3600 + 15 * 60 + 9).unwrap();
        assert_eq!(moment.as_str(), "2026-12-01T08:15:09Z");
    }
}
