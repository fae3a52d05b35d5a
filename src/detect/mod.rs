//! Script and language of a text.
//!
//! [`detect`] answers for one text. The language data (CLDR exemplar letters, ISO 639 codes) is
//! generated from `data/` into [`tables`] by `scripts/gen_tables.py`.

mod coder;
pub mod lang;
pub mod profile;
#[rustfmt::skip]
#[allow(clippy::unreadable_literal)]
pub(crate) mod profiles;
pub mod script;
#[rustfmt::skip]
pub(crate) mod tables;

pub use lang::{detect, Detection};
pub use script::{script_of, Script, ScriptCounts};
