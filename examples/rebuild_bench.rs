//! Times `kennis serve`'s rebuild after a one-article edit, against a full build of the same
//! site in the same run (both into memory, as the preview server builds).
//!
//! ```text
//! cargo run --release --example rebuild_bench -- --root bench-work/corpus-1000 [--edits 5] [--full 3]
//! ```
//!
//! 1. builds the site once (the server's first build);
//! 2. `--edits` times: appends a sentence to one Dutch article, rebuilds as `kennis serve` does
//!    when the file watcher names the file (`--unnamed`: as when it cannot tell what changed),
//!    and times it;
//! 3. `--full` times: a full build of the edited site with nothing to reuse (the peer);
//! 4. restores the article and prints one line of JSON with the medians and their ratio.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use kennis::build::BuildOptions;
use kennis::commands::rebuild::Rebuilder;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut root = None;
    let mut edits = 5usize;
    let mut full = 3usize;
    let mut named = true;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--root" => root = Some(PathBuf::from(value()?)),
            "--edits" => edits = value()?.parse().map_err(|e| format!("--edits: {e}"))?,
            "--full" => full = value()?.parse().map_err(|e| format!("--full: {e}"))?,
            "--unnamed" => named = false,
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let root = root.ok_or("--root DIR is required")?;
    let options = BuildOptions {
        base_url: Some("http://127.0.0.1:1111/".to_string()),
        ..BuildOptions::new(&root)
    };
    let article = first_dutch_article(&root)?;
    let original = std::fs::read_to_string(&article).map_err(|e| e.to_string())?;

    let mut rebuilder = Rebuilder::new(options.clone());
    let started = Instant::now();
    let first = rebuilder.rebuild().map_err(|e| failure("first build", e))?;
    let first_seconds = started.elapsed().as_secs_f64();

    let mut incremental = Vec::new();
    let mut rendered = (0, 0);
    let mut stage_runs = Vec::new();
    let outcome = (|| {
        for edit in 0..edits {
            let text = format!("{original}\nEen zin die bij bewerking {edit} is toegevoegd.\n");
            std::fs::write(&article, text).map_err(|e| e.to_string())?;
            let started = Instant::now();
            // As `kennis serve` rebuilds: told by the file watcher which file changed.
            let rebuilt = if named {
                rebuilder.rebuild_paths(std::slice::from_ref(&article))
            } else {
                rebuilder.rebuild()
            }
            .map_err(|e| failure("rebuild", e))?;
            incremental.push(started.elapsed().as_secs_f64());
            stage_runs.push(rebuilt.timings.stages.clone());
            rendered = (rebuilt.pages_rendered, rebuilt.bodies_rendered);
        }
        let mut full_builds = Vec::new();
        for _ in 0..full {
            let started = Instant::now();
            Rebuilder::new(options.clone())
                .rebuild()
                .map_err(|e| failure("full build", e))?;
            full_builds.push(started.elapsed().as_secs_f64());
        }
        Ok::<_, String>(full_builds)
    })();
    std::fs::write(&article, &original).map_err(|e| format!("restoring {article:?}: {e}"))?;
    let full_builds = outcome?;

    let incremental_median = median(&mut incremental);
    print_stages(&stage_runs);
    let full_median = median(&mut full_builds.clone());
    println!(
        "{{\"root\":{:?},\"pages\":{},\"first_build_s\":{first_seconds:.3},\
         \"rebuild_median_s\":{incremental_median:.3},\"rebuild_runs\":{:?},\
         \"pages_rendered\":{},\"bodies_rendered\":{},\"full_build_median_s\":{full_median:.3},\
         \"full_runs\":{:?},\"rebuild_over_full\":{:.3}}}",
        root.display().to_string(),
        first.pages,
        rounded(&incremental),
        rendered.0,
        rendered.1,
        rounded(&full_builds),
        incremental_median / full_median,
    );
    Ok(())
}

/// The first Dutch article of the first section, in path order.
fn first_dutch_article(root: &std::path::Path) -> Result<PathBuf, String> {
    let mut found: Vec<PathBuf> = walkdir::WalkDir::new(root.join("content"))
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.into_path())
        .filter(|p| {
            p.file_name()
                .map(|n| n.to_string_lossy())
                .is_some_and(|n| n.ends_with(".nl.md") && !n.starts_with("_index"))
        })
        .collect();
    found.sort();
    found
        .into_iter()
        .next()
        .ok_or_else(|| format!("no Dutch article under {}", root.display()))
}

/// A failed build, with its errors (a benchmark corpus has thousands of warnings).
fn failure(what: &str, error: kennis::build::BuildError) -> String {
    let mut message = format!("{what} failed: {error}");
    if let kennis::build::BuildError::Content(found) = &error {
        for diagnostic in found
            .iter()
            .filter(|d| d.severity == kennis::diagnostics::Severity::Error)
        {
            message.push_str(&format!("\n{diagnostic}"));
        }
    }
    message
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    match values.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => values[n / 2],
        n => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    }
}

fn rounded(values: &[f64]) -> Vec<f64> {
    values
        .iter()
        .map(|v| (v * 1000.0).round() / 1000.0)
        .collect()
}

/// The median time of each stage of the rebuilds, on stderr (where the time of a rebuild goes).
fn print_stages(runs: &[Vec<(&'static str, std::time::Duration)>]) {
    let Some(first) = runs.first() else { return };
    for (i, (stage, _)) in first.iter().enumerate() {
        let mut seconds: Vec<f64> = runs
            .iter()
            .filter_map(|run| run.get(i))
            .map(|(_, d)| d.as_secs_f64())
            .collect();
        eprintln!("{stage:>24}: {:8.1} ms", median(&mut seconds) * 1000.0);
    }
}
