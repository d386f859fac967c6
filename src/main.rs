//! The `kennis` command line: parses arguments and calls the library.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};
use kennis::build::{BuildError, BuildOptions, build};
use kennis::config::ConfigError;
use kennis::diagnostics::{Diagnostic, Summary};

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
    /// Also build articles marked draft = true.
    #[arg(long)]
    drafts: bool,
    /// Replace the --output folder even if it already has files in it (they are all deleted).
    /// The default output folder, <root>/public, is always replaced.
    #[arg(long)]
    force: bool,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Build(args) => run_build(args),
    }
}

fn run_build(args: BuildArgs) -> ExitCode {
    let started = Instant::now();
    let options = BuildOptions {
        root: args.root,
        output: args.output,
        base_url: args.base_url,
        include_drafts: args.drafts,
        force: args.force,
    };
    match build(&options) {
        Ok(report) => {
            print_diagnostics(&report.warnings);
            eprintln!(
                "built {} pages into {} in {:.2} s",
                report.pages,
                report.output.display(),
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            match &error {
                BuildError::Content(diagnostics)
                | BuildError::Config(ConfigError::Invalid(diagnostics)) => {
                    print_diagnostics(diagnostics);
                    eprintln!("build failed; the previous output was left as it was");
                }
                other => eprintln!("error: {other}"),
            }
            ExitCode::from(error.exit_code() as u8)
        }
    }
}

/// Prints findings in the DESIGN.md human form, then the summary line.
fn print_diagnostics(diagnostics: &[Diagnostic]) {
    if diagnostics.is_empty() {
        return;
    }
    for diagnostic in diagnostics {
        eprintln!("{diagnostic}");
    }
    eprintln!("{}", Summary::of(diagnostics));
}
