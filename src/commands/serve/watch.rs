//! The rebuild loop: watches the site's source folders and rebuilds after each burst of
//! changes, putting a good build on show or reporting what is wrong.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use notify_debouncer_full::notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use super::http::Shared;
use super::{Reporter, ServeError, ServeEvent, findings};
use crate::commands::check::to_json;
use crate::commands::rebuild::Rebuilder;
use crate::load::config::CONFIG_FILE;

/// The folders under the site root whose changes trigger a rebuild.
pub const WATCHED_FOLDERS: [&str; 5] = ["content", "themes", "i18n", "templates", "static"];

/// A running file watcher; dropping it stops the rebuild loop.
pub type Watching = Debouncer<RecommendedWatcher, RecommendedCache>;

/// Builds the site once, then starts watching and rebuilding in a thread of its own.
pub fn start(
    mut rebuilder: Rebuilder,
    shared: Arc<Shared>,
    reporter: Arc<dyn Reporter>,
    debounce: Duration,
) -> Result<Watching, ServeError> {
    let everything = Changes {
        paths: Vec::new(),
        unknown: true,
    };
    rebuild(&mut rebuilder, &everything, &shared, reporter.as_ref());
    // Events name files by absolute path.
    let given = &rebuilder.options().root;
    let root = given.canonicalize().unwrap_or_else(|_| given.clone());
    let (sender, receiver) = mpsc::channel();
    let mut debouncer =
        new_debouncer(debounce, None, sender).map_err(|source| ServeError::Watch {
            path: root.display().to_string(),
            source,
        })?;
    let watch = |debouncer: &mut Watching, path: &Path, mode| {
        debouncer
            .watch(path, mode)
            .map_err(|source| ServeError::Watch {
                path: path.display().to_string(),
                source,
            })
    };
    // The root itself, not recursively, for site.toml (editors often save by replacing it).
    watch(&mut debouncer, &root, RecursiveMode::NonRecursive)?;
    for folder in WATCHED_FOLDERS {
        let path = root.join(folder);
        if path.is_dir() {
            watch(&mut debouncer, &path, RecursiveMode::Recursive)?;
        }
    }
    std::thread::spawn(move || rebuild_loop(receiver, rebuilder, shared, reporter, root));
    Ok(debouncer)
}

fn rebuild_loop(
    receiver: Receiver<DebounceEventResult>,
    mut rebuilder: Rebuilder,
    shared: Arc<Shared>,
    reporter: Arc<dyn Reporter>,
    root: PathBuf,
) {
    while let Ok(first) = receiver.recv() {
        // Changes that came in during the last rebuild are handled by this one.
        let mut changes = Changes::default();
        changes.add(&first, &root, &rebuilder, reporter.as_ref());
        while let Ok(more) = receiver.try_recv() {
            changes.add(&more, &root, &rebuilder, reporter.as_ref());
        }
        if changes.unknown || !changes.paths.is_empty() {
            rebuild(&mut rebuilder, &changes, &shared, reporter.as_ref());
        }
    }
}

/// The source files a burst of events changed.
#[derive(Debug, Default)]
struct Changes {
    /// Each changed file, under the root as the rebuilder was given it.
    paths: Vec<PathBuf>,
    /// The watcher failed: anything may have changed.
    unknown: bool,
}

impl Changes {
    fn add(
        &mut self,
        result: &DebounceEventResult,
        root: &Path,
        rebuilder: &Rebuilder,
        reporter: &dyn Reporter,
    ) {
        match result {
            Ok(events) => self.paths.extend(
                events
                    .iter()
                    .filter(|event| !matches!(event.kind, EventKind::Access(_)))
                    .flat_map(|event| &event.paths)
                    .filter(|path| is_source(path, root))
                    // The rebuilder names files under the root as it was given, events under
                    // the canonical one.
                    .filter_map(|path| path.strip_prefix(root).ok())
                    .map(|relative| rebuilder.options().root.join(relative)),
            ),
            Err(errors) => {
                for error in errors {
                    reporter.report(ServeEvent::WatchError(error.to_string()));
                }
                self.unknown = true;
            }
        }
    }
}

/// `site.toml` or a file in a watched folder, other than an editor's swap, backup or lock file.
/// Hidden files of a static folder (`static/.htaccess`) are sources: they are published.
pub fn is_source(path: &Path, root: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    let parts: Vec<String> = relative
        .components()
        .filter_map(|c| match c {
            Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let scratch = |name: &String| name.starts_with(['.', '#']) || name.ends_with('~');
    // What the build publishes of a static folder: hidden names too, not version control.
    let unpublished = |name: &String| {
        name.starts_with('#')
            || name.ends_with('~')
            || !crate::load::theme::is_published_static(std::ffi::OsStr::new(name))
    };
    match parts.as_slice() {
        [file] => file == CONFIG_FILE,
        [folder, rest @ ..] if folder == "static" => !rest.iter().any(unpublished),
        [folder, theme, static_folder, rest @ ..]
            if folder == "themes" && static_folder == "static" =>
        {
            !scratch(theme) && !rest.iter().any(unpublished)
        }
        [folder, rest @ ..] => {
            WATCHED_FOLDERS.contains(&folder.as_str()) && !rest.iter().any(scratch)
        }
        [] => false,
    }
}

fn rebuild(rebuilder: &mut Rebuilder, changes: &Changes, shared: &Shared, reporter: &dyn Reporter) {
    let started = Instant::now();
    let rebuilt = if changes.unknown {
        rebuilder.rebuild()
    } else {
        rebuilder.rebuild_paths(&changes.paths)
    };
    match rebuilt {
        Ok(rebuilt) => {
            shared.publish(Arc::clone(&rebuilt.files), to_json(&rebuilt.warnings));
            reporter.report(ServeEvent::Built {
                rebuilt: &rebuilt,
                seconds: started.elapsed().as_secs_f64(),
            });
        }
        Err(error) => {
            let found = findings(error);
            shared.report(to_json(&found));
            reporter.report(ServeEvent::Failed {
                diagnostics: &found,
                seconds: started.elapsed().as_secs_f64(),
                earlier_on_show: shared.has_site(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_source_files_trigger_a_rebuild() {
        let root = Path::new("/site");
        for yes in [
            "/site/site.toml",
            "/site/content/artikelen/x.nl.md",
            "/site/themes/default/static/style.css",
            "/site/i18n/nl/main.ftl",
            // Published as they are, so a change is a change to the site.
            "/site/static/.htaccess",
            "/site/static/.well-known/security.txt",
            "/site/themes/default/static/.well-known/x.txt",
        ] {
            assert!(is_source(Path::new(yes), root), "{yes}");
        }
        for no in [
            "/site/public/index.html",
            "/site/.public.kennis-staging/x",
            "/site/content/artikelen/.x.nl.md.swp",
            "/site/content/artikelen/x.nl.md~",
            "/site/content/artikelen/#x.nl.md#",
            "/site/README.md",
            "/site/static/.git/config",
            "/site/themes/default/static/.svn/entries",
            "/site/static/logo.png~",
            "/site/templates/.base.html.swp",
            "/elsewhere/site.toml",
        ] {
            assert!(!is_source(Path::new(no), root), "{no}");
        }
    }
}
