//! Attacks on the secretariat's package import, each asserting the exact error code (or
//! import outcome) and that the consolidated store is row for row unchanged.
//!
//! The packages here are small: they are sealed with the demo correspondent's own signing
//! key, as a registered correspondent (or someone who stole its key) could, and carry one
//! cell. The same checks on full-size packages built by `Correspondent::seal` are in
//! `hostile_packages.rs`.
//!
//! Two attacks need raw HPKE, which this crate's tests cannot reach: re-encrypting a
//! decrypted package under a new `enc`, and a header that names signer A around a signature
//! by B. `crates/package/tests/tampering.rs` and the vectors `rewrapped*` and
//! `signer-swapped` in `tests/vectors` cover them against `sicremi_package::open`, which is
//! the function the import calls.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::json;
use sicremi_app::payload::{QuestionnaireRef, SubmissionPayload, PAYLOAD_FORMAT};
use sicremi_app::{create_demo, AppError, DataLayout, KdfParams, Secretariat};
use sicremi_model::{CellValue, Dataset};
use sicremi_package::{
    read_key_file, seal, CountryCode, HeaderMeta, PayloadType, PublicKey, PublicKeyFile,
    RecipientPublicKey, RecipientSecretKey, SigningKey, HEADER_LEN, MAX_PAYLOAD_LEN,
    PACKAGE_OVERHEAD,
};
use sicremi_store::ImportOutcome;

const PASSPHRASE: &str = "correct horse battery";
const COUNTRY: &str = "ARG";
/// A cell of table T9 (stock on a reference date, by sex and citizenship) that the embedded
/// questionnaire accepts.
const CELL_KEY: &str = "2023-01-31:_T:BOL:F";

/// Cheap Argon2 parameters: the tests exercise the checks, not the key derivation cost.
fn test_kdf() -> KdfParams {
    KdfParams::new(64, 1, 1).unwrap()
}

/// A demo network (a secretariat and one Argentine correspondent) in a temporary folder, with
/// the correspondent's signing key unlocked to seal packages by hand.
struct Network {
    dir: tempfile::TempDir,
    layout: DataLayout,
    signer: SigningKey,
    recipient: RecipientPublicKey,
}

impl Network {
    fn new() -> Network {
        let dir = tempfile::tempdir().unwrap();
        let layout = DataLayout::new(dir.path());
        create_demo(&layout, COUNTRY, PASSPHRASE, &test_kdf()).unwrap();
        let key_file = read_key_file(&layout.correspondent().join("signing.key")).unwrap();
        let signer = SigningKey::from_key_file(&key_file, PASSPHRASE).unwrap();
        let secretariat = Secretariat::open(&layout.secretariat()).unwrap();
        let public = PublicKeyFile::parse(&secretariat.public_key_file().unwrap()).unwrap();
        let PublicKey::Recipient(recipient) = public.key else {
            panic!("the secretariat's public key file holds a signing key");
        };
        Network {
            dir,
            layout,
            signer,
            recipient,
        }
    }

    fn secretariat(&self) -> Secretariat {
        Secretariat::open(&self.layout.secretariat()).unwrap()
    }

