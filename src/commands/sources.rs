//! `kennis sources`: the evidence profile of every article (its sources per level of evidence,
//! how many claims each source carries, the claims that rest on a single source) and the
//! articles due for review. Nothing is written; the findings are `kennis check`'s business.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

use crate::build;
use crate::check::review::review_of;
use crate::load::config::{Config, ConfigError};
use crate::load::content::front_matter::Date;
use crate::load::content::{Article, Site};
use crate::parse::markdown::Rendered;

/// What to report on.
#[derive(Debug, Clone, Default)]
pub struct SourcesOptions {
    /// The site's root folder.
    pub root: PathBuf,
    /// Report on drafts too.
    pub include_drafts: bool,
    /// Today, for the review dates; `None` leaves out which reviews are due.
    pub today: Option<Date>,
}

/// The evidence profile of a site.
#[derive(Debug, Clone, Serialize)]
pub struct SourcesReport {
    /// One profile per article, in the site's order (section, key, language).
    pub articles: Vec<ArticleProfile>,
    /// `[review] interval_months`, if set.
    pub review_interval_months: Option<u32>,
    /// The articles whose review is past due (with an interval and today's date).
    pub reviews_due: Vec<String>,
}

/// The evidence behind one article.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleProfile {
    /// The file, as diagnostics name it.
    pub file: String,
    /// Its title.
    pub title: String,
    /// How many distinct sources it cites at each level (`A` to `D`, `unknown`).
    pub sources_per_level: BTreeMap<String, usize>,
    /// Each source it cites, with how many of its health claims that source covers.
    pub sources: Vec<SourceUse>,
    /// How many health claims it makes.
    pub claims: usize,
    /// Its health claims without any source.
    pub uncited_claims: Vec<ClaimPlace>,
    /// Its health claims covered by one source only.
    pub single_source_claims: Vec<ClaimPlace>,
    /// When it was last reviewed (or published, if never reviewed), and when it is due.
    pub review: ReviewDates,
}

/// A source and how an article uses it.
#[derive(Debug, Clone, Serialize)]
pub struct SourceUse {
    /// Its citation key.
    pub key: String,
    /// Its level of evidence, if known.
    pub level: Option<String>,
    /// Why it has that level.
    pub reason: Option<String>,
    /// How many of the article's claims it covers.
    pub claims: usize,
}

/// Where a claim is, and what covers it.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimPlace {
    /// Its line in the file.
    pub line: usize,
    /// The keys of the sources that cover it.
    pub sources: Vec<String>,
}

/// An article's review dates.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewDates {
    /// The last review (`reviewed_on`), or the publication date.
    pub last: String,
    /// Whether `last` is a review.
    pub reviewed: bool,
    /// When the next review is due (with an interval).
    pub due: Option<String>,
}

/// Why the report could not be made (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum SourcesError {
    /// `site.toml` is missing or wrong.
    #[error(transparent)]
    Config(#[from] ConfigError),
}

/// The evidence profile of the site at `options.root`.
pub fn sources(options: &SourcesOptions) -> Result<SourcesReport, SourcesError> {
    let mut config = Config::load(&options.root)?;
    config.today = options.today;
    let prepared = build::evidence_profile(&options.root, &config, options.include_drafts);
    let site = &prepared.site;
    let articles: Vec<ArticleProfile> = site
        .articles
        .iter()
        .zip(&prepared.bodies.articles)
        .map(|(article, body)| profile(site, &config, article, body))
        .collect();
    let reviews_due = match config.today {
        Some(today) => site
            .articles
            .iter()
            .filter(|article| review_of(article, config.review_interval_months).is_due(today))
            .map(|article| article.source.display_path.clone())
            .collect(),
        None => Vec::new(),
    };
    Ok(SourcesReport {
        articles,
        review_interval_months: config.review_interval_months,
        reviews_due,
    })
}

