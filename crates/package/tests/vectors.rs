//! The language-independent test vectors in `tests/vectors/` at the repository root.
//!
//! `every_vector_matches_manifest` runs each package file listed in `manifest.json` through
//! `parse_header` and `open` with the keys of `keys.json` and checks the expected result, so
//! this crate and the vectors cannot drift apart. `regenerate_vectors` rewrites the whole
//! folder. HPKE draws a fresh ephemeral key at every seal, so a rewrite changes every package
//! file even when the code is unchanged. CI therefore only checks the stored files.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{seal_by_hand, signing_message};
use hpke::{Deserializable, OpModeR, OpModeS, Serializable};
use ring::signature::{Ed25519KeyPair, KeyPair};
use serde::{Deserialize, Serialize};
use sicremi_package::suite::{Aead, Kdf, Kem, HPKE_INFO};
use sicremi_package::{
    open, parse_header, seal, CountryCode, Header, HeaderMeta, KeyId, PayloadType,
    RecipientSecretKey, SignatureContext, SigningKey, SigningPublicKey, HEADER_LEN,
};

/// Environment variable that `regenerate_vectors` requires, so that running every ignored
/// test does not rewrite the vectors by accident.
const REGENERATE_ENV: &str = "SICREMI_REGENERATE_VECTORS";

const MANIFEST_FORMAT: &str = "sicremi-package-vectors/1";

/// Input keying material of the recipient: `ikmR` of RFC 9180 Appendix A.2.1, whose public
/// key `pkRm` is the example of docs/package-format.md section 2.
const RECIPIENT_IKM: &str = "1ac01f181fdf9f352797655161c58b75c656a6cc2716dcb66372da835542e1df";
/// Input keying material of a second recipient, whose packages the first must reject.
const OTHER_RECIPIENT_IKM: &str =
    "1717171717171717171717171717171717171717171717171717171717171717";
/// Ed25519 seed of the trusted signer: the secret key of RFC 8032 section 7.1, TEST 1.
const SIGNER_SEED: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
/// Ed25519 seed of an untrusted signer: the secret key of RFC 8032 section 7.1, TEST 2.
const OTHER_SIGNER_SEED: &str = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";

/// An X25519 point of order 8 (docs/package-format.md section 3.2, step 14).
const LOW_ORDER_POINT: &str = "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800";

fn vectors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/vectors")
}

fn unhex(text: &str) -> Vec<u8> {
    hex::decode(text).expect("hex constant")
}

/// Builds the PKCS#8 v2 document (RFC 5958 OneAsymmetricKey with the public key, RFC 8410
/// algorithm identifier) of an Ed25519 seed, in the form ring writes.
fn pkcs8_from_seed(seed: &[u8]) -> Vec<u8> {
    let pair = Ed25519KeyPair::from_seed_unchecked(seed).expect("32-byte seed");
    let mut document = hex::decode("3053020101300506032b657004220420").expect("hex");
    document.extend_from_slice(seed);
    document.extend_from_slice(&hex::decode("a123032100").expect("hex"));
    document.extend_from_slice(pair.public_key().as_ref());
    document
}

/// The fixed keys of the vectors, as this crate's types and as raw material.
struct Keys {
    recipient: RecipientSecretKey,
    other_recipient: RecipientSecretKey,
    signer: SigningKey,
    other_signer: SigningKey,
    other_signer_ring: Ed25519KeyPair,
}

impl Keys {
    fn new() -> Keys {
        let signer_pkcs8 = pkcs8_from_seed(&unhex(SIGNER_SEED));
        let other_signer_pkcs8 = pkcs8_from_seed(&unhex(OTHER_SIGNER_SEED));
        Keys {
            recipient: RecipientSecretKey::derive_from_ikm(&unhex(RECIPIENT_IKM)).unwrap(),
            other_recipient: RecipientSecretKey::derive_from_ikm(&unhex(OTHER_RECIPIENT_IKM))
                .unwrap(),
            signer: SigningKey::from_pkcs8(&signer_pkcs8).unwrap(),
            other_signer: SigningKey::from_pkcs8(&other_signer_pkcs8).unwrap(),
            other_signer_ring: Ed25519KeyPair::from_pkcs8(&other_signer_pkcs8).unwrap(),
        }
    }

