//! `kennis serve` over real HTTP: the site's pages with their content types, the 404 page,
//! requests that try to leave the site, several clients at once, and live reload: a change is
//! rebuilt and announced, an error keeps the last good build on show and is announced with its
//! position until it is fixed.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use common::Fixture;
use scraper::{Html, Selector};
use serde_json::Value;

/// A running `kennis serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(fixture: &Fixture, extra: &[&str]) -> Server {
        let child = Command::new(env!("CARGO_BIN_EXE_kennis"))
            .args(["serve", "--port", "0", "--root"])
            .arg(fixture.root())
            .args(extra)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start kennis serve: {e}"));
        // Owned by the guard at once, so a failing test still stops the server.
        let mut server = Server { child, port: 0 };
        let stderr = server
            .child
            .stderr
            .take()
            .unwrap_or_else(|| panic!("no stderr"));
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            // Everything the server says shows in a failing test's output.
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                eprintln!("kennis serve: {line}");
                let _ = sender.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let line = receiver
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .unwrap_or_else(|e| panic!("kennis serve did not say where it serves: {e}"));
            if let Some(rest) = line.strip_prefix("serving http://127.0.0.1:") {
                server.port = rest
                    .split(['/', ' '])
                    .next()
                    .and_then(|p| p.parse().ok())
                    .unwrap_or_else(|| panic!("no port in {line:?}"));
                return server;
            }
        }
    }

    /// Sends a raw request line (the path exactly as given) and returns status, headers, body.
    fn get(&self, path: &str) -> Response {
        let mut stream =
            TcpStream::connect(("127.0.0.1", self.port)).unwrap_or_else(|e| panic!("connect: {e}"));
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .unwrap_or_else(|e| panic!("send: {e}"));
        let mut raw = Vec::new();
        stream
            .read_to_end(&mut raw)
            .unwrap_or_else(|e| panic!("read: {e}"));
        Response::parse(&raw)
    }

    /// Opens the live reload stream.
    fn events(&self) -> Events {
        let mut stream =
            TcpStream::connect(("127.0.0.1", self.port)).unwrap_or_else(|e| panic!("connect: {e}"));
        write!(
            stream,
            "GET /__kennis/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap_or_else(|e| panic!("send: {e}"));
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            // Chunked transfer encoding: the `data:` lines are whole inside the chunks.
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                if let Some(data) = line.strip_prefix("data: ")
                    && let Ok(status) = serde_json::from_str::<Value>(data)
                    && sender.send(status).is_err()
                {
                    break;
                }
            }
        });
        Events { receiver }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn parse(raw: &[u8]) -> Response {
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .unwrap_or_else(|| panic!("no header end in {:?}", String::from_utf8_lossy(raw)));
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut lines = head.lines();
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("no status in {head}"));
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(": "))
            .map(|(k, v)| (k.to_ascii_lowercase(), v.to_string()))
            .collect();
        let mut body = raw[split + 4..].to_vec();
        if headers
            .iter()
            .any(|(k, v)| k == "transfer-encoding" && v == "chunked")
        {
            body = dechunk(&body);
        }
        Response {
            status,
            headers,
            body,
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    fn html(&self) -> Html {
        Html::parse_document(&String::from_utf8_lossy(&self.body))
    }
}

fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = body.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&body[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&body[end + 2..end + 2 + size]);
        body = &body[end + 2 + size + 2..];
    }
    out
}

fn text_of(html: &Html, css: &str) -> String {
    let selector = Selector::parse(css).unwrap_or_else(|e| panic!("{css}: {e}"));
    html.select(&selector)
        .next()
        .map(|e| e.text().collect::<String>())
        .unwrap_or_else(|| panic!("nothing matches {css}"))
}

struct Events {
    receiver: mpsc::Receiver<Value>,
}

impl Events {
    /// The next status the server announces.
    fn next(&self) -> Value {
        self.receiver
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|e| panic!("no status from the server: {e}"))
    }
}

fn errors(status: &Value) -> Vec<&Value> {
    status["report"]["diagnostics"]
        .as_array()
        .map(|all| all.iter().filter(|d| d["severity"] == "error").collect())
        .unwrap_or_default()
}

