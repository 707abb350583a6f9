//! A small W3C WebDriver client: a fresh headless browser per `Browser`, Chromium
//! through chromedriver or Firefox through geckodriver, both spoken to in plain W3C.
//! Chromium's browser and performance logs are switched on so tests can audit every
//! request and console message; Firefox has no such logs (see `log`).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::http::request;

/// The W3C WebDriver key under which an element reference is returned.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Which browser a `Browser` drives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Chromium,
    Firefox,
}

impl Kind {
    /// The suffix of a download still being written.
    fn partial_suffix(self) -> &'static str {
        match self {
            Kind::Chromium => ".crdownload",
            Kind::Firefox => ".part",
        }
    }
}

pub struct Browser {
    kind: Kind,
    driver: Child,
    port: u16,
    session: String,
    _profile: TempDir,
    downloads: TempDir,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium with an empty profile.
    pub fn start() -> Browser {
        Browser::start_kind(Kind::Chromium)
    }

    /// Starts geckodriver and a headless Firefox with an empty profile.
    pub fn firefox() -> Browser {
        Browser::start_kind(Kind::Firefox)
    }

    pub fn start_kind(kind: Kind) -> Browser {
        let profile = TempDir::new("profile");
        let downloads = TempDir::new("downloads");
        let (driver_program, capabilities) = match kind {
            Kind::Chromium => chromium_capabilities(&profile.0, &downloads.0),
            Kind::Firefox => firefox_capabilities(&profile.0, &downloads.0),
        };
        let (driver, port) = start_driver(&driver_program);
        let mut browser = Browser { kind, driver, port, session: String::new(), _profile: profile, downloads };
        let created =
            browser.call("POST", "/session", Some(json!({ "capabilities": { "alwaysMatch": capabilities } })));
        browser.session = created["sessionId"].as_str().expect("a session id").to_string();
        // Finding an element waits for it a while, as a user waits for a page to draw
        // (parts of the app are drawn just after it is ready).
        browser.session_call("POST", "/timeouts", Some(json!({ "implicit": 5000 })));
        // The browser's own start page (chrome://new-tab-page…) is not ours to audit:
        // leave it, then drop what was logged so far.
        browser.goto("about:blank");
        match kind {
            Kind::Chromium => {
                browser.log("performance");
                browser.log("browser");
            }
            // Chromium gets its size from a flag; Firefox's flags for it vary by version.
            Kind::Firefox => browser.set_window_size(1280, 900),
        }
        browser
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|b| b.to_string());
        let (status, text) =
            request(self.port, method, path, body.as_deref()).unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}: {text}"));
        assert_eq!(status, 200, "{method} {path} failed: {text}");
        value["value"].clone()
    }

    fn session_call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    pub fn goto(&self, url: &str) {
        self.session_call("POST", "/url", Some(json!({ "url": url })));
    }

    /// Opens a new tab (as a second double-click on the file would) and returns its
    /// handle; commands still go to the current one until `switch_to`.
    pub fn new_tab(&self) -> String {
        let opened = self.session_call("POST", "/window/new", Some(json!({ "type": "tab" })));
        opened["handle"].as_str().expect("a window handle").to_string()
    }

    /// The handle of the tab commands go to now.
    pub fn window_handle(&self) -> String {
        self.session_call("GET", "/window", None).as_str().expect("a window handle").to_string()
    }

    /// Sends the following commands to another tab.
    pub fn switch_to(&self, handle: &str) {
        self.session_call("POST", "/window", Some(json!({ "handle": handle })));
    }

    /// Closes the current tab; commands then need a `switch_to`.
    pub fn close_tab(&self) {
        self.session_call("DELETE", "/window", None);
    }

    pub fn current_url(&self) -> String {
        self.session_call("GET", "/url", None).as_str().unwrap_or_default().to_string()
    }

    pub fn back(&self) {
        self.session_call("POST", "/back", Some(json!({})));
    }

    pub fn set_window_size(&self, width: u32, height: u32) {
        self.session_call("POST", "/window/rect", Some(json!({ "width": width, "height": height })));
    }

    /// Runs `script` (a function body; `arguments` available) in the page.
    pub fn eval(&self, script: &str, args: Value) -> Value {
        self.session_call("POST", "/execute/sync", Some(json!({ "script": script, "args": args })))
    }

    /// Runs an asynchronous `script`: it receives a callback as its last argument.
    pub fn eval_async(&self, script: &str, args: Value) -> Value {
        self.session_call("POST", "/execute/async", Some(json!({ "script": script, "args": args })))
    }

    /// How long an asynchronous script may run before the driver gives up (W3C default: 30 s).
    pub fn set_script_timeout(&self, timeout: Duration) {
        let millis = u64::try_from(timeout.as_millis()).unwrap_or(u64::MAX);
        self.session_call("POST", "/timeouts", Some(json!({ "script": millis })));
    }

    /// Polls `condition` (a JS expression) until true, or fails with `what`.
    pub fn wait_for(&self, condition: &str, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let script = format!("return !!({condition});");
        while self.eval(&script, json!([])) != Value::Bool(true) {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            sleep(Duration::from_millis(50));
        }
    }

    pub fn find(&self, css: &str) -> String {
        let found = self.session_call("POST", "/element", Some(json!({ "using": "css selector", "value": css })));
        found[ELEMENT_KEY].as_str().unwrap_or_else(|| panic!("no element {css}: {found}")).to_string()
    }

    /// A real click through the browser's input pipeline (not `element.click()`), on an
    /// element first brought to the middle of the window, as a person looks at what they
    /// click: WebDriver would click one left under a bar that stays at the top of the
    /// page, and find the bar in the way.
    pub fn click(&self, css: &str) {
        let id = self.find(css);
        self.eval("arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' });", json!([{ ELEMENT_KEY: id }]));
        self.session_call("POST", &format!("/element/{id}/click"), Some(json!({})));
    }

    /// Types into a field through the browser's input pipeline.
    pub fn type_into(&self, css: &str, text: &str) {
        let id = self.find(css);
        self.session_call("POST", &format!("/element/{id}/value"), Some(json!({ "text": text })));
    }

    pub fn download_dir(&self) -> std::path::PathBuf {
        self.downloads.0.clone()
    }

    /// Waits for a finished download of that name and returns its bytes. Both browsers
    /// may create the file before writing it, so "finished" means: no partial file
    /// (`.crdownload`, `.part`), not empty, and the same size on two polls in a row.
    pub fn downloaded(&self, name: &str) -> Vec<u8> {
        let path = self.downloads.0.join(name);
        let partial = self.downloads.0.join(format!("{name}{}", self.kind.partial_suffix()));
        let deadline = Instant::now() + Duration::from_secs(20);
        let mut last_len = None;
        loop {
            if let Ok(bytes) = std::fs::read(&path) {
                if !partial.exists() && !bytes.is_empty() && last_len == Some(bytes.len()) {
                    return bytes;
                }
                last_len = Some(bytes.len());
            }
            assert!(Instant::now() < deadline, "no finished download named {name}");
            sleep(Duration::from_millis(100));
        }
    }

    /// Waits for a finished download whose name starts with `prefix`: (name, bytes).
    pub fn downloaded_starting(&self, prefix: &str) -> (String, Vec<u8>) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let names: Vec<String> = std::fs::read_dir(&self.downloads.0)
                .map(|dir| dir.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect())
                .unwrap_or_default();
            let partial = self.kind.partial_suffix();
            if let Some(name) = names.iter().find(|n| n.starts_with(prefix) && !n.ends_with(partial)) {
                return (name.clone(), self.downloaded(name));
            }
            assert!(Instant::now() < deadline, "no download starting with {prefix}: {names:?}");
            sleep(Duration::from_millis(100));
        }
    }

    /// Chooses a file in an `<input type=file>`, as the file dialog would.
    pub fn choose_file(&self, css: &str, path: &std::path::Path) {
        self.type_into(css, &path.display().to_string());
    }

    /// Empties a field the way a user does, Ctrl+A then Backspace, so the page sees
    /// `input` events (WebDriver's own "clear" only fires `change`).
    pub fn clear(&self, css: &str) {
        self.focus(css);
        let (ctrl, backspace) = ("\u{E009}", "\u{E003}");
        let actions = json!({ "actions": [{
            "type": "key", "id": "keyboard",
            "actions": [
                { "type": "keyDown", "value": ctrl }, { "type": "keyDown", "value": "a" },
                { "type": "keyUp", "value": "a" }, { "type": "keyUp", "value": ctrl },
                { "type": "keyDown", "value": backspace }, { "type": "keyUp", "value": backspace },
            ],
        }]});
        self.session_call("POST", "/actions", Some(actions));
    }

    /// Sets a date field or a select as its picker would, then fires `change`
    /// (WebDriver typing into date inputs depends on the browser's locale).
    pub fn pick(&self, css: &str, value: &str) {
        self.eval(
            "const e = document.querySelector(arguments[0]); e.value = arguments[1];
             e.dispatchEvent(new Event('change', { bubbles: true }));",
            json!([css, value]),
        );
    }

    /// Gives keyboard focus to an element, as a Tab would.
    pub fn focus(&self, css: &str) {
        self.eval("document.querySelector(arguments[0]).focus();", json!([css]));
    }

    pub fn count(&self, css: &str) -> usize {
        self.eval("return document.querySelectorAll(arguments[0]).length;", json!([css])).as_u64().unwrap_or(0) as usize
    }

    pub fn text(&self, css: &str) -> String {
        let id = self.find(css);
        self.session_call("GET", &format!("/element/{id}/text"), None).as_str().unwrap_or_default().to_string()
    }

    /// Presses one key (a WebDriver key code such as "\u{E004}" for Tab).
    pub fn press(&self, key: &str) {
        let actions = json!({ "actions": [{
            "type": "key", "id": "keyboard",
            "actions": [{ "type": "keyDown", "value": key }, { "type": "keyUp", "value": key }],
        }]});
        self.session_call("POST", "/actions", Some(actions));
    }

    /// Sends a DevTools command through chromedriver (e.g. to emulate print media).
    /// Chromium only.
    pub fn cdp(&self, command: &str, params: Value) -> Value {
        self.chromium_only("cdp");
        self.session_call("POST", "/goog/cdp/execute", Some(json!({ "cmd": command, "params": params })))
    }

    /// True when a JavaScript dialog (alert, confirm, prompt) is open.
    pub fn alert_is_open(&self) -> bool {
        let path = format!("/session/{}/alert/text", self.session);
        matches!(request(self.port, "GET", &path, None), Ok((200, _)))
    }

    /// Drains a chromedriver log ("browser" or "performance"). Chromium only:
    /// geckodriver has no log endpoint (read the page's own records instead).
    pub fn log(&self, kind: &str) -> Vec<Value> {
        self.chromium_only("log");
        match self.session_call("POST", "/se/log", Some(json!({ "type": kind }))) {
            Value::Array(entries) => entries,
            other => panic!("unexpected log answer: {other}"),
        }
    }
}

