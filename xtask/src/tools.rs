//! Detects and installs the pinned tools. Each check asks the tool for its version,
//! so a correct install is reused (idempotent) and a wrong version is replaced.

use std::path::{Path, PathBuf};

use crate::{cmd, lockfile, Result};

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
pub const TRUNK_VERSION: &str = "0.21.14";
/// npm's binaryen: Debian's (108) cannot read wasm from current Rust.
pub const BINARYEN_VERSION: &str = "132";

/// What a browser test needs: the browser binary and its driver.
pub struct Browser {
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

/// The second browser of the end-to-end tests: Firefox ESR and geckodriver.
pub struct Firefox {
    pub firefox: PathBuf,
    pub geckodriver: PathBuf,
}

/// Mozilla's WebDriver server, built from crates.io (Debian does not package it).
pub const GECKODRIVER_VERSION: &str = "0.37.1";

pub fn ensure_wasm_target(root: &Path) -> Result {
    let installed = cmd::output(cmd::new("rustup", root).args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        return Ok(());
    }
    cmd::run(cmd::new("rustup", root).args(["target", "add", WASM_TARGET]))
}

/// The wasm-bindgen version in Cargo.lock: the CLI must equal it exactly.
pub fn wasm_bindgen_version(root: &Path) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    lockfile::locked_version(&lock, "wasm-bindgen")
        .ok_or_else(|| "Cargo.lock must name exactly one wasm-bindgen version".to_string())
}

fn reports_version(root: &Path, program: &str, expected: &str) -> bool {
    cmd::output(cmd::new(program, root).arg("--version"))
        .is_some_and(|out| out.split_whitespace().any(|word| word == expected))
}

pub fn ensure_wasm_bindgen(root: &Path) -> Result<String> {
    let version = wasm_bindgen_version(root)?;
    let ready =
        reports_version(root, "wasm-bindgen", &version) && reports_version(root, "wasm-bindgen-test-runner", &version);
    if !ready {
        println!("Installing wasm-bindgen-cli {version} (a few minutes, once)…");
        // Not --locked: the registry lacks one crate version its lockfile names.
        cmd::run(cmd::new("cargo", root).args(["install", "wasm-bindgen-cli", "--version", &version, "--force"]))?;
    }
    Ok(version)
}

pub fn ensure_trunk(root: &Path) -> Result {
    if reports_version(root, "trunk", TRUNK_VERSION) {
        return Ok(());
    }
    println!("Installing trunk {TRUNK_VERSION} (about ten minutes, once)…");
    // --locked: without it, trunk's CSS dependencies resolve to versions that do not build.
    cmd::run(cmd::new("cargo", root).args(["install", "trunk", "--version", TRUNK_VERSION, "--locked", "--force"]))
}

/// wasm-opt from npm's binaryen, in the git-ignored `.tools/` folder.
pub fn ensure_wasm_opt(root: &Path) -> Result<PathBuf> {
    let wasm_opt = root.join(".tools/node_modules/.bin/wasm-opt");
    let current = cmd::output(cmd::new(&wasm_opt.to_string_lossy(), root).arg("--version"));
    if current.is_some_and(|v| v.contains(&format!("version {BINARYEN_VERSION}"))) {
        return Ok(wasm_opt);
    }
    npm_install(root, &format!("binaryen@{BINARYEN_VERSION}"))?;
    Ok(wasm_opt)
}

/// npm's fflate, whose `gunzipSync` is the single file's inflater where the browser has
/// no DecompressionStream (a maintained package, run only there), bundled alone by npm's
/// esbuild: 4 KB, where fflate's whole UMD build was 33 KB (12.6 KB of start-up's gzip).
pub const FFLATE_VERSION: &str = "0.8.3";
pub const ESBUILD_VERSION: &str = "0.28.2";
const INFLATER_ENTRY: &str = include_str!("inflater.js");
/// npm's fzstd (fflate's author's Zstandard decoder, pure JavaScript), which unpacks the
/// first-use module's wasm: Zstandard at level 22 packs it 21 % smaller than gzip (a
/// fifth of the whole file), and no browser decodes it natively.
pub const FZSTD_VERSION: &str = "0.1.1";
const ZSTD_DECODER_ENTRY: &str = include_str!("zstd_decoder.js");

/// fflate, fzstd and esbuild, for `build_inflater` and `build_zstd_decoder`.
pub fn ensure_inflater_tools(root: &Path) -> Result {
    ensure_npm_package(root, "fflate", FFLATE_VERSION)?;
    ensure_npm_package(root, "fzstd", FZSTD_VERSION)?;
    ensure_npm_package(root, "esbuild", ESBUILD_VERSION)
}

/// Builds the module's decoder (`zstd_decoder.js`, fzstd's `decompress`) into `stage`.
pub fn build_zstd_decoder(root: &Path, stage: &Path) -> Result<PathBuf> {
    bundle(root, stage, ZSTD_DECODER_ENTRY, "zstd-decoder")
}

