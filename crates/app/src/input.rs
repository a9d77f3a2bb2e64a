//! Parsing of what a correspondent types or pastes into a cell.

use serde::Deserialize;

use crate::error::{AppError, AppResult};

/// A cell as the UI or the command line sends it: the typed text, not yet a number.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CellInput {
    /// The count as typed. Empty or absent means no number.
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub obs_status: Option<String>,
    #[serde(default)]
    pub conf_status: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Maximum length of a cell note, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// Parses a typed count.
///
/// Accepts an optional minus sign (the validation rules then report the negative count) and
/// spaces, no-break spaces (U+00A0) and narrow no-break spaces (U+202F) as thousands
/// separators, as in "27 630". Rejects "1.234" and "1,234", which read as a thousand in one
/// locale and as a decimal in another, and every decimal: the questionnaire counts people.
pub fn parse_count(text: &str) -> AppResult<Option<i64>> {
    let trimmed = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{202f}');
    if trimmed.is_empty() {
        return Ok(None);
    }
    let (negative, digits_part) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };
    if digits_part.contains(['.', ',']) {
        return Err(AppError::new(
            "input.ambiguous_separator",
            format!("{text:?} contains '.' or ',': type the whole number of persons without separators, e.g. 1234"),
        )
        .with("value", text));
    }
    let digits: String = digits_part
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(AppError::new(
            "input.not_a_number",
            format!("{text:?} is not a whole number: type digits only, or leave the cell empty and choose a status"),
        )
        .with("value", text));
    }
    let too_large = || {
        AppError::new(
            "input.too_large",
            format!(
                "{text:?} is too large for a count; counts go up to {}",
                sicremi_model::MAX_COUNT
            ),
        )
        .with("value", text)
    };
    let magnitude: i64 = digits.parse().map_err(|_| too_large())?;
    if magnitude > sicremi_model::MAX_COUNT {
        return Err(too_large());
    }
    Ok(Some(if negative { -magnitude } else { magnitude }))
}

/// Maximum length of a metadata answer, in characters.
pub const MAX_ANSWER_CHARS: usize = 4000;

/// Checks a metadata answer against its question: a known question, a choice among the
/// listed codes, a real calendar date, and a bounded length. An empty answer clears the
/// question and is always accepted.
pub fn check_metadata_answer(
    questionnaire: &sicremi_model::Questionnaire,
    field: &str,
    answer: &str,
) -> AppResult<()> {
    use sicremi_model::definition::{is_iso_date, MetadataKind};

    let Some(question) = questionnaire.def.metadata.iter().find(|q| q.id == field) else {
        return Err(AppError::new(
            "input.unknown_field",
            format!("{field:?} is not a metadata question"),
        )
        .with("value", field));
    };
    if answer.is_empty() {
        return Ok(());
    }
    match question.kind {
        MetadataKind::Choice if !question.choices.iter().any(|c| c.code == answer) => {
            let codes: Vec<&str> = question.choices.iter().map(|c| c.code.as_str()).collect();
            Err(AppError::new(
                "input.invalid_choice",
                format!(
                    "{answer:?} is not an answer to {field}; choose one of {}",
                    codes.join(", ")
                ),
            )
            .with("value", answer)
            .with("choices", codes.join(", ")))
        }
        MetadataKind::Date if !is_iso_date(answer) => Err(AppError::new(
            "input.invalid_date",
            format!("{answer:?} is not a calendar date; write it as YYYY-MM-DD, e.g. 2023-12-31"),
        )
        .with("value", answer)),
        _ if answer.chars().count() > MAX_ANSWER_CHARS => Err(AppError::new(
            "input.text_too_long",
            format!(
                "the answer to {field} has more than {MAX_ANSWER_CHARS} characters; shorten it"
            ),
        )
        .with("max", MAX_ANSWER_CHARS)),
        _ => Ok(()),
    }
}

/// Trims an optional text and turns an empty one into `None`.
pub(crate) fn non_empty(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_with_group_separators() {
        assert_eq!(parse_count("27 630").unwrap(), Some(27630));
        assert_eq!(parse_count(" 27\u{a0}630 ").unwrap(), Some(27630));
        assert_eq!(parse_count("1\u{202f}234").unwrap(), Some(1234));
        assert_eq!(parse_count("0").unwrap(), Some(0));
        assert_eq!(parse_count("-5").unwrap(), Some(-5));
        assert_eq!(parse_count("  ").unwrap(), None);
    }

    #[test]
    fn ambiguous_and_invalid_counts_rejected() {
        assert_eq!(
            parse_count("1.234").unwrap_err().code,
            "input.ambiguous_separator"
        );
        assert_eq!(
            parse_count("1,234").unwrap_err().code,
            "input.ambiguous_separator"
        );
        assert_eq!(
            parse_count("9,99").unwrap_err().code,
            "input.ambiguous_separator"
        );
        let error = parse_count("abc").unwrap_err();
        assert_eq!(error.code, "input.not_a_number");
        assert_eq!(error.params["value"], "abc");
        assert_eq!(parse_count("12a").unwrap_err().code, "input.not_a_number");
        assert_eq!(
            parse_count("99999999999999999999").unwrap_err().code,
            "input.too_large"
        );
    }
}
