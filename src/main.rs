//! The `kennis` command line: parses arguments and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};
use kennis::build::{BuildError, BuildOptions, build};
use kennis::commands::check::{CheckError, CheckOptions, check, to_json, to_json_counting};
use kennis::commands::import::{self, ImportError, ImportOptions, Include};
use kennis::commands::new::{NewError, NewOptions, new_article};
use kennis::diagnostics::{Diagnostic, Position, Summary, has_errors};
use kennis::load::config::ConfigError;
use kennis::load::content::front_matter::Date;

/// A build allocates many small strings on both cores at once; mimalloc does that with less
/// time in the allocator than the system's (measured in benches/README.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// kennis builds an evidence-based, bilingual (Dutch/English) health knowledge site from
/// Markdown, and refuses to publish what it finds wrong.
///
/// Exit codes: 0 success (warnings allowed), 1 content errors found, 2 usage or configuration
/// error.
#[derive(Parser)]
#[command(name = "kennis", version, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into public/ (or --output). A failed build leaves the previous output
    /// exactly as it was and lists every problem with file:line:col.
    Build(BuildArgs),
    /// Turn raw article text (scraped from a web page, all markup lost) or a saved web page
    /// (.html) into Markdown articles with front matter and structured references, written to
    /// <out>/<section>/<key>.<lang>.md. A report lists what was recognised, what was dropped
    /// and what needs review, each with its line in the input.
    Import(ImportArgs),
    /// Run every check a build runs without writing anything: citations, references, health
    /// claims without a source, links, front matter, and the finished pages. PATH may be a site
    /// folder, a Markdown file in a site, or a Markdown file on its own (language from --lang,
    /// its front matter or its name, e.g. x.nl.md).
    Check(CheckArgs),
    /// Print the evidence profile of every article: its sources per level of evidence (A
    /// guideline or authority … D narrative review, opinion, animal work), how many claims each
    /// source carries, the claims that rest on a single source, and the reviews due.
    Sources(SourcesArgs),
    /// Build the site into memory and serve it for preview, by default on
    /// http://127.0.0.1:1111/. Rebuilds when a file in content/, themes/, i18n/, templates/ or
    /// static/, or site.toml, changes, and reloads the open pages. While the site has errors the
    /// last good build stays on show with an overlay listing them. Ctrl+C stops it.
    #[cfg(feature = "serve")]
    Serve(ServeArgs),
    /// Scaffold a new article, content/<section>/<key>.<lang>.md, as a draft: front matter
    /// (title, a description to write, today's date, slug, an empty references list), an
    /// introduction and an FAQ section to fill in. Never overwrites a file. When the article
    /// exists in the default language under the same key, the new file is its translation.
    New(NewArgs),
}

#[cfg(feature = "serve")]
#[derive(Args)]
struct ServeArgs {
    /// The site's root folder.
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// The port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 1111)]
    port: u16,
    /// The address to listen on. Anything but a loopback address lets other computers see the
    /// preview.
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// Serve the site as it will be deployed under this URL; its path (e.g. /kennis/) is the
    /// path the preview is served under [default: http://<bind>:<port>/].
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Also build articles marked draft = true (as `kennis new` makes them), and articles
    /// dated in the future.
    #[arg(long)]
    drafts: bool,
    /// Also build articles dated in the future (left out until their date otherwise).
    #[arg(long)]
    future: bool,
}

#[derive(Args)]
struct NewArgs {
    /// The section folder under content/, e.g. artikelen.
    section: String,
    /// The article's title, e.g. "Vitamine D-tekort bij ouderen: wat nu?".
    title: String,
    /// The article's language [default: the site's default language].
    #[arg(long)]
    lang: Option<String>,
    /// The file key [default: the slug of the title]. Give an existing article's key to
    /// start its translation.
    #[arg(long)]
    key: Option<String>,
    /// The site's root folder.
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
}

