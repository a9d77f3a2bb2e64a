//! Codes that stand where a country code would, for rows that name no single country.

use std::fmt;

use crate::{catalog, Lang, Names};

/// A code for a row that names no single country. The names come from
/// `assets/codelists/special-codes.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SpecialCode {
    /// `ZZO`: countries that the file does not list separately.
    OtherCountries,
    /// `XXX`: nationality unknown or not stated.
    UnknownNationality,
    /// `XXA`: stateless persons.
    Stateless,
    /// `_T`: the total over all nationalities.
    Total,
}

impl SpecialCode {
    /// All special codes in a fixed order.
    pub const ALL: [SpecialCode; 4] = [
        SpecialCode::OtherCountries,
        SpecialCode::UnknownNationality,
        SpecialCode::Stateless,
        SpecialCode::Total,
    ];

    /// Returns the code as it is stored, such as "ZZO".
    pub fn code(self) -> &'static str {
        match self {
            SpecialCode::OtherCountries => "ZZO",
            SpecialCode::UnknownNationality => "XXX",
            SpecialCode::Stateless => "XXA",
            SpecialCode::Total => "_T",
        }
    }

    /// Returns the special code spelled `code`, ignoring ASCII case.
    pub fn from_code(code: &str) -> Option<SpecialCode> {
        SpecialCode::ALL
            .into_iter()
            .find(|special| special.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Returns the display names in the four languages.
    pub fn names(self) -> &'static Names {
        &catalog::get().special_names[self.position()]
    }

    /// Returns the display name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        self.names().get(lang)
    }

    pub(crate) fn position(self) -> usize {
        match self {
            SpecialCode::OtherCountries => 0,
            SpecialCode::UnknownNationality => 1,
            SpecialCode::Stateless => 2,
            SpecialCode::Total => 3,
        }
    }
}

impl fmt::Display for SpecialCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
