//! Attacks on packages. Each test asserts the stable error code that the attack produces.

mod common;

use common::*;
use hpke::{Deserializable, OpModeR, OpModeS, Serializable};
use sicremi_package::suite::{Aead, Kdf, Kem, HPKE_INFO};
use sicremi_package::{
    open, parse_header, seal, KeyId, PackageError, RecipientSecretKey, SignatureContext,
    SigningPublicKey, MAX_PAYLOAD_LEN,
};

struct Fixture {
    recipient: RecipientSecretKey,
    signer: TestSigner,
    package: Vec<u8>,
}

fn fixture() -> Fixture {
    let recipient = recipient();
    let signer = new_signer();
    let package = seal(SMALL_PAYLOAD, &meta(), &signer.key, recipient.public_key()).unwrap();
    Fixture {
        recipient,
        signer,
        package,
    }
}

impl Fixture {
    fn open(&self, bytes: &[u8]) -> Result<Vec<u8>, PackageError> {
        open(
            bytes,
            &self.recipient,
            &registry(&[self.signer.key.public_key()]),
        )
        .map(|opened| opened.payload)
    }

    fn open_code(&self, bytes: &[u8]) -> &'static str {
        match self.open(bytes) {
            Ok(_) => "accepted",
            Err(error) => error.code(),
        }
    }
}

/// Error codes that a change of one byte at `offset` may produce.
fn allowed_codes(offset: usize) -> &'static [&'static str] {
    match offset {
        0..=7 => &["package.bad_magic"],
        8..=9 => &["package.unsupported_version"],
        10..=11 => &["package.unsupported_suite"],
        12..=15 => &["package.bad_header_length"],
        16..=31 => &["package.unknown_recipient"],
        32..=47 => &["package.unknown_sender"],
        // A changed letter that is still A-Z passes the header check and fails the AEAD.
        48..=50 => &["package.invalid_country", "package.decryption_failed"],
        51 => &["package.unknown_payload_type"],
        52..=107 => &["package.decryption_failed"],
        108..=115 => &[
            "package.payload_too_large",
            "package.truncated",
            "package.trailing_data",
        ],
        116..=127 => &["package.reserved_not_zero"],
        // X25519 ignores the top bit of the last byte of enc, but HPKE feeds the enc bytes
        // into the key schedule, so that change fails in the AEAD too.
        128..=159 => &[
            "package.decryption_failed",
            "package.invalid_encapsulated_key",
        ],
        _ => &["package.decryption_failed"],
    }
}

