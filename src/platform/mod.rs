//! The only module that talks to the browser. Everything else in the app is
//! plain Yew views and state, so it can be reasoned about (and tested) alone.

pub mod clock;
pub mod crashed;
pub mod debounce;
pub mod document;
pub mod download;
pub mod events;
pub mod fatal;
pub mod files;
pub mod fingerprint;
pub mod later;
pub mod lifecycle;
pub mod location;
pub mod perf;
pub mod print;
pub mod session_store;
pub mod sheets;
pub mod signing;
pub mod storage;
pub mod windows;