    /// Looks up trusted senders: only the first signer is trusted.
    fn trusted(&self) -> impl Fn(&KeyId) -> Option<SigningPublicKey> {
        let key = self.signer.public_key();
        move |id| (*id == key.key_id()).then_some(key)
    }
}

/// `keys.json`: every key in hex, for implementations that derive nothing themselves.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct KeysFile {
    warning: String,
    recipient: RecipientEntry,
    other_recipient: RecipientEntry,
    signer: SignerEntry,
    other_signer: SignerEntry,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct RecipientEntry {
    /// RFC 9180 DeriveKeyPair input.
    ikm: String,
    /// RFC 9180 SerializePrivateKey output (clamped X25519 scalar).
    secret_key: String,
    public_key: String,
    key_id: String,
}

#[derive(Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct SignerEntry {
    seed: String,
    pkcs8: String,
    public_key: String,
    key_id: String,
    trusted: bool,
}

fn recipient_entry(ikm: &str) -> RecipientEntry {
    let (secret, public) = <Kem as hpke::Kem>::derive_keypair(&unhex(ikm));
    let key = RecipientSecretKey::derive_from_ikm(&unhex(ikm)).unwrap();
    RecipientEntry {
        ikm: ikm.to_string(),
        secret_key: hex::encode(secret.to_bytes()),
        public_key: hex::encode(public.to_bytes()),
        key_id: key.key_id().to_hex(),
    }
}

fn signer_entry(seed: &str, trusted: bool) -> SignerEntry {
    let pkcs8 = pkcs8_from_seed(&unhex(seed));
    let key = SigningKey::from_pkcs8(&pkcs8).unwrap();
    SignerEntry {
        seed: seed.to_string(),
        pkcs8: hex::encode(&pkcs8),
        public_key: hex::encode(key.public_key().as_bytes()),
        key_id: key.key_id().to_hex(),
        trusted,
    }
}

fn keys_file() -> KeysFile {
    KeysFile {
        warning: "TEST KEYS ONLY. These keys are public; never use them for real data.".to_string(),
        recipient: recipient_entry(RECIPIENT_IKM),
        other_recipient: recipient_entry(OTHER_RECIPIENT_IKM),
        signer: signer_entry(SIGNER_SEED, true),
        other_signer: signer_entry(OTHER_SIGNER_SEED, false),
    }
}

/// `manifest.json`: one entry per package file.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    format: String,
    vectors: Vec<Vector>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Vector {
    /// Package file, relative to the manifest.
    file: String,
    /// The key in keys.json that reads the package: `recipient` or `other_recipient`.
    recipient: String,
    description: String,
    /// `"accept"` or `"reject"`.
    result: String,
    /// For a rejection: `header`, `recipient`, `signature` or `payload`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stage: Option<String>,
    /// For a rejection: the stable error code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<String>,
    /// For a package that opens (accepted, or rejected at the payload stage): the file with
    /// the exact payload bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    payload: Option<String>,
    /// For a package that opens: the header fields it must parse to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    header: Option<HeaderEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderEntry {
    recipient_key_id: String,
    sender_key_id: String,
    country: String,
    payload_type: u8,
    reporting_cycle: u32,
    questionnaire_version: u32,
    schema_hash: String,
    sequence_number: u64,
    created_at: u64,
    package_id: String,
    payload_len: u64,
}

impl HeaderEntry {
    fn of(header: &Header) -> HeaderEntry {
        let meta = &header.meta;
        HeaderEntry {
            recipient_key_id: header.recipient_key_id.to_hex(),
            sender_key_id: header.sender_key_id.to_hex(),
            country: meta.country.to_string(),
            payload_type: meta.payload_type.to_byte(),
            reporting_cycle: meta.reporting_cycle,
            questionnaire_version: meta.questionnaire_version,
            schema_hash: hex::encode(meta.schema_hash),
            sequence_number: meta.sequence,
            created_at: meta.created_at,
            package_id: hex::encode(meta.package_id),
            payload_len: header.payload_len,
        }
    }
}

/// Header fields of the good packages. The values are arbitrary but fixed.
fn base_meta() -> HeaderMeta {
    HeaderMeta {
        country: CountryCode::new("MEX").unwrap(),
        payload_type: PayloadType::CanonicalJson,
        reporting_cycle: 2026,
        questionnaire_version: 1,
        schema_hash: *b"0123456789abcdef",
        sequence: 1,
        created_at: 1_767_225_600,
        package_id: *b"vector-package-1",
    }
}

