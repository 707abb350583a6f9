//! `cargo xtask test`: every test layer, cheapest first, stopping at the first failure.

use std::path::Path;
use std::time::Instant;

use crate::tools::{self, Browser};
use crate::{cmd, dist, Result};

/// Flags for every headless Chromium we start: no sandbox (CI runs as root), and no
/// background traffic, so the zero-network assertions see only the page's own requests.
pub const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
];

pub fn run(root: &Path) -> Result {
    let started = Instant::now();
    let mut timings = Vec::new();
    let mut step = |name: &str, action: &mut dyn FnMut() -> Result| -> Result {
        println!("\n==> {name}");
        let t = Instant::now();
        action().map_err(|e| format!("{name}: {e}"))?;
        timings.push((name.to_string(), t.elapsed().as_secs_f64()));
        Ok(())
    };

    let mut browser = None;
    let mut firefox = None;
    let mut wasm_opt = None;
    let mut soffice = None;
    let mut pdftotext = None;
    let mut axe = None;
    step("set-up: pinned tools, headless Chromium and Firefox", &mut || {
        tools::ensure_wasm_target(root)?;
        tools::ensure_wasm_bindgen(root)?;
        tools::ensure_trunk(root)?;
        wasm_opt = Some(tools::ensure_wasm_opt(root)?);
        tools::ensure_inflater_tools(root)?;
        axe = Some(tools::ensure_axe_core(root)?);
        browser = Some(tools::ensure_browser(root)?);
        firefox = Some(tools::ensure_firefox(root)?);
        soffice = Some(tools::ensure_libreoffice(root)?);
        pdftotext = Some(tools::ensure_pdf_tools(root)?);
        tools::ensure_signature_tools(root)?;
        Ok(())
    })?;
    let browser = browser.expect("set-up found a browser");
    let firefox = firefox.expect("set-up found Firefox");
    let wasm_opt = wasm_opt.expect("set-up found wasm-opt");
    let soffice = soffice.expect("set-up found LibreOffice");
    let pdftotext = pdftotext.expect("set-up found pdftotext");
    let axe = axe.expect("set-up installed axe-core");

    step("format (cargo fmt --check)", &mut || {
        cmd::run(cmd::new("cargo", root).args(["fmt", "--all", "--", "--check"]))
    })?;
    step("lint, native (clippy -D warnings)", &mut || {
        cmd::run(cmd::new("cargo", root).args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))
    })?;
    step("lint, wasm32 (clippy -D warnings)", &mut || {
        cmd::run(cmd::new("cargo", root).args([
            "clippy",
            "--package",
            "cloud-selfcheck",
            "--all-targets",
            "--target",
            tools::WASM_TARGET,
            "--",
            "-D",
            "warnings",
        ]))
    })?;
    step("native tests: core, CLI, app logic, xtask", &mut || {
        cmd::run(cmd::new("cargo", root).args(["test", "--workspace"]))
    })?;
    step("workbooks re-saved by LibreOffice (headless Calc)", &mut || {
        libreoffice_tests(root, "selfcheck-sheets", &soffice)
    })?;
    step("Word documents printed by LibreOffice (headless Writer)", &mut || {
        libreoffice_tests(root, "selfcheck-docx", &soffice)
    })?;
    step("component tests in headless Chromium (wasm-bindgen-test)", &mut || {
        let config = write_webdriver_config(root, &browser)?;
        cmd::run(
            cmd::new("cargo", root)
                .args(["test", "--package", "cloud-selfcheck", "--target", tools::WASM_TARGET])
                .args(["--test", "components"])
                .env("CHROMEDRIVER", &browser.chromedriver)
                .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", config)
                .env("WASM_BINDGEN_TEST_TIMEOUT", "180"),
        )
    })?;
    step("Trunk build (what `cargo xtask serve` serves)", &mut || {
        cmd::run(
            cmd::new("trunk", root).arg("build").env("TRUNK_SKIP_VERSION_CHECK", "true").env("TRUNK_OFFLINE", "true"),
        )
    })?;
    step("single-file build (cargo xtask dist)", &mut || dist::build(root, &wasm_opt).map(|_| ()))?;
    step("end-to-end tests: dist file from file:// in headless Chromium and Firefox", &mut || {
        cmd::run(
            cmd::new("cargo", root)
                .args(["test", "--package", "cloud-selfcheck", "--test", "e2e"])
                .args(["--", "--ignored", "--test-threads=1"])
                .env("SELFCHECK_CHROMIUM", &browser.chromium)
                .env("SELFCHECK_CHROMEDRIVER", &browser.chromedriver)
                .env("SELFCHECK_CHROMIUM_FLAGS", CHROMIUM_FLAGS.join(" "))
                .env("SELFCHECK_FIREFOX", &firefox.firefox)
                .env("SELFCHECK_GECKODRIVER", &firefox.geckodriver)
                .env("SELFCHECK_PDFTOTEXT", &pdftotext)
                .env("SELFCHECK_AXE", &axe),
        )
    })?;

    println!("\nAll test layers passed in {:.0} s:", started.elapsed().as_secs_f64());
    for (name, seconds) in &timings {
        println!("    {seconds:>7.1} s  {name}");
    }
    Ok(())
}

/// A crate's LibreOffice tests (ignored unless `SELFCHECK_SOFFICE` names soffice), one
/// test at a time: two first starts of soffice at once on a fresh machine have aborted.
fn libreoffice_tests(root: &Path, package: &str, soffice: &Path) -> Result {
    cmd::run(
        cmd::new("cargo", root)
            .args(["test", "--package", package, "--test", "libreoffice", "--", "--ignored", "--test-threads=1"])
            .env("SELFCHECK_SOFFICE", soffice),
    )
}

/// wasm-bindgen-test-runner reads browser capabilities from this file.
fn write_webdriver_config(root: &Path, browser: &Browser) -> Result<std::path::PathBuf> {
    let args: Vec<String> =
        CHROMIUM_FLAGS.iter().map(|flag| format!("\"{}\"", flag.trim_start_matches("--"))).collect();
    let json = format!(
        "{{\"goog:chromeOptions\": {{\"binary\": \"{}\", \"args\": [{}]}}}}\n",
        browser.chromium.display(),
        args.join(", ")
    );
    let path = root.join("target/webdriver.json");
    std::fs::create_dir_all(root.join("target")).map_err(|e| e.to_string())?;
    std::fs::write(&path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(path)
}
