//! `cargo xtask dist`: release wasm → wasm-bindgen → wasm-opt -Oz → one HTML file.

use std::fs;
use std::path::{Path, PathBuf};

use crate::single_file::{assemble, FeatureModule, Parts};
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
    tools::ensure_inflater_tools(root)?;
    build(root, &wasm_opt)
}

pub fn build(root: &Path, wasm_opt: &Path) -> Result<PathBuf> {
    let stage = root.join("target/single-file");
    let app = build_wasm(root, BIN, &["--bin", BIN], BIN)?;
    bindgen(root, &app, &["--target", "web", "--out-name", "app"], &stage)?;
    let optimized = optimize(root, wasm_opt, &stage.join("app_bg.wasm"))?;
    let sheets = build_sheets(root, &stage)?;
    let sheets_wasm = optimize(root, wasm_opt, &sheets)?;

    let read = |path: PathBuf| fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()));
    let template = read(root.join("index.html"))?;
    let css = read(tools::minify_css(root, &root.join("static/style.css"), &stage)?)?;
    let glue_js = read(stage.join("app.js"))?;
    let bytes = |path: &Path| fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()));
    let wasm = bytes(&optimized)?;
    let sheets_glue = read(stage.join(format!("{SHEETS_OUT}.js")))?;
    let sheets_loader = read(root.join("static/sheets.js"))?;
    let sheets_wasm = bytes(&sheets_wasm)?;
    let decoder = read(tools::build_zstd_decoder(root, &stage)?)?;
    let sheets = FeatureModule {
        glue_js: &sheets_glue,
        loader_js: &sheets_loader,
        wasm: &sheets_wasm,
        decoder_js: decoder.trim(),
    };
    let inflater = read(tools::build_inflater(root, &stage)?)?;
    let html = assemble(&Parts {
        template: &template,
        css: &css,
        glue_js: &glue_js,
        wasm: &wasm,
        inflater_js: inflater.trim(),
        sheets: Some(sheets),
    })?;

    let output = root.join(OUTPUT);
    fs::create_dir_all(output.parent().expect("dist/")).map_err(|e| format!("cannot create dist/: {e}"))?;
    fs::write(&output, &html).map_err(|e| format!("cannot write {}: {e}", output.display()))?;
    println!(
        "Wrote {} ({} KiB; wasm {} KiB, Excel module {} KiB, after wasm-opt). Open it from disk: file://{}",
        OUTPUT,
        html.len() / 1024,
        wasm.len() / 1024,
        sheets_wasm.len() / 1024,
        output.display()
    );
    Ok(output)
}

/// The Excel module's package, and the name and global its glue is written under.
const SHEETS_PACKAGE: &str = "selfcheck-sheets-web";
const SHEETS_OUT: &str = "sheets";
const SHEETS_GLOBAL: &str = "selfcheckSheets";

/// Builds the Excel module and its `--target no-modules` glue into `out` (as
/// `sheets.js` and `sheets_bg.wasm`, the names `static/sheets.js` loads); returns the wasm.
pub fn build_sheets(root: &Path, out: &Path) -> Result<PathBuf> {
    let built = build_wasm(root, SHEETS_PACKAGE, &["--lib"], &SHEETS_PACKAGE.replace('-', "_"))?;
    let flags = ["--target", "no-modules", "--no-modules-global", SHEETS_GLOBAL, "--out-name", SHEETS_OUT];
    bindgen(root, &built, &flags, out)?;
    Ok(out.join(format!("{SHEETS_OUT}_bg.wasm")))
}

fn build_wasm(root: &Path, package: &str, target: &[&str], artifact: &str) -> Result<PathBuf> {
    cmd::run(
        cmd::new("cargo", root)
            .args(["build", "--profile", PROFILE, "--target", tools::WASM_TARGET, "--package", package])
            .args(target),
    )?;
    Ok(root.join(format!("target/{}/{PROFILE}/{artifact}.wasm", tools::WASM_TARGET)))
}

fn bindgen(root: &Path, wasm: &Path, flags: &[&str], out: &Path) -> Result {
    fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    cmd::run(cmd::new("wasm-bindgen", root).arg(wasm).args(flags).args(["--no-typescript", "--out-dir"]).arg(out))
}

/// `wasm-opt -Oz` beside the input (`x_bg.wasm` → `x_bg.opt.wasm`).
fn optimize(root: &Path, wasm_opt: &Path, wasm: &Path) -> Result<PathBuf> {
    let optimized = wasm.with_extension("opt.wasm");
    cmd::run(
        cmd::new(&wasm_opt.to_string_lossy(), root)
            .args(["-Oz", "--strip-debug", "--strip-producers"])
            .args(WASM_FEATURES)
            .arg(wasm)
            .arg("-o")
            .arg(&optimized),
    )?;
    Ok(optimized)
}