#[test]
fn every_single_byte_change_rejected() {
    let fixture = fixture();
    assert_eq!(fixture.open_code(&fixture.package), "accepted");

    let masks: Vec<u8> = (0..8).map(|bit| 1u8 << bit).chain([0xFF]).collect();
    let mut failures = Vec::new();
    for offset in 0..fixture.package.len() {
        for &mask in &masks {
            let mut changed = fixture.package.clone();
            changed[offset] ^= mask;
            let code = fixture.open_code(&changed);
            if !allowed_codes(offset).contains(&code) {
                failures.push(format!("offset {offset} xor {mask:#04x}: {code}"));
            }
        }
    }

    assert!(
        failures.is_empty(),
        "unexpected results:\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_truncated_prefix_rejected() {
    let fixture = fixture();

    for len in 0..fixture.package.len() {
        assert_eq!(
            fixture.open_code(&fixture.package[..len]),
            "package.truncated",
            "prefix of {len} bytes"
        );
    }
}

#[test]
fn trailing_bytes_rejected() {
    let fixture = fixture();

    for extra in [vec![0u8], vec![0xFF], vec![0u8; 1000]] {
        let mut longer = fixture.package.clone();
        longer.extend_from_slice(&extra);
        assert_eq!(fixture.open_code(&longer), "package.trailing_data");
    }
}

#[test]
fn non_package_rejected_as_bad_magic() {
    let fixture = fixture();

    assert_eq!(
        fixture.open_code(b"PK\x03\x04 a zip file"),
        "package.bad_magic"
    );
    assert_eq!(fixture.open_code(b"{\"json\": true}"), "package.bad_magic");
    assert_eq!(fixture.open_code(b"QPKG\n"), "package.bad_magic");
}

/// Returns the package with `bytes` written at `offset`.
fn with_bytes(package: &[u8], offset: usize, bytes: &[u8]) -> Vec<u8> {
    let mut changed = package.to_vec();
    changed[offset..offset + bytes.len()].copy_from_slice(bytes);
    changed
}

#[test]
fn header_field_values_rejected() {
    let fixture = fixture();
    let package = &fixture.package;
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "version 0",
            with_bytes(package, 8, &0u16.to_be_bytes()),
            "package.unsupported_version",
        ),
        (
            "version 2",
            with_bytes(package, 8, &2u16.to_be_bytes()),
            "package.unsupported_version",
        ),
        (
            "suite 0",
            with_bytes(package, 10, &0u16.to_be_bytes()),
            "package.unsupported_suite",
        ),
        (
            "suite 2",
            with_bytes(package, 10, &2u16.to_be_bytes()),
            "package.unsupported_suite",
        ),
        (
            "header_len 127",
            with_bytes(package, 12, &127u32.to_be_bytes()),
            "package.bad_header_length",
        ),
        (
            "header_len 129",
            with_bytes(package, 12, &129u32.to_be_bytes()),
            "package.bad_header_length",
        ),
        (
            "header_len max",
            with_bytes(package, 12, &u32::MAX.to_be_bytes()),
            "package.bad_header_length",
        ),
        (
            "country lowercase",
            with_bytes(package, 48, b"mex"),
            "package.invalid_country",
        ),
        (
            "country digit",
            with_bytes(package, 48, b"ME1"),
            "package.invalid_country",
        ),
        (
            "country NUL",
            with_bytes(package, 48, b"ME\0"),
            "package.invalid_country",
        ),
        (
            "payload_type 0",
            with_bytes(package, 51, &[0]),
            "package.unknown_payload_type",
        ),
        (
            "payload_type 2",
            with_bytes(package, 51, &[2]),
            "package.unknown_payload_type",
        ),
        (
            "payload_len max",
            with_bytes(package, 108, &u64::MAX.to_be_bytes()),
            "package.payload_too_large",
        ),
        (
            "payload_len cap + 1",
            with_bytes(package, 108, &(MAX_PAYLOAD_LEN + 1).to_be_bytes()),
            "package.payload_too_large",
        ),
        (
            "payload_len cap",
            with_bytes(package, 108, &MAX_PAYLOAD_LEN.to_be_bytes()),
            "package.truncated",
        ),
        (
            "payload_len 0",
            with_bytes(package, 108, &0u64.to_be_bytes()),
            "package.trailing_data",
        ),
    ];

    for (name, bytes, expected) in cases {
        let parse_code = parse_header(&bytes)
            .map(|_| "accepted")
            .unwrap_or_else(|e| e.code());
        assert_eq!(parse_code, expected, "parse_header, {name}");
        assert_eq!(fixture.open_code(&bytes), expected, "open, {name}");
    }
}

#[test]
fn each_reserved_byte_must_be_zero() {
    let fixture = fixture();

    for offset in 116..128 {
        let changed = with_bytes(&fixture.package, offset, &[1]);
        assert_eq!(
            fixture.open_code(&changed),
            "package.reserved_not_zero",
            "reserved byte at {offset}"
        );
    }
}

#[test]
fn unknown_recipient_rejected() {
    let fixture = fixture();

    let error = open(
        &fixture.package,
        &other_recipient(),
        &registry(&[fixture.signer.key.public_key()]),
    )
    .unwrap_err();

    assert_eq!(error.code(), "package.unknown_recipient");
}

