//! Whether this page has panicked. Its state may be half-changed, so it writes nothing
//! more to storage: another window may already have taken over the work. Apart from
//! `fatal.rs` (which sets it) so that the session store can ask without importing the
//! panel that itself offers the last saved session.

thread_local! {
    static CRASHED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub fn has_crashed() -> bool {
    CRASHED.try_with(std::cell::Cell::get).unwrap_or(true)
}

/// Called by the panic hook, first of all.
pub fn mark_crashed() {
    let _ = CRASHED.try_with(|crashed| crashed.set(true));
}
