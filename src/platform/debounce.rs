//! "Do this once the user pauses": the autosave waits for typing to stop (serialising
//! 10,000 workloads on every keystroke would lag), and runs at once when the page hides.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;

type Job = Box<dyn FnOnce()>;

/// Holds the latest job; scheduling again replaces it and restarts the wait.
#[derive(Default)]
pub struct Debounce {
    job: Rc<RefCell<Option<Job>>>,
    /// Dropping a `Timeout` cancels it.
    timer: Option<Timeout>,
}

impl Debounce {
    /// Runs `job` after `delay_ms` without a newer `schedule` or a `flush`.
    pub fn schedule(&mut self, delay_ms: u32, job: impl FnOnce() + 'static) {
        *self.job.borrow_mut() = Some(Box::new(job));
        let slot = self.job.clone();
        self.timer = Some(Timeout::new(delay_ms, move || run(&slot)));
    }

    /// Runs the waiting job now, if there is one.
    pub fn flush(&mut self) {
        self.timer = None;
        run(&self.job);
    }
}

fn run(slot: &RefCell<Option<Job>>) {
    // Taken out first: the job may schedule again.
    let job = slot.borrow_mut().take();
    if let Some(job) = job {
        job();
    }
}
