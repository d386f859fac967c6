//! The browser tests' harness: chromedriver and `kennis serve` on free ports, a copy of this
//! repository's own site served under a sub-path, and a headless Chromium session per test that
//! is always closed, with every console error of every page it visits collected on the way.
//!
//! Chromedriver and the shared site server are started by the first test that needs them and
//! stopped when the last test using them ends, so tests running at the same time share them.

use std::fmt::Display;
use std::future::Future;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, Once, OnceLock, PoisonError, Weak};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::wd::{Capabilities, WebDriverCompatibleCommand};
use fantoccini::{Client, ClientBuilder, Locator};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// Set to `1` (CI does) to make missing browser tools a failure instead of a skipped test.
const REQUIRE_BROWSER: &str = "KENNIS_REQUIRE_BROWSER";

/// How long a page may take to show what a test waits for.
const PATIENCE: Duration = Duration::from_secs(20);

/// How long a server may take to start (a debug build of the site takes about a second).
const STARTUP: Duration = Duration::from_secs(60);

/// The path the site is served under, as on a host that puts it in a folder.
pub const BASE_PATH: &str = "/kennis/";

/// The phone's width in CSS pixels (an iPhone SE or mini).
pub const PHONE_WIDTH: u32 = 375;

/// The window a session emulates.
#[derive(Debug, Clone, Copy)]
pub enum Screen {
    /// A desktop browser window.
    Desktop,
    /// A phone [`PHONE_WIDTH`] CSS pixels wide, with touch (Chromium's mobile emulation).
    Phone,
}

/// Which copy of the site a scenario runs on.
#[derive(Debug, Clone, Copy)]
enum SiteCopy {
    /// The copy the tests share; scenarios must not change its files.
    Shared,
    /// A copy of the scenario's own, whose files it may edit.
    Own,
}

/// Runs a scenario in a new browser session on the site the tests share. Skips it (with a
/// notice) when the browser tools are missing and not required.
pub fn run<F, Fut>(screen: Screen, scenario: F)
where
    F: FnOnce(Session) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    run_on(SiteCopy::Shared, screen, scenario);
}

/// Runs a scenario on a copy of the site of its own, which it may edit (see
/// [`Session::site_root`]).
pub fn run_on_own_site<F, Fut>(screen: Screen, scenario: F)
where
    F: FnOnce(Session) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    run_on(SiteCopy::Own, screen, scenario);
}

fn run_on<F, Fut>(copy: SiteCopy, screen: Screen, scenario: F)
where
    F: FnOnce(Session) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let Some(tools) = tools() else {
        return;
    };
    let driver = shared(&DRIVER, || Chromedriver::start(tools));
    let site = match copy {
        SiteCopy::Shared => shared(&SITE, SiteServer::start),
        SiteCopy::Own => Arc::new(SiteServer::start()),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .or_panic("start an async runtime");
    runtime.block_on(async move {
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities(tools, screen))
            .connect(&driver.url)
            .await
            .or_panic("open a Chromium session through chromedriver");
        let session = Session {
            client: client.clone(),
            site: Arc::clone(&site),
            console_errors: Arc::default(),
        };
        let errors = Arc::clone(&session.console_errors);
        // The scenario runs as a task of its own so that a failing assertion in it still lets
        // the session close (an open session would leave a Chromium running).
        let steps = scenario(session.clone());
        let outcome = tokio::spawn(async move {
            steps.await;
            session.check_console().await;
        })
        .await;
        let closed = client.close().await;
        if let Err(failure) = outcome {
            match failure.try_into_panic() {
                Ok(panic) => std::panic::resume_unwind(panic),
                Err(failure) => panic!("the scenario did not finish: {failure}"),
            }
        }
        closed.or_panic("close the browser session");
        let errors = errors.lock().unwrap_or_else(PoisonError::into_inner);
        assert!(
            errors.is_empty(),
            "the browser console reported errors:\n{}\n(kennis serve said:\n{})",
            errors.join("\n"),
            site.output()
        );
    });
}

/// A browser session on the served site.
#[derive(Clone)]
pub struct Session {
    /// The WebDriver client, for what the helpers below do not cover.
    pub client: Client,
    site: Arc<SiteServer>,
    /// Every SEVERE console entry so far, with the page it was seen on.
    console_errors: Arc<Mutex<Vec<String>>>,
}

