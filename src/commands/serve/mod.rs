//! `kennis serve`: builds the site into memory, serves it on loopback, rebuilds when a source
//! file changes and reloads every open page. While the site has errors the last good build stays
//! on show, with an overlay listing each finding.
//!
//! [`paths`] maps request paths to the site's files and refuses ways out, [`http`] serves them
//! and the live reload channel, and [`watch`] runs the rebuild loop.

pub mod http;
pub mod paths;
pub mod watch;

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use crate::build::{BuildError, BuildOptions};
use crate::commands::rebuild::{Rebuilder, Rebuilt};
use crate::diagnostics::Diagnostic;
use crate::load::config::ConfigError;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site (its `output` and `force` are not used: the site stays in memory). Its
    /// `base_url`, when given, decides the path the site is served under.
    pub build: BuildOptions,
    /// The address to listen on; loopback unless the user asks otherwise.
    pub bind: IpAddr,
    /// The port; 0 picks a free one.
    pub port: u16,
    /// How long to wait after a change for more changes before rebuilding.
    pub debounce: Duration,
}

/// What the server tells its user.
#[derive(Debug)]
pub enum ServeEvent<'a> {
    /// The server is up.
    Listening {
        /// The address to open.
        url: &'a str,
    },
    /// A build succeeded and is on show.
    Built {
        /// What was built.
        rebuilt: &'a Rebuilt,
        /// How long it took.
        seconds: f64,
    },
    /// A build failed; the previous one stays on show.
    Failed {
        /// Every finding.
        diagnostics: &'a [Diagnostic],
        /// How long it took.
        seconds: f64,
        /// Whether an earlier build is on show (else the pages say the site does not build).
        earlier_on_show: bool,
    },
    /// Watching files failed for a moment (the server goes on).
    WatchError(String),
}

/// Receives the server's events (the command line prints them).
pub trait Reporter: Send + Sync {
    /// Called for every event.
    fn report(&self, event: ServeEvent<'_>);
}

/// Why the server could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// `site.toml` is missing or unreadable, or `--base-url` is wrong.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// The address could not be listened on.
    #[error("cannot listen on {addr}: {source} (is another server using the port? try --port)")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// What the OS said.
        source: std::io::Error,
    },
    /// The source folders could not be watched.
    #[error("cannot watch {path} for changes: {source}")]
    Watch {
        /// The folder.
        path: String,
        /// What the watcher said.
        source: notify_debouncer_full::notify::Error,
    },
    /// The server failed while running.
    #[error("the server stopped: {0}")]
    Server(std::io::Error),
}

/// Serves the site until Ctrl+C.
pub fn run(mut options: ServeOptions, reporter: Arc<dyn Reporter>) -> Result<(), ServeError> {
    // Not a site at all, or a bad --base-url: nothing to serve. A site.toml with errors is
    // served like any other content error, so it can be fixed while the server runs.
    match options.build.config() {
        Err(ConfigError::Invalid(_)) | Ok(_) => {}
        Err(fatal) => return Err(fatal.into()),
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(ServeError::Server)?;
    runtime.block_on(async move {
        let addr = SocketAddr::new(options.bind, options.port);
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|source| ServeError::Bind { addr, source })?;
        let local = listener.local_addr().map_err(ServeError::Server)?;
        let host = if local.ip().is_unspecified() {
            IpAddr::from([127, 0, 0, 1])
        } else {
            local.ip()
        };
        let base_url = options
            .build
            .base_url
            .get_or_insert_with(|| match host {
                IpAddr::V6(ip) => format!("http://[{ip}]:{}/", local.port()),
                IpAddr::V4(ip) => format!("http://{ip}:{}/", local.port()),
            })
            .clone();
        let base_path = crate::load::config::base_url_argument(&base_url)?
            .path()
            .to_string();
        let shared = Arc::new(http::Shared {
            base_path: base_path.clone(),
            site: RwLock::new(None),
            status: tokio::sync::watch::channel(http::Status {
                generation: 0,
                report_json: crate::commands::check::to_json(&[]),
            })
            .0,
        });
        let debounce = options.debounce;
        let rebuilder = Rebuilder::new(options.build);
        let loop_shared = Arc::clone(&shared);
        let loop_reporter = Arc::clone(&reporter);
        let _watching = tokio::task::spawn_blocking(move || {
            watch::start(rebuilder, loop_shared, loop_reporter, debounce)
        })
        .await
        .map_err(|e| ServeError::Server(std::io::Error::other(e)))??;
        // The address to open: where this server listens, under the site's base path.
        let open_at = match host {
            IpAddr::V6(ip) => format!("http://[{ip}]:{}{base_path}", local.port()),
            IpAddr::V4(ip) => format!("http://{ip}:{}{base_path}", local.port()),
        };
        reporter.report(ServeEvent::Listening { url: &open_at });
        let server = axum::serve(listener, http::router(shared));
        tokio::select! {
            served = server => served.map_err(ServeError::Server),
            _ = tokio::signal::ctrl_c() => Ok(()),
        }
    })
}

/// The findings a failed build reports, whatever stage it failed in.
fn findings(error: BuildError) -> Vec<Diagnostic> {
    match error {
        BuildError::Content(found) | BuildError::Config(ConfigError::Invalid(found)) => found,
        other => vec![Diagnostic::error_at(
            crate::load::config::CONFIG_FILE,
            crate::diagnostics::Position::START,
            "serve",
            other.to_string(),
        )],
    }
}
