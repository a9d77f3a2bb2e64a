//! Key ids, fingerprints, public key files and detached signatures.

use serde_json::{json, Value};
use sicremi_package::{
    KeyError, PublicKey, PublicKeyFile, RecipientPublicKey, RecipientSecretKey, SignatureContext,
    SigningKey, SigningPublicKey,
};

/// `pkRm` of RFC 9180 Appendix A.2.1, reused here as a fixed 32-byte key.
const PK_RM: &str = "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a";

fn code<T>(result: Result<T, KeyError>) -> &'static str {
    match result {
        Ok(_) => "accepted",
        Err(error) => error.code(),
    }
}

fn pk_rm() -> Vec<u8> {
    hex::decode(PK_RM).unwrap()
}

// The expected ids and fingerprints below were computed independently with Python's
// hashlib, following docs/package-format.md section 2.
#[test]
fn recipient_key_id_and_fingerprint_known_answer() {
    let key = RecipientPublicKey::from_bytes(&pk_rm()).unwrap();

    assert_eq!(key.key_id().to_hex(), "e44b603e3a7d0a0728fbf307487bcba5");
    assert_eq!(
        key.fingerprint().to_string(),
        "81366 75180 72655 13392 90654 56383"
    );
}

#[test]
fn signing_key_id_and_fingerprint_known_answer() {
    let key = SigningPublicKey::from_bytes(&pk_rm()).unwrap();

    assert_eq!(key.key_id().to_hex(), "98b295792419f66e27843ca4c97fc6c5");
    assert_eq!(
        key.fingerprint().to_string(),
        "13868 26057 10047 85259 47980 65655"
    );
}

#[test]
fn fingerprint_has_six_groups_of_five_digits() {
    let key = SigningKey::generate().unwrap().public_key();

    let text = key.fingerprint().to_string();
    let groups: Vec<&str> = text.split(' ').collect();

    assert_eq!(groups.len(), 6, "{text}");
    for group in groups {
        assert_eq!(group.len(), 5, "{text}");
        assert!(group.bytes().all(|b| b.is_ascii_digit()), "{text}");
    }
}

#[test]
fn low_order_recipient_keys_rejected() {
    for point in [
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    ] {
        let result = RecipientPublicKey::from_bytes(&hex::decode(point).unwrap());
        assert_eq!(code(result), "key.low_order_public_key", "{point}");
    }
}

#[test]
fn public_key_length_checked() {
    assert_eq!(
        code(RecipientPublicKey::from_bytes(&[9u8; 31])),
        "key.bad_public_key_length"
    );
    assert_eq!(
        code(SigningPublicKey::from_bytes(&[9u8; 33])),
        "key.bad_public_key_length"
    );
}

#[test]
fn short_ikm_rejected() {
    assert_eq!(
        code(RecipientSecretKey::derive_from_ikm(&[1u8; 31])),
        "key.short_ikm"
    );
}

#[test]
fn recipient_public_key_file_round_trips() {
    let key = RecipientPublicKey::from_bytes(&pk_rm()).unwrap();
    let file = PublicKeyFile::new(
        PublicKey::Recipient(key.clone()),
        Some("SICREMI secretariat 2026".to_owned()),
    )
    .unwrap();

    let text = file.to_json();
    let parsed = PublicKeyFile::parse(text.as_bytes()).unwrap();

    assert_eq!(parsed, file);
    assert_eq!(parsed.label(), Some("SICREMI secretariat 2026"));
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        value,
        json!({
            "format": "sicremi-public-key",
            "version": 1,
            "kind": "x25519-recipient",
            "public_key": PK_RM,
            "key_id": "e44b603e3a7d0a0728fbf307487bcba5",
            "fingerprint": "81366 75180 72655 13392 90654 56383",
            "label": "SICREMI secretariat 2026"
        })
    );
}

#[test]
fn signing_public_key_file_round_trips() {
    let key = SigningKey::generate().unwrap().public_key();
    let file = PublicKeyFile::new(PublicKey::Signing(key), None).unwrap();

    let parsed = PublicKeyFile::parse(file.to_json().as_bytes()).unwrap();

    assert_eq!(parsed.key, PublicKey::Signing(key));
    assert_eq!(parsed.label(), None);
    assert!(!file.to_json().contains("label"));
}

fn valid_json() -> Value {
    json!({
        "format": "sicremi-public-key",
        "version": 1,
        "kind": "x25519-recipient",
        "public_key": PK_RM,
        "key_id": "e44b603e3a7d0a0728fbf307487bcba5",
        "fingerprint": "81366 75180 72655 13392 90654 56383"
    })
}