/// A small submission payload, as canonical JSON. The package layer treats it as opaque
/// bytes, so it need not match any questionnaire.
const SMALL_PAYLOAD: &[u8] = br#"{"cycle":2026,"dataset":{"cells":{"T9":{"2025-12-31:_T:BOL:F":{"value":12}}},"country":"MEX"},"format":"sicremi-submission/1"}"#;
const UTF8_PAYLOAD: &str =
    r#"{"correspondent":{"institution":"Instituto Nacional de Migración","name":"José Núñez"}}"#;

/// A vector under construction: the file bytes and the manifest entry.
struct Built {
    name: &'static str,
    /// Key in keys.json that reads the package.
    reader: &'static str,
    bytes: Vec<u8>,
    vector: Vector,
    payload: Option<Vec<u8>>,
}

fn accepted(name: &'static str, description: &str, bytes: Vec<u8>, payload: &[u8]) -> Built {
    Built {
        name,
        reader: "recipient",
        bytes,
        vector: Vector {
            file: String::new(),
            recipient: String::new(),
            description: description.to_string(),
            result: "accept".to_string(),
            stage: None,
            error: None,
            payload: None,
            header: None,
        },
        payload: Some(payload.to_vec()),
    }
}

fn rejected(
    name: &'static str,
    description: &str,
    stage: &str,
    error: &str,
    bytes: Vec<u8>,
) -> Built {
    Built {
        name,
        reader: "recipient",
        bytes,
        vector: Vector {
            file: String::new(),
            recipient: String::new(),
            description: description.to_string(),
            result: "reject".to_string(),
            stage: Some(stage.to_string()),
            error: Some(error.to_string()),
            payload: None,
            header: None,
        },
        payload: None,
    }
}

/// Builds a vector for a package that opens but whose payload the application's submission parser rejects.
fn payload_rejected(
    name: &'static str,
    description: &str,
    bytes: Vec<u8>,
    payload: &[u8],
) -> Built {
    let mut built = rejected(name, description, "payload", "payload.invalid", bytes);
    built.payload = Some(payload.to_vec());
    built
}

fn with_bytes(package: &[u8], offset: usize, bytes: &[u8]) -> Vec<u8> {
    let mut changed = package.to_vec();
    changed[offset..offset + bytes.len()].copy_from_slice(bytes);
    changed
}

fn flip(package: &[u8], offset: usize) -> Vec<u8> {
    let mut changed = package.to_vec();
    changed[offset] ^= 0x01;
    changed
}

/// Decrypts `package` with `recipient_ikm`'s key and returns `sig ‖ payload`, as anyone with
/// the recipient key can.
fn decrypt(package: &[u8], recipient_ikm: &str) -> Vec<u8> {
    let (secret, _) = <Kem as hpke::Kem>::derive_keypair(&unhex(recipient_ikm));
    let enc = <Kem as hpke::Kem>::EncappedKey::from_bytes(&package[128..160]).unwrap();
    hpke::single_shot_open::<Aead, Kdf, Kem>(
        &OpModeR::Base,
        &secret,
        &enc,
        HPKE_INFO,
        &package[160..],
        &package[..128],
    )
    .unwrap()
}

/// Encrypts `plaintext` with a fresh `enc` under `header`, as a re-wrapping attacker does.
fn encrypt(header: &[u8], plaintext: &[u8], recipient_ikm: &str) -> Vec<u8> {
    let (_, public) = <Kem as hpke::Kem>::derive_keypair(&unhex(recipient_ikm));
    let (enc, ciphertext) = hpke::single_shot_seal::<Aead, Kdf, Kem>(
        &OpModeS::Base,
        &public,
        HPKE_INFO,
        plaintext,
        header,
    )
    .unwrap();
    [header, &enc.to_bytes(), &ciphertext].concat()
}

fn header_of(package: &[u8]) -> [u8; HEADER_LEN] {
    package[..HEADER_LEN].try_into().unwrap()
}