    fn snapshot(&self) -> Vec<(String, Vec<String>)> {
        store_snapshot(&self.layout.secretariat().join("consolidated.sqlite"))
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Returns header fields that the secretariat accepts, with `sequence`.
    fn meta(&self, sequence: u64) -> HeaderMeta {
        let secretariat = self.secretariat();
        let questionnaire = secretariat.questionnaire();
        let mut schema_hash = [0u8; 16];
        schema_hash.copy_from_slice(&questionnaire.hash()[..16]);
        let mut package_id = [0u8; 16];
        package_id[8..].copy_from_slice(&sequence.to_be_bytes());
        HeaderMeta {
            country: CountryCode::new(COUNTRY).unwrap(),
            payload_type: PayloadType::CanonicalJson,
            reporting_cycle: questionnaire.def.cycle,
            questionnaire_version: questionnaire.def.version,
            schema_hash,
            sequence,
            created_at: 1_767_225_600,
            package_id,
        }
    }

    /// Builds a valid one-cell submission payload with `value`.
    fn payload(&self, value: i64) -> Vec<u8> {
        let secretariat = self.secretariat();
        let questionnaire = secretariat.questionnaire();
        let mut dataset = Dataset::new(COUNTRY);
        dataset.set(
            "T9",
            CELL_KEY,
            CellValue {
                value: Some(value),
                ..CellValue::default()
            },
        );
        SubmissionPayload {
            format: PAYLOAD_FORMAT.to_string(),
            questionnaire: QuestionnaireRef {
                id: questionnaire.def.id.clone(),
                version: questionnaire.def.version,
                hash: questionnaire.hash_hex(),
                pack: None,
            },
            cycle: questionnaire.def.cycle,
            correspondent: sicremi_app::payload::Correspondent {
                name: "Demo correspondent".to_string(),
                institution: "Demo national office".to_string(),
            },
            dataset,
            justifications: Vec::new(),
            sealed_at: "2026-01-01T00:00:00Z".to_string(),
        }
        .to_canonical_bytes()
    }

    /// Seals `payload` under `meta` with the correspondent's key to this secretariat.
    fn seal(&self, payload: &[u8], meta: &HeaderMeta) -> Vec<u8> {
        seal(payload, meta, &self.signer, &self.recipient).unwrap()
    }
}

/// Reads every row of every table of the consolidated store, as text, table by table.
fn store_snapshot(path: &Path) -> Vec<(String, Vec<String>)> {
    let connection = rusqlite::Connection::open(path).unwrap();
    let tables: Vec<String> = connection
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|table| {
            let mut statement = connection
                .prepare(&format!("SELECT * FROM \"{table}\""))
                .unwrap();
            let columns = statement.column_count();
            let mut rows: Vec<String> = statement
                .query_map([], |row| {
                    let values: Vec<rusqlite::types::Value> =
                        (0..columns).map(|i| row.get(i)).collect::<Result<_, _>>()?;
                    Ok(format!("{values:?}"))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.sort();
            (table, rows)
        })
        .collect()
}

/// Imports `path` and returns the error, failing the test when the import succeeds.
fn rejected(secretariat: &mut Secretariat, path: &Path) -> AppError {
    match secretariat.import_package(path, PASSPHRASE) {
        Ok(import) => panic!("{} was accepted: {:?}", path.display(), import.outcome),
        Err(error) => error,
    }
}

fn imported(secretariat: &mut Secretariat, path: &Path) -> ImportOutcome {
    secretariat
        .import_package(path, PASSPHRASE)
        .unwrap()
        .outcome
}

fn with_bytes(original: &[u8], at: usize, replacement: &[u8]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    bytes[at..at + replacement.len()].copy_from_slice(replacement);
    bytes
}

/// Returns the error code that the import must report for `changed`, a copy of a valid
/// package with one bit flipped at `offset`.
///
/// The order follows `Secretariat::import_package`: the header checks of the format, then
/// the questionnaire fields, the sender registration and country, the recipient key id, and
/// last HPKE decryption with the header as associated data.
fn expected_flip_code(changed: &[u8], offset: usize) -> &'static str {
    let len = changed.len() as u64;
    match offset {
        0..=7 => "package.bad_magic",
        8..=9 => "package.unsupported_version",
        10..=11 => "package.unsupported_suite",
        12..=15 => "package.bad_header_length",
        16..=31 => "package.unknown_recipient",
        32..=47 => "import.unknown_sender",
        48..=50 if changed[offset].is_ascii_uppercase() => "import.wrong_country",
        48..=50 => "package.invalid_country",
        51 => "package.unknown_payload_type",
        52..=75 => "import.wrong_questionnaire",
        76..=107 => "package.decryption_failed",
        108..=115 => {
            let payload_len = u64::from_be_bytes(changed[108..116].try_into().unwrap());
            if payload_len > MAX_PAYLOAD_LEN {
                "package.payload_too_large"
            } else if PACKAGE_OVERHEAD + payload_len > len {
                "package.truncated"
            } else {
                "package.trailing_data"
            }
        }
        116..=127 => "package.reserved_not_zero",
        // enc, ciphertext and tag. A flipped enc bit that gave a low-order point would be
        // reported as invalid_encapsulated_key, but no single bit flip of a random point does.
        _ => "package.decryption_failed",
    }
}

#[test]
fn every_bit_flip_rejected_with_its_code() {
    let network = Network::new();
    let mut secretariat = network.secretariat();
    let first = network.write(
        "first.sicremi",
        &network.seal(&network.payload(5), &network.meta(1)),
    );
    assert!(matches!(
        imported(&mut secretariat, &first),
        ImportOutcome::Imported { .. }
    ));
    let before = network.snapshot();

    let original = network.seal(&network.payload(6), &network.meta(2));
    assert!(
        original.len() < 1024,
        "the package has {} bytes",
        original.len()
    );
    let path = network.dir.path().join("flipped.sicremi");
    let mut failures = Vec::new();
    for offset in 0..original.len() {
        for bit in 0..8 {
            let mut changed = original.clone();
            changed[offset] ^= 1 << bit;
            std::fs::write(&path, &changed).unwrap();
            let code = rejected(&mut secretariat, &path).code;
            let expected = expected_flip_code(&changed, offset);
            if code != expected {
                failures.push(format!(
                    "byte {offset} bit {bit}: {code}, expected {expected}"
                ));
            }
        }
    }

    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(network.snapshot(), before);
    let genuine = network.write("second.sicremi", &original);
    assert!(matches!(
        imported(&mut secretariat, &genuine),
        ImportOutcome::Imported { .. }
    ));
}

#[test]
fn every_truncated_prefix_rejected() {
    let network = Network::new();
    let mut secretariat = network.secretariat();
    let original = network.seal(&network.payload(5), &network.meta(1));
    let before = network.snapshot();

    for len in 0..original.len() {
        let path = network.write("truncated.sicremi", &original[..len]);
        let error = rejected(&mut secretariat, &path);
        assert_eq!(error.code, "package.truncated", "prefix of {len} bytes");
    }

    assert_eq!(network.snapshot(), before);
}

#[test]
fn recipient_key_id_rewritten_fails_decryption() {
    let network = Network::new();
    let mut secretariat = network.secretariat();
    let before = network.snapshot();
    let other = RecipientSecretKey::generate().unwrap();
    let own_key_id = network.recipient.key_id();
    let for_other = seal(
        &network.payload(5),
        &network.meta(1),
        &network.signer,
        other.public_key(),
    )
    .unwrap();

    let path = network.write("other.sicremi", &for_other);
    assert_eq!(
        rejected(&mut secretariat, &path).code,
        "package.unknown_recipient"
    );

    let rewritten = with_bytes(&for_other, 16, &own_key_id.0);
    let path = network.write("rewritten.sicremi", &rewritten);
    assert_eq!(
        rejected(&mut secretariat, &path).code,
        "package.decryption_failed"
    );
    assert_eq!(network.snapshot(), before);
}

#[test]
fn unregistered_sender_rejected() {
    let network = Network::new();
    let mut secretariat = network.secretariat();
    let before = network.snapshot();
    let stranger = SigningKey::generate().unwrap();

    let package = seal(
        &network.payload(5),
        &network.meta(1),
        &stranger,
        &network.recipient,
    )
    .unwrap();
    let path = network.write("stranger.sicremi", &package);
    let error = rejected(&mut secretariat, &path);

    assert_eq!(error.code, "import.unknown_sender");
    assert_eq!(error.params["key_id"], stranger.key_id().to_hex());
    assert_eq!(network.snapshot(), before);
}

#[test]
fn revoked_sender_rejected_whatever_created_at() {
    let network = Network::new();
    let mut secretariat = network.secretariat();
    let key_id = network.signer.key_id().to_hex();
    secretariat.revoke(&key_id).unwrap();
    let before = network.snapshot();

    // created_at is the sender's claim, so a date before the revocation (or before the key
    // was registered) changes nothing.
    for (sequence, created_at) in [
        (1, 0),
        (2, 1_000_000_000),
        (3, 1_767_225_600),
        (4, u64::MAX),
    ] {
        let mut meta = network.meta(sequence);
        meta.created_at = created_at;
        let path = network.write(
            "backdated.sicremi",
            &network.seal(&network.payload(5), &meta),
        );
        let error = rejected(&mut secretariat, &path);
        assert_eq!(
            error.code, "import.revoked_sender",
            "created_at {created_at}"
        );
        assert_eq!(error.params["key_id"], key_id);
    }
    assert_eq!(network.snapshot(), before);
}

#[test]
fn signed_package_for_other_country_rejected() {
    let network = Network::new();
    let mut secretariat = network.secretariat();
    let before = network.snapshot();
    let mut meta = network.meta(1);
    meta.country = CountryCode::new("BRA").unwrap();
    let payload = String::from_utf8(network.payload(5))
        .unwrap()
        .replace("\"country\":\"ARG\"", "\"country\":\"BRA\"");

    let path = network.write("brazil.sicremi", &network.seal(payload.as_bytes(), &meta));
    let error = rejected(&mut secretariat, &path);

    assert_eq!(error.code, "import.wrong_country");
    assert_eq!(error.params["country"], "BRA");
    assert_eq!(network.snapshot(), before);
}

#[test]
fn replays_change_nothing() {
    let network = Network::new();
    let mut secretariat = network.secretariat();
    let genuine = network.seal(&network.payload(5), &network.meta(5));
    let path = network.write("genuine.sicremi", &genuine);
    let ImportOutcome::Imported { package_id, .. } = imported(&mut secretariat, &path) else {
        panic!("the genuine package was not imported");
    };
    let before = network.snapshot();

    // The same file again.
    let copy = network.write("copy.sicremi", &genuine);
    match imported(&mut secretariat, &copy) {
        ImportOutcome::AlreadyImported { package_id: id, .. } => assert_eq!(id, package_id),
        other => panic!("same file: {other:?}"),
    }
    assert_eq!(network.snapshot(), before, "same file");

    // Other packages with an equal or a lower sequence number.
    for sequence in [5, 4, 1] {
        let mut meta = network.meta(sequence);
        meta.package_id[0] = 0xEE;
        let path = network.write("stale.sicremi", &network.seal(&network.payload(9), &meta));
        match imported(&mut secretariat, &path) {
            ImportOutcome::Superseded {
                sequence: stale,
                latest_sequence,
                latest_package_id,
                ..
            } => {
                assert_eq!(stale, sequence);
                assert_eq!(latest_sequence, 5);
                assert_eq!(latest_package_id, package_id);
            }
            other => panic!("sequence {sequence}: {other:?}"),
        }
        assert_eq!(network.snapshot(), before, "sequence {sequence}");
    }

    // The imported package's id on other content, with the same and with a higher sequence
    // number.
    let path = network.write(
        "reused-id.sicremi",
        &network.seal(&network.payload(9), &network.meta(5)),
    );
    let mut meta = network.meta(6);
    meta.package_id = network.meta(5).package_id;
    let path_higher = network.write(
        "reused-id-higher.sicremi",
        &network.seal(&network.payload(9), &meta),
    );
    for path in [path, path_higher] {
        let error = rejected(&mut secretariat, &path);
        assert_eq!(
            error.code,
            "store.package_id_conflict",
            "{}",
            path.display()
        );
        assert_eq!(network.snapshot(), before, "{}", path.display());
    }
}

#[test]
fn swapped_metadata_rejected() {
    let network = Network::new();
    let mut secretariat = network.secretariat();
    let mut older_meta = network.meta(1);
    older_meta.created_at -= 86_400;
    let older = network.seal(&network.payload(5), &older_meta);
    let newer = network.seal(&network.payload(6), &network.meta(2));
    let before = network.snapshot();

    // Fields that the secretariat checks against its own records come first. The others
    // reach HPKE, where the header is the associated data.
    let cases: [(&str, usize, usize, &str); 6] = [
        ("country", 48, 3, "import.wrong_country"),
        ("reporting_cycle", 52, 4, "import.wrong_questionnaire"),
        ("questionnaire_version", 56, 4, "import.wrong_questionnaire"),
        ("sequence_number", 76, 8, "package.decryption_failed"),
        ("created_at", 84, 8, "package.decryption_failed"),
        ("package_id", 92, 16, "package.decryption_failed"),
    ];
    for (field, offset, len, expected) in cases {
        let replacement: Vec<u8> = match field {
            "country" => b"BRA".to_vec(),
            "reporting_cycle" | "questionnaire_version" => {
                let value = u32::from_be_bytes(newer[offset..offset + 4].try_into().unwrap());
                (value + 1).to_be_bytes().to_vec()
            }
            _ => older[offset..offset + len].to_vec(),
        };
        assert_ne!(
            &newer[offset..offset + len],
            replacement.as_slice(),
            "{field}"
        );
        let path = network.write("swapped.sicremi", &with_bytes(&newer, offset, &replacement));
        let error = rejected(&mut secretariat, &path);
        assert_eq!(error.code, expected, "{field}: {}", error.detail);
    }

    // The whole header of the other package: each header authenticates only its own
    // ciphertext.
    let swapped = [&older[..HEADER_LEN], &newer[HEADER_LEN..]].concat();
    let path = network.write("swapped.sicremi", &swapped);
    assert_eq!(
        rejected(&mut secretariat, &path).code,
        "package.decryption_failed"
    );
    assert_eq!(network.snapshot(), before);
}

#[test]
fn hostile_payloads_rejected_after_authentication() {
    let network = Network::new();
    let mut secretariat = network.secretariat();
    let before = network.snapshot();
    let genuine: serde_json::Value = serde_json::from_slice(&network.payload(5)).unwrap();
    let genuine_text = serde_json::to_string(&genuine).unwrap();

    let nested_arrays = [vec![b'['; 100_000], vec![b']'; 100_000]].concat();
    let nested_objects = "{\"a\":".repeat(50_000) + "1" + &"}".repeat(50_000);
    assert!(genuine_text.contains("\"metadata\":{}"), "{genuine_text}");
    let nested_in_dataset = genuine_text.replacen(
        "\"metadata\":{}",
        &format!("\"metadata\":{}1{}", "[".repeat(200), "]".repeat(200)),
        1,
    );
    let duplicate_top = genuine_text.replacen('{', "{\"cycle\":1999,", 1);
    let mut unknown = genuine.clone();
    unknown["dataset"]["extra"] = json!(true);
    let mut invalid_utf8 = genuine_text
        .replacen("Demo correspondent", "Demo XX", 1)
        .into_bytes();
    let at = invalid_utf8.windows(2).position(|w| w == b"XX").unwrap();
    invalid_utf8[at..at + 2].copy_from_slice(&[0xC3, 0x28]);
    let zeros = vec!["0"; 7_000_000].join(",");
    let huge_array = genuine_text.replacen(
        "\"justifications\":[]",
        &format!("\"justifications\":[{zeros}]"),
        1,
    );
    assert!(
        huge_array.len() > 14_000_000,
        "the justifications were not found"
    );
    assert!(
        huge_array.len() as u64 <= MAX_PAYLOAD_LEN,
        "{} bytes",
        huge_array.len()
    );

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("100 000 nested arrays", nested_arrays, "payload.invalid"),
        (
            "50 000 nested objects",
            nested_objects.into_bytes(),
            "payload.invalid",
        ),
        (
            "200 nested arrays in the dataset",
            nested_in_dataset.into_bytes(),
            "payload.invalid",
        ),
        (
            "duplicate top-level member",
            duplicate_top.into_bytes(),
            "payload.invalid",
        ),
        (
            "unknown member in the dataset",
            serde_json::to_vec(&unknown).unwrap(),
            "payload.invalid",
        ),
        ("invalid UTF-8 in a string", invalid_utf8, "payload.invalid"),
        (
            "array of 7 000 000 numbers",
            huge_array.into_bytes(),
            "payload.invalid",
        ),
    ];
    for ((name, payload, expected), sequence) in cases.into_iter().zip(10..) {
        let path = network.write(
            "hostile.sicremi",
            &network.seal(&payload, &network.meta(sequence)),
        );
        let started = Instant::now();
        let error = rejected(&mut secretariat, &path);
        assert_eq!(error.code, expected, "{name}: {}", error.detail);
        assert_eq!(network.snapshot(), before, "{name}");
        eprintln!(
            "{name}: {} bytes rejected in {:?}",
            payload.len(),
            started.elapsed()
        );
    }

