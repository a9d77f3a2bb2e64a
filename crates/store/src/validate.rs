//! Checks on caller-supplied identifiers, applied before any write.

use crate::error::StoreError;

/// Rejects an empty identifier such as a table id or a cell key.
pub(crate) fn require_non_empty(field: &'static str, value: &str) -> Result<(), StoreError> {
    if value.is_empty() {
        return Err(StoreError::InvalidArgument {
            field,
            detail: "must not be empty".to_string(),
        });
    }
    Ok(())
}

/// Converts a sequence number to SQLite's signed integer, rejecting 0 and values above
/// `i64::MAX`.
pub(crate) fn sequence_to_sql(sequence: u64) -> Result<i64, StoreError> {
    match i64::try_from(sequence) {
        Ok(value) if value > 0 => Ok(value),
        _ => Err(StoreError::InvalidArgument {
            field: "sequence",
            detail: format!("{sequence} is outside 1..={}", i64::MAX),
        }),
    }
}

/// Rejects anything but a SHA-256 digest written as 64 lowercase hexadecimal digits.
pub(crate) fn require_sha256_hex(value: &str) -> Result<(), StoreError> {
    let valid = value.len() == 64
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !valid {
        return Err(StoreError::InvalidArgument {
            field: "sha256",
            detail: format!("{value:?} is not 64 lowercase hexadecimal digits"),
        });
    }
    Ok(())
}

/// Returns the SHA-256 digest of `bytes` as 64 lowercase hexadecimal digits.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
    digest
        .as_ref()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_hex_matches_known_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn sha256_hex_check_rejects_uppercase() {
        let upper = "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD";
        assert!(require_sha256_hex(upper).is_err());
        assert!(require_sha256_hex(&sha256_hex(b"abc")).is_ok());
        assert!(require_sha256_hex("abc").is_err());
    }

    #[test]
    fn sequence_range() {
        assert!(sequence_to_sql(0).is_err());
        assert!(sequence_to_sql(u64::MAX).is_err());
        assert_eq!(sequence_to_sql(7).unwrap(), 7);
    }
}
