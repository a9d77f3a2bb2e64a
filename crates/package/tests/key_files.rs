mod common;

use common::*;
use sicremi_package::{
    inspect_key_file, open, read_key_file, seal, write_new_key_file, KdfParams, KeyError, KeyKind,
    RecipientSecretKey, SignatureContext, SigningKey,
};

const PASSPHRASE: &str = "correct horse battery staple";

/// Argon2 minimum cost, so that tests run fast. The file records these values.
fn cheap() -> KdfParams {
    KdfParams::new(8, 1, 1).unwrap()
}

fn signing_file() -> (SigningKey, Vec<u8>) {
    let key = SigningKey::generate().unwrap();
    let file = key.to_key_file(PASSPHRASE, &cheap()).unwrap();
    (key, file)
}

fn code<T>(result: Result<T, KeyError>) -> &'static str {
    match result {
        Ok(_) => "accepted",
        Err(error) => error.code(),
    }
}

#[test]
fn signing_key_file_round_trips() {
    let (key, file) = signing_file();

    let loaded = SigningKey::from_key_file(&file, PASSPHRASE).unwrap();

    assert_eq!(loaded.public_key(), key.public_key());
    let signature = loaded.sign_detached(SignatureContext::Receipt, b"data");
    assert!(key
        .public_key()
        .verify_detached(SignatureContext::Receipt, b"data", &signature)
        .is_ok());
}

#[test]
fn recipient_key_file_round_trips() {
    let key = RecipientSecretKey::generate().unwrap();
    let file = key.to_key_file(PASSPHRASE, &cheap()).unwrap();
    let signer = new_signer();
    let package = seal(SMALL_PAYLOAD, &meta(), &signer.key, key.public_key()).unwrap();

    let loaded = RecipientSecretKey::from_key_file(&file, PASSPHRASE).unwrap();
    let opened = open(&package, &loaded, &registry(&[signer.key.public_key()])).unwrap();

    assert_eq!(loaded.public_key(), key.public_key());
    assert_eq!(opened.payload, SMALL_PAYLOAD);
}

#[test]
fn key_file_layout_matches_spec() {
    let key = RecipientSecretKey::generate().unwrap();
    let params = KdfParams::new(16, 2, 2).unwrap();

    let file = key.to_key_file(PASSPHRASE, &params).unwrap();

    assert_eq!(file.len(), 102 + 32);
    assert_eq!(&file[0..8], b"QKEY\r\n\x1a\n");
    assert_eq!(&file[8..10], &[0, 1]);
    assert_eq!(file[10], 1, "key_kind");
    assert_eq!(file[11], 1, "kdf_id");
    assert_eq!(&file[12..16], &16u32.to_be_bytes());
    assert_eq!(&file[16..20], &2u32.to_be_bytes());
    assert_eq!(&file[20..24], &2u32.to_be_bytes());
    assert_eq!(&file[52..84], key.public_key().as_bytes());
    assert_eq!(&file[84..86], &32u16.to_be_bytes());
}

#[test]
fn default_params_recorded_in_file() {
    let (key, _) = signing_file();

    let file = key.to_key_file(PASSPHRASE, &KdfParams::DEFAULT).unwrap();
    let info = inspect_key_file(&file).unwrap();

    assert_eq!(info.params.memory_kib(), 65_536);
    assert_eq!(info.params.passes(), 3);
    assert_eq!(info.params.lanes(), 1);
    assert_eq!(file[10], 2, "key_kind of a signing key");
    assert!(SigningKey::from_key_file(&file, PASSPHRASE).is_ok());
}

#[test]
fn wrong_passphrase_rejected() {
    let (_, file) = signing_file();

    let error = SigningKey::from_key_file(&file, "correct horse battery stapler").unwrap_err();

    assert_eq!(error.code(), "key.wrong_passphrase");
}

#[test]
fn empty_passphrase_rejected() {
    let (key, file) = signing_file();

    assert_eq!(code(key.to_key_file("", &cheap())), "key.empty_passphrase");
    assert_eq!(
        code(SigningKey::from_key_file(&file, "")),
        "key.empty_passphrase"
    );
}

