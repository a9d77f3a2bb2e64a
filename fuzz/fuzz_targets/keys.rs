//! The fixed test keys of tests/vectors/keys.json, shared by the fuzz targets. Each target
//! uses only some of them.

#![allow(dead_code)]

use sicremi_package::{RecipientSecretKey, SigningKey, SigningPublicKey};

const KEYS_JSON: &str = include_str!("../../tests/vectors/keys.json");

fn hex_member(keys: &serde_json::Value, key: &str, member: &str) -> Vec<u8> {
    let text = keys[key][member]
        .as_str()
        .unwrap_or_else(|| panic!("keys.json has no {key}.{member}"));
    hex::decode(text).expect("keys.json contains hexadecimal strings")
}

/// Derives the recipient key of the vectors, which opens packages sealed to `recipient`.
pub fn recipient() -> RecipientSecretKey {
    let keys: serde_json::Value = serde_json::from_str(KEYS_JSON).expect("keys.json is JSON");
    RecipientSecretKey::derive_from_ikm(&hex_member(&keys, "recipient", "ikm"))
        .expect("32-byte ikm")
}

/// Loads the trusted signer of the vectors.
pub fn signer() -> SigningKey {
    let keys: serde_json::Value = serde_json::from_str(KEYS_JSON).expect("keys.json is JSON");
    SigningKey::from_pkcs8(&hex_member(&keys, "signer", "pkcs8")).expect("valid PKCS#8")
}

/// Returns the public key of the trusted signer.
pub fn signer_public() -> SigningPublicKey {
    signer().public_key()
}
