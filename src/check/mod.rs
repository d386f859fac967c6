//! The check stage: site-wide checks on what was loaded and parsed.
//!
//! [`references`] checks the site's references and how articles cite them, [`comparisons`]
//! the sources and claims of the comparison tables, [`translations`] that every article is
//! translated and no translation is out of date. Claims and citations in bodies are judged
//! while parsing ([`crate::parse::claims`]), so a page can mark an uncited claim, and so are
//! placeholders ([`crate::parse::placeholders`]), so their findings are kept with the body.
//! [`output_links`] checks the links and ids of the finished pages; the write stage calls it.

pub mod comparisons;
pub mod output_links;
pub mod references;
pub mod translations;

use std::collections::HashMap;

use crate::diagnostics::Diagnostic;
use crate::load::config::Config;
use crate::load::content::Site;
use crate::parse::claims::detector::Detector;
use crate::parse::site::{Bodies, uncited_severity};

/// Every site-wide check on what was loaded and parsed: references, comparison tables and
/// translations.
pub fn site(
    site: &Site,
    config: &Config,
    bodies: &Bodies,
    detectors: &HashMap<String, Detector>,
) -> Vec<Diagnostic> {
    let mut found = references::check_site(site, config, &bodies.articles);
    found.extend(comparisons::check(
        site,
        detectors,
        uncited_severity(config),
    ));
    found.extend(translations::check(site, config));
    found
}
