//! Content checks: health claims and their sources.
//!
//! [`claims`] finds health claims and whether a citation covers them (run while rendering, so
//! a page can mark an uncited claim), [`identifiers`] checks DOIs, PMIDs and the like, and
//! [`references`] checks the site's references and how articles cite them, [`comparisons`]
//! the sources and claims of the comparison tables, [`translations`] that every article is
//! translated and no translation is out of date, [`placeholders`] that no text `kennis new`
//! wrote for the editor to replace is published. [`run`] is `kennis check`.
//! [`output_links`] checks the links of the finished site, after a build has rendered it.

pub mod comparisons;
pub mod output_links;
pub mod placeholders;
pub mod references;
pub mod translations;
