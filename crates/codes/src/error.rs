//! Errors of this crate. Each has a stable `code()` for the user interface to translate.

use thiserror::Error;

/// Failure to match a text to exactly one country.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MatchError {
    #[error("the country name is empty; enter a country name or pick the country from the list")]
    Empty,

    #[error(
        "no country is named \"{name}\"; check the spelling, or pick the country from the list"
    )]
    NotFound { name: String },

    #[error(
        "\"{name}\" can mean more than one country ({}); pick the country from the list",
        candidates.join(", ")
    )]
    Ambiguous {
        name: String,
        /// Alpha-3 codes of the countries that the name can mean, sorted.
        candidates: Vec<&'static str>,
    },
}

impl MatchError {
    /// Returns the stable machine code of the error.
    pub fn code(&self) -> &'static str {
        match self {
            MatchError::Empty => "codes.name_empty",
            MatchError::NotFound { .. } => "codes.name_not_found",
            MatchError::Ambiguous { .. } => "codes.name_ambiguous",
        }
    }
}

/// Failure to parse a language tag.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LangError {
    #[error("language \"{tag}\" is not supported; use one of en, es, pt, fr")]
    Unsupported { tag: String },
}

impl LangError {
    /// Returns the stable machine code of the error.
    pub fn code(&self) -> &'static str {
        match self {
            LangError::Unsupported { .. } => "codes.language_unsupported",
        }
    }
}
