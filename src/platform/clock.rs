//! Today's date, in the user's time zone: deadlines are calendar dates.

use selfcheck_core::Date;

pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .expect("the browser's calendar date is valid")
}

/// Now, as RFC 3339 in UTC (what a report records as its generation time).
pub fn now_rfc3339() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    // "2026-11-21T09:30:00.123Z" → drop the milliseconds.
    match iso.split_once('.') {
        Some((seconds, _)) => format!("{seconds}Z"),
        None => iso,
    }
}