/// Builds every vector. Only the ephemeral HPKE keys differ between two calls.
fn build_vectors(keys: &Keys) -> Vec<Built> {
    let recipient = keys.recipient.public_key();
    let meta = base_meta();
    let good = seal(SMALL_PAYLOAD, &meta, &keys.signer, recipient).unwrap();
    let payload_len = SMALL_PAYLOAD.len() as u64;
    let last = good.len() - 1;

    let mut empty_meta = base_meta();
    empty_meta.sequence = 2;
    empty_meta.package_id = *b"vector-package-2";
    let empty = seal(b"", &empty_meta, &keys.signer, recipient).unwrap();

    let mut utf8_meta = base_meta();
    utf8_meta.sequence = 3;
    utf8_meta.package_id = *b"vector-package-3";
    let utf8 = seal(UTF8_PAYLOAD.as_bytes(), &utf8_meta, &keys.signer, recipient).unwrap();

    let mut vectors = vec![
        accepted(
            "good-small",
            "small JSON payload",
            good.clone(),
            SMALL_PAYLOAD,
        ),
        accepted("good-empty", "empty payload (N = 0)", empty, b""),
        accepted(
            "good-utf8",
            "payload with non-ASCII UTF-8 text",
            utf8,
            UTF8_PAYLOAD.as_bytes(),
        ),
    ];

    vectors.extend(header_vectors(&good, payload_len, last));
    vectors.extend(recipient_vectors(keys, &good));
    vectors.extend(signature_vectors(keys, &good));
    vectors.extend(payload_vectors(keys));
    vectors
}

/// Files that fail the checks of the fixed-size header (docs/package-format.md section 3.2,
/// steps 2 to 11). A reader rejects them without any key.
fn header_vectors(good: &[u8], payload_len: u64, last: usize) -> Vec<Built> {
    let header = |name, description: &str, error: &str, bytes| {
        rejected(name, description, "header", error, bytes)
    };
    vec![
        header(
            "magic-first-byte",
            "first magic byte changed",
            "package.bad_magic",
            flip(good, 0),
        ),
        header(
            "magic-zip",
            "a ZIP file",
            "package.bad_magic",
            b"PK\x03\x04\x14\x00\x00\x00".to_vec(),
        ),
        header(
            "shifted-one-byte",
            "one zero byte before the package",
            "package.bad_magic",
            [&[0u8][..], good].concat(),
        ),
        header("empty-file", "zero bytes", "package.truncated", Vec::new()),
        header(
            "magic-prefix-only",
            "the first 4 bytes of the magic",
            "package.truncated",
            good[..4].to_vec(),
        ),
        header(
            "truncated-in-header",
            "the first 100 bytes",
            "package.truncated",
            good[..100].to_vec(),
        ),
        header(
            "truncated-below-minimum",
            "239 bytes, one less than a package with an empty payload",
            "package.truncated",
            good[..239].to_vec(),
        ),
        header(
            "truncated-last-byte",
            "last byte of the tag missing",
            "package.truncated",
            good[..last].to_vec(),
        ),
        header(
            "trailing-byte",
            "one zero byte appended",
            "package.trailing_data",
            [good, &[0u8][..]].concat(),
        ),
        header(
            "trailing-copy",
            "the package twice in a row",
            "package.trailing_data",
            [good, good].concat(),
        ),
        header(
            "version-0",
            "format_version 0",
            "package.unsupported_version",
            with_bytes(good, 8, &0u16.to_be_bytes()),
        ),
        header(
            "version-2",
            "format_version 2",
            "package.unsupported_version",
            with_bytes(good, 8, &2u16.to_be_bytes()),
        ),
        header(
            "suite-0",
            "suite_id 0",
            "package.unsupported_suite",
            with_bytes(good, 10, &0u16.to_be_bytes()),
        ),
        header(
            "suite-2",
            "suite_id 2",
            "package.unsupported_suite",
            with_bytes(good, 10, &2u16.to_be_bytes()),
        ),
        header(
            "header-len-127",
            "header_len 127",
            "package.bad_header_length",
            with_bytes(good, 12, &127u32.to_be_bytes()),
        ),
        header(
            "header-len-max",
            "header_len 0xFFFFFFFF",
            "package.bad_header_length",
            with_bytes(good, 12, &u32::MAX.to_be_bytes()),
        ),
        header(
            "reserved-first",
            "reserved byte at offset 116 set to 1",
            "package.reserved_not_zero",
            with_bytes(good, 116, &[1]),
        ),
        header(
            "reserved-last",
            "reserved byte at offset 127 set to 0x80",
            "package.reserved_not_zero",
            with_bytes(good, 127, &[0x80]),
        ),
        header(
            "country-lowercase",
            "country \"mex\"",
            "package.invalid_country",
            with_bytes(good, 48, b"mex"),
        ),
        header(
            "country-nul",
            "country \"ME\\0\"",
            "package.invalid_country",
            with_bytes(good, 48, b"ME\0"),
        ),
        header(
            "payload-type-0",
            "payload_type 0",
            "package.unknown_payload_type",
            with_bytes(good, 51, &[0]),
        ),
        header(
            "payload-type-2",
            "payload_type 2",
            "package.unknown_payload_type",
            with_bytes(good, 51, &[2]),
        ),
        header(
            "payload-len-max",
            "payload_len 2^64 - 1, which a reader must reject before allocating",
            "package.payload_too_large",
            with_bytes(good, 108, &u64::MAX.to_be_bytes()),
        ),
        header(
            "payload-len-cap-plus-1",
            "payload_len 16 MiB + 1",
            "package.payload_too_large",
            with_bytes(good, 108, &((16u64 << 20) + 1).to_be_bytes()),
        ),
        header(
            "payload-len-cap",
            "payload_len 16 MiB in a small file",
            "package.truncated",
            with_bytes(good, 108, &(16u64 << 20).to_be_bytes()),
        ),
        header(
            "payload-len-plus-1",
            "payload_len one more than the payload",
            "package.truncated",
            with_bytes(good, 108, &(payload_len + 1).to_be_bytes()),
        ),
        header(
            "payload-len-minus-1",
            "payload_len one less than the payload",
            "package.trailing_data",
            with_bytes(good, 108, &(payload_len - 1).to_be_bytes()),
        ),
    ]
}