#[test]
fn unknown_sender_rejected() {
    let fixture = fixture();
    let stranger = new_signer();

    let empty = open(&fixture.package, &fixture.recipient, &registry(&[])).unwrap_err();
    let other = open(
        &fixture.package,
        &fixture.recipient,
        &registry(&[stranger.key.public_key()]),
    )
    .unwrap_err();

    assert_eq!(empty.code(), "package.unknown_sender");
    assert_eq!(other.code(), "package.unknown_sender");
}

#[test]
fn inconsistent_sender_lookup_rejected() {
    let fixture = fixture();
    let stranger = new_signer().key.public_key();
    let lookup = move |_: &KeyId| -> Option<SigningPublicKey> { Some(stranger) };

    let error = open(&fixture.package, &fixture.recipient, &lookup).unwrap_err();

    assert_eq!(error.code(), "package.sender_lookup_mismatch");
}

/// Decrypts `package` with the test recipient's key, as an attacker holding that key
/// would, and returns `sig ‖ payload`.
fn decrypt_with_test_recipient(package: &[u8]) -> Vec<u8> {
    let (secret, _) = hpke_recipient(&RECIPIENT_IKM);
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

/// Encrypts `plaintext` under `header` with a fresh enc and assembles a package.
fn encrypt_again(
    header: &[u8],
    plaintext: &[u8],
    recipient_public: &<Kem as hpke::Kem>::PublicKey,
) -> Vec<u8> {
    let (enc, ciphertext) = hpke::single_shot_seal::<Aead, Kdf, Kem>(
        &OpModeS::Base,
        recipient_public,
        HPKE_INFO,
        plaintext,
        header,
    )
    .unwrap();
    let mut package = header.to_vec();
    package.extend_from_slice(&enc.to_bytes());
    package.extend_from_slice(&ciphertext);
    package
}

#[test]
fn rewrapped_package_fails_signature() {
    let fixture = fixture();
    let plaintext = decrypt_with_test_recipient(&fixture.package);
    let (_, public) = hpke_recipient(&RECIPIENT_IKM);

    let rewrapped = encrypt_again(&fixture.package[..128], &plaintext, &public);

    assert_eq!(fixture.open_code(&rewrapped), "package.bad_signature");
}

#[test]
fn package_forwarded_to_other_recipient_fails_signature() {
    let fixture = fixture();
    let plaintext = decrypt_with_test_recipient(&fixture.package);
    let other = other_recipient();
    let (_, other_public) = hpke_recipient(&OTHER_RECIPIENT_IKM);
    let mut header = fixture.package[..128].to_vec();
    header[16..32].copy_from_slice(&other.key_id().0);

    let forwarded = encrypt_again(&header, &plaintext, &other_public);
    let error = open(
        &forwarded,
        &other,
        &registry(&[fixture.signer.key.public_key()]),
    )
    .unwrap_err();

    assert_eq!(error.code(), "package.bad_signature");
}

#[test]
fn signer_other_than_header_sender_rejected() {
    let recipient = recipient();
    let (_, recipient_public) = hpke_recipient(&RECIPIENT_IKM);
    let named = new_signer();
    let actual = new_signer();
    let header = header_by_hand(
        &recipient.key_id(),
        &named.key.key_id(),
        SMALL_PAYLOAD.len() as u64,
    );

    let package = seal_by_hand(&header, SMALL_PAYLOAD, &actual.ring_pair, &recipient_public);
    let error = open(
        &package,
        &recipient,
        &registry(&[named.key.public_key(), ring_public(&actual.ring_pair)]),
    )
    .unwrap_err();

    assert_eq!(error.code(), "package.bad_signature");
}

#[test]
fn payload_substituted_under_valid_signature_rejected() {
    let recipient = recipient();
    let (_, recipient_public) = hpke_recipient(&RECIPIENT_IKM);
    let signer = new_signer();
    let forged_payload = br#"{"q1":99,"q2":"x"}"#;
    let header = header_by_hand(
        &recipient.key_id(),
        &signer.key.key_id(),
        forged_payload.len() as u64,
    );
    let (enc, mut context) =
        hpke::setup_sender::<Aead, Kdf, Kem>(&OpModeS::Base, &recipient_public, HPKE_INFO).unwrap();
    let enc = enc.to_bytes();

    // The signature covers the original payload, the ciphertext carries the forged one.
    let signature = signer
        .ring_pair
        .sign(&signing_message(&header, &enc, SMALL_PAYLOAD));
    let mut plaintext = signature.as_ref().to_vec();
    plaintext.extend_from_slice(forged_payload);
    let mut package = header.to_vec();
    package.extend_from_slice(&enc);
    package.extend_from_slice(&context.seal(&plaintext, &header).unwrap());

    let error = open(&package, &recipient, &registry(&[signer.key.public_key()])).unwrap_err();

    assert_eq!(error.code(), "package.bad_signature");
}

#[test]
fn receipt_signature_not_accepted_as_package_signature() {
    let recipient = recipient();
    let (_, recipient_public) = hpke_recipient(&RECIPIENT_IKM);
    let signer = new_signer();
    let header = header_by_hand(
        &recipient.key_id(),
        &signer.key.key_id(),
        SMALL_PAYLOAD.len() as u64,
    );
    let (enc, mut context) =
        hpke::setup_sender::<Aead, Kdf, Kem>(&OpModeS::Base, &recipient_public, HPKE_INFO).unwrap();
    let enc = enc.to_bytes();

    // Same data as a package signature, but signed in the receipt context.
    let package_message = signing_message(&header, &enc, SMALL_PAYLOAD);
    let data = &package_message[b"QPKG-v1/sign\0".len()..];
    let signature = signer.key.sign_detached(SignatureContext::Receipt, data);
    let mut plaintext = signature.to_vec();
    plaintext.extend_from_slice(SMALL_PAYLOAD);
    let mut package = header.to_vec();
    package.extend_from_slice(&enc);
    package.extend_from_slice(&context.seal(&plaintext, &header).unwrap());

    let error = open(&package, &recipient, &registry(&[signer.key.public_key()])).unwrap_err();

    assert_eq!(error.code(), "package.bad_signature");
}

#[test]
fn all_zero_enc_rejected() {
    let fixture = fixture();

    let changed = with_bytes(&fixture.package, 128, &[0u8; 32]);

    assert_eq!(
        fixture.open_code(&changed),
        "package.invalid_encapsulated_key"
    );
}

/// X25519 points of order 1, 2, 4 or 8, and non-canonical encodings of them (u ≥ p).
const LOW_ORDER_POINTS: [&str; 7] = [
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0100000000000000000000000000000000000000000000000000000000000000",
    "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
    "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
];

#[test]
fn low_order_enc_rejected() {
    let fixture = fixture();

    for point in LOW_ORDER_POINTS {
        let changed = with_bytes(&fixture.package, 128, &hex::decode(point).unwrap());
        assert_eq!(
            fixture.open_code(&changed),
            "package.invalid_encapsulated_key",
            "enc {point}"
        );
    }
}

#[test]
fn attack_error_messages_name_the_problem() {
    let fixture = fixture();
    let truncated = fixture.open(&fixture.package[..200]).unwrap_err();
    let unknown = open(&fixture.package, &fixture.recipient, &registry(&[])).unwrap_err();

    assert!(truncated.to_string().contains("200 bytes"), "{truncated}");
    assert!(
        unknown
            .to_string()
            .contains(&fixture.signer.key.key_id().to_hex()),
        "{unknown}"
    );
}

/// A named pipe would block `open` until a writer appears, stalling a whole batch import.
#[cfg(unix)]
#[test]
fn named_pipe_rejected_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("package.sicremi");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let error = sicremi_package::read_package_file(&fifo).unwrap_err();
    assert_eq!(error.code(), "package.io");
    assert!(error.to_string().contains("not a regular file"), "{error}");
}
