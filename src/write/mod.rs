//! The write stage: pages and site files into the output.
//!
//! [`output`] is the staging folder (or memory, for `serve`), [`site_files`] the sitemap, feeds
//! and robots.txt, [`link_sources`] where each page's links came from, for the link check, and
//! [`images`] the smaller copies of large images.

pub mod images;
pub mod link_sources;
pub mod output;
pub mod pages;
pub mod site_files;
