//! Counts read from spreadsheet cells and text fields.
//!
//! A count is a whole number. Text may group thousands with spaces (ASCII space, no-break space
//! U+00A0, narrow no-break space U+202F, thin space U+2009), as French and many national
//! offices print it. A '.' or ',' is never taken as a thousands separator, because "1.234" is
//! 1234 in Spanish and 1.234 in English. Such text is rejected with a request for the plain
//! number, so no value is ever multiplied or divided by a guess.

use calamine::Data;

use crate::error::ProblemKind;

/// The largest magnitude an IEEE double, and so a spreadsheet number, represents exactly:
/// 2^53 - 1.
pub const MAX_EXACT: i64 = 9_007_199_254_740_991;

fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

/// Parses a count typed as text. Returns `Ok(None)` for blank text. Negative numbers are
/// accepted here; the validation rules report them.
pub fn parse_count_text(text: &str) -> Result<Option<i64>, ProblemKind> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let (negative, body) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed),
    };

    if body.contains(['.', ',']) {
        return Err(classify_punctuated(trimmed, body));
    }

    let groups: Vec<&str> = body.split(is_group_separator).collect();
    let digits_only = |group: &&str| !group.is_empty() && group.bytes().all(|b| b.is_ascii_digit());
    if !groups.iter().all(digits_only) {
        return Err(ProblemKind::NotANumber {
            value: trimmed.to_string(),
        });
    }
    let well_grouped = groups.len() == 1
        || (groups[0].len() <= 3 && groups[1..].iter().all(|group| group.len() == 3));
    if !well_grouped {
        return Err(ProblemKind::NotANumber {
            value: trimmed.to_string(),
        });
    }

    let digits: String = groups.concat();
    let too_large = || ProblemKind::NumberTooLarge {
        value: trimmed.to_string(),
    };
    let magnitude: i64 = digits.parse().map_err(|_| too_large())?;
    if magnitude > MAX_EXACT {
        return Err(too_large());
    }
    Ok(Some(if negative { -magnitude } else { magnitude }))
}

/// Tells "1,234" (a thousands separator, ambiguous) from "12,5" (a decimal).
fn classify_punctuated(trimmed: &str, body: &str) -> ProblemKind {
    let groups: Vec<&str> = body.split(['.', ',']).collect();
    let all_digits = groups
        .iter()
        .all(|group| !group.is_empty() && group.bytes().all(|b| b.is_ascii_digit()));
    let single_separator_kind = body.contains('.') != body.contains(',');
    let thousands_shape = groups.len() >= 2
        && groups[0].len() <= 3
        && groups[1..].iter().all(|group| group.len() == 3);
    if all_digits && single_separator_kind && thousands_shape {
        return ProblemKind::AmbiguousSeparator {
            value: trimmed.to_string(),
        };
    }
    let decimal_shape = groups.len() == 2
        && groups
            .iter()
            .all(|group| !group.is_empty() && group.bytes().all(|b| b.is_ascii_digit()));
    if decimal_shape {
        ProblemKind::NotWholeNumber {
            value: trimmed.to_string(),
        }
    } else {
        ProblemKind::NotANumber {
            value: trimmed.to_string(),
        }
    }
}

/// Converts a number cell to a count.
pub fn count_from_float(value: f64) -> Result<i64, ProblemKind> {
    if !value.is_finite() {
        return Err(ProblemKind::NotANumber {
            value: value.to_string(),
        });
    }
    if value.fract() != 0.0 {
        return Err(ProblemKind::NotWholeNumber {
            value: value.to_string(),
        });
    }
    if value.abs() > MAX_EXACT as f64 {
        return Err(ProblemKind::NumberTooLarge {
            value: format!("{value:.0}"),
        });
    }
    Ok(value as i64)
}

/// Converts any cell to a count. Returns `Ok(None)` for an empty cell or blank text.
pub fn count_from_cell(data: &Data) -> Result<Option<i64>, ProblemKind> {
    match data {
        Data::Empty => Ok(None),
        Data::Int(value) => {
            if value.unsigned_abs() > MAX_EXACT as u64 {
                Err(ProblemKind::NumberTooLarge {
                    value: value.to_string(),
                })
            } else {
                Ok(Some(*value))
            }
        }
        Data::Float(value) => count_from_float(*value).map(Some),
        Data::String(text) => parse_count_text(text),
        Data::Error(error) => Err(ProblemKind::ErrorValue {
            value: error.to_string(),
        }),
        Data::Bool(value) => Err(ProblemKind::WrongType {
            found: format!(
                "the logical value {}",
                if *value { "TRUE" } else { "FALSE" }
            ),
        }),
        Data::DateTime(_) | Data::DateTimeIso(_) => Err(ProblemKind::WrongType {
            found: "a date".to_string(),
        }),
        Data::DurationIso(_) => Err(ProblemKind::WrongType {
            found: "a duration".to_string(),
        }),
    }
}

