//! Normalization of country names before they are compared.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Normalizes a country name to the key that name matching compares.
///
/// Two names match when their keys are equal. The key
/// - is lower case and has no diacritics (NFKD with combining marks removed), so
///   "Côte d'Ivoire" and "COTE D'IVOIRE" match;
/// - has every apostrophe form (’ ‘ ʼ ʻ ` ´ ′) replaced by `'`;
/// - has hyphens and dashes (- ‐ ‑ ‒ – — −) replaced by spaces, so "Guinea-Bissau",
///   "Guinea Bissau" and CLDR's "Congo - Kinshasa" and "Congo-Kinshasa" match;
/// - has `&` replaced by the word "and", because CLDR's English names write "Trinidad &
///   Tobago" where agencies write "Trinidad and Tobago";
/// - has no leading or trailing whitespace, no trailing `*` footnote marks, and single
///   spaces between words.
///
/// ```
/// assert_eq!(sicremi_codes::normalize_name("  Curaçao* "), "curacao");
/// assert_eq!(sicremi_codes::normalize_name("Côte d’Ivoire"), "cote d'ivoire");
/// ```
pub fn normalize_name(text: &str) -> String {
    let unified: String = text.chars().map(unify_punctuation).collect();

    let folded: String = unified
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect();

    let spelled = folded.replace('&', " and ");
    let without_marks = spelled.trim_end_matches(|c: char| c == '*' || c.is_whitespace());

    without_marks
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Maps apostrophe forms to `'` and hyphens and dashes to a space. This runs before NFKD
/// because NFKD turns the acute accent `´` into a space and a combining mark.
fn unify_punctuation(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02BB}' | '`' | '\u{00B4}' | '\u{2032}' => '\'',
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}' => ' ',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_name;

    #[test]
    fn folds_case_and_diacritics() {
        assert_eq!(normalize_name("PERÚ"), "peru");
        assert_eq!(
            normalize_name("São Tomé & Príncipe"),
            "sao tome and principe"
        );
        assert_eq!(normalize_name("Türkiye"), "turkiye");
    }

    #[test]
    fn unifies_apostrophes_and_dashes() {
        assert_eq!(normalize_name("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(normalize_name("Cote d´Ivoire"), "cote d'ivoire");
        assert_eq!(normalize_name("Guinea–Bissau"), "guinea bissau");
        assert_eq!(normalize_name("Congo - Kinshasa"), "congo kinshasa");
        assert_eq!(normalize_name("Congo-Kinshasa"), "congo kinshasa");
    }

    #[test]
    fn strips_spaces_and_footnote_marks() {
        assert_eq!(normalize_name("   Réunion*"), "reunion");
        assert_eq!(normalize_name("Curaçao **"), "curacao");
        assert_eq!(normalize_name("Korea,   Rep.\u{00A0}"), "korea, rep.");
        assert_eq!(normalize_name(" * "), "");
    }
}