impl Browser {
    /// chromedriver's extensions have no W3C equivalent: say so rather than do nothing.
    fn chromium_only(&self, what: &str) {
        assert_eq!(self.kind, Kind::Chromium, "Browser::{what} is a chromedriver extension: Chromium only");
    }
}

/// chromedriver and the capabilities of a headless Chromium.
fn chromium_capabilities(profile: &Path, downloads: &Path) -> (String, Value) {
    let chromium = std::env::var("SELFCHECK_CHROMIUM").unwrap_or_else(|_| on_path("chromium"));
    let chromedriver = std::env::var("SELFCHECK_CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let flags = std::env::var("SELFCHECK_CHROMIUM_FLAGS").unwrap_or_else(|_| {
        "--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
         --disable-component-update --disable-sync --disable-quic --no-first-run"
            .into()
    });
    let mut args: Vec<String> = flags.split_whitespace().map(String::from).collect();
    args.push(format!("--user-data-dir={}", profile.display()));
    args.push("--window-size=1280,900".into());
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": chromium,
            "args": args,
            "prefs": {
                "download.default_directory": downloads.display().to_string(),
                "download.prompt_for_download": false,
                // "Download multiple files?": what a user allows once for the page.
                "profile.default_content_setting_values.automatic_downloads": 1,
            },
        },
        "goog:loggingPrefs": { "browser": "ALL", "performance": "ALL" },
    });
    (chromedriver, capabilities)
}

