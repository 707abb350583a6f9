//! The Yew front end of 云评自查 · Cloud Security Self-Check.
//!
//! Map (see ARCHITECTURE.md): `state` owns all UI state through one reducer,
//! `components` and `pages` are props-in/callbacks-out views, and `platform`
//! is the only place that touches the browser (storage, location, DOM, panics).
//! Domain logic lives in the `selfcheck-core` crate.

pub mod app;
pub mod autosave;
pub mod components;
pub mod i18n;
pub mod pages;
pub mod platform;
pub mod route;
pub mod state;

/// Mounts the app. Called once by the binary's `main`.
pub fn start() {
    platform::fatal::install_panic_hook();
    platform::perf::mark("wasm-started");
    // The first render needs the catalogs; reading them here lets the bench show the cost.
    selfcheck_core::catalog::builtin();
    platform::perf::mark("catalogs-ready");
    let root = platform::document::take_app_root();
    yew::Renderer::<app::App>::with_root(root).render();
}