/// Files that pass the header checks and fail at the recipient key (step 12) or at HPKE
/// decryption (step 14).
fn recipient_vectors(keys: &Keys, good: &[u8]) -> Vec<Built> {
    let other_recipient = keys.other_recipient.public_key();
    let for_other = seal(SMALL_PAYLOAD, &base_meta(), &keys.signer, other_recipient).unwrap();
    let own_key_id = keys.recipient.key_id().0;

    let recipient = |name, description: &str, error: &str, bytes| {
        rejected(name, description, "recipient", error, bytes)
    };
    let aad = |name, description: &str, offset: usize, value: &[u8]| {
        recipient(
            name,
            description,
            "package.decryption_failed",
            with_bytes(good, offset, value),
        )
    };
    vec![
        recipient(
            "recipient-other",
            "sealed to another recipient key",
            "package.unknown_recipient",
            for_other.clone(),
        ),
        recipient(
            "recipient-zero",
            "recipient_key_id all zero",
            "package.unknown_recipient",
            with_bytes(good, 16, &[0; 16]),
        ),
        recipient(
            "recipient-id-rewritten",
            "sealed to another recipient key, recipient_key_id rewritten to the reader's key",
            "package.decryption_failed",
            with_bytes(&for_other, 16, &own_key_id),
        ),
        recipient(
            "enc-zero",
            "enc all zero (a low-order point)",
            "package.invalid_encapsulated_key",
            with_bytes(good, 128, &[0; 32]),
        ),
        recipient(
            "enc-low-order",
            "enc is an X25519 point of order 8",
            "package.invalid_encapsulated_key",
            with_bytes(good, 128, &unhex(LOW_ORDER_POINT)),
        ),
        recipient(
            "enc-bit-flip",
            "lowest bit of the first enc byte flipped",
            "package.decryption_failed",
            flip(good, 128),
        ),
        recipient(
            "ciphertext-bit-flip",
            "lowest bit of the first ciphertext byte flipped",
            "package.decryption_failed",
            flip(good, 160),
        ),
        recipient(
            "tag-bit-flip",
            "lowest bit of the last tag byte flipped",
            "package.decryption_failed",
            flip(good, good.len() - 1),
        ),
        aad(
            "aad-country",
            "country changed to another valid code (the header is the AEAD's associated data)",
            48,
            b"ARG",
        ),
        aad(
            "aad-cycle",
            "reporting_cycle changed",
            52,
            &2025u32.to_be_bytes(),
        ),
        aad(
            "aad-questionnaire-version",
            "questionnaire_version changed",
            56,
            &2u32.to_be_bytes(),
        ),
        aad(
            "aad-schema-hash",
            "questionnaire_schema_hash changed",
            60,
            &[0; 16],
        ),
        aad(
            "aad-sequence",
            "sequence_number changed",
            76,
            &2u64.to_be_bytes(),
        ),
        aad(
            "aad-created-at",
            "created_at moved one second back",
            84,
            &(base_meta().created_at - 1).to_be_bytes(),
        ),
        aad(
            "aad-package-id",
            "package_id changed",
            92,
            b"vector-package-9",
        ),
    ]
}