#[derive(Args)]
struct CheckArgs {
    /// Markdown files or site folders [default: the site at --root].
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// The site's root folder, checked when no PATH is given.
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// How to print the findings: human (file:line:col: severity[code]: message) or json.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// The language of Markdown files checked on their own.
    #[arg(long)]
    lang: Option<String>,
    /// Also check articles marked draft = true.
    #[arg(long)]
    drafts: bool,
    /// Check the content alone, without rendering the pages with the theme: faster, but
    /// template errors and the links and ids of finished pages are not checked, so a clean
    /// result no longer means a clean build.
    #[arg(long)]
    content_only: bool,
}

#[derive(Args)]
struct SourcesArgs {
    /// The site's root folder.
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// How to print the profile: human or json.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Also report on articles marked draft = true.
    #[arg(long)]
    drafts: bool,
}

/// The output formats of findings (`kennis check`, `kennis build`).
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Args)]
struct ImportArgs {
    /// The text files, saved web pages or WordPress exports (WXR, .xml) to import.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// The language of the texts; its markers come from i18n/<lang>/import.toml. Without it,
    /// each file's own: a web page's <html lang>, a WordPress export's <language>, else the
    /// language its text is written in, among the site's languages; when that cannot be told,
    /// the site's default language. The report says which language each file was imported in,
    /// and why.
    #[arg(long)]
    lang: Option<String>,
    /// The section folder the articles go into.
    #[arg(long, value_name = "KEY", default_value = "artikelen")]
    section: String,
    /// The content folder [default: <root>/content].
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// The site's root folder: its languages (site.toml), its i18n/<lang>/import.toml, and the
    /// bibliography and articles the imported articles are joined with.
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// The date for texts that have no date line, as 2025-11-13 [default: today].
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// The title, for a single text whose first line is not one.
    #[arg(long)]
    title: Option<String>,
    /// Overwrite articles that exist already.
    #[arg(long)]
    force: bool,
    /// Print the articles to standard output instead of writing them.
    #[arg(long)]
    dry_run: bool,
    /// Write the report to this file instead of standard error.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// From a WordPress export: also import drafts, posts pending review and scheduled posts,
    /// as drafts.
    #[arg(long)]
    include_drafts: bool,
    /// From a WordPress export: also import private posts, as drafts.
    #[arg(long)]
    include_private: bool,
    /// From a WordPress export: also import published pages.
    #[arg(long)]
    include_pages: bool,
}

#[derive(Args)]
struct BuildArgs {
    /// The site's root folder, which holds site.toml, content/, themes/ and i18n/.
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
    /// Where to write the site [default: <root>/public].
    #[arg(long, value_name = "DIR")]
    output: Option<PathBuf>,
    /// Build for this base URL instead of base_url in site.toml, e.g. https://example.org/kennis/
    /// for a site served under a sub-path.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Also build articles marked draft = true, and articles dated in the future.
    #[arg(long)]
    drafts: bool,
    /// Also build articles dated in the future (left out until their date otherwise, as Hugo
    /// does).
    #[arg(long)]
    future: bool,
    /// Replace the --output folder even if it already has files in it (they are all deleted).
    /// The default output folder, <root>/public, is always replaced.
    #[arg(long)]
    force: bool,
    /// After the summary line, print how long each stage took.
    #[arg(long)]
    timings: bool,
    /// How to print the findings: human (file:line:col: severity[code]: message, on stderr) or
    /// json (on stdout, as `kennis check --format json` prints them).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Build(args) => run_build(args),
        Command::Import(args) => run_import(args),
        Command::Check(args) => run_check(args),
        Command::Sources(args) => run_sources(args),
        #[cfg(feature = "serve")]
        Command::Serve(args) => run_serve(args),
        Command::New(args) => run_new(args),
    }
}

