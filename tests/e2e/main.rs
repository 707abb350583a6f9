//! End-to-end tests: the single-file build (`dist/cloud-selfcheck.html`) opened from
//! `file://` in headless Chromium through chromedriver, driven like a user; the core
//! flows also in headless Firefox through geckodriver (`firefox.rs`).
//!
//! They need the dist file and a browser, so they are `#[ignore]`d in a plain
//! `cargo test`; `cargo xtask test` builds the file and runs them with `--ignored`.
#![cfg(not(target_arch = "wasm32"))]

mod accessibility;
mod agency;
mod answer_once;
mod catalogs;
mod evidence;
mod excel;
mod firefox;
mod hostile;
mod old_browsers;
mod personas;
mod platforms;
mod provider;
mod report;
mod session;
mod signing;
mod steps;
mod storage;
mod team;
mod windows;
mod word;

use std::path::PathBuf;

use selfcheck_webdriver::{Browser, Kind};
use serde_json::{json, Value};

const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";

fn dist_file() -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist/cloud-selfcheck.html");
    assert!(path.is_file(), "{} is missing: run `cargo xtask dist` (or `cargo xtask test`)", path.display());
    path
}

pub(crate) fn file_url() -> String {
    format!("file://{}", dist_file().display())
}

/// Opens the app and waits until the wasm has mounted it and read the stored work
/// (this window then edits it, or follows another window that does).
pub(crate) fn open_app(browser: &Browser, hash: &str) {
    browser.goto(&format!("{}{hash}", file_url()));
    wait_until_opened(browser);
}

pub(crate) fn wait_until_opened(browser: &Browser) {
    browser.wait_for("document.documentElement.dataset.ready === 'true'", "the app to start");
    browser.wait_for(
        "['writer', 'follower'].includes(document.querySelector('main')?.dataset.keeping)",
        "the stored work to be read",
    );
}

fn html_lang(browser: &Browser) -> String {
    browser.eval("return document.documentElement.lang;", json!([])).as_str().unwrap().to_string()
}

/// The DevTools events chromedriver logged, as (method, params).
fn devtools_events(browser: &Browser) -> Vec<(String, Value)> {
    browser
        .log("performance")
        .iter()
        .filter_map(|entry| serde_json::from_str::<Value>(entry["message"].as_str()?).ok())
        .map(|message| {
            let message = &message["message"];
            (message["method"].as_str().unwrap_or_default().to_string(), message["params"].clone())
        })
        .collect()
}

/// Follows a navigation link and waits for the view.
pub(crate) fn go(browser: &Browser, hash: &str) {
    browser.click(&format!("nav a[href='{hash}']"));
    browser.wait_for(&format!("document.querySelector('main').dataset.route === '{hash}'"), hash);
}

/// Every request the page started, from chromedriver's performance log.
fn requested_urls(events: &[(String, Value)]) -> Vec<String> {
    events
        .iter()
        .filter(|(method, _)| method == "Network.requestWillBeSent")
        .filter_map(|(_, params)| params["request"]["url"].as_str().map(String::from))
        .collect()
}

/// The page may read itself (file:) and in-memory data (data:, blob:), nothing else.
fn is_local(url: &str) -> bool {
    ["file:", "data:", "blob:"].iter().any(|scheme| url.starts_with(scheme))
}

/// What the current page itself saw, in any browser: resources requested from anywhere
/// but the file or memory (Chromium keeps an entry even for one the CSP blocked), and
/// every CSP violation (recorded by `wasm_start.js`), Trusted Types' included: a string
/// given to an HTML or script sink.
fn requests_seen_by_the_page(browser: &Browser) -> Vec<String> {
    let seen = browser.eval(
        "return { protocol: location.protocol, blocked: window.__selfcheckBlocked,
                  resources: performance.getEntriesByType('resource').map(e => e.name) };",
        json!([]),
    );
    assert_eq!(seen["protocol"], "file:", "the page itself comes from the file: {seen}");
    let blocked =
        seen["blocked"].as_array().unwrap_or_else(|| panic!("no CSP violation record: is dist/ stale? {seen}"));
    let resources = seen["resources"].as_array().expect("resource entries");
    let remote =
        resources.iter().filter_map(Value::as_str).filter(|url| !is_local(url)).map(|url| format!("requested {url}"));
    remote.chain(blocked.iter().map(|violation| format!("CSP blocked {violation}"))).collect()
}

