//! Matching of free-text country labels from agency files to countries.

use crate::error::MatchError;
use crate::normalize::normalize_name;
use crate::{catalog, Country, SpecialCode};

/// Returns the country that `text` names, or `None` when the text names no country or
/// can mean more than one. Use [`lookup_name`] to tell those cases apart.
///
/// Matching compares [`normalize_name`] keys of the text and of every CLDR name in the
/// four languages, CLDR's other names, and the curated aliases in
/// `assets/codelists/country-aliases.json`.
pub fn match_name(text: &str) -> Option<&'static Country> {
    lookup_name(text).ok()
}

/// Returns the country that `text` names.
///
/// # Errors
///
/// - [`MatchError::Empty`] when nothing remains of `text` after normalization.
/// - [`MatchError::NotFound`] when no country has that name.
/// - [`MatchError::Ambiguous`] when the name can mean several countries, such as
///   "Korea"; the error lists their alpha-3 codes.
pub fn lookup_name(text: &str) -> Result<&'static Country, MatchError> {
    let key = normalize_name(text);
    if key.is_empty() {
        return Err(MatchError::Empty);
    }

    let catalog = catalog::get();
    let Some(candidates) = catalog.country_names.get(&key) else {
        return Err(MatchError::NotFound {
            name: text.trim().to_string(),
        });
    };

    match candidates.as_slice() {
        [index] => Ok(&catalog.countries[*index]),
        many => {
            let mut alpha3s: Vec<&'static str> = many
                .iter()
                .map(|&index| catalog.countries[index].alpha3.as_str())
                .collect();
            alpha3s.sort_unstable();
            Err(MatchError::Ambiguous {
                name: text.trim().to_string(),
                candidates: alpha3s,
            })
        }
    }
}

/// Returns the special code that `text` names, such as [`SpecialCode::OtherCountries`]
/// for "Otro país", using the same normalization as [`match_name`]. The names come from
/// `assets/codelists/special-codes.json`. Loading rejects a special name that is also a
/// country name, so a text never matches both.
pub fn match_special(text: &str) -> Option<SpecialCode> {
    let key = normalize_name(text);
    catalog::get().special_match_names.get(&key).copied()
}
