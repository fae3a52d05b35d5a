//! Name matching across scripts and spellings.
//!
//! [`name_key`] folds a name to a key that is the same for spellings differing in case,
//! diacritics, script (Cyrillic is romanized by the BGN/PCGN values of its language,
//! `data/translit/names-fold.tsv`), apostrophes and word order; [`find_names`] finds every mention
//! of a name in a text, in any of those spellings, with byte offsets.
//!
//! Keys are phonetic skeletons (`data/translit/names-phonetic.tsv`), so `Lukashenko`,
//! `Łukašenka`, `Лукашэнка` and `Loukachenko` share one; [`name_index`] lists who a page
//! mentions.

mod compat;
mod find;
mod index;
mod key;

pub use find::{find_any_name, find_names, Match};
pub use index::{name_index, NameEntry, Spelling};
pub use key::{fold_word, name_key, name_similarity, same_name, SAME_NAME_THRESHOLD};
