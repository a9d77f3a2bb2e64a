//! Package parser and opener: `parse_header` and `open` on arbitrary bytes, with the
//! recipient and trusted signer of tests/vectors.
//!
//! Besides "no panic", the target checks that both functions agree: a header that
//! `parse_header` rejects makes `open` fail with the same code, and an opened package has
//! the header that `parse_header` returned and a payload of `payload_len` bytes.

#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use sicremi_package::{open, parse_header, KeyId, RecipientSecretKey, SigningPublicKey};

#[path = "keys.rs"]
mod keys;

static RECIPIENT: LazyLock<RecipientSecretKey> = LazyLock::new(keys::recipient);
static SIGNER: LazyLock<SigningPublicKey> = LazyLock::new(keys::signer_public);

/// Codes that `open` may return for a package whose header is valid.
const AFTER_HEADER: [&str; 5] = [
    "package.unknown_recipient",
    "package.unknown_sender",
    "package.invalid_encapsulated_key",
    "package.decryption_failed",
    "package.bad_signature",
];

fuzz_target!(|data: &[u8]| {
    let trusted = |id: &KeyId| (*id == SIGNER.key_id()).then_some(*SIGNER);
    let parsed = parse_header(data);
    let opened = open(data, &RECIPIENT, &trusted);

    match (parsed, opened) {
        (Err(header_error), Err(open_error)) => {
            assert_eq!(header_error.code(), open_error.code());
        }
        (Err(header_error), Ok(_)) => {
            panic!("open accepted a header that parse_header rejected with {header_error}")
        }
        (Ok(_), Err(open_error)) => {
            assert!(
                AFTER_HEADER.contains(&open_error.code()),
                "unexpected code {} after a valid header",
                open_error.code()
            );
        }
        (Ok(header), Ok(opened)) => {
            assert_eq!(header, opened.header);
            assert_eq!(opened.payload.len() as u64, header.payload_len);
        }
    }
});
