//! Helpers shared by the integration tests: fixed test keys, header fields, a sender
//! registry, and a package builder that follows docs/package-format.md step by step with
//! ring and hpke directly, independent of `sicremi_package::seal`.

#![allow(dead_code)]

use std::collections::HashMap;

use hpke::{OpModeS, Serializable};
use ring::digest;
use ring::rand::SystemRandom;
use ring::signature::{Ed25519KeyPair, KeyPair};
use sicremi_package::suite::{Aead, Kdf, Kem, HPKE_INFO};
use sicremi_package::{
    CountryCode, HeaderMeta, KeyId, PayloadType, RecipientSecretKey, SigningKey, SigningPublicKey,
    HEADER_LEN,
};

/// Input keying material of the test recipient. Fixed so that tests can derive the same
/// key pair with `hpke` directly.
pub const RECIPIENT_IKM: [u8; 32] = [0x42; 32];
pub const OTHER_RECIPIENT_IKM: [u8; 32] = [0x17; 32];

pub fn recipient() -> RecipientSecretKey {
    RecipientSecretKey::derive_from_ikm(&RECIPIENT_IKM).expect("32-byte ikm")
}

pub fn other_recipient() -> RecipientSecretKey {
    RecipientSecretKey::derive_from_ikm(&OTHER_RECIPIENT_IKM).expect("32-byte ikm")
}

/// Derives the hpke crate's key pair for `ikm`, the same pair that
/// `RecipientSecretKey::derive_from_ikm` derives.
pub fn hpke_recipient(
    ikm: &[u8],
) -> (
    <Kem as hpke::Kem>::PrivateKey,
    <Kem as hpke::Kem>::PublicKey,
) {
    <Kem as hpke::Kem>::derive_keypair(ikm)
}

/// A signing key pair available both as a `SigningKey` and as ring's key pair.
pub struct TestSigner {
    pub key: SigningKey,
    pub ring_pair: Ed25519KeyPair,
}

pub fn new_signer() -> TestSigner {
    let document = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new()).expect("random");
    TestSigner {
        key: SigningKey::from_pkcs8(document.as_ref()).expect("ring's own PKCS#8"),
        ring_pair: Ed25519KeyPair::from_pkcs8(document.as_ref()).expect("ring's own PKCS#8"),
    }
}

pub fn meta() -> HeaderMeta {
    HeaderMeta {
        country: CountryCode::new("MEX").expect("valid code"),
        payload_type: PayloadType::CanonicalJson,
        reporting_cycle: 2026,
        questionnaire_version: 3,
        schema_hash: [0xAB; 16],
        sequence: 7,
        created_at: 1_767_225_600,
        package_id: [0x5C; 16],
    }
}

pub const SMALL_PAYLOAD: &[u8] = br#"{"q1":12,"q2":"x"}"#;

/// Builds a sender lookup over the given keys.
pub fn registry(keys: &[SigningPublicKey]) -> impl Fn(&KeyId) -> Option<SigningPublicKey> {
    let map: HashMap<KeyId, SigningPublicKey> =
        keys.iter().map(|key| (key.key_id(), *key)).collect();
    move |id| map.get(id).copied()
}

/// Builds a 128-byte header by hand from the table in docs/package-format.md section 3.
pub fn header_by_hand(
    recipient_key_id: &KeyId,
    sender_key_id: &KeyId,
    payload_len: u64,
) -> [u8; HEADER_LEN] {
    let mut header = [0u8; HEADER_LEN];
    header[0..8].copy_from_slice(b"QPKG\r\n\x1a\n");
    header[8..10].copy_from_slice(&1u16.to_be_bytes());
    header[10..12].copy_from_slice(&1u16.to_be_bytes());
    header[12..16].copy_from_slice(&128u32.to_be_bytes());
    header[16..32].copy_from_slice(&recipient_key_id.0);
    header[32..48].copy_from_slice(&sender_key_id.0);
    header[48..51].copy_from_slice(b"MEX");
    header[51] = 1;
    header[52..56].copy_from_slice(&2026u32.to_be_bytes());
    header[56..60].copy_from_slice(&3u32.to_be_bytes());
    header[60..76].copy_from_slice(&[0xAB; 16]);
    header[76..84].copy_from_slice(&7u64.to_be_bytes());
    header[84..92].copy_from_slice(&1_767_225_600u64.to_be_bytes());
    header[92..108].copy_from_slice(&[0x5C; 16]);
    header[108..116].copy_from_slice(&payload_len.to_be_bytes());
    header
}

/// Builds `"QPKG-v1/sign" ‖ 0x00 ‖ header ‖ enc ‖ SHA-256(payload)`.
pub fn signing_message(header: &[u8], enc: &[u8], payload: &[u8]) -> Vec<u8> {
    let mut message = b"QPKG-v1/sign\0".to_vec();
    message.extend_from_slice(header);
    message.extend_from_slice(enc);
    message.extend_from_slice(digest::digest(&digest::SHA256, payload).as_ref());
    assert_eq!(message.len(), 205);
    message
}

/// Seals a package by hand: HPKE setup, Ed25519 over the signing message, one HPKE seal.
pub fn seal_by_hand(
    header: &[u8; HEADER_LEN],
    payload: &[u8],
    signer: &Ed25519KeyPair,
    recipient_public: &<Kem as hpke::Kem>::PublicKey,
) -> Vec<u8> {
    let (enc, mut context) =
        hpke::setup_sender::<Aead, Kdf, Kem>(&OpModeS::Base, recipient_public, HPKE_INFO)
            .expect("valid recipient key");
    let enc = enc.to_bytes();
    let signature = signer.sign(&signing_message(header, &enc, payload));

    let mut plaintext = signature.as_ref().to_vec();
    plaintext.extend_from_slice(payload);
    let ciphertext = context.seal(&plaintext, header).expect("seal");

    let mut package = header.to_vec();
    package.extend_from_slice(&enc);
    package.extend_from_slice(&ciphertext);
    package
}

/// Converts the public key of a ring key pair to a `SigningPublicKey`.
pub fn ring_public(pair: &Ed25519KeyPair) -> SigningPublicKey {
    SigningPublicKey::from_bytes(pair.public_key().as_ref()).expect("32 bytes")
}