/// Files that decrypt but whose sender is unknown (step 13) or whose signature fails
/// (step 15).
fn signature_vectors(keys: &Keys, good: &[u8]) -> Vec<Built> {
    let recipient = keys.recipient.public_key();
    let signature = |name, description: &str, error: &str, bytes| {
        rejected(name, description, "signature", error, bytes)
    };

    let untrusted = seal(SMALL_PAYLOAD, &base_meta(), &keys.other_signer, recipient).unwrap();

    // The header names the trusted signer, the signature inside is the untrusted one's.
    let (_, recipient_hpke) = <Kem as hpke::Kem>::derive_keypair(&unhex(RECIPIENT_IKM));
    let header = header_of(good);
    let signed_by_other = seal_by_hand(
        &header,
        SMALL_PAYLOAD,
        &keys.other_signer_ring,
        &recipient_hpke,
    );

    // Same plaintext, new enc: the signature covers the old enc.
    let rewrapped = encrypt(&header, &decrypt(good, RECIPIENT_IKM), RECIPIENT_IKM);

    // The signature over the original payload, a changed payload of the same length.
    let plaintext = decrypt(good, RECIPIENT_IKM);
    let mut substituted = plaintext.clone();
    let value_at = 64 + SMALL_PAYLOAD.len() - 40;
    substituted[value_at] ^= 0x01;
    let payload_substituted = encrypt(&header, &substituted, RECIPIENT_IKM);

    // A valid encryption of a zero signature.
    let mut zero_signature = plaintext.clone();
    zero_signature[..64].fill(0);
    let signature_zero = encrypt(&header, &zero_signature, RECIPIENT_IKM);

    // The right signer and data, signed in the receipt context instead of the package one.
    let (enc, mut context) =
        hpke::setup_sender::<Aead, Kdf, Kem>(&OpModeS::Base, &recipient_hpke, HPKE_INFO).unwrap();
    let enc = enc.to_bytes();
    let message = signing_message(&header, &enc, SMALL_PAYLOAD);
    let receipt_signature = keys.signer.sign_detached(
        SignatureContext::Receipt,
        &message[b"QPKG-v1/sign\0".len()..],
    );
    let receipt_plaintext = [&receipt_signature[..], SMALL_PAYLOAD].concat();
    let receipt_context = [
        &header[..],
        &enc,
        &context.seal(&receipt_plaintext, &header).unwrap(),
    ]
    .concat();

    // Re-wrapped to another recipient: the attacker has the first recipient's key.
    let mut forwarded_header = header;
    forwarded_header[16..32].copy_from_slice(&keys.other_recipient.key_id().0);
    let forwarded = encrypt(
        &forwarded_header,
        &decrypt(good, RECIPIENT_IKM),
        OTHER_RECIPIENT_IKM,
    );

    vec![
        signature(
            "sender-untrusted",
            "sealed and signed by a signer the reader does not trust",
            "package.unknown_sender",
            untrusted,
        ),
        signature(
            "sender-zero",
            "sender_key_id all zero",
            "package.unknown_sender",
            with_bytes(good, 32, &[0; 16]),
        ),
        signature(
            "signer-swapped",
            "header names the trusted signer, the inner signature is the untrusted signer's",
            "package.bad_signature",
            signed_by_other,
        ),
        signature(
            "rewrapped",
            "decrypted and encrypted again to the same recipient with a new enc",
            "package.bad_signature",
            rewrapped,
        ),
        signature(
            "payload-substituted",
            "one payload bit changed under the original signature, encrypted again",
            "package.bad_signature",
            payload_substituted,
        ),
        signature(
            "signature-zero",
            "64 zero bytes as the signature, encrypted validly",
            "package.bad_signature",
            signature_zero,
        ),
        signature(
            "signature-receipt-context",
            "signature by the trusted signer over the same data in the receipt context",
            "package.bad_signature",
            receipt_context,
        ),
        Built {
            reader: "other_recipient",
            ..signature(
                "rewrapped-other-recipient",
                "decrypted and encrypted again to the other recipient, recipient_key_id \
                 rewritten; read with other_recipient",
                "package.bad_signature",
                forwarded,
            )
        },
    ]
}

