//! The load stage: everything a build reads before it parses a page.
//!
//! [`config`] is `site.toml`, [`content`] the articles, sections, bibliography and comparison
//! tables, [`authors`] which authors of sources are organisations, [`i18n`] the UI strings, [`theme`] the templates and static files, and
//! [`scaffold_text`] the placeholder text `kennis new` writes (which `check` must not see
//! published); [`text_file`] reads a text file with a finding where it fails.

pub mod authors;
pub mod config;
pub mod content;
pub mod i18n;
pub mod scaffold_text;
pub mod text_file;
pub mod theme;