impl Session {
    /// The address of a path of the site, given relative to its base (`nl/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.site.base_url, path.trim_start_matches('/'))
    }

    /// The path part of a site path, as links in pages write it (`/kennis/nl/`).
    pub fn path(&self, path: &str) -> String {
        format!("{BASE_PATH}{}", path.trim_start_matches('/'))
    }

    /// The folder the served site's sources are in.
    pub fn site_root(&self) -> &Path {
        self.site.folder.path()
    }

    /// Opens a path of the site (relative to its base) and checks the console.
    pub async fn visit(&self, path: &str) {
        let url = self.url(path);
        self.client.goto(&url).await.or_panic(format!("open {url}"));
        self.check_console().await;
    }

    /// The first element matching a CSS selector.
    pub async fn find(&self, css: &str) -> Element {
        match self.client.find(Locator::Css(css)).await {
            Ok(element) => element,
            Err(error) => panic!("no element `{css}` on {}: {error}", self.location().await),
        }
    }

    /// Clicks the first element matching a CSS selector.
    pub async fn click(&self, css: &str) {
        let element = self.find(css).await;
        element
            .click()
            .await
            .or_panic(format!("click `{css}` on {}", self.location().await));
    }

    /// Runs a script (a function body: it reads `arguments` and `return`s a value).
    pub async fn eval<T: DeserializeOwned>(&self, script: &str, args: Vec<Value>) -> T {
        let value = self
            .client
            .execute(script, args)
            .await
            .or_panic(format!("run script `{script}`"));
        match serde_json::from_value(value.clone()) {
            Ok(typed) => typed,
            Err(error) => panic!("script `{script}` returned {value}: {error}"),
        }
    }

    /// The text of the first element matching a CSS selector, trimmed.
    pub async fn text(&self, css: &str) -> String {
        self.eval::<Option<String>>(
            "const e = document.querySelector(arguments[0]); \
             return e === null ? null : e.textContent.trim();",
            vec![json!(css)],
        )
        .await
        .unwrap_or_else(|| panic!("no element `{css}`"))
    }

    /// The page's address as the browser shows it.
    pub async fn location(&self) -> String {
        match self.client.current_url().await {
            Ok(url) => url.to_string(),
            Err(error) => format!("(unknown page: {error})"),
        }
    }

    /// Waits until a script returns something other than `null`, `false` or `undefined`, and
    /// returns that; fails the test after a while, saying what it waited for.
    pub async fn wait_for<T: DeserializeOwned>(
        &self,
        what: &str,
        script: &str,
        args: Vec<Value>,
    ) -> T {
        let start = Instant::now();
        loop {
            // A script may run while the page is being replaced; that is not a failure.
            if let Ok(value) = self.client.execute(script, args.clone()).await
                && !matches!(value, Value::Null | Value::Bool(false))
            {
                match serde_json::from_value(value.clone()) {
                    Ok(typed) => return typed,
                    Err(error) => {
                        panic!("waiting for {what}: the script returned {value}: {error}")
                    }
                }
            }
            if start.elapsed() > PATIENCE {
                panic!(
                    "timed out after {} s waiting for {what} on {}\n(kennis serve said:\n{})",
                    PATIENCE.as_secs(),
                    self.location().await,
                    self.site.output()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the browser shows a path (`/kennis/en/`, without query or fragment) and
    /// the page has loaded, then checks the console.
    pub async fn wait_for_path(&self, path: &str) {
        self.wait_for::<bool>(
            &format!("the page {path}"),
            "return location.pathname === arguments[0] && document.readyState === 'complete';",
            vec![json!(path)],
        )
        .await;
        self.check_console().await;
    }

    /// Reads the browser's console and records its errors (SEVERE entries: script errors,
    /// failed requests, `console.error`) with the page they were seen on.
    pub async fn check_console(&self) {
        let entries = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .or_panic("read the browser's console log");
        let page = self.location().await;
        let severe = entries
            .as_array()
            .into_iter()
            .flatten()
            .filter(|entry| entry["level"] == "SEVERE")
            .map(|entry| format!("{page}: {}", entry["message"].as_str().unwrap_or_default()));
        self.console_errors
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend(severe);
    }

    /// Takes the console errors recorded so far, so a scenario can look at ones it caused on
    /// purpose; what it does not take fails the test.
    pub async fn take_console_errors(&self) -> Vec<String> {
        self.check_console().await;
        std::mem::take(
            &mut *self
                .console_errors
                .lock()
                .unwrap_or_else(PoisonError::into_inner),
        )
    }

    /// Has Chromium run a script at the start of every page from now on, before the page's own
    /// scripts (DevTools' `Page.addScriptToEvaluateOnNewDocument`).
    pub async fn run_before_every_page(&self, source: &str) {
        self.client
            .issue_cmd(DevTools {
                command: "Page.addScriptToEvaluateOnNewDocument",
                params: json!({ "source": source }),
            })
            .await
            .or_panic("add a script to every page");
    }

    /// Has Chromium give every page from now on a media feature as a reader's settings would
    /// (`prefers-color-scheme: dark`), through DevTools' `Emulation.setEmulatedMedia`.
    pub async fn emulate_media_feature(&self, name: &str, value: &str) {
        self.client
            .issue_cmd(DevTools {
                command: "Emulation.setEmulatedMedia",
                params: json!({ "features": [{ "name": name, "value": value }] }),
            })
            .await
            .or_panic(format!("emulate {name}: {value}"));
    }
}

/// Chromedriver's log endpoint for the browser's console (`goog:loggingPrefs` turns it on).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({"type": "browser"}).to_string()),
        )
    }
}

