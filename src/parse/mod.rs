//! The parse stage: every Markdown body, read once.
//!
//! [`markdown`] renders a body to HTML while it finds citations, footnotes, links, ids and
//! FAQ items; [`claims`] judges the body's sentences for health claims; [`sentences`] splits
//! text into sentences for both; [`references`] says which references a page may cite;
//! [`placeholders`] finds text `kennis new` left for the editor to replace.

pub mod claims;
pub mod markdown;
pub mod placeholders;
pub mod references;
pub mod sentences;
pub mod site;