/// Zero network: nothing left the page, as it saw it (any browser) and, in Chromium,
/// as the browser's own performance log saw it (every request, even a blocked one).
/// The page as it is now fits a 360 px window: nothing scrolls sideways (the window is
/// set back to its usual size after).
pub(crate) fn assert_fits_360(browser: &Browser, what: &str) {
    browser.set_window_size(360, 740);
    // Measured once the page has been laid out at the new width (two frames on).
    let overflow = browser.eval_async(
        "const done = arguments[arguments.length - 1];
        requestAnimationFrame(() => requestAnimationFrame(() =>
            done(document.documentElement.scrollWidth - document.documentElement.clientWidth)));",
        json!([]),
    );
    let spilling = browser.eval("return [...document.querySelectorAll('body *')].filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible').slice(-4).map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth);", json!([]));
    browser.set_window_size(1280, 900);
    assert_eq!(overflow, json!(0), "{what} scrolls sideways at 360 px: {spilling}");
}

pub(crate) fn assert_no_network(browser: &Browser) {
    let seen = requests_seen_by_the_page(browser);
    assert!(seen.is_empty(), "the page reached out: {seen:#?}");
    if browser.kind() != Kind::Chromium {
        return;
    }
    let urls = requested_urls(&devtools_events(browser));
    assert!(
        urls.iter().any(|url| url.starts_with("file:")),
        "the performance log should at least show the page itself being loaded: {urls:?}"
    );
    let network: Vec<_> = urls.iter().filter(|url| !is_local(url)).collect();
    assert!(network.is_empty(), "network requests were made: {network:?}");
}

/// No console error and no CSP violation report.
pub(crate) fn assert_clean_console(browser: &Browser) {
    let problems: Vec<String> = browser
        .log("browser")
        .iter()
        .filter(|entry| {
            let message = entry["message"].as_str().unwrap_or_default();
            entry["level"] == "SEVERE" || message.contains("Content Security Policy")
        })
        .map(|entry| entry.to_string())
        .collect();
    assert!(problems.is_empty(), "console problems: {problems:#?}");
}

/// The Trusted Types directives of the policy the current page runs under (the meta in its
/// DOM, which a copy of the file made by a test keeps too).
pub(crate) fn assert_trusted_types_required(browser: &Browser) {
    let csp = browser.eval(
        "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')?.content ?? null;",
        json!([]),
    );
    let csp = csp.as_str().unwrap_or_else(|| panic!("the page has no CSP meta: {csp}"));
    for directive in ["require-trusted-types-for 'script'", "trusted-types 'none'"] {
        assert!(csp.split("; ").any(|d| d == directive), "the page's CSP lacks {directive}: {csp}");
    }
}

