//! `cargo xtask serve`: the development server (Trunk, rebuilds on change).

use std::path::Path;

use crate::{cmd, dist, tools, Result};

pub const ADDRESS: &str = "127.0.0.1";
pub const PORT: &str = "8080";

pub fn run(root: &Path) -> Result {
    tools::ensure_wasm_target(root)?;
    tools::ensure_wasm_bindgen(root)?;
    tools::ensure_trunk(root)?;
    tools::ensure_wasm_opt(root)?;
    println!("\nServing 云评自查 at http://{ADDRESS}:{PORT}/ (Ctrl-C stops; edits rebuild)\n");
    cmd::run(
        cmd::new("trunk", root)
            .args(["serve", "--address", ADDRESS, "--port", PORT])
            .env("TRUNK_SKIP_VERSION_CHECK", "true")
            .env("TRUNK_OFFLINE", "true"),
    )
}

/// Trunk's pre-build hook (`Trunk.toml`): the Excel module beside the page it serves,
/// where `static/sheets.js` loads it from when no data block holds it.
pub fn sheets_module(root: &Path) -> Result {
    let staging = std::env::var_os("TRUNK_STAGING_DIR").ok_or("run by Trunk's hook: TRUNK_STAGING_DIR is not set")?;
    dist::build_sheets(root, &Path::new(&staging).join("sheets")).map(|_| ())
}