    // The genuine payload, sealed the same way, imports.
    let path = network.write(
        "genuine.sicremi",
        &network.seal(&network.payload(5), &network.meta(100)),
    );
    assert!(matches!(
        imported(&mut secretariat, &path),
        ImportOutcome::Imported { .. }
    ));
}

/// Checks that a payload with a cell key twice in one table of the dataset is rejected: a map
/// would keep the second value, so a reader of the JSON and the importer would see different
/// figures.
#[test]
fn duplicate_cell_key_rejected() {
    let network = Network::new();
    let mut secretariat = network.secretariat();
    let before = network.snapshot();
    let genuine = String::from_utf8(network.payload(5)).unwrap();
    let cell = format!("\"{CELL_KEY}\":{{\"value\":5}}");
    let duplicate = genuine.replacen(&cell, &format!("{cell},\"{CELL_KEY}\":{{\"value\":7}}"), 1);
    assert_ne!(duplicate, genuine, "the cell was not found");

    let path = network.write(
        "duplicate.sicremi",
        &network.seal(duplicate.as_bytes(), &network.meta(1)),
    );
    let error = rejected(&mut secretariat, &path);

    assert_eq!(error.code, "payload.invalid");
    assert_eq!(network.snapshot(), before);
}

#[derive(serde::Deserialize)]
struct VectorManifest {
    vectors: Vec<VectorEntry>,
}

