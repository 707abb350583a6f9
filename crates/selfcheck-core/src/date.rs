//! Calendar dates as the rules count them: a day, with no time or time zone.
//!
//! The product needs little of a date library (read and write `YYYY-MM-DD`, add whole
//! months, count days, check an RFC 3339 timestamp), and the wasm carried about 30 KB
//! of one for it; this module is that little, tested against the calendar's edge cases.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day of the Gregorian calendar, years 1 to 9999 (files write four-digit years).
/// Ordered by time, so `<` means "earlier".
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order is the order of comparison.
    year: u16,
    month: u8,
    day: u8,
}

fn is_leap(year: u16) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date, if it exists (no 30 February, no year 0 or 10000).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        let year = u16::try_from(year).ok().filter(|y| (1..=9999).contains(y))?;
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        let day = u8::try_from(day).ok().filter(|&d| d >= 1 && d <= days_in_month(year, month))?;
        Some(Date { year, month, day })
    }

    /// Exactly `YYYY-MM-DD`, the form of reports, catalogs and `<input type="date">`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        Date::from_ymd(digits(&bytes[..4])?, digits(&bytes[5..7])?, digits(&bytes[8..])?)
    }

    /// A four-digit year, then a month and a day of one or two digits, joined by
    /// `separator`: how people and spreadsheets write dates (2026/3/1, 2026-03-01).
    pub fn parse_loose(text: &str, separator: char) -> Option<Date> {
        let mut parts = text.split(separator);
        let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || year.len() != 4 || !(1..=2).contains(&month.len()) || !(1..=2).contains(&day.len())
        {
            return None;
        }
        Date::from_ymd(digits(year.as_bytes())?, digits(month.as_bytes())?, digits(day.as_bytes())?)
    }

    /// The same day `months` later; a day the later month lacks becomes its last day
    /// (31 January + 1 month = 28 or 29 February). `None` past the year 9999.
    pub fn add_months(self, months: u32) -> Option<Date> {
        let index = i64::from(self.year) * 12 + i64::from(self.month - 1) + i64::from(months);
        Date::month_index_with_day(index, self.day)
    }

    /// The same day `months` earlier, clamped like `add_months`. `None` before year 1.
    pub fn sub_months(self, months: u32) -> Option<Date> {
        let index = i64::from(self.year) * 12 + i64::from(self.month - 1) - i64::from(months);
        Date::month_index_with_day(index, self.day)
    }

    fn month_index_with_day(index: i64, day: u8) -> Option<Date> {
        let year = u16::try_from(index.div_euclid(12)).ok().filter(|y| (1..=9999).contains(y))?;
        let month = (index.rem_euclid(12) + 1) as u8;
        Some(Date { year, month, day: day.min(days_in_month(year, month)) })
    }

    /// Days from `earlier` to `self`: negative when `earlier` is in fact later.
    pub fn days_since(self, earlier: Date) -> i64 {
        self.day_number() - earlier.day_number()
    }

    /// Days since 1 January of year 1 (day 0); one count for every day, so
    /// differences are plain subtraction.
    fn day_number(self) -> i64 {
        // Count from March, so the leap day is the last day of the counted year.
        let (year, month) = if self.month <= 2 {
            (i64::from(self.year) - 1, i64::from(self.month) + 9)
        } else {
            (i64::from(self.year), i64::from(self.month) - 3)
        };
        let leap_days = year / 4 - year / 100 + year / 400;
        // Days before each month, counted from March: 31, 30, 31, 30, 31 repeating.
        let before_month = (153 * month + 2) / 5;
        year * 365 + leap_days + before_month + i64::from(self.day) - 307
    }

    /// The calendar date written in an RFC 3339 timestamp (in its own offset), if the
    /// whole text is a valid timestamp: `2026-11-21T09:30:00Z`, `…T17:30:00.5+08:00`.
    pub fn of_timestamp(text: &str) -> Option<Date> {
        parse_timestamp(text).map(|t| t.date)
    }

    /// The day `days` after 1 January 1970 (the Unix epoch), if it is in years 1–9999.
    pub fn from_unix_day(days: i64) -> Option<Date> {
        // Civil date from a day count, counting years from March (the leap day last).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::from_ymd(i32::try_from(year).ok()?, month as u32, day as u32)
    }

    /// Days since 1 January 1970 (negative before).
    pub(crate) fn unix_day(self) -> i64 {
        self.days_since(Date { year: 1970, month: 1, day: 1 })
    }
}

