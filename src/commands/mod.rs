//! The commands besides `build` ([`crate::build`]): each calls the stages.
//!
//! [`check`] is `kennis check`, [`sources`] `kennis sources`, [`serve`] `kennis serve` with [`rebuild`] its incremental
//! rebuilds, [`import`] `kennis import` and [`new`] `kennis new`.

pub mod check;
pub mod import;
pub mod new;
pub mod rebuild;
#[cfg(feature = "serve")]
pub mod serve;
pub mod sources;
