//! The preview server's HTTP side: the site's files from memory, the 404 page, and the live
//! reload channel (server-sent events) with its script.

use std::convert::Infallible;
use std::sync::{Arc, PoisonError, RwLock};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::watch;
use tokio_stream::Stream;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::WatchStream;

use super::paths::{Target, content_type, resolve};
use crate::commands::rebuild::SiteFiles;

/// Where the server's own files live; outside any site's paths.
pub const OWN_PREFIX: &str = "/__kennis/";
const SCRIPT_PATH: &str = "/__kennis/live-reload.js";
const EVENTS_PATH: &str = "/__kennis/events";
const LIVE_RELOAD_JS: &str = include_str!("live-reload.js");

/// What every open page is told: which build is current, and the findings of the latest one.
#[derive(Debug, Clone)]
pub struct Status {
    /// Goes up by one with every successful build; a page reloads when it changes.
    pub generation: u64,
    /// The findings of the latest build (errors keep the previous build on show), in the JSON
    /// form of `kennis check --format json`.
    pub report_json: String,
}

/// What the handlers share with the rebuild loop.
pub struct Shared {
    /// The site's base path, `/` or e.g. `/kennis/`.
    pub base_path: String,
    /// The last good build, if there has been one.
    pub site: RwLock<Option<Arc<SiteFiles>>>,
    /// The latest status, sent to every open page.
    pub status: watch::Sender<Status>,
}

impl Shared {
    /// Puts a new build on show.
    pub fn publish(&self, files: Arc<SiteFiles>, report_json: String) {
        *self.site.write().unwrap_or_else(PoisonError::into_inner) = Some(files);
        self.status.send_modify(|status| {
            status.generation += 1;
            status.report_json = report_json;
        });
    }

    /// Keeps the current build on show and tells every page what is wrong.
    pub fn report(&self, report_json: String) {
        self.status
            .send_modify(|status| status.report_json = report_json);
    }

    /// Whether a build is on show.
    pub fn has_site(&self) -> bool {
        self.files().is_some()
    }

    fn files(&self) -> Option<Arc<SiteFiles>> {
        self.site
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }
}

/// The server's routes.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route(SCRIPT_PATH, get(script))
        .route(EVENTS_PATH, get(events))
        .fallback(site_file)
        .with_state(shared)
}

async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        LIVE_RELOAD_JS,
    )
        .into_response()
}

async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = WatchStream::new(shared.status.subscribe()).map(|status| {
        let data = format!(
            "{{\"generation\":{},\"report\":{}}}",
            status.generation, status.report_json
        );
        Ok(Event::default().event("status").data(data))
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn site_file(State(shared): State<Arc<Shared>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return plain(
            StatusCode::METHOD_NOT_ALLOWED,
            "only GET and HEAD are served\n",
        );
    }
    let Some(files) = shared.files() else {
        return no_site_yet();
    };
    let target = resolve(uri.path(), &shared.base_path, |path| {
        files.contains_key(path)
    });
    let (status, path) = match target {
        Target::File(path) => (StatusCode::OK, path),
        Target::AddSlash => return redirect(&format!("{}/", uri.path()), uri.query()),
        Target::Refused => return plain(StatusCode::FORBIDDEN, "refused: outside the site\n"),
        Target::NotFound => (StatusCode::NOT_FOUND, "404.html".to_string()),
    };
    let Some(contents) = files.get(&path) else {
        return plain(StatusCode::NOT_FOUND, "not found\n");
    };
    let kind = content_type(&path);
    let body = if kind.starts_with("text/html") {
        Body::from(with_live_reload(contents))
    } else {
        Body::from(contents.to_vec())
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&kind) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The page with the live reload script added before `</body>`. The built site itself never
/// has it.
fn with_live_reload(html: &[u8]) -> Vec<u8> {
    let tag = format!("<script src=\"{SCRIPT_PATH}\"></script>\n");
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(at) => format!("{}{tag}{}", &text[..at], &text[at..]).into_bytes(),
        None => format!("{text}{tag}").into_bytes(),
    }
}

/// The page shown before the first good build: the live reload script shows what is wrong.
fn no_site_yet() -> Response {
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">\
         <title>kennis: the site does not build yet</title></head>\n<body>\n\
         <p>kennis: the site does not build yet.</p>\n<script src=\"{SCRIPT_PATH}\"></script>\n\
         </body>\n</html>\n"
    );
    (
        StatusCode::SERVICE_UNAVAILABLE,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response()
}

fn redirect(location: &str, query: Option<&str>) -> Response {
    let location = match query {
        Some(query) => format!("{location}?{query}"),
        None => location.to_string(),
    };
    let mut response = plain(StatusCode::MOVED_PERMANENTLY, "");
    if let Ok(value) = HeaderValue::from_str(&location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

fn plain(status: StatusCode, message: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message,
    )
        .into_response()
}