/// Builds the inflater (`inflater.js`, fflate's gunzipSync alone) into `stage`.
pub fn build_inflater(root: &Path, stage: &Path) -> Result<PathBuf> {
    bundle(root, stage, INFLATER_ENTRY, "inflater")
}

/// An entry bundled and minified by esbuild into `stage/<name>.js`.
fn bundle(root: &Path, stage: &Path, source: &str, name: &str) -> Result<PathBuf> {
    // The entry sits beside `.tools/node_modules`, where esbuild resolves the packages.
    let entry = root.join(format!(".tools/{name}-entry.js"));
    std::fs::write(&entry, source).map_err(|e| format!("cannot write {}: {e}", entry.display()))?;
    std::fs::create_dir_all(stage).map_err(|e| format!("cannot create {}: {e}", stage.display()))?;
    let out = stage.join(format!("{name}.js"));
    let esbuild = root.join(".tools/node_modules/.bin/esbuild");
    cmd::run(cmd::new(&esbuild.to_string_lossy(), root).args([
        entry.to_string_lossy().as_ref(),
        "--bundle",
        "--minify",
        "--format=iife",
        // The README's minimum browsers.
        "--target=chrome96,firefox91,safari15",
        "--log-level=warning",
        &format!("--outfile={}", out.display()),
    ]))?;
    Ok(out)
}

/// The stylesheet minified by esbuild for the single file (0.8 KiB less of start-up's
/// 600 KiB gzip budget); `cargo xtask serve` serves it as written.
pub fn minify_css(root: &Path, css: &Path, stage: &Path) -> Result<PathBuf> {
    std::fs::create_dir_all(stage).map_err(|e| format!("cannot create {}: {e}", stage.display()))?;
    let out = stage.join("style.min.css");
    let esbuild = root.join(".tools/node_modules/.bin/esbuild");
    cmd::run(cmd::new(&esbuild.to_string_lossy(), root).args([
        css.to_string_lossy().as_ref(),
        "--minify",
        "--target=chrome96,firefox91,safari15",
        "--log-level=warning",
        &format!("--outfile={}", out.display()),
    ]))?;
    Ok(out)
}

/// npm's axe-core: the accessibility rules the end-to-end tests run on every step of both
/// pages in both languages (`tests/e2e/accessibility.rs`), injected from `.tools/`, never fetched.
pub const AXE_CORE_VERSION: &str = "4.14.1";

/// axe-core at its pinned version; returns the path of `axe.min.js` for the e2e step.
pub fn ensure_axe_core(root: &Path) -> Result<PathBuf> {
    ensure_npm_package(root, "axe-core", AXE_CORE_VERSION)?;
    Ok(root.join(".tools/node_modules/axe-core/axe.min.js"))
}

/// An npm package at `version` in `.tools/`, installed when missing or at another version.
fn ensure_npm_package(root: &Path, name: &str, version: &str) -> Result {
    let package = root.join(format!(".tools/node_modules/{name}/package.json"));
    let installed = std::fs::read_to_string(&package).unwrap_or_default();
    if installed.contains(&format!("\"version\": \"{version}\"")) {
        return Ok(());
    }
    npm_install(root, &format!("{name}@{version}"))
}

/// An npm package at a pinned version into the git-ignored `.tools/`.
fn npm_install(root: &Path, package: &str) -> Result {
    if cmd::output(cmd::new("npm", root).arg("--version")).is_none() {
        apt_install(root, &["nodejs", "npm"], "Node.js and npm")?;
    }
    std::fs::create_dir_all(root.join(".tools")).map_err(|e| format!("cannot create .tools/: {e}"))?;
    cmd::run(cmd::new("npm", root).args(["install", "--prefix", ".tools", "--no-audit", "--no-fund", package]))
}

/// Headless Chromium and its driver, from Debian's packages when missing.
pub fn ensure_browser(root: &Path) -> Result<Browser> {
    if let Some(browser) = find_browser(root) {
        return Ok(browser);
    }
    apt_install(root, &["chromium", "chromium-driver"], "Chromium and ChromeDriver")?;
    find_browser(root).ok_or_else(|| "chromium or chromedriver still not found after install".into())
}

/// Debian's Firefox ESR when missing, and geckodriver compiled into `.tools/bin`.
pub fn ensure_firefox(root: &Path) -> Result<Firefox> {
    if which(root, "firefox-esr").is_none() {
        apt_install(root, &["firefox-esr"], "Firefox ESR")?;
    }
    let firefox = which(root, "firefox-esr").ok_or("firefox-esr still not found after install")?;
    Ok(Firefox { firefox, geckodriver: ensure_geckodriver(root)? })
}