fn profile(site: &Site, config: &Config, article: &Article, body: &Rendered) -> ArticleProfile {
    let line = |offset: usize| article.source.position(offset).line;
    let mut order: Vec<&str> = Vec::new();
    for (key, _) in &body.cited {
        if !order.contains(&key.as_str()) {
            order.push(key);
        }
    }
    let sources: Vec<SourceUse> = order
        .iter()
        .map(|key| {
            let assessed = site.evidence.of(key);
            SourceUse {
                key: key.to_string(),
                level: assessed.map(|a| a.level.letter().to_string()),
                reason: assessed.map(|a| a.reason.clone()),
                claims: body
                    .claims
                    .iter()
                    .filter(|(_, keys)| keys.iter().any(|k| k == key))
                    .count(),
            }
        })
        .collect();
    let mut sources_per_level = BTreeMap::new();
    for source in &sources {
        let level = source
            .level
            .clone()
            .unwrap_or_else(|| "unknown".to_string());
        *sources_per_level.entry(level).or_insert(0) += 1;
    }
    let place = |(range, keys): &(std::ops::Range<usize>, Vec<String>)| ClaimPlace {
        line: line(range.start),
        sources: keys.clone(),
    };
    let review = review_of(article, config.review_interval_months);
    let review = ReviewDates {
        last: review.last.to_string(),
        reviewed: review.reviewed,
        due: review.due.map(|due| due.to_string()),
    };
    ArticleProfile {
        file: article.source.display_path.clone(),
        title: article.meta.title.clone(),
        sources_per_level,
        sources,
        claims: body.claims.len(),
        uncited_claims: body
            .claims
            .iter()
            .filter(|(_, keys)| keys.is_empty())
            .map(place)
            .collect(),
        single_source_claims: body
            .claims
            .iter()
            .filter(|(_, keys)| keys.len() == 1)
            .map(place)
            .collect(),
        review,
    }
}

/// "line 4", "lines 4, 9, 12", or the first eight and how many more (two claims on one line
/// name it once).
fn lines(numbers: &[usize]) -> String {
    const SHOWN: usize = 8;
    let mut numbers = numbers.to_vec();
    numbers.dedup();
    let shown: Vec<String> = numbers.iter().take(SHOWN).map(usize::to_string).collect();
    let more = match numbers.len().saturating_sub(SHOWN) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    let word = if numbers.len() == 1 { "line" } else { "lines" };
    format!("{word} {}{more}", shown.join(", "))
}

/// The report as text, one block per article, then the reviews due.
pub fn to_text(report: &SourcesReport) -> String {
    let mut text = String::new();
    for article in &report.articles {
        text.push_str(&format!("{}: {}\n", article.file, article.title));
        let levels: Vec<String> = ["A", "B", "C", "D", "unknown"]
            .iter()
            .filter_map(|level| {
                let n = article.sources_per_level.get(*level)?;
                Some(format!("{level} {n}"))
            })
            .collect();
        text.push_str(&format!(
            "  sources  {} ({})\n",
            article.sources.len(),
            if levels.is_empty() {
                "none".to_string()
            } else {
                levels.join(", ")
            }
        ));
        text.push_str(&format!(
            "  claims   {}: {} on a single source, {} without a source\n",
            article.claims,
            article.single_source_claims.len(),
            article.uncited_claims.len()
        ));
        for source in &article.sources {
            let alone: Vec<usize> = article
                .single_source_claims
                .iter()
                .filter(|claim| claim.sources == [source.key.clone()])
                .map(|claim| claim.line)
                .collect();
            let alone = match alone.len() {
                0 => String::new(),
                n => format!(", {n} on it alone ({})", lines(&alone)),
            };
            text.push_str(&format!(
                "    @{} ({}): {} {}{alone}\n",
                source.key,
                source.level.as_deref().unwrap_or("level unknown"),
                source.claims,
                if source.claims == 1 {
                    "claim"
                } else {
                    "claims"
                }
            ));
        }
        if !article.uncited_claims.is_empty() {
            let places: Vec<usize> = article.uncited_claims.iter().map(|c| c.line).collect();
            text.push_str(&format!("  without a source: {}\n", lines(&places)));
        }
        let review = &article.review;
        let what = if review.reviewed {
            "last reviewed"
        } else {
            "published, not reviewed since"
        };
        match &review.due {
            Some(due) => text.push_str(&format!("  review   {what} {}; due {due}\n", review.last)),
            None => text.push_str(&format!("  review   {what} {}\n", review.last)),
        }
    }
    match report.review_interval_months {
        None => text.push_str("reviews: no [review] interval_months in site.toml\n"),
        Some(_) if report.reviews_due.is_empty() => text.push_str("reviews due: none\n"),
        Some(_) => {
            text.push_str(&format!("reviews due: {}\n", report.reviews_due.len()));
            for file in &report.reviews_due {
                text.push_str(&format!("  {file}\n"));
            }
        }
    }
    text
}
