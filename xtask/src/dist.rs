//! `cargo xtask dist`: release wasm → wasm-bindgen → wasm-opt -Oz → one HTML file.

use std::fs;
use std::path::{Path, PathBuf};

use crate::single_file::{assemble, Parts};
use crate::{cmd, tools, Result};

pub const OUTPUT: &str = "dist/cloud-selfcheck.html";

/// The wasm features Rust 1.95 emits for wasm32-unknown-unknown. wasm-bindgen drops
/// the target-features section, so wasm-opt must be told. Every current browser has
/// them; `--all-features` would allow ones browsers lack.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];
const BIN: &str = "cloud-selfcheck";
/// Cargo.toml's size-tuned profile for the wasm.
const PROFILE: &str = "wasm-release";

/// Installs what is missing, builds, and returns the path of the single file.
pub fn run(root: &Path) -> Result<PathBuf> {
    tools::ensure_wasm_target(root)?;
    tools::ensure_wasm_bindgen(root)?;
    let wasm_opt = tools::ensure_wasm_opt(root)?;
    build(root, &wasm_opt)
}

pub fn build(root: &Path, wasm_opt: &Path) -> Result<PathBuf> {
    cmd::run(cmd::new("cargo", root).args([
        "build",
        "--profile",
        PROFILE,
        "--target",
        tools::WASM_TARGET,
        "--package",
        BIN,
        "--bin",
        BIN,
    ]))?;
    let stage = root.join("target/single-file");
    fs::create_dir_all(&stage).map_err(|e| format!("cannot create {}: {e}", stage.display()))?;
    let built = root.join(format!("target/{}/{PROFILE}/{BIN}.wasm", tools::WASM_TARGET));
    cmd::run(
        cmd::new("wasm-bindgen", root)
            .arg(&built)
            .args(["--target", "web", "--no-typescript", "--out-name", "app", "--out-dir"])
            .arg(&stage),
    )?;
    let optimized = stage.join("app_bg.opt.wasm");
    cmd::run(
        cmd::new(&wasm_opt.to_string_lossy(), root)
            .args(["-Oz", "--strip-debug", "--strip-producers"])
            .args(WASM_FEATURES)
            .arg(stage.join("app_bg.wasm"))
            .arg("-o")
            .arg(&optimized),
    )?;

    let read = |path: PathBuf| fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()));
    let template = read(root.join("index.html"))?;
    let css = read(root.join("static/style.css"))?;
    let glue_js = read(stage.join("app.js"))?;
    let wasm = fs::read(&optimized).map_err(|e| format!("cannot read {}: {e}", optimized.display()))?;
    let html = assemble(&Parts { template: &template, css: &css, glue_js: &glue_js, wasm: &wasm })?;

    let output = root.join(OUTPUT);
    fs::create_dir_all(output.parent().expect("dist/")).map_err(|e| format!("cannot create dist/: {e}"))?;
    fs::write(&output, &html).map_err(|e| format!("cannot write {}: {e}", output.display()))?;
    println!(
        "Wrote {} ({} KiB; wasm {} KiB after wasm-opt). Open it from disk: file://{}",
        OUTPUT,
        html.len() / 1024,
        wasm.len() / 1024,
        output.display()
    );
    Ok(output)
}
