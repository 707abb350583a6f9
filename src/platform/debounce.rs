//! "Do this once the user pauses": the autosave waits for typing to stop (serialising
//! 10,000 workloads on every keystroke would lag). The window keeper decides when the
//! wait starts again or ends early (`state/window_keeper.rs`); this is only the timer.

use gloo_timers::callback::Timeout;

/// At most one job waiting; scheduling again replaces it and restarts the wait.
#[derive(Default)]
pub struct Debounce {
    /// Dropping a `Timeout` cancels it.
    timer: Option<Timeout>,
}

impl Debounce {
    /// Runs `job` after `delay_ms` without a newer `schedule` or a `cancel`.
    pub fn schedule(&mut self, delay_ms: u32, job: impl FnOnce() + 'static) {
        self.timer = Some(Timeout::new(delay_ms, job));
    }

    /// Drops the waiting job, if there is one: it will not run.
    pub fn cancel(&mut self) {
        self.timer = None;
    }
}
