//! Today's date, in the user's time zone: deadlines are calendar dates.

use chrono::NaiveDate;

pub fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .expect("the browser's calendar date is valid")
}