#[derive(serde::Deserialize)]
struct VectorEntry {
    file: String,
    stage: Option<String>,
    error: Option<String>,
    payload: Option<String>,
}

/// Runs the payload of every `payload` stage vector of tests/vectors through the submission
/// parser. The package crate's `vectors` test checks the same packages with `open`.
#[test]
fn payload_vectors_rejected_by_parser() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/vectors");
    let manifest: VectorManifest =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    let questionnaire = sicremi_model::Questionnaire::embedded();

    let mut checked = 0;
    for vector in manifest
        .vectors
        .iter()
        .filter(|v| v.stage.as_deref() == Some("payload"))
    {
        let payload = std::fs::read(dir.join(vector.payload.as_ref().unwrap())).unwrap();
        let error = SubmissionPayload::parse(&payload, &questionnaire).unwrap_err();
        assert_eq!(
            Some(error.code.as_str()),
            vector.error.as_deref(),
            "{}",
            vector.file
        );
        checked += 1;
    }

    assert!(checked >= 5, "only {checked} payload vectors");
}

/// Checks that a justification naming more cells than any finding can is rejected while the
/// payload is read, so a package cannot make the importer build huge lists.
#[test]
fn oversized_justification_rejected() {
    let network = Network::new();
    let mut secretariat = network.secretariat();
    let before = network.snapshot();
    let mut payload: serde_json::Value = serde_json::from_slice(&network.payload(5)).unwrap();
    let count = sicremi_model::findings::MAX_JUSTIFIED_CELLS + 1;
    payload["justifications"] = json!([{
        "finding_id": "V09-0000000000000000",
        "rule": "V09",
        "cells": vec![json!({"table": "T1", "key": "2024:_T:_T"}); count],
        "values": vec![json!(0); count],
        "text": "too many cells",
        "at": "2026-03-01T10:00:00Z",
    }]);
    let bytes = serde_json::to_vec(&payload).unwrap();
    let path = network.write("oversized.sicremi", &network.seal(&bytes, &network.meta(1)));
    let error = rejected(&mut secretariat, &path);

    assert_eq!(error.code, "payload.invalid");
    assert!(error.detail.contains("more than"), "{}", error.detail);
    assert_eq!(network.snapshot(), before);
}
