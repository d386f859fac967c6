//! Content checks beyond what rendering finds: health claims and their sources.

pub mod claims;
