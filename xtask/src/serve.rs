//! `cargo xtask serve`: the development server (Trunk, rebuilds on change).

use std::path::Path;

use crate::{cmd, tools, Result};

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