/// A Chrome DevTools command sent through chromedriver.
#[derive(Debug)]
struct DevTools {
    command: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

fn capabilities(tools: &Tools, screen: Screen) -> Capabilities {
    let mut args = vec![
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
    ];
    let mut chrome = json!({});
    match screen {
        Screen::Desktop => args.push("--window-size=1280,900"),
        Screen::Phone => {
            args.push("--window-size=375,812");
            chrome["mobileEmulation"] = json!({
                "deviceMetrics": { "width": PHONE_WIDTH, "height": 812, "pixelRatio": 2.0, "touch": true }
            });
        }
    }
    chrome["args"] = json!(args);
    chrome["binary"] = json!(tools.chromium);
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": chrome,
        "goog:loggingPrefs": { "browser": "ALL" },
        // A page that stalls fails the test rather than slowing it down.
        "timeouts": { "pageLoad": PATIENCE.as_millis() as u64, "script": PATIENCE.as_millis() as u64 },
    });
    match capabilities {
        Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    }
}

/// Where chromedriver and Chromium are.
struct Tools {
    chromedriver: PathBuf,
    chromium: PathBuf,
}

/// The browser tools, or `None` (after a notice) when they are missing and not required.
fn tools() -> Option<&'static Tools> {
    static TOOLS: OnceLock<Result<Tools, String>> = OnceLock::new();
    static NOTICE: Once = Once::new();
    let found = TOOLS
        .get_or_init(find_tools)
        .as_ref()
        .map_err(String::clone);
    super::common::tool_or_skip(found, REQUIRE_BROWSER, &NOTICE, |missing| {
        format!(
            "\n\
             ************************************************************************\n\
             * SKIPPED: the browser tests (tests/browser.rs) did not run: {missing}.\n\
             * Install them (Debian: apt-get install chromium chromium-driver), or\n\
             * set {REQUIRE_BROWSER}=1 to make this a failure, as CI does.\n\
             ************************************************************************\n"
        )
    })
}

fn find_tools() -> Result<Tools, String> {
    // `which` also checks that a path given in the environment is an executable file.
    let find = |variable: &str, names: &[&str]| match std::env::var_os(variable) {
        Some(path) => which::which(&path)
            .map_err(|_| format!("{variable}={} is not an executable", path.to_string_lossy())),
        None => names
            .iter()
            .find_map(|name| which::which(name).ok())
            .ok_or_else(|| format!("{} is not installed (not on PATH)", names[0])),
    };
    Ok(Tools {
        chromedriver: find("KENNIS_CHROMEDRIVER", &["chromedriver"])?,
        chromium: find(
            "KENNIS_CHROMIUM",
            &[
                "chromium",
                "chromium-browser",
                "google-chrome",
                "google-chrome-stable",
            ],
        )?,
    })
}

static DRIVER: Mutex<Weak<Chromedriver>> = Mutex::new(Weak::new());
static SITE: Mutex<Weak<SiteServer>> = Mutex::new(Weak::new());

/// The running instance in `slot`, or a new one; it stops when the last test holding it ends.
fn shared<T>(slot: &Mutex<Weak<T>>, start: impl FnOnce() -> T) -> Arc<T> {
    let mut slot = slot.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(running) = slot.upgrade() {
        return running;
    }
    let started = Arc::new(start());
    *slot = Arc::downgrade(&started);
    started
}