/// geckodriver and the capabilities of a headless Firefox: downloads saved at once
/// into `downloads`, no panel, no question, as a user who chose so once.
fn firefox_capabilities(profile: &Path, downloads: &Path) -> (String, Value) {
    let firefox = std::env::var("SELFCHECK_FIREFOX").unwrap_or_else(|_| on_path("firefox-esr"));
    let geckodriver = std::env::var("SELFCHECK_GECKODRIVER").unwrap_or_else(|_| "geckodriver".into());
    let capabilities = json!({
        "browserName": "firefox",
        "moz:firefoxOptions": {
            "binary": firefox,
            "args": ["-headless", "-profile", profile.display().to_string()],
            "prefs": {
                "browser.download.folderList": 2,
                "browser.download.dir": downloads.display().to_string(),
                "browser.download.useDownloadDir": true,
                "browser.download.start_downloads_in_tmp_dir": false,
                "browser.download.always_ask_before_handling_new_types": false,
                "browser.download.manager.showWhenStarting": false,
                "browser.download.alwaysOpenPanel": false,
                // Firefox's "this site tried to download several files" guard.
                "browser.download.enable_spam_prevention": false,
            },
        },
    });
    (geckodriver, capabilities)
}

/// A WebDriver server (chromedriver or geckodriver) on a free local port, once it answers.
fn start_driver(program: &str) -> (Child, u16) {
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let driver = Command::new(program)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e} (run via `cargo xtask test`)"));
    let deadline = Instant::now() + Duration::from_secs(20);
    while request(port, "GET", "/status", None).is_err() {
        assert!(Instant::now() < deadline, "{program} did not come up on port {port}");
        sleep(Duration::from_millis(50));
    }
    (driver, port)
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = request(self.port, "DELETE", &format!("/session/{}", self.session), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// The drivers want an absolute browser path; find it on PATH as a shell would.
fn on_path(program: &str) -> String {
    std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
        .map(|found| found.display().to_string())
        .unwrap_or_else(|| panic!("{program} not found on PATH (run via `cargo xtask test`)"))
}

/// A scratch directory removed on drop (a browser profile, downloads).
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(label: &str) -> TempDir {
        use std::sync::atomic::{AtomicU32, Ordering};
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("cloud-selfcheck-e2e-{}-{label}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
