//! "Do this once the page has been drawn": work a click does not need to wait for.

use gloo_timers::callback::Timeout;

/// Runs `job` in a task of its own, after the current one (and the drawing it causes).
pub fn soon(job: impl FnOnce() + 'static) {
    Timeout::new(0, job).forget();
}