/// A child process that is killed when the value is dropped, also when a test fails.
struct Process {
    child: Child,
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Process {
    /// Whether the process has ended.
    fn has_exited(&mut self) -> bool {
        !matches!(self.child.try_wait(), Ok(None))
    }
}

/// A running chromedriver.
struct Chromedriver {
    /// Where it listens, with a trailing slash.
    url: String,
    port: u16,
    process: Process,
}

impl Chromedriver {
    fn start(tools: &Tools) -> Chromedriver {
        let port = free_port();
        let child = Command::new(&tools.chromedriver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .or_panic(format!("start {}", tools.chromedriver.display()));
        let mut process = Process { child };
        let start = Instant::now();
        while TcpStream::connect((Ipv4Addr::LOCALHOST, port)).is_err() {
            if process.has_exited() {
                panic!("chromedriver exited at start (is port {port} taken?)");
            }
            if start.elapsed() > STARTUP {
                panic!("chromedriver did not listen on port {port} within {STARTUP:?}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Chromedriver {
            url: format!("http://127.0.0.1:{port}/"),
            port,
            process,
        }
    }
}

impl Drop for Chromedriver {
    /// Asks chromedriver to close its browsers and quit before the process is killed, so no
    /// Chromium outlives the tests.
    fn drop(&mut self) {
        if let Ok(mut stream) = TcpStream::connect((Ipv4Addr::LOCALHOST, self.port)) {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = stream.write_all(
                b"GET /shutdown HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
            );
            let _ = stream.read_to_end(&mut Vec::new());
        }
        let start = Instant::now();
        while !self.process.has_exited() && start.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// `kennis serve` on a copy of this repository's site, under [`BASE_PATH`].
pub struct SiteServer {
    /// `http://127.0.0.1:PORT/kennis/`.
    base_url: String,
    /// Everything the server printed on stderr.
    output: Arc<Mutex<String>>,
    // Dropped in this order: the server stops before its folder goes.
    _process: Process,
    folder: tempfile::TempDir,
}

impl SiteServer {
    fn start() -> SiteServer {
        let folder = tempfile::tempdir().or_panic("make a temporary folder");
        copy_site(folder.path());
        // The port is chosen before the server starts because the base URL names it; another
        // program may take it in between, so a failed listen is tried again.
        for _attempt in 0..3 {
            let port = free_port();
            let base_url = format!("http://127.0.0.1:{port}{BASE_PATH}");
            let child = Command::new(env!("CARGO_BIN_EXE_kennis"))
                .arg("serve")
                .arg("--root")
                .arg(folder.path())
                .args(["--port", &port.to_string(), "--base-url", &base_url])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .or_panic("start kennis serve");
            let mut process = Process { child };
            let output = Arc::new(Mutex::new(String::new()));
            let (ready, started) = mpsc::channel();
            let Some(stderr) = process.child.stderr.take() else {
                panic!("kennis serve has no stderr pipe");
            };
            let log = Arc::clone(&output);
            // Reads the server's messages for as long as it runs (a full pipe would stop it).
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines() {
                    let Ok(line) = line else { break };
                    if line.starts_with("serving ") {
                        let _ = ready.send(());
                    }
                    let mut log = log.lock().unwrap_or_else(PoisonError::into_inner);
                    log.push_str(&line);
                    log.push('\n');
                }
            });
            let said = || {
                output
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .clone()
            };
            match started.recv_timeout(STARTUP) {
                Ok(()) => {
                    return SiteServer {
                        base_url,
                        output,
                        _process: process,
                        folder,
                    };
                }
                Err(mpsc::RecvTimeoutError::Disconnected) if said().contains("cannot listen") => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    panic!("kennis serve stopped at start:\n{}", said())
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    panic!("kennis serve did not start within {STARTUP:?}:\n{}", said())
                }
            }
        }
        panic!("kennis serve found no free port in three tries");
    }

    fn output(&self) -> String {
        self.output
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// A port nobody listens on right now.
fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .or_panic("find a free port")
        .port()
}

/// Copies this repository's site (configuration, content, theme, UI strings) into `to`.
fn copy_site(to: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for part in ["site.toml", "content", "themes", "i18n", "templates"] {
        let from = root.join(part);
        if !from.exists() {
            continue;
        }
        for entry in walkdir::WalkDir::new(&from) {
            let entry = entry.or_panic(format!("read {}", from.display()));
            let relative = entry
                .path()
                .strip_prefix(root)
                .or_panic("a path in the repository");
            let target = to.join(relative);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).or_panic(format!("make {}", target.display()));
            } else {
                std::fs::copy(entry.path(), &target)
                    .or_panic(format!("copy {}", entry.path().display()));
            }
        }
    }
}

/// Fails the test with what it was doing when something it needs goes wrong.
pub trait OrPanic<T> {
    /// The value, or a panic naming `doing` and the error.
    #[track_caller]
    fn or_panic(self, doing: impl Display) -> T;
}

impl<T, E: Display> OrPanic<T> for Result<T, E> {
    #[track_caller]
    fn or_panic(self, doing: impl Display) -> T {
        self.unwrap_or_else(|error| panic!("could not {doing}: {error}"))
    }
}