/// Packages that pass every check of the format and carry a payload that the application's
/// submission parser (`sicremi_app::payload::SubmissionPayload::parse`) rejects.
fn payload_vectors(keys: &Keys) -> Vec<Built> {
    let recipient = keys.recipient.public_key();
    let sealed = |sequence: u64, payload: &[u8]| {
        let mut meta = base_meta();
        meta.sequence = sequence;
        meta.package_id = *b"vector-payload-0";
        meta.package_id[15] = b'0' + sequence as u8 - 10;
        seal(payload, &meta, &keys.signer, recipient).unwrap()
    };

    let invalid_utf8 =
        b"{\"format\":\"sicremi-submission/1\",\"cycle\":2026,\"x\":\"\xff\xfe\"}".to_vec();
    let nested = [vec![b'['; 10_000], vec![b']'; 10_000]].concat();
    let duplicate =
        br#"{"format":"sicremi-submission/1","format":"sicremi-submission/1"}"#.to_vec();
    let unknown = br#"{"format":"sicremi-submission/1","unexpected":true}"#.to_vec();
    let not_json = b"\x00\x01\x02 not JSON".to_vec();

    [
        (
            "payload-invalid-utf8",
            "payload with bytes FF FE inside a JSON string",
            invalid_utf8,
        ),
        (
            "payload-nested",
            "payload of 10 000 nested JSON arrays",
            nested,
        ),
        (
            "payload-duplicate-key",
            "payload with the member \"format\" twice",
            duplicate,
        ),
        (
            "payload-unknown-member",
            "payload with an unknown top-level member",
            unknown,
        ),
        ("payload-not-json", "payload that is not JSON", not_json),
    ]
    .into_iter()
    .zip(10u64..)
    .map(|((name, description, payload), sequence)| {
        payload_rejected(name, description, sealed(sequence, &payload), &payload)
    })
    .collect()
}

