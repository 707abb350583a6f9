//! Drives headless Chromium (chromedriver) or Firefox (geckodriver) in plain W3C
//! WebDriver, with no dependency beyond serde_json: used by the end-to-end tests and
//! by `cargo xtask bench`.

mod browser;
mod http;

pub use browser::{Browser, Kind, TempDir};