#[test]
fn passphrase_normalized_to_nfc() {
    let key = SigningKey::generate().unwrap();
    let composed = "contrase\u{00F1}a";
    let decomposed = "contrasen\u{0303}a";
    let file = key.to_key_file(composed, &cheap()).unwrap();

    let loaded = SigningKey::from_key_file(&file, decomposed).unwrap();

    assert_eq!(loaded.public_key(), key.public_key());
}

/// Returns `file` with a big-endian u32 written at `offset`.
fn with_u32(file: &[u8], offset: usize, value: u32) -> Vec<u8> {
    let mut changed = file.to_vec();
    changed[offset..offset + 4].copy_from_slice(&value.to_be_bytes());
    changed
}

#[test]
fn absurd_kdf_params_rejected_before_hashing() {
    let (_, file) = signing_file();
    let cases = [
        (
            "memory u32::MAX",
            with_u32(&file, 12, u32::MAX),
            "4294967295",
        ),
        (
            "memory 1 GiB + 1",
            with_u32(&file, 12, 1_048_577),
            "1048577",
        ),
        ("memory below 8 KiB", with_u32(&file, 12, 7), "= 7"),
        ("passes 17", with_u32(&file, 16, 17), "17"),
        ("passes 0", with_u32(&file, 16, 0), "= 0"),
        (
            "passes u32::MAX",
            with_u32(&file, 16, u32::MAX),
            "4294967295",
        ),
        ("lanes 9", with_u32(&file, 20, 9), "9"),
        ("lanes 0", with_u32(&file, 20, 0), "= 0"),
    ];

    for (name, changed, value_text) in cases {
        let error = SigningKey::from_key_file(&changed, PASSPHRASE).unwrap_err();
        assert_eq!(error.code(), "key.kdf_param_out_of_range", "{name}");
        assert!(error.to_string().contains(value_text), "{name}: {error}");
        assert_eq!(
            inspect_key_file(&changed).unwrap_err().code(),
            "key.kdf_param_out_of_range",
            "{name}"
        );
    }
}

#[test]
fn kdf_params_constructor_enforces_caps() {
    assert!(KdfParams::new(1_048_576, 16, 8).is_ok());
    assert!(KdfParams::new(8, 1, 1).is_ok());
    assert_eq!(
        code(KdfParams::new(1_048_577, 3, 1)),
        "key.kdf_param_out_of_range"
    );
    assert_eq!(
        code(KdfParams::new(65_536, 17, 1)),
        "key.kdf_param_out_of_range"
    );
    assert_eq!(
        code(KdfParams::new(65_536, 3, 9)),
        "key.kdf_param_out_of_range"
    );
    assert_eq!(code(KdfParams::new(15, 1, 2)), "key.kdf_param_out_of_range");
}

#[test]
fn modified_clear_text_fields_fail_authentication() {
    let (_, file) = signing_file();

    // Salt, nonce and public key are covered by the AEAD associated data.
    for offset in [24, 39, 40, 51, 52, 83] {
        let mut changed = file.clone();
        changed[offset] ^= 0x01;
        assert_eq!(
            code(SigningKey::from_key_file(&changed, PASSPHRASE)),
            "key.wrong_passphrase",
            "byte {offset}"
        );
    }
}

#[test]
fn modified_ciphertext_fails_authentication() {
    let (_, file) = signing_file();

    for offset in 86..file.len() {
        let mut changed = file.clone();
        changed[offset] ^= 0x80;
        assert_eq!(
            code(SigningKey::from_key_file(&changed, PASSPHRASE)),
            "key.wrong_passphrase",
            "byte {offset}"
        );
    }
}

