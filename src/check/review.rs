//! Review dates: with `[review] interval_months` in `site.toml`, an article whose last review
//! (`reviewed_on`, or its publication `date` when it was never reviewed since) is longer ago
//! than the interval is a `review-due` warning, at that date in its front matter.

use crate::diagnostics::Diagnostic;
use crate::load::config::Config;
use crate::load::content::front_matter::Date;
use crate::load::content::{Article, Site};

/// When an article was last reviewed, and when its next review is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewDue {
    /// The day the article was last reviewed (or published, if never reviewed).
    pub last: Date,
    /// Whether `last` is a review (`reviewed_on`) rather than the publication date.
    pub reviewed: bool,
    /// The day the next review is due, with an interval.
    pub due: Option<Date>,
}

/// The review state of `article` under an interval of `months` (`None`: no interval, so no
/// review is ever due).
pub fn review_of(article: &Article, months: Option<u32>) -> ReviewDue {
    let (last, reviewed) = match article.meta.reviewed_on {
        Some(on) => (on, true),
        None => (article.meta.date, false),
    };
    ReviewDue {
        last,
        reviewed,
        due: months.map(|months| add_months(last, months)),
    }
}

impl ReviewDue {
    /// Whether the review is past due on `today`.
    pub fn is_due(&self, today: Date) -> bool {
        self.due.is_some_and(|due| due < today)
    }
}

/// `review-due` for every article `include` accepts whose review is past due (nothing without
/// an interval or without today's date).
pub fn due(site: &Site, config: &Config, include: &dyn Fn(&Article) -> bool) -> Vec<Diagnostic> {
    let (Some(months), Some(today)) = (config.review_interval_months, config.today) else {
        return Vec::new();
    };
    site.articles
        .iter()
        .filter(|article| include(article))
        .filter_map(|article| {
            let review = review_of(article, Some(months));
            let due = review.due.filter(|_| review.is_due(today))?;
            Some(finding(article, &review, due, months))
        })
        .collect()
}

fn finding(article: &Article, review: &ReviewDue, due: Date, months: u32) -> Diagnostic {
    let (key, what) = if review.reviewed {
        ("reviewed_on", format!("last reviewed on {}", review.last))
    } else {
        (
            "date",
            format!("published on {} and never reviewed", review.last),
        )
    };
    let place = front_matter_key(article, key).unwrap_or(0..0);
    Diagnostic::error_in(
        &article.source,
        place,
        "review-due",
        format!(
            "{what}, so due for review since {} ([review] interval_months = {months}): check \
             the text against its sources, then set reviewed_on (and reviewed_by)",
            due
        ),
    )
    .as_warning()
}

/// Where `key = …` stands in the article's front matter (the key), if it does.
fn front_matter_key(article: &Article, key: &str) -> Option<std::ops::Range<usize>> {
    let front = &article.source.text[..article.body.start];
    let mut offset = 0;
    for line in front.split_inclusive('\n') {
        let rest = line.trim_start();
        if let Some(after) = rest.strip_prefix(key)
            && after.trim_start().starts_with('=')
        {
            let start = offset + (line.len() - rest.len());
            return Some(start..start + key.len());
        }
        offset += line.len();
    }
    None
}

/// `date` plus `months`, on the same day of the month or the month's last day.
pub fn add_months(date: Date, months: u32) -> Date {
    let total = u32::from(date.month) - 1 + months;
    let year = u32::from(date.year) + total / 12;
    let month = (total % 12 + 1) as u8;
    let year = u16::try_from(year).unwrap_or(u16::MAX);
    let day = date.day.min(days_in_month(year, month));
    Date { year, month, day }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn months_are_added_on_the_calendar() {
        assert_eq!(add_months(date(2024, 11, 22), 24), date(2026, 11, 22));
        assert_eq!(add_months(date(2024, 1, 31), 1), date(2024, 2, 29));
        assert_eq!(add_months(date(2023, 1, 31), 1), date(2023, 2, 28));
        assert_eq!(add_months(date(2025, 12, 1), 13), date(2027, 1, 1));
    }
}
