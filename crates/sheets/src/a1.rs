//! A1 cell references as Excel shows them.

/// Returns the column letters of a 0-based column index: 0 is "A", 16383 is "XFD".
pub fn column_letters(column: u32) -> String {
    let mut letters = Vec::new();
    let mut rest = u64::from(column) + 1;
    while rest > 0 {
        let digit = ((rest - 1) % 26) as u8;
        letters.push(b'A' + digit);
        rest = (rest - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("column letters are ASCII")
}

/// Returns the A1 reference of a 0-based row and column, such as "D7" for (6, 3).
pub fn cell_ref(row: u32, column: u32) -> String {
    format!("{}{}", column_letters(column), u64::from(row) + 1)
}

/// Returns a sheet name quoted as in an Excel reference: 'T1 2025', with each ' doubled.
///
/// Excel leaves simple names unquoted, but always quoting keeps messages uniform and is a valid
/// reference either way.
pub fn quote_sheet_name(sheet: &str) -> String {
    format!("'{}'", sheet.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_at_boundaries() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(column_letters(16383), "XFD");
        assert_eq!(column_letters(u32::MAX), "MWLQKWV");
    }

    #[test]
    fn cell_ref_is_one_based() {
        assert_eq!(cell_ref(0, 0), "A1");
        assert_eq!(cell_ref(6, 3), "D7");
        assert_eq!(cell_ref(1_048_575, 16_383), "XFD1048576");
    }

    #[test]
    fn sheet_names_are_quoted() {
        assert_eq!(quote_sheet_name("T1 2025"), "'T1 2025'");
        assert_eq!(quote_sheet_name("Bob's"), "'Bob''s'");
    }
}
