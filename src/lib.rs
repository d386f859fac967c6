//! kennis: a static site generator for an evidence-based, bilingual health knowledge site.
//!
//! The pipeline, one module per stage:
//! [`config`] and [`content`] load the site, [`markdown`] parses article bodies,
//! [`render`] fills the theme's templates with [`i18n`] strings, [`postprocess`] rewrites the
//! HTML in one streaming pass, [`site_files`] adds sitemap, feeds and robots.txt, and [`output`]
//! writes everything to a staging folder that replaces the old output only on success.
//! [`search`] writes a search index per language. [`build`] runs the whole pipeline;
//! [`check`] is `kennis check`, [`import`] is `kennis import` and [`scaffold`] is `kennis new`.

pub mod build;
pub mod check;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod escape;
pub mod i18n;
pub mod markdown;
pub mod output;
pub mod postprocess;
pub mod rebuild;
pub mod render;
pub mod scaffold;
pub mod search;
pub mod sentences;
#[cfg(feature = "serve")]
pub mod serve;
pub mod site_files;
pub mod slug;
pub mod toml_input;

/// What unit tests return, so they can use `?` instead of `unwrap()`.
#[cfg(test)]
pub(crate) type TestResult = Result<(), Box<dyn std::error::Error>>;
pub mod import;