#[cfg(feature = "serve")]
fn run_serve(args: ServeArgs) -> ExitCode {
    use kennis::commands::serve::{self, ServeOptions};
    if !args.bind.is_loopback() {
        eprintln!(
            "warning: listening on {}: other computers on the network can see the preview",
            args.bind
        );
    }
    let options = ServeOptions {
        build: BuildOptions {
            base_url: args.base_url,
            include_drafts: args.drafts,
            publish_until: (!args.future).then(today),
            today: Some(today()),
            ..BuildOptions::new(args.root)
        },
        bind: args.bind,
        port: args.port,
        debounce: std::time::Duration::from_millis(150),
    };
    match serve::run(options, std::sync::Arc::new(TerminalReporter)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(2)
        }
    }
}

/// Prints what the preview server does.
#[cfg(feature = "serve")]
struct TerminalReporter;

#[cfg(feature = "serve")]
impl kennis::commands::serve::Reporter for TerminalReporter {
    fn report(&self, event: kennis::commands::serve::ServeEvent<'_>) {
        use kennis::commands::serve::ServeEvent;
        match event {
            ServeEvent::Listening { url } => {
                eprintln!("serving {url} (rebuilds when a file changes; Ctrl+C stops)")
            }
            ServeEvent::Built { rebuilt, seconds } => {
                print_diagnostics(&rebuilt.warnings);
                let bodies = match rebuilt.bodies_rendered {
                    1 => "1 article body".to_string(),
                    n => format!("{n} article bodies"),
                };
                eprintln!(
                    "built {} pages in {seconds:.2} s ({} rendered again, {bodies})",
                    rebuilt.pages, rebuilt.pages_rendered
                );
            }
            ServeEvent::Failed {
                diagnostics,
                seconds,
                earlier_on_show,
            } => {
                print_diagnostics(diagnostics);
                if earlier_on_show {
                    eprintln!(
                        "build failed after {seconds:.2} s; the last good build stays on show"
                    );
                } else {
                    eprintln!(
                        "build failed after {seconds:.2} s; the pages list the problems until \
                         the site builds"
                    );
                }
            }
            ServeEvent::WatchError(message) => eprintln!("warning: watching files: {message}"),
        }
    }
}