fn with_member(name: &str, value: Value) -> Vec<u8> {
    let mut json = valid_json();
    json[name] = value;
    serde_json::to_vec(&json).unwrap()
}

#[test]
fn public_key_file_parsing_is_strict() {
    let duplicate = br#"{"format":"sicremi-public-key","version":1,"kind":"x25519-recipient","public_key":"4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a","public_key":"4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a","key_id":"e44b603e3a7d0a0728fbf307487bcba5","fingerprint":"81366 75180 72655 13392 90654 56383"}"#.to_vec();
    let mut trailing = serde_json::to_vec(&valid_json()).unwrap();
    trailing.extend_from_slice(b" {}");
    let mut missing = valid_json();
    missing.as_object_mut().unwrap().remove("fingerprint");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "valid",
            serde_json::to_vec(&valid_json()).unwrap(),
            "accepted",
        ),
        (
            "unknown member",
            with_member("comment", json!("hi")),
            "key.public_key_file_invalid",
        ),
        ("duplicate member", duplicate, "key.public_key_file_invalid"),
        ("trailing value", trailing, "key.public_key_file_invalid"),
        (
            "missing member",
            serde_json::to_vec(&missing).unwrap(),
            "key.public_key_file_invalid",
        ),
        (
            "version as float",
            with_member("version", json!(1.0)),
            "key.public_key_file_invalid",
        ),
        (
            "version 2",
            with_member("version", json!(2)),
            "key.unsupported_public_key_format",
        ),
        (
            "other format",
            with_member("format", json!("ssh-ed25519")),
            "key.unsupported_public_key_format",
        ),
        (
            "unknown kind",
            with_member("kind", json!("rsa")),
            "key.unknown_public_key_kind",
        ),
        (
            "uppercase hex",
            with_member("public_key", json!(PK_RM.to_uppercase())),
            "key.public_key_file_invalid",
        ),
        (
            "short key",
            with_member("public_key", json!(&PK_RM[..62])),
            "key.public_key_file_invalid",
        ),
        (
            "low-order key",
            with_member("public_key", json!("00".repeat(32))),
            "key.low_order_public_key",
        ),
        (
            "wrong key_id",
            with_member("key_id", json!("00".repeat(16))),
            "key.key_id_mismatch",
        ),
        (
            "uppercase key_id",
            with_member("key_id", json!("E44B603E3A7D0A0728FBF307487BCBA5")),
            "key.key_id_mismatch",
        ),
        (
            "wrong fingerprint",
            with_member("fingerprint", json!("81366 75180 72655 13392 90654 56384")),
            "key.fingerprint_mismatch",
        ),
        (
            "label with newline",
            with_member("label", json!("a\nb")),
            "key.invalid_label",
        ),
        (
            "label too long",
            with_member("label", json!("x".repeat(129))),
            "key.invalid_label",
        ),
        (
            "label 128 characters",
            with_member("label", json!("ñ".repeat(128))),
            "accepted",
        ),
        (
            "kind swapped",
            with_member("kind", json!("ed25519-signing")),
            "key.key_id_mismatch",
        ),
        (
            "not JSON",
            b"-----BEGIN PUBLIC KEY-----".to_vec(),
            "key.public_key_file_invalid",
        ),
        (
            "too large",
            vec![b' '; 4097],
            "key.public_key_file_too_large",
        ),
    ];

    for (name, bytes, expected) in cases {
        assert_eq!(code(PublicKeyFile::parse(&bytes)), expected, "{name}");
    }
}

#[test]
fn detached_signature_verifies_only_its_data() {
    let key = SigningKey::generate().unwrap();
    let public = key.public_key();

    let signature = key.sign_detached(SignatureContext::Receipt, b"receipt body");

    assert!(public
        .verify_detached(SignatureContext::Receipt, b"receipt body", &signature)
        .is_ok());
    let error = public
        .verify_detached(SignatureContext::Receipt, b"receipt bodY", &signature)
        .unwrap_err();
    assert_eq!(error.code(), "signature.invalid");
    let other = SigningKey::generate().unwrap().public_key();
    assert!(other
        .verify_detached(SignatureContext::Receipt, b"receipt body", &signature)
        .is_err());
}

#[test]
fn detached_signature_uses_domain_prefix() {
    let key = SigningKey::generate().unwrap();

    let signature = key.sign_detached(SignatureContext::Receipt, b"data");

    let mut message = b"QPKG-v1/receipt\0".to_vec();
    message.extend_from_slice(b"data");
    let public = ring::signature::UnparsedPublicKey::new(
        &ring::signature::ED25519,
        key.public_key().as_bytes().to_vec(),
    );
    assert!(public.verify(&message, &signature).is_ok());
    assert!(public.verify(b"data", &signature).is_err());
}