/// Parses a field that must be a non-negative count written as ASCII digits, with no sign or
/// separator, as in agency CSV files.
pub fn parse_plain_count(text: &str) -> Result<i64, ProblemKind> {
    let not_a_count = || ProblemKind::NotACount {
        value: text.to_string(),
    };
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(not_a_count());
    }
    let value: i64 = text.parse().map_err(|_| ProblemKind::NumberTooLarge {
        value: text.to_string(),
    })?;
    if value > MAX_EXACT {
        return Err(ProblemKind::NumberTooLarge {
            value: text.to_string(),
        });
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_with_space_groups() {
        assert_eq!(parse_count_text("27 630"), Ok(Some(27630)));
        assert_eq!(parse_count_text("27\u{00A0}630"), Ok(Some(27630)));
        assert_eq!(
            parse_count_text("1\u{202F}234\u{202F}567"),
            Ok(Some(1_234_567))
        );
        assert_eq!(parse_count_text(" 42 "), Ok(Some(42)));
        assert_eq!(parse_count_text("-5"), Ok(Some(-5)));
        assert_eq!(parse_count_text("0"), Ok(Some(0)));
        assert_eq!(parse_count_text("   "), Ok(None));
    }

    #[test]
    fn text_with_bad_groups() {
        assert!(matches!(
            parse_count_text("27 63"),
            Err(ProblemKind::NotANumber { .. })
        ));
        assert!(matches!(
            parse_count_text("2763 0"),
            Err(ProblemKind::NotANumber { .. })
        ));
        assert!(matches!(
            parse_count_text("1  234"),
            Err(ProblemKind::NotANumber { .. })
        ));
        assert!(matches!(
            parse_count_text("abc"),
            Err(ProblemKind::NotANumber { .. })
        ));
        assert!(matches!(
            parse_count_text("+5"),
            Err(ProblemKind::NotANumber { .. })
        ));
    }

    #[test]
    fn text_with_dot_or_comma() {
        for ambiguous in ["1.234", "1,234", "12.345.678", "-1,234"] {
            assert!(
                matches!(
                    parse_count_text(ambiguous),
                    Err(ProblemKind::AmbiguousSeparator { .. })
                ),
                "{ambiguous}"
            );
        }
        for decimal in ["12,5", "1.0", "1234.56"] {
            assert!(
                matches!(
                    parse_count_text(decimal),
                    Err(ProblemKind::NotWholeNumber { .. })
                ),
                "{decimal}"
            );
        }
        assert!(matches!(
            parse_count_text("1,234.5"),
            Err(ProblemKind::NotANumber { .. })
        ));
    }

    #[test]
    fn text_too_large() {
        assert_eq!(parse_count_text("9007199254740991"), Ok(Some(MAX_EXACT)));
        assert!(matches!(
            parse_count_text("9007199254740992"),
            Err(ProblemKind::NumberTooLarge { .. })
        ));
        assert!(matches!(
            parse_count_text("99999999999999999999999"),
            Err(ProblemKind::NumberTooLarge { .. })
        ));
    }

    #[test]
    fn float_cells() {
        assert_eq!(count_from_float(12.0), Ok(12));
        assert!(matches!(
            count_from_float(12.5),
            Err(ProblemKind::NotWholeNumber { .. })
        ));
        assert!(matches!(
            count_from_float(f64::NAN),
            Err(ProblemKind::NotANumber { .. })
        ));
        assert!(matches!(
            count_from_float(1e300),
            Err(ProblemKind::NumberTooLarge { .. })
        ));
    }

    #[test]
    fn plain_counts() {
        assert_eq!(parse_plain_count("305"), Ok(305));
        assert!(matches!(
            parse_plain_count("-3"),
            Err(ProblemKind::NotACount { .. })
        ));
        assert!(matches!(
            parse_plain_count(""),
            Err(ProblemKind::NotACount { .. })
        ));
        assert!(matches!(
            parse_plain_count("1 000"),
            Err(ProblemKind::NotACount { .. })
        ));
        assert!(matches!(
            parse_plain_count("3.5"),
            Err(ProblemKind::NotACount { .. })
        ));
    }
}