#[test]
fn pages_types_and_the_404_page() {
    let fixture = Fixture::new("basic");
    let server = Server::start(&fixture, &[]);

    let home = server.get("/nl/");
    assert_eq!(home.status, 200);
    assert_eq!(
        home.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let html = home.html();
    assert_eq!(text_of(&html, "h1"), "Testkennis");
    // The live reload script is added to what is served, and only there.
    let script =
        Selector::parse("script[src='/__kennis/live-reload.js']").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(html.select(&script).count(), 1);

    for (path, kind) in [
        ("/style.css", "text/css; charset=utf-8"),
        ("/favicon.svg", "image/svg+xml; charset=utf-8"),
        ("/sitemap.xml", "text/xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/__kennis/live-reload.js", "text/javascript; charset=utf-8"),
    ] {
        let response = server.get(path);
        assert_eq!(response.status, 200, "{path}");
        assert_eq!(response.header("content-type"), Some(kind), "{path}");
    }

    let missing = server.get("/nl/bestaat-niet/");
    assert_eq!(missing.status, 404);
    assert_eq!(
        missing.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let fresh = Fixture::new("basic");
    fresh.build_ok();
    let built_404 = Html::parse_document(&fresh.read("public/404.html"));
    assert_eq!(text_of(&missing.html(), "h1"), text_of(&built_404, "h1"));

    let folder = server.get("/nl");
    assert_eq!(folder.status, 301);
    assert_eq!(folder.header("location"), Some("/nl/"));
}

#[test]
fn requests_that_leave_the_site_are_refused() {
    let fixture = Fixture::new("basic");
    // A file beside the site that a way out would reach.
    fixture.write("content/../secret.txt", "secret");
    let server = Server::start(&fixture, &[]);
    for attack in [
        "/../secret.txt",
        "/nl/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/nl/..%2F..%2Fsecret.txt",
        "/..\\secret.txt",
        "/nl/%5c..%5csecret.txt",
        "/site.toml",
        "/content/artikelen/slaap.nl.md",
    ] {
        let response = server.get(attack);
        assert!(
            matches!(response.status, 400 | 403 | 404),
            "{attack}: {}",
            response.status
        );
        assert!(
            !String::from_utf8_lossy(&response.body).contains("secret")
                && !String::from_utf8_lossy(&response.body).contains("+++"),
            "{attack} leaked a file"
        );
    }
    assert_eq!(server.get("/%2e%2e/secret.txt").status, 403);
}

#[test]
fn several_clients_at_once() {
    let fixture = Fixture::new("basic");
    let server = Server::start(&fixture, &[]);
    // Open live reload streams hold connections, as open tabs do.
    let streams: Vec<Events> = (0..4).map(|_| server.events()).collect();
    for stream in &streams {
        assert_eq!(stream.next()["generation"], 1);
    }
    std::thread::scope(|scope| {
        for _ in 0..8 {
            scope.spawn(|| {
                for path in ["/nl/", "/en/", "/nl/artikelen/slaap/", "/style.css"] {
                    for _ in 0..5 {
                        assert_eq!(server.get(path).status, 200, "{path}");
                    }
                }
            });
        }
    });
}

#[test]
fn changes_reload_and_errors_keep_the_last_good_site() {
    let fixture = Fixture::new("basic");
    let server = Server::start(&fixture, &[]);
    let events = server.events();
    let first = events.next();
    assert_eq!(first["generation"], 1);
    assert!(errors(&first).is_empty());

    let article = "content/artikelen/slaap.nl.md";
    let original = fixture.read(article);
    fixture.write(
        article,
        original.replace("Tekst over slaap.", "Nieuwe tekst over slaap."),
    );
    let rebuilt = events.next();
    assert_eq!(rebuilt["generation"], 2);
    let page = server.get("/nl/artikelen/slaap/").html();
    assert!(text_of(&page, ".prose").contains("Nieuwe tekst over slaap."));

    // An unknown citation: announced with its position, and the last good page stays.
    fixture.write(
        article,
        original.replace("Tekst over slaap.", "Tekst [@bestaat-niet]."),
    );
    let broken = events.next();
    assert_eq!(broken["generation"], 2, "the last good build stays on show");
    let found = errors(&broken);
    assert!(
        found.iter().any(|d| d["file"] == article
            && d["line"] == 11
            && d["column"].as_u64().is_some()
            && d["code"] == "unknown-citation"),
        "{broken}"
    );
    let page = server.get("/nl/artikelen/slaap/").html();
    assert!(text_of(&page, ".prose").contains("Nieuwe tekst over slaap."));

    // A page opened now hears about the errors at once.
    let late = server.events();
    assert!(!errors(&late.next()).is_empty());

    fixture.write(article, &original);
    let fixed = events.next();
    assert_eq!(fixed["generation"], 3);
    assert!(errors(&fixed).is_empty());
    let page = server.get("/nl/artikelen/slaap/").html();
    assert!(text_of(&page, ".prose").contains("Tekst over slaap."));
}

#[test]
fn a_site_under_a_sub_path() {
    let fixture = Fixture::new("basic");
    let server = Server::start(&fixture, &["--base-url", "http://127.0.0.1/kennis/"]);
    assert_eq!(server.get("/kennis/nl/").status, 200);
    let stylesheet = server
        .get("/kennis/nl/")
        .html()
        .select(&Selector::parse("link[rel=stylesheet]").unwrap_or_else(|e| panic!("{e}")))
        .next()
        .and_then(|l| l.value().attr("href").map(str::to_string))
        .unwrap_or_else(|| panic!("no stylesheet"));
    assert!(stylesheet.starts_with("/kennis/"), "{stylesheet}");
    assert_eq!(server.get(&stylesheet).status, 200);
    assert_eq!(server.get("/nl/").status, 404);
    assert_eq!(server.get("/kennis").status, 301);
}