fn ensure_geckodriver(root: &Path) -> Result<PathBuf> {
    let geckodriver = root.join(".tools/bin/geckodriver");
    if reports_version(root, &geckodriver.to_string_lossy(), GECKODRIVER_VERSION) {
        return Ok(geckodriver);
    }
    println!("Installing geckodriver {GECKODRIVER_VERSION} into .tools/ (a few minutes, once)…");
    cmd::run(
        cmd::new("cargo", root)
            .args(["install", "geckodriver", "--version", GECKODRIVER_VERSION])
            .args(["--locked", "--force", "--root", ".tools"]),
    )?;
    Ok(geckodriver)
}

/// LibreOffice's headless Calc and Writer (Debian's `libreoffice-calc-nogui` and
/// `libreoffice-writer-nogui`, some 150 MB), which re-save the app's workbooks and print
/// its Word documents in the tests: another program must read them too.
pub fn ensure_libreoffice(root: &Path) -> Result<PathBuf> {
    if let Some(soffice) = which(root, "soffice").filter(|soffice| has_writer(soffice)) {
        return Ok(soffice);
    }
    apt_install_no_recommends(
        root,
        &["libreoffice-calc-nogui", "libreoffice-writer-nogui"],
        "LibreOffice Calc and Writer (headless)",
    )?;
    which(root, "soffice").ok_or_else(|| "soffice still not found after install".into())
}

/// Whether the LibreOffice of `soffice` has Writer: its library beside the real program
/// (a machine with Calc alone has soffice too).
fn has_writer(soffice: &Path) -> bool {
    std::fs::canonicalize(soffice)
        .ok()
        .and_then(|real| Some(real.parent()?.join("libswlo.so")))
        .is_some_and(|library| library.is_file())
}

/// OpenSSL's command line and Python 3, which check the reports' SM2 signatures apart from
/// this tool: the signing crate's interoperability tests and the CLI's run of the README's
/// recipe (`openssl pkeyutl -verify`, Python's `json` and `hashlib`).
pub fn ensure_signature_tools(root: &Path) -> Result {
    let missing: Vec<&str> = [("openssl", "openssl"), ("python3", "python3")]
        .into_iter()
        .filter(|(program, _)| which(root, program).is_none())
        .map(|(_, package)| package)
        .collect();
    if !missing.is_empty() {
        apt_install_no_recommends(root, &missing, "OpenSSL and Python 3 (to check signatures independently)")?;
    }
    Ok(())
}

/// `pdftotext` (Debian's `poppler-utils`), which reads the printed report back, and a
/// small CJK font (`fonts-wqy-microhei`, 1.6 MB) so the headless browser prints Chinese
/// as text rather than boxes. Real users have their own fonts.
pub fn ensure_pdf_tools(root: &Path) -> Result<PathBuf> {
    let has_cjk_font = cmd::output(cmd::new("fc-list", root).arg(":lang=zh")).is_some_and(|out| !out.trim().is_empty());
    let mut missing = Vec::new();
    if which(root, "pdftotext").is_none() {
        missing.push("poppler-utils");
    }
    if !has_cjk_font {
        missing.push("fonts-wqy-microhei");
    }
    if !missing.is_empty() {
        apt_install_no_recommends(root, &missing, "pdftotext and a CJK font (to check the printout)")?;
    }
    which(root, "pdftotext").ok_or_else(|| "pdftotext still not found after install".into())
}

fn find_browser(root: &Path) -> Option<Browser> {
    let chromium = ["chromium", "chromium-browser", "google-chrome"].into_iter().find_map(|name| which(root, name))?;
    let chromedriver = which(root, "chromedriver")?;
    Some(Browser { chromium, chromedriver })
}

fn which(root: &Path, program: &str) -> Option<PathBuf> {
    std::env::split_paths(&cmd::tool_path(root)).map(|dir| dir.join(program)).find(|candidate| candidate.is_file())
}

fn is_root(root: &Path) -> bool {
    cmd::output(cmd::new("id", root).arg("-u")).is_some_and(|uid| uid.trim() == "0")
}

fn apt_install(root: &Path, packages: &[&str], what: &str) -> Result {
    apt_get_install(root, packages, what, &[])
}

/// Without the recommended packages: LibreOffice's would add a desktop's worth.
fn apt_install_no_recommends(root: &Path, packages: &[&str], what: &str) -> Result {
    apt_get_install(root, packages, what, &["--no-install-recommends"])
}

fn apt_get_install(root: &Path, packages: &[&str], what: &str, flags: &[&str]) -> Result {
    if !is_root(root) {
        return Err(format!("{what} missing. Install them, e.g.: sudo apt-get install {}", packages.join(" ")));
    }
    println!("Installing {what} from Debian's packages…");
    // Wait for another apt (an unattended upgrade, a second set-up) rather than fail.
    let lock = ["-o", "DPkg::Lock::Timeout=900"];
    cmd::run(cmd::new("apt-get", root).args(lock).arg("update"))?;
    cmd::run(
        cmd::new("apt-get", root)
            .args(lock)
            .args(["install", "-y"])
            .args(flags)
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}