/// The parts of an RFC 3339 timestamp.
pub(crate) struct TimestampParts<'a> {
    pub date: Date,
    /// Seconds since midnight in the timestamp's own offset (60 for a leap second).
    pub seconds: u32,
    /// Digits after the decimal point, as written.
    pub fraction: &'a str,
    /// Minutes east of UTC.
    pub offset_minutes: i32,
}

/// An RFC 3339 timestamp, the whole text: `2026-11-21T09:30:00Z`, `…T17:30:00.5+08:00`.
pub(crate) fn parse_timestamp(text: &str) -> Option<TimestampParts<'_>> {
    let (date, time) = (text.get(..10)?, text.get(10..)?);
    let date = Date::parse_iso(date)?;
    let time = time.strip_prefix(['T', 't', ' '])?;
    let (clock, rest) = (time.get(..8)?, time.get(8..)?);
    let seconds = check_clock(clock, 60)?;
    let (fraction, offset) = match rest.strip_prefix('.') {
        Some(fraction) => {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            (digits > 0).then(|| (&fraction[..digits], &fraction[digits..]))?
        }
        None => ("", rest),
    };
    let offset_minutes = match offset {
        "Z" | "z" => 0,
        _ => {
            let sign = if offset.starts_with('-') { -1 } else { 1 };
            let bytes = offset.strip_prefix(['+', '-'])?.as_bytes();
            (bytes.len() == 5 && bytes[2] == b':').then_some(())?;
            let (hour, minute) = check_hour_minute(&bytes[..2], &bytes[3..])?;
            sign * (hour * 60 + minute) as i32
        }
    };
    Some(TimestampParts { date, seconds, fraction, offset_minutes })
}

/// `HH:MM:SS`, seconds up to `max_second` (60 allows a leap second): seconds since midnight.
fn check_clock(text: &str, max_second: u32) -> Option<u32> {
    let bytes = text.as_bytes();
    (bytes.len() == 8 && bytes[2] == b':' && bytes[5] == b':').then_some(())?;
    let (hour, minute) = check_hour_minute(&bytes[..2], &bytes[3..5])?;
    let second: u32 = digits(&bytes[6..])?;
    (second <= max_second).then_some(hour * 3600 + minute * 60 + second)
}

/// Two-digit hours 00–23 and minutes 00–59.
fn check_hour_minute(hour: &[u8], minute: &[u8]) -> Option<(u32, u32)> {
    let (hour, minute): (u32, u32) = (digits(hour)?, digits(minute)?);
    (hour <= 23 && minute <= 59).then_some((hour, minute))
}

/// ASCII digits only (no sign, no space), as a number.
fn digits<N: From<u16> + std::ops::Mul<Output = N> + std::ops::Add<Output = N>>(bytes: &[u8]) -> Option<N> {
    if bytes.is_empty() || bytes.len() > 4 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(bytes.iter().fold(N::from(0), |n, &b| n * N::from(10) + N::from(u16::from(b - b'0'))))
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date in the form YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse_iso(text).ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(text), &self))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