#[test]
fn malformed_key_files_rejected() {
    let (_, file) = signing_file();
    let mut bad_magic = file.clone();
    bad_magic[0] = b'X';
    let mut version_2 = file.clone();
    version_2[8..10].copy_from_slice(&2u16.to_be_bytes());
    let mut kind_3 = file.clone();
    kind_3[10] = 3;
    let mut kdf_2 = file.clone();
    kdf_2[11] = 2;
    let mut secret_len_big = file.clone();
    secret_len_big[84..86].copy_from_slice(&257u16.to_be_bytes());
    let mut secret_len_short = file.clone();
    secret_len_short[84..86].copy_from_slice(&15u16.to_be_bytes());
    let mut trailing = file.clone();
    trailing.push(0);

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("bad magic", bad_magic, "key.bad_magic"),
        ("empty", Vec::new(), "key.truncated"),
        ("truncated header", file[..50].to_vec(), "key.truncated"),
        (
            "truncated secret",
            file[..file.len() - 1].to_vec(),
            "key.truncated",
        ),
        ("trailing", trailing, "key.trailing_data"),
        ("version 2", version_2, "key.unsupported_version"),
        ("kind 3", kind_3, "key.unknown_kind"),
        ("kdf 2", kdf_2, "key.unsupported_kdf"),
        ("secret_len 257", secret_len_big, "key.bad_secret_length"),
        ("secret_len 15", secret_len_short, "key.bad_secret_length"),
        ("package file", b"QPKG\r\n\x1a\n".to_vec(), "key.bad_magic"),
    ];

    for (name, bytes, expected) in cases {
        assert_eq!(
            code(SigningKey::from_key_file(&bytes, PASSPHRASE)),
            expected,
            "{name}"
        );
    }
}

#[test]
fn every_truncated_prefix_rejected() {
    let (_, file) = signing_file();

    for len in 0..file.len() {
        assert_eq!(
            code(SigningKey::from_key_file(&file[..len], PASSPHRASE)),
            "key.truncated",
            "prefix of {len} bytes"
        );
    }
}

#[test]
fn wrong_key_kind_rejected() {
    let (_, signing) = signing_file();
    let recipient = RecipientSecretKey::generate()
        .unwrap()
        .to_key_file(PASSPHRASE, &cheap())
        .unwrap();

    assert_eq!(
        code(RecipientSecretKey::from_key_file(&signing, PASSPHRASE)),
        "key.wrong_kind"
    );
    assert_eq!(
        code(SigningKey::from_key_file(&recipient, PASSPHRASE)),
        "key.wrong_kind"
    );
}

#[test]
fn inspect_reads_public_part_without_passphrase() {
    let (key, file) = signing_file();

    let info = inspect_key_file(&file).unwrap();

    assert_eq!(info.kind, KeyKind::Signing);
    assert_eq!(info.params, cheap());
    assert_eq!(&info.public_key, key.public_key().as_bytes());
    assert_eq!(info.key_id(), key.key_id());
    assert_eq!(info.fingerprint(), key.public_key().fingerprint());
}

#[test]
fn each_encryption_uses_fresh_salt_and_nonce() {
    let (key, first) = signing_file();

    let second = key.to_key_file(PASSPHRASE, &cheap()).unwrap();

    assert_ne!(first[24..40], second[24..40], "salt");
    assert_ne!(first[40..52], second[40..52], "nonce");
    assert_ne!(first[86..], second[86..], "ciphertext");
}

#[test]
fn key_file_written_once_and_read_back() {
    let (key, file) = signing_file();
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("correspondent.qkey");

    write_new_key_file(&path, &file).unwrap();
    let second_write = write_new_key_file(&path, b"other");
    let loaded = SigningKey::from_key_file(&read_key_file(&path).unwrap(), PASSPHRASE).unwrap();

    assert_eq!(code(second_write), "key.already_exists");
    assert_eq!(loaded.public_key(), key.public_key());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn oversized_key_file_read_is_capped() {
    let (_, file) = signing_file();
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("big.qkey");
    let mut big = file.clone();
    big.resize(1 << 20, 0);
    std::fs::write(&path, &big).unwrap();

    let bytes = read_key_file(&path).unwrap();

    assert!(bytes.len() < 1024);
    assert_eq!(
        code(SigningKey::from_key_file(&bytes, PASSPHRASE)),
        "key.trailing_data"
    );
}

#[test]
fn invalid_pkcs8_rejected() {
    assert_eq!(
        code(SigningKey::from_pkcs8(b"not a key")),
        "key.invalid_pkcs8"
    );
}

#[test]
fn debug_output_hides_secrets() {
    let (key, _) = signing_file();
    let recipient = RecipientSecretKey::generate().unwrap();

    let signing_text = format!("{key:?}");
    let recipient_text = format!("{recipient:?}");

    assert!(signing_text.contains(&key.key_id().to_hex()));
    assert!(recipient_text.contains(&recipient.key_id().to_hex()));
    assert!(signing_text.len() < 80, "{signing_text}");
    assert!(recipient_text.len() < 80, "{recipient_text}");
}
