//! Finding the outside validators the tests run: the Nu HTML Checker (tests/validators.rs) and
//! axe-core (tests/browser.rs), npm packages installed under `target/validators/` as `.ci/run`
//! does, or named by environment variables. Without them the tests that need them pass with a
//! notice, unless `KENNIS_REQUIRE_VALIDATORS=1` makes that a failure.

use std::path::{Path, PathBuf};
use std::sync::Once;

/// Set to `1` (CI does) to make missing validators a failure instead of a skipped test.
pub const REQUIRE_VALIDATORS: &str = "KENNIS_REQUIRE_VALIDATORS";

/// How to install the validators where the tests look for them (what `.ci/run` runs).
pub const INSTALL: &str = "npm install --prefix target/validators --no-save --no-audit \
    --no-fund vnu-jar@26.9.27 axe-core@4.14.1";

/// A file of an installed package: the path in `variable` when that is set, else `default`
/// below the repository root; or what is missing.
pub fn package_file(variable: &str, default: &str) -> Result<PathBuf, String> {
    let (path, named) = match std::env::var_os(variable) {
        Some(path) => (PathBuf::from(path), format!("{variable}=")),
        None => (
            Path::new(env!("CARGO_MANIFEST_DIR")).join(default),
            String::new(),
        ),
    };
    if path.is_file() {
        Ok(path)
    } else {
        Err(format!("{named}{} does not exist", path.display()))
    }
}

/// The tool that was found, or `None` after a notice (once per test binary) when it is missing
/// and not required; `what` names the tests that do not run.
pub fn or_skip<T>(found: Result<T, String>, what: &str) -> Option<T> {
    static NOTICE: Once = Once::new();
    super::common::tool_or_skip(found, REQUIRE_VALIDATORS, &NOTICE, |missing| {
        format!(
            "\n\
             ************************************************************************\n\
             * SKIPPED: {what} did not run: {missing}.\n\
             * Install the validators (and a Java runtime) from the repository root:\n\
             *   {INSTALL}\n\
             * or set {REQUIRE_VALIDATORS}=1 to make this a failure, as CI does.\n\
             ************************************************************************\n"
        )
    })
}
