//! kennis: a static site generator for an evidence-based, bilingual health knowledge site.
//!
//! The modules follow the pipeline (docs/architecture.md draws the map):
//! [`load`] reads `site.toml`, the content, the UI strings and the theme; [`parse`] turns every
//! Markdown body into HTML while finding its citations, health claims, links and ids;
//! [`search`] turns the parsed text into search documents and indexes; [`check`] runs the
//! site-wide checks on what was loaded and parsed; [`render`] fills the theme's templates and
//! post-processes each page; [`write`](mod@write) writes the pages, feeds and sitemap into a staging folder
//! that replaces the old output only on success. [`build`] is that sequence, and [`cache`] what
//! it may reuse from the build before.
//! [`commands`] holds what the command line offers on top of it: `check`, `serve`, `import`,
//! `new`. [`diagnostics`], [`escape`], [`slug`], [`packed`] and [`toml_input`] are shared by all
//! stages.

pub mod build;
pub mod cache;
pub mod check;
pub mod commands;
pub mod diagnostics;
pub mod escape;
pub mod load;
pub mod packed;
pub mod parse;
pub mod postprocess;
pub mod render;
pub mod search;
pub mod slug;
pub mod toml_input;
pub mod write;

/// What unit tests return, so they can use `?` instead of `unwrap()`.
#[cfg(test)]
pub(crate) type TestResult = Result<(), Box<dyn std::error::Error>>;
