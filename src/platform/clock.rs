//! Today's date, in the user's time zone: deadlines are calendar dates.

use selfcheck_core::{Date, Timestamp};

use crate::state::{Action, Timed};

pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .expect("the browser's calendar date is valid")
}

/// Now, in the user's own offset (`2026-12-01T16:15:00+08:00`): what an answer records
/// as the time it was changed, readable as the user's wall-clock time.
pub fn now() -> Timestamp {
    let now = js_sys::Date::new_0();
    // getTimezoneOffset is minutes *behind* UTC.
    let east = -(now.get_timezone_offset() as i32);
    let (sign, east) = if east < 0 { ('-', -east) } else { ('+', east) };
    let text = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{sign}{:02}:{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date(),
        now.get_hours(),
        now.get_minutes(),
        now.get_seconds(),
        east / 60,
        east % 60
    );
    Timestamp::parse(&text).expect("the browser's clock gives a valid time")
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

/// The action as made now: answers and merges record when they were made, and the
/// clock is read here, as each action is dispatched, so the reducer stays pure.
pub fn timed(action: Action) -> Timed {
    Timed { action, at: now() }
}