/// The audit that ends every flow shared by both browsers: the page ran under Trusted
/// Types and saw zero network; and in Chromium a clean console too (Firefox's cannot be
/// read over WebDriver; the CSP part of it is the page's own violation record, which
/// `assert_no_network` reads: no violation at all, Trusted Types' included).
pub(crate) fn assert_clean(browser: &Browser) {
    assert_trusted_types_required(browser);
    assert_no_network(browser);
    if browser.kind() == Kind::Chromium {
        assert_clean_console(browser);
    }
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn opens_offline_in_chinese_switches_to_english_and_navigates() {
    opens_in_chinese_switches_to_english_and_navigates(&Browser::start());
}

/// Start: Chinese first, English on a click, every view reached (shared with Firefox).
pub(crate) fn opens_in_chinese_switches_to_english_and_navigates(browser: &Browser) {
    open_app(browser, "");

    assert_eq!(html_lang(browser), "zh-CN");
    assert_eq!(browser.text(".product-name"), "云评自查 · Cloud Security Self-Check");
    assert!(browser.text("#privacy-note").contains("不会上传"), "privacy statement in Chinese");
    assert_eq!(browser.text("main h2"), "云服务商申报前自评");
    assert_eq!(browser.text("#app-version"), env!("CARGO_PKG_VERSION"));
    assert!(browser.text("footer").contains("中网办发文〔2014〕14号"));

    browser.click("[data-lang='en']");
    browser.wait_for("document.documentElement.lang === 'en'", "English");
    assert!(browser.text("#privacy-note").contains("Nothing is uploaded"));
    assert_eq!(browser.text("main h2"), "Provider self-check before applying");

    browser.click("nav a[href='#/agency']");
    browser.wait_for("document.querySelector('main').dataset.route === '#/agency'", "the agency view");
    assert!(browser.current_url().ends_with("#/agency"));
    assert_eq!(browser.text("nav a[aria-current='page']"), "Agency workload classification");

    browser.click("nav a[href='#/report']");
    browser.wait_for("document.querySelector('main').dataset.route === '#/report'", "the report view");
    assert_eq!(browser.text("main h2"), "JSON gap report");

    browser.back();
    browser.wait_for("document.querySelector('main').dataset.route === '#/agency'", "back to the agency view");

    browser.click("[data-lang='zh-CN']");
    browser.wait_for("document.documentElement.lang === 'zh-CN'", "Chinese again");
    assert_eq!(browser.text("main h2"), "党政部门上云前的业务分类");

    assert_clean(browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn language_and_view_survive_a_reload() {
    let browser = Browser::start();
    open_app(&browser, "#/report");
    assert_eq!(browser.text("main h2"), "JSON 差距报告");
    browser.click("[data-lang='en']");
    browser.wait_for("localStorage.getItem('cloud-selfcheck.lang') === 'en'", "the choice to be saved");

    open_app(&browser, "#/report");
    assert_eq!(html_lang(&browser), "en");
    assert_eq!(browser.text("main h2"), "JSON gap report");
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn keyboard_reaches_every_control_with_visible_focus() {
    let browser = Browser::start();
    open_app(&browser, "");
    let focused = |browser: &Browser| {
        browser.eval(
            "const e = document.activeElement; const s = getComputedStyle(e);
             return { tag: e.tagName, text: e.textContent.trim(), outline: s.outlineStyle,
                      top: e.getBoundingClientRect().top };",
            json!([]),
        )
    };

    browser.press(TAB);
    let skip = focused(&browser);
    assert_eq!(skip["text"], "跳到主要内容", "the skip link comes first");
    assert!(skip["top"].as_f64().unwrap() >= 0.0, "the skip link shows when focused");
    assert_ne!(skip["outline"], "none");

    browser.press(TAB);
    browser.press(TAB);
    let english = focused(&browser);
    assert_eq!(english["text"], "English");
    assert_ne!(english["outline"], "none", "focus is visible");
    browser.press(ENTER);
    browser.wait_for("document.documentElement.lang === 'en'", "Enter on the English button");

    browser.press(TAB);
    let answerer = focused(&browser);
    assert_eq!(answerer["tag"], "INPUT", "who is answering comes after the language");
    assert_ne!(answerer["outline"], "none");
    browser.press(TAB);
    browser.press(TAB);
    let link = focused(&browser);
    assert_eq!(link["text"], "Agency workload classification");
    assert_ne!(link["outline"], "none");
    browser.press(ENTER);
    browser.wait_for("document.querySelector('main').dataset.route === '#/agency'", "Enter on a nav link");

    let unlabelled = browser.eval(
        "return [...document.querySelectorAll('button, a, input, select, textarea')]
            .filter(e => !(e.textContent.trim() || e.getAttribute('aria-label') || e.labels?.length))
            .map(e => e.outerHTML);",
        json!([]),
    );
    assert_eq!(unlabelled, json!([]), "every control has a label");
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn usable_at_360_px_without_sideways_scrolling() {
    let browser = Browser::start();
    browser.set_window_size(360, 740);
    for hash in ["#/provider", "#/agency", "#/report"] {
        for lang in ["zh-CN", "en"] {
            open_app(&browser, hash);
            browser.click(&format!("[data-lang='{lang}']"));
            browser.wait_for(&format!("document.documentElement.lang === '{lang}'"), lang);
            let overflow = browser
                .eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth;", json!([]));
            let wide = browser.eval("return [...document.querySelectorAll('body *')].filter(e => !e.parentElement.closest('.table-wrap') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right));", json!([]));
            // Content spilling out of a box whose own edge is in view widens the page too.
            let spilling = browser.eval("return [...document.querySelectorAll('body *')].filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible').slice(-4).map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + '>' + e.clientWidth);", json!([]));
            assert_eq!(overflow, json!(0), "{hash} in {lang} scrolls sideways at 360 px: {wide} {spilling}");
            // Charts keep their labels at the page's size (a scaled drawing shrank them to 7 px).
            let small = browser.eval("return [...document.querySelectorAll('.bar-label')].map(e => parseFloat(getComputedStyle(e).fontSize)).filter(s => s < 12);", json!([]));
            assert_eq!(small, json!([]), "{hash} in {lang}: chart labels too small at 360 px");
            if hash == "#/provider" {
                assert!(browser.count(".bar-label") > 0, "the provider's readiness charts are there to measure");
            }
        }
    }
    assert_no_network(&browser);
    assert_clean_console(&browser);
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn csp_blocks_an_injected_request() {
    let browser = Browser::start();
    injected_requests_are_blocked_and_recorded(&browser);

    // Chrome logs the attempt, then fails it before any byte leaves: every probe must
    // end in `loadingFailed` with `blockedReason: csp`, and none may get a response.
    let events = devtools_events(&browser);
    let probe_ids: Vec<&Value> = events
        .iter()
        .filter(|(method, params)| {
            method == "Network.requestWillBeSent"
                && params["request"]["url"].as_str().is_some_and(|u| u.contains("127.0.0.1:9"))
        })
        .map(|(_, params)| &params["requestId"])
        .collect();
    assert!(!probe_ids.is_empty(), "the image probe should at least be attempted");
    for id in probe_ids {
        let blocked = events.iter().any(|(method, params)| {
            method == "Network.loadingFailed" && &params["requestId"] == id && params["blockedReason"] == "csp"
        });
        let answered =
            events.iter().any(|(method, params)| method == "Network.responseReceived" && &params["requestId"] == id);
        assert!(blocked && !answered, "probe {id} was not blocked by the CSP: {events:?}");
    }
}

/// Negative control, in any browser: requests injected into the page are blocked by the
/// CSP, and the page's record sees them, so "nothing seen" elsewhere is not luck.
pub(crate) fn injected_requests_are_blocked_and_recorded(browser: &Browser) {
    open_app(browser, "");
    assert_no_network(browser);
    browser.eval(
        "fetch('http://127.0.0.1:9/probe').catch(() => {});
         const img = document.createElement('img'); img.src = 'http://127.0.0.1:9/probe.png';
         document.body.append(img);",
        json!([]),
    );
    browser.wait_for("window.__selfcheckBlocked.length >= 2", "the CSP violations recorded");
    let recorded = browser.eval("return window.__selfcheckBlocked;", json!([]));
    let recorded = recorded.as_array().unwrap();
    for directive in ["connect-src", "img-src"] {
        let found = recorded.iter().any(|v| {
            v["directive"].as_str().is_some_and(|d| d.starts_with(directive))
                && v["blocked"].as_str().is_some_and(|uri| uri.starts_with("http://127.0.0.1:9/"))
        });
        assert!(found, "no {directive} violation for the probe: {recorded:?}");
    }
    // Each probe is seen as blocked; Chromium also lists the blocked image among the
    // resources (Firefox does not): nothing else is seen.
    let seen = requests_seen_by_the_page(browser);
    assert!(seen.iter().filter(|s| s.starts_with("CSP blocked")).count() >= 2, "{seen:#?}");
    assert!(seen.iter().all(|s| s.contains("http://127.0.0.1:9/")), "only the probes: {seen:#?}");
}

#[test]
#[ignore = "needs dist/ and Chromium: run by `cargo xtask test`"]
fn trusted_types_refuse_a_string_in_any_sink() {
    trusted_types_refuse_strings_in_sinks(&Browser::start());
}

/// Negative control for Trusted Types, in any browser: the policy is in force, not only
/// written. A string given to an HTML sink or a script sink throws, a policy cannot be
/// created, the page is untouched, and the page's record sees each violation, so "no
/// violation" at the end of every flow means no sink was ever given a string.
pub(crate) fn trusted_types_refuse_strings_in_sinks(browser: &Browser) {
    open_app(browser, "");
    assert_trusted_types_required(browser);
    assert_no_network(browser);
    let tried = browser.eval(
        "const attempt = (f) => { try { f(); return 'allowed'; } catch (e) { return e.name; } };
         const script = document.createElement('script');
         const tried = {
           innerHTML: attempt(() => { document.body.innerHTML = '<p id=\"injected\">x</p>'; }),
           insertAdjacentHTML: attempt(() => document.body.insertAdjacentHTML('beforeend', '<p id=\"injected\">x</p>')),
           scriptText: attempt(() => { script.textContent = 'window.injected = 1;'; }),
           scriptSrc: attempt(() => { script.src = 'data:text/javascript,window.injected=1'; }),
           policy: attempt(() => trustedTypes.createPolicy('any', { createHTML: (s) => s })),
         };
         document.head.append(script);
         return { tried, injected: !!document.getElementById('injected') || window.injected !== undefined,
                  app: !!document.querySelector('main') };",
        json!([]),
    );
    for sink in ["innerHTML", "insertAdjacentHTML", "scriptText", "scriptSrc", "policy"] {
        assert_eq!(tried["tried"][sink], "TypeError", "{sink} was not refused: {tried}");
    }
    assert_eq!(tried["injected"], false, "nothing was injected: {tried}");
    assert_eq!(tried["app"], true, "the app is untouched: {tried}");
    browser.wait_for(
        "window.__selfcheckBlocked.filter(v => v.directive === 'require-trusted-types-for').length >= 4
         && window.__selfcheckBlocked.some(v => v.directive === 'trusted-types')",
        "the Trusted Types violations recorded",
    );
    let recorded = browser.eval("return window.__selfcheckBlocked;", json!([]));
    for (directive, blocked) in
        [("require-trusted-types-for", "trusted-types-sink"), ("trusted-types", "trusted-types-policy")]
    {
        assert!(
            recorded.as_array().unwrap().iter().any(|v| v["directive"] == directive && v["blocked"] == blocked),
            "no {directive} violation for {blocked}: {recorded}"
        );
    }
    let seen = requests_seen_by_the_page(browser);
    assert!(seen.iter().all(|s| s.contains("trusted-types")), "only the probes: {seen:#?}");
}

#[test]
#[ignore = "needs dist/: run by `cargo xtask test`"]
fn single_file_is_self_contained_under_a_strict_csp() {
    let html = std::fs::read_to_string(dist_file()).unwrap();
    // The inflater's script (which only defines a function), the wasm in a data block (a
    // type the browser never runs), the script that starts compiling it, and the app's one
    // classic script (glue and boot); then the Excel module's data block and its glue and loader, which compile
    // nothing until a workbook is used. No script is made from a data block's text: Trusted
    // Types would refuse it.
    assert_eq!(html.matches("<script type=\"application/octet-stream\" class=\"wasm-gzip-base64\">").count(), 1);
    assert_eq!(
        html.matches("<script type=\"application/octet-stream\" class=\"wasm-zstd-base64\" id=\"sheets-wasm\">")
            .count(),
        1
    );
    assert_eq!(html.matches("<script>").count(), 2, "the script starting the compilation, the Excel loader");
    assert_eq!(html.matches("<script id=\"app-script\">").count(), 1);
    assert!(!html.contains("type=\"module\""), "the app's script is a classic one");
    assert_eq!(html.matches("<script id=\"inflate-fallback\">").count(), 1, "the inflater, a parsed script");
    assert!(!html.contains("text/plain"), "no script text kept as data");
    assert_eq!(html.matches("<script").count(), 6, "nothing else");
    for forbidden in [" src=", "@import", "url(", "http://", "https://", "<iframe", "<object"] {
        let hits = html.match_indices(forbidden).count();
        assert_eq!(hits, 0, "the single file contains {forbidden:?}");
    }
    for link in html.match_indices("<link").map(|(at, _)| &html[at..at + html[at..].find('>').unwrap()]) {
        assert!(link.contains("href=\"data:"), "a <link> points outside the file: {link}");
    }

    let csp_start = html.find("http-equiv=\"Content-Security-Policy\" content=\"").expect("a CSP meta");
    let csp = &html[csp_start + 46..];
    let csp = &csp[..csp.find('"').unwrap()];
    for directive in [
        "default-src 'none'",
        "connect-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "'wasm-unsafe-eval'",
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
    ] {
        assert!(csp.contains(directive), "CSP lacks {directive}: {csp}");
    }
    assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"), "{csp}");

    // The script hashes in the policy must be those of the two inline scripts, and no other.
    use base64::Engine;
    use sha2::Digest;
    // `at` finds the element; the script is what follows its opening tag.
    let hash_of = |at: &str, opening: &str| {
        let start = html.find(at).unwrap() + opening.len();
        let script = &html[start..start + html[start..].find("</script>").unwrap()];
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script.as_bytes()))
        )
    };
    let sheets_at = html.find("id=\"sheets-wasm\"").unwrap();
    let sheets_script = sheets_at + html[sheets_at..].find("<script>").unwrap();
    let inflater = "<script id=\"inflate-fallback\">";
    let expected = format!(
        "script-src {} {} {} {} 'wasm-unsafe-eval'",
        hash_of("<script>", "<script>"),
        hash_of("<script id=\"app-script\">", "<script id=\"app-script\">"),
        hash_of(inflater, inflater),
        hash_of(&html[sheets_script..sheets_script + 200], "<script>"),
    );
    assert!(csp.contains(&expected), "hash mismatch: {csp}");
}

#[test]
#[ignore = "needs dist/: run by `cargo xtask test`"]
fn a_damaged_wasm_shows_a_readable_panel_not_a_blank_page() {
    damaged_wasm_shows_a_readable_panel(&Browser::start());
}

/// Start-up errors: copies of the product whose wasm is damaged, as a broken copy or
/// download would leave it (cut short, garbled in the middle, or lost), each show the
/// panel in both languages (shared with Firefox). The block is data, not script, so
/// the CSP hashes still hold.
pub(crate) fn damaged_wasm_shows_a_readable_panel(browser: &Browser) {
    let html = std::fs::read_to_string(dist_file()).unwrap();
    let block = html.find("class=\"wasm-gzip-base64\"").unwrap();
    let start = block + html[block..].find('>').unwrap() + 1;
    let end = start + html[start..].find("</script>").unwrap();
    let cut_short = format!("{}{}{}", &html[..start], &html[start..start + (end - start) / 2 / 4 * 4], &html[end..]);
    let middle = (start + end) / 2 / 4 * 4;
    let garbled = format!("{}{}{}", &html[..middle], "AAAA".repeat(64), &html[middle + 256..]);
    let opening = html[..start].rfind("<script").unwrap();
    let lost = format!("{}{}", &html[..opening], &html[end + "</script>\n".len()..]);

    let dir = selfcheck_webdriver::TempDir::new("damaged");
    for (name, damaged) in [("cut-short", cut_short), ("garbled", garbled), ("lost", lost)] {
        let path = dir.0.join(format!("{name}.html"));
        std::fs::write(&path, damaged).unwrap();
        browser.goto(&format!("file://{}", path.display()));
        browser.wait_for("document.getElementById('fatal-error') !== null", "the start-up error panel");
        let panel = browser.text("#fatal-error");
        assert!(panel.contains("无法启动") && panel.contains("could not start"), "{name}: {panel}");
        assert_eq!(browser.count(".booting"), 0, "{name}: the loading line gives way to the panel");
        assert_no_network(browser);
    }
}
