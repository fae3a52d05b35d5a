//! Name matching across scripts and spellings.
//!
//! [`name_key`] folds a name to a key that is the same for spellings differing in case,
//! diacritics, script (Cyrillic is romanized by the BGN/PCGN values of its language,
//! `data/translit/names-fold.tsv`), apostrophes and word order; [`find_names`] finds every mention
//! of a name in a text, in any of those spellings, with byte offsets.
//!
//! This first version does not yet fold the phonetic habits of different romanizations
//! (`Lukashenko` / `Łukašenka` / `Loukachenko`) or inflected forms (`Токаева`); see README.

mod find;
mod key;

pub use find::{find_names, Match};
pub use key::{fold_word, name_key, same_name};