fn read_manifest() -> Manifest {
    let text = std::fs::read_to_string(vectors_dir().join("manifest.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Opens `bytes` with the recipient the vector names and the trusted signer.
fn open_vector(
    keys: &Keys,
    vector: &Vector,
    bytes: &[u8],
) -> Result<sicremi_package::Opened, sicremi_package::PackageError> {
    let recipient = match vector.recipient.as_str() {
        "recipient" => &keys.recipient,
        "other_recipient" => &keys.other_recipient,
        other => panic!("{}: unknown recipient {other:?}", vector.file),
    };
    open(bytes, recipient, &keys.trusted())
}

#[test]
fn keys_file_matches_fixed_keys() {
    let text = std::fs::read_to_string(vectors_dir().join("keys.json")).unwrap();
    let stored: KeysFile = serde_json::from_str(&text).unwrap();

    assert_eq!(stored, keys_file());
    assert_eq!(
        stored.recipient.public_key,
        "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a"
    );
    assert_eq!(
        stored.signer.public_key,
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    );
}

#[test]
fn every_vector_matches_manifest() {
    let keys = Keys::new();
    let manifest = read_manifest();
    assert_eq!(manifest.format, MANIFEST_FORMAT);
    assert!(
        manifest.vectors.len() >= 50,
        "{} vectors",
        manifest.vectors.len()
    );

    let mut failures = Vec::new();
    for vector in &manifest.vectors {
        let bytes = std::fs::read(vectors_dir().join(&vector.file)).unwrap();
        if let Err(problem) = check_vector(&keys, vector, &bytes) {
            failures.push(format!("{}: {problem}", vector.file));
        }
    }

    assert!(
        failures.is_empty(),
        "vectors that disagree with the code:\n{}",
        failures.join("\n")
    );
}

/// Checks one vector against `parse_header` and `open`. Returns what disagrees.
fn check_vector(keys: &Keys, vector: &Vector, bytes: &[u8]) -> Result<(), String> {
    let parsed = parse_header(bytes);
    let opened = open_vector(keys, vector, bytes);

    let opens = vector.result == "accept" || vector.stage.as_deref() == Some("payload");
    if opens {
        let opened = opened.map_err(|error| format!("expected to open, got {}", error.code()))?;
        let payload_file = vector.payload.as_ref().ok_or("no payload file")?;
        let expected =
            std::fs::read(vectors_dir().join(payload_file)).map_err(|e| e.to_string())?;
        if opened.payload != expected {
            return Err("payload differs from the payload file".into());
        }
        let header = vector.header.as_ref().ok_or("no header entry")?;
        if &HeaderEntry::of(&opened.header) != header {
            return Err(format!(
                "header parsed to {:?}",
                HeaderEntry::of(&opened.header)
            ));
        }
        return Ok(());
    }

    let expected = vector.error.as_deref().ok_or("no error code")?;
    let stage = vector.stage.as_deref().ok_or("no stage")?;
    let code = match opened {
        Ok(_) => return Err(format!("opened, expected {expected}")),
        Err(error) => error.code(),
    };
    if code != expected {
        return Err(format!("open returned {code}, expected {expected}"));
    }
    match (stage, parsed) {
        ("header", Err(error)) if error.code() == expected => Ok(()),
        ("header", other) => Err(format!("parse_header returned {other:?}")),
        ("recipient" | "signature", Ok(_)) => Ok(()),
        ("recipient" | "signature", Err(error)) => Err(format!(
            "stage {stage}, but parse_header rejected it with {}",
            error.code()
        )),
        _ => Err(format!("unknown stage {stage}")),
    }
}

#[test]
fn manifest_lists_every_file() {
    let manifest = read_manifest();
    let mut listed = BTreeSet::new();
    for vector in &manifest.vectors {
        assert!(
            listed.insert(vector.file.clone()),
            "{} listed twice",
            vector.file
        );
        if let Some(payload) = &vector.payload {
            listed.insert(payload.clone());
        }
    }

    let mut present = BTreeSet::new();
    for entry in std::fs::read_dir(vectors_dir().join("packages")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        present.insert(format!("packages/{name}"));
    }

    assert_eq!(listed, present);
}

/// Rewrites keys.json, manifest.json and packages/. Run it with
/// `SICREMI_REGENERATE_VECTORS=1 cargo test -p sicremi-package --test vectors -- --ignored`.
#[test]
#[ignore = "rewrites tests/vectors; needs SICREMI_REGENERATE_VECTORS=1"]
fn regenerate_vectors() {
    assert!(
        std::env::var_os(REGENERATE_ENV).is_some(),
        "set {REGENERATE_ENV}=1 to rewrite tests/vectors"
    );
    let keys = Keys::new();
    let dir = vectors_dir();
    let packages = dir.join("packages");
    if packages.exists() {
        std::fs::remove_dir_all(&packages).unwrap();
    }
    std::fs::create_dir_all(&packages).unwrap();

    let keys_json = serde_json::to_string_pretty(&keys_file()).unwrap();
    std::fs::write(dir.join("keys.json"), keys_json + "\n").unwrap();

    let mut vectors = Vec::new();
    for built in build_vectors(&keys) {
        let mut vector = built.vector;
        vector.file = format!("packages/{}.sicremi", built.name);
        vector.recipient = built.reader.to_string();
        std::fs::write(dir.join(&vector.file), &built.bytes).unwrap();
        if let Some(payload) = built.payload {
            let file = format!("packages/{}.payload", built.name);
            std::fs::write(dir.join(&file), &payload).unwrap();
            vector.payload = Some(file);
            let opened = open_vector(&keys, &vector, &built.bytes).unwrap();
            vector.header = Some(HeaderEntry::of(&opened.header));
        }
        check_vector(&keys, &vector, &built.bytes).unwrap_or_else(|problem| {
            panic!("{}: {problem}", vector.file);
        });
        vectors.push(vector);
    }

    let manifest = Manifest {
        format: MANIFEST_FORMAT.to_string(),
        vectors,
    };
    let text = serde_json::to_string_pretty(&manifest).unwrap();
    std::fs::write(dir.join("manifest.json"), text + "\n").unwrap();
}