fn run_sources(args: SourcesArgs) -> ExitCode {
    use kennis::commands::sources::{self, SourcesError, SourcesOptions};
    let options = SourcesOptions {
        root: args.root,
        include_drafts: args.drafts,
        today: Some(today()),
    };
    match sources::sources(&options) {
        Ok(report) if args.format == Format::Json => match serde_json::to_string(&report) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: cannot write the report as JSON: {e}");
                ExitCode::from(2)
            }
        },
        Ok(report) => {
            print!("{}", sources::to_text(&report));
            ExitCode::SUCCESS
        }
        Err(SourcesError::Config(ConfigError::Invalid(diagnostics))) => {
            print_diagnostics(&diagnostics);
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_check(args: CheckArgs) -> ExitCode {
    let options = CheckOptions {
        paths: args.paths,
        root: args.root,
        lang: args.lang,
        include_drafts: args.drafts,
        content_only: args.content_only,
        today: Some(today()),
    };
    let report = match check(&options) {
        Ok(report) => report,
        Err(CheckError::Config(ConfigError::Invalid(diagnostics)))
            if args.format == Format::Human =>
        {
            print_diagnostics(&diagnostics);
            return ExitCode::from(2);
        }
        Err(e) if args.format == Format::Human => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
        Err(error) => {
            let found = match error {
                CheckError::Config(ConfigError::Invalid(diagnostics)) => diagnostics,
                CheckError::Config(other) => vec![finding("site.toml", "config", &other)],
                CheckError::Usage(message) => vec![finding("", "usage", &message)],
            };
            print_json(&found);
            return ExitCode::from(2);
        }
    };
    let found = &report.found;
    match args.format {
        Format::Json => write_stdout(&format!("{}\n", to_json_counting(&report))),
        Format::Human => {
            let mut text = String::new();
            for diagnostic in found {
                text.push_str(&format!("{diagnostic}\n"));
            }
            text.push_str(&checked_line(
                report.files,
                report.pages,
                &report.drafts_skipped,
            ));
            text.push_str(&format!("{}\n", Summary::of(found)));
            write_stdout(&text);
        }
    }
    if has_errors(found) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_import(args: ImportArgs) -> ExitCode {
    let date = match args.date.as_deref().map(str::parse::<Date>).transpose() {
        Ok(date) => date,
        Err(e) => {
            eprintln!("error: --date: {e}");
            return ExitCode::from(2);
        }
    };
    let options = ImportOptions {
        out: args.out.unwrap_or_else(|| args.root.join("content")),
        files: args.files,
        root: args.root,
        lang: args.lang,
        section: args.section,
        date,
        title: args.title,
        force: args.force,
        dry_run: args.dry_run,
        include: Include {
            drafts: args.include_drafts,
            private: args.include_private,
            pages: args.include_pages,
        },
    };
    let imported = match import::run(&options, today()) {
        Ok(imported) => imported,
        Err(
            ImportError::Markers(diagnostics)
            | ImportError::Config(ConfigError::Invalid(diagnostics)),
        ) => {
            print_diagnostics(&diagnostics);
            return ExitCode::from(2);
        }
        Err(e) => {
            if let ImportError::TitlesInDoubt { report, .. } = &e
                && let Err(code) = write_import_report(args.report.as_deref(), report)
            {
                return code;
            }
            eprintln!("error: {e}");
            return ExitCode::from(if e.is_about_the_input() { 1 } else { 2 });
        }
    };
    if options.dry_run {
        for file in &imported.files {
            write_stdout(&file.article.markdown);
        }
    }
    match write_import_report(args.report.as_deref(), &imported.report(options.dry_run)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// Writes an import's report to `--report FILE`, or else to standard error.
fn write_import_report(path: Option<&std::path::Path>, report: &str) -> Result<(), ExitCode> {
    match path {
        Some(path) => std::fs::write(path, report).map_err(|e| {
            eprintln!("error: cannot write the report to {}: {e}", path.display());
            ExitCode::from(2)
        }),
        None => {
            eprint!("{report}");
            Ok(())
        }
    }
}

fn run_new(args: NewArgs) -> ExitCode {
    let options = NewOptions {
        root: args.root,
        section: args.section,
        title: args.title,
        lang: args.lang,
        key: args.key,
    };
    match new_article(&options, today()) {
        Ok(written) => {
            let translation = written
                .translation_of
                .map(|original| format!(", translating {original}"))
                .unwrap_or_default();
            println!(
                "wrote {} (a draft at {}{translation})",
                written.display_path, written.url_path
            );
            for note in &written.notes {
                println!("note: {note}");
            }
            println!(
                "next: preview it with `kennis serve --drafts`, see what is left to do with \
                 `kennis check --drafts`, and delete `draft = true` to publish it"
            );
            ExitCode::SUCCESS
        }
        Err(NewError::Config(ConfigError::Invalid(diagnostics)) | NewError::Text(diagnostics)) => {
            print_diagnostics(&diagnostics);
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// Today's date (UTC): the date of new articles and of imported texts without one.
fn today() -> Date {
    let now = time::OffsetDateTime::now_utc();
    Date {
        year: u16::try_from(now.year()).unwrap_or(1970),
        month: u8::from(now.month()),
        day: now.day(),
    }
}

fn run_build(args: BuildArgs) -> ExitCode {
    let started = Instant::now();
    let args_timings = args.timings;
    let options = BuildOptions {
        root: args.root,
        output: args.output,
        base_url: args.base_url,
        include_drafts: args.drafts,
        force: args.force,
        publish_until: (!args.future).then(today),
        today: Some(today()),
    };
    let format = args.format;
    match build(&options) {
        Ok(report) => {
            if format == Format::Json {
                print_json(&report.warnings);
            } else {
                print_diagnostics(&report.warnings);
            }
            eprintln!(
                "built {} pages into {} in {:.2} s",
                thousands(report.pages),
                report.output.display(),
                started.elapsed().as_secs_f64()
            );
            if args_timings {
                for (stage, took) in &report.timings.stages {
                    eprintln!("  {:>8.3} s  {stage}", took.as_secs_f64());
                }
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            match (&error, format) {
                (
                    BuildError::Content(diagnostics)
                    | BuildError::Config(ConfigError::Invalid(diagnostics)),
                    Format::Human,
                ) => {
                    print_diagnostics(diagnostics);
                    eprintln!("build failed; the previous output was left as it was");
                }
                (other, Format::Human) => eprintln!("error: {other}"),
                (
                    BuildError::Content(diagnostics)
                    | BuildError::Config(ConfigError::Invalid(diagnostics)),
                    Format::Json,
                ) => print_json(diagnostics),
                (other, Format::Json) => {
                    print_json(&[finding("", "build", other)]);
                }
            }
            ExitCode::from(error.exit_code() as u8)
        }
    }
}

/// How much `kennis check` read and rendered, and the drafts it left out (which a clean
/// result does not cover): "checked 57 files and 110 pages; 1 draft left out (check it with
/// --drafts): content/…".
fn checked_line(files: usize, pages: usize, drafts: &[String]) -> String {
    let plural = |n: usize, one: &str, many: &str| {
        format!("{} {}", thousands(n), if n == 1 { one } else { many })
    };
    let files = match pages {
        0 => format!("checked {}", plural(files, "file", "files")),
        _ => format!(
            "checked {} and {}",
            plural(files, "file", "files"),
            plural(pages, "page", "pages")
        ),
    };
    if drafts.is_empty() {
        return format!("{files}\n");
    }
    let left = if drafts.len() == 1 {
        "1 draft left out (check it with --drafts)".to_string()
    } else {
        format!(
            "{} drafts left out (check them with --drafts)",
            drafts.len()
        )
    };
    let shown = if drafts.len() > 3 {
        format!("{}, …", drafts[..3].join(", "))
    } else {
        drafts.join(", ")
    };
    format!("{files}; {left}: {shown}\n")
}

/// A finding for a problem that has no place in a file (a missing site.toml, a bad option), so
/// that `--format json` reports it like any other.
fn finding(file: &str, code: &'static str, problem: &dyn std::fmt::Display) -> Diagnostic {
    Diagnostic::error_at(file, Position::START, code, problem.to_string())
}

/// Prints findings as JSON on stdout (`--format json`).
fn print_json(found: &[Diagnostic]) {
    write_stdout(&format!("{}\n", to_json(found)));
}

/// Writes to standard output. A reader that went away (`kennis check | head`) is not an error
/// worth a panic: the rest of the output is simply not wanted.
fn write_stdout(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// `n` with a comma between thousands ("20,104"), as the summary line shows counts.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

/// Prints findings in the DESIGN.md human form, then the summary line, through one buffer: a
/// site with thousands of findings would otherwise cost a write for every piece of every line.
fn print_diagnostics(diagnostics: &[Diagnostic]) {
    use std::io::Write;
    if diagnostics.is_empty() {
        return;
    }
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stderr().lock());
    // A closed stderr is no reason to fail a build that succeeded.
    let _ = diagnostics
        .iter()
        .try_for_each(|diagnostic| writeln!(out, "{diagnostic}"))
        .and_then(|()| writeln!(out, "{}", Summary::of(diagnostics)))
        .and_then(|()| out.flush());
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(714), "714");
        assert_eq!(thousands(2114), "2,114");
        assert_eq!(thousands(20104), "20,104");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
