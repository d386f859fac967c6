//! The check stage: site-wide checks on what was loaded and parsed.
//!
//! [`references`] checks the site's references and how articles cite them, [`comparisons`]
//! the sources and claims of the comparison tables, [`translations`] that every article is
//! translated and no translation is out of date, [`review`] that no article is past its review. Claims and citations in bodies are judged
//! while parsing ([`crate::parse::claims`]), so a page can mark an uncited claim, and so are
//! placeholders ([`crate::parse::placeholders`]), so their findings are kept with the body.
//! [`output_links`] checks the links and ids of the finished pages; the write stage calls it.

pub mod comparisons;
pub mod output_links;
pub mod references;
pub mod review;
pub mod translations;

use std::collections::HashMap;

use crate::diagnostics::Diagnostic;
use crate::load::config::Config;
use crate::load::content::{Article, Site};
use crate::parse::claims::detector::Detector;
use crate::parse::site::{Bodies, uncited_severity};

/// Every site-wide check on what was loaded and parsed: references, comparison tables and
/// translations.
pub fn site(
    site: &Site,
    config: &Config,
    bodies: &Bodies,
    detectors: &HashMap<String, Detector>,
) -> SiteFindings {
    // The two read different things and take about as long: one core each.
    let (wide, groups) = rayon::join(
        || wide(site, config, bodies, detectors),
        || groups(site, config, bodies, &|_| true),
    );
    SiteFindings { wide, groups }
}

/// The findings of [`site`], apart by what they read.
#[derive(Debug, Clone, Default)]
pub struct SiteFindings {
    /// Those that read the references the articles define and which ones they cite, but not
    /// the articles' text ([`wide`]).
    pub wide: Vec<Diagnostic>,
    /// Those that compare the text of an article with its translations' ([`groups`]).
    pub groups: Vec<Diagnostic>,
}

impl SiteFindings {
    /// All of them.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.wide.iter().chain(&self.groups)
    }
}

/// The checks of the site's references and comparison tables.
pub fn wide(
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
        config.min_level,
    ));
    found
}

/// The checks within each group of translations, of the articles `include` accepts (an
/// article's findings of these kinds are reported in its own file): missing and outdated
/// translations, translations citing other sources than the original, and reviews due.
pub fn groups(
    site: &Site,
    config: &Config,
    bodies: &Bodies,
    include: &dyn Fn(&Article) -> bool,
) -> Vec<Diagnostic> {
    let mut found = translations::check(site, config, include);
    references::translations_differ(site, config, &bodies.articles, include, &mut found);
    found.extend(review::due(site, config, include));
    found
}