// The schema files describe a date as JSON Schema's "date" format, inline.
impl schemars::JsonSchema for Date {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn only_real_days_exist() {
        assert!(Date::from_ymd(2024, 2, 29).is_some(), "2024 is a leap year");
        assert!(Date::from_ymd(2023, 2, 29).is_none());
        assert!(Date::from_ymd(1900, 2, 29).is_none(), "centuries are not leap years…");
        assert!(Date::from_ymd(2000, 2, 29).is_some(), "…unless divisible by 400");
        assert!(Date::from_ymd(2026, 4, 31).is_none());
        assert!(Date::from_ymd(2026, 13, 1).is_none());
        assert!(Date::from_ymd(2026, 0, 1).is_none());
        assert!(Date::from_ymd(2026, 1, 0).is_none());
        assert!(Date::from_ymd(0, 1, 1).is_none());
        assert!(Date::from_ymd(10_000, 1, 1).is_none());
        assert!(Date::from_ymd(-1, 1, 1).is_none());
    }

    #[test]
    fn iso_text_round_trips_and_nothing_else_parses() {
        assert_eq!(d(2026, 3, 1).to_string(), "2026-03-01");
        assert_eq!(d(7, 12, 31).to_string(), "0007-12-31");
        assert_eq!(Date::parse_iso("2026-03-01"), Some(d(2026, 3, 1)));
        for bad in
            ["2026-3-1", "2026-03-01 ", " 2026-03-01", "+2026-03-01", "2026/03/01", "2026-02-30", "２０２６-03-01", ""]
        {
            assert_eq!(Date::parse_iso(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn loose_form_takes_short_months_and_days() {
        assert_eq!(Date::parse_loose("2026/3/1", '/'), Some(d(2026, 3, 1)));
        assert_eq!(Date::parse_loose("2026/03/01", '/'), Some(d(2026, 3, 1)));
        assert_eq!(Date::parse_loose("2026-3-01", '-'), Some(d(2026, 3, 1)));
        for bad in ["26/3/1", "2026/3", "2026/3/1/1", "2026/003/1", "2026/+3/1", "2026/3/", "2026/2/30"] {
            assert_eq!(Date::parse_loose(bad, '/'), None, "{bad:?}");
        }
    }

    #[test]
    fn months_are_added_on_the_calendar_and_clamped_to_the_month_end() {
        assert_eq!(d(2023, 5, 10).add_months(36), Some(d(2026, 5, 10)));
        assert_eq!(d(2024, 1, 31).add_months(1), Some(d(2024, 2, 29)));
        assert_eq!(d(2023, 1, 31).add_months(1), Some(d(2023, 2, 28)));
        assert_eq!(d(2024, 2, 29).add_months(12), Some(d(2025, 2, 28)));
        assert_eq!(d(2026, 12, 15).add_months(1), Some(d(2027, 1, 15)));
        assert_eq!(d(2026, 5, 31).sub_months(2), Some(d(2026, 3, 31)));
        assert_eq!(d(2026, 3, 31).sub_months(1), Some(d(2026, 2, 28)));
        assert_eq!(d(2026, 1, 15).sub_months(1), Some(d(2025, 12, 15)));
        assert_eq!(d(9999, 12, 1).add_months(1), None);
        assert_eq!(d(1, 1, 1).sub_months(1), None);
    }

    #[test]
    fn days_are_counted_across_months_leap_days_and_centuries() {
        assert_eq!(d(2026, 3, 1).days_since(d(2026, 2, 28)), 1);
        assert_eq!(d(2024, 3, 1).days_since(d(2024, 2, 28)), 2);
        assert_eq!(d(2027, 1, 1).days_since(d(2026, 1, 1)), 365);
        assert_eq!(d(2025, 1, 1).days_since(d(2024, 1, 1)), 366);
        assert_eq!(d(2001, 1, 1).days_since(d(1901, 1, 1)), 36_525, "25 leap years, 2000 among them");
        assert_eq!(d(1901, 1, 1).days_since(d(1801, 1, 1)), 36_524, "24: 1900 is not one");
        assert_eq!(d(2026, 1, 1).days_since(d(2026, 1, 31)), -30);
        assert_eq!(d(1970, 1, 1).days_since(d(1, 1, 1)), 719_162, "the Unix epoch's day number");
        assert_eq!(d(1, 1, 1).day_number(), 0);
    }

    #[test]
    fn consecutive_days_differ_by_one_throughout_four_centuries() {
        let mut previous = d(1999, 12, 31);
        for year in 2000..2400 {
            for month in 1..=12 {
                for day in 1..=31 {
                    let Some(date) = Date::from_ymd(year, month, day) else { continue };
                    assert_eq!(date.days_since(previous), 1, "{previous} → {date}");
                    assert!(previous < date);
                    previous = date;
                }
            }
        }
        assert_eq!(d(2400, 1, 1).days_since(d(2000, 1, 1)), 146_097, "400 years repeat exactly");
    }

    #[test]
    fn a_unix_day_count_is_the_calendar_day() {
        assert_eq!(Date::from_unix_day(0), Some(d(1970, 1, 1)));
        assert_eq!(Date::from_unix_day(20_423), Some(d(2025, 12, 1)));
        for date in [d(2024, 2, 29), d(2000, 3, 1), d(1969, 12, 31), d(9999, 12, 31), d(1, 1, 1)] {
            assert_eq!(Date::from_unix_day(date.unix_day()), Some(date), "{date}");
        }
    }

    #[test]
    fn timestamps_must_be_complete_rfc_3339() {
        assert_eq!(Date::of_timestamp("2026-11-21T09:30:00Z"), Some(d(2026, 11, 21)));
        assert_eq!(Date::of_timestamp("2026-11-21T23:30:00.123-05:00"), Some(d(2026, 11, 21)));
        assert_eq!(Date::of_timestamp("2026-11-21 09:30:00+08:00"), Some(d(2026, 11, 21)));
        assert_eq!(Date::of_timestamp("2026-12-31T23:59:60z"), Some(d(2026, 12, 31)), "a leap second");
        for bad in [
            "2026-11-21",
            "2026-11-21T09:30Z",
            "2026-11-21T09:30:00",
            "2026-11-21T24:00:00Z",
            "2026-11-21T09:60:00Z",
            "2026-11-21T09:30:00.Z",
            "2026-11-21T09:30:00+0800",
            "2026-11-21T09:30:00+24:00",
            "2026-11-21T09:30:00Z ",
            "2026-02-30T09:30:00Z",
            "2026-11-21T09:30:00Ｚ",
            "",
        ] {
            assert_eq!(Date::of_timestamp(bad), None, "{bad:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_read_without_panic(text in "\\PC{0,40}") {
            let _ = Date::parse_iso(&text);
            let _ = Date::parse_loose(&text, '/');
            let _ = Date::of_timestamp(&text);
        }

        #[test]
        fn every_date_round_trips_and_a_year_later_is_365_or_366_days(
            year in 1..=9998i32, month in 1..=12u32, day in 1..=31u32,
        ) {
            if let Some(date) = Date::from_ymd(year, month, day) {
                proptest::prop_assert_eq!(Date::parse_iso(&date.to_string()), Some(date));
                let later = date.add_months(12).unwrap();
                proptest::prop_assert!((365..=366).contains(&later.days_since(date)));
                proptest::prop_assert_eq!(later.sub_months(12).map(|d| d <= date), Some(true));
            }
        }
    }

    #[test]
    fn files_hold_dates_as_iso_text() {
        assert_eq!(serde_json::to_string(&d(2026, 3, 1)).unwrap(), "\"2026-03-01\"");
        assert_eq!(serde_json::from_str::<Date>("\"2026-03-01\"").unwrap(), d(2026, 3, 1));
        let error = serde_json::from_str::<Date>("\"2026-02-30\"").unwrap_err().to_string();
        assert!(error.contains("YYYY-MM-DD"), "{error}");
        assert!(serde_json::from_str::<Date>("20260301").is_err());
    }
}
