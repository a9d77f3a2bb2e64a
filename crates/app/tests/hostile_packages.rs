//! Hostile input to the secretariat's package import and to both sides' key files.
//!
//! The cases are altered, truncated and extended packages, files that are not packages,
//! replays, senders registered for another country or revoked, and packages for another
//! secretariat. Payloads signed by a registered key but not built by SICREMI Collect and
//! damaged key files follow. Every rejection must leave the consolidated store row for row
//! as it was.

use std::path::{Path, PathBuf};

use sicremi_app::payload::SubmissionPayload;
use sicremi_app::{
    create_demo, AppError, Correspondent, DataLayout, KdfParams, Profile, Secretariat,
};
use sicremi_package::{
    read_key_file, seal, CountryCode, HeaderMeta, PayloadType, PublicKey, PublicKeyFile, SigningKey,
};
use sicremi_store::ImportOutcome;

const PASSPHRASE: &str = "correct horse battery";
const REFERENCE_DATE: &str = "2023-01-31";

/// Offsets of the package header fields (docs/package-format.md section 3).
mod offset {
    pub const VERSION: usize = 8;
    pub const SUITE: usize = 10;
    pub const HEADER_LEN: usize = 12;
    pub const RECIPIENT: usize = 16;
    pub const SENDER: usize = 32;
    pub const COUNTRY: usize = 48;
    pub const PAYLOAD_TYPE: usize = 51;
    pub const CYCLE: usize = 52;
    pub const QUESTIONNAIRE_VERSION: usize = 56;
    pub const SCHEMA_HASH: usize = 60;
    pub const SEQUENCE: usize = 76;
    pub const CREATED_AT: usize = 84;
    pub const PACKAGE_ID: usize = 92;
    pub const PAYLOAD_LEN: usize = 108;
    pub const RESERVED: usize = 116;
    pub const ENC: usize = 128;
}

/// Offsets of the Argon2 parameters in a key file (docs/package-format.md section 4).
mod key_offset {
    pub const M_COST: usize = 12;
    pub const T_COST: usize = 16;
    pub const P_COST: usize = 20;
}

/// Cheap Argon2 parameters: the tests exercise the file formats and the checks, not the cost.
fn test_kdf() -> KdfParams {
    KdfParams::new(64, 1, 1).unwrap()
}

fn real_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/realfiles")
        .join(name)
}

fn renaper_csv() -> PathBuf {
    real_file("ar_renaper_extranjeros_residiendo_enero_2023.csv")
}

/// A demo network (secretariat and one correspondent) in its own temporary folder.
struct Network {
    dir: tempfile::TempDir,
    layout: DataLayout,
}

impl Network {
    fn new(country: &str) -> Network {
        let dir = tempfile::tempdir().unwrap();
        let layout = DataLayout::new(dir.path());
        create_demo(&layout, country, PASSPHRASE, &test_kdf()).unwrap();
        Network { dir, layout }
    }

    fn correspondent(&self) -> Correspondent {
        Correspondent::open(&self.layout.correspondent()).unwrap()
    }

    fn secretariat(&self) -> Secretariat {
        Secretariat::open(&self.layout.secretariat()).unwrap()
    }

    fn store_path(&self) -> PathBuf {
        self.layout.secretariat().join("consolidated.sqlite")
    }

    /// Returns a path in the network's folder for a hand-made file.
    fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.file(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

/// Makes the correspondent's workspace sealable: for Argentina the RENAPER stock file goes
/// into T9 and the metadata questions it leaves open are answered; the completeness warnings
/// of the empty tables T1 and T2 are justified.
fn make_sealable(correspondent: &mut Correspondent) {
    use sicremi_model::definition::MetadataKind;
    if correspondent.country() == "ARG" {
        correspondent
            .import_renaper(&renaper_csv(), REFERENCE_DATE)
            .unwrap();
        let questions = correspondent.questionnaire().def.metadata.clone();
        let dataset = correspondent.dataset().unwrap();
        for question in questions
            .iter()
            .filter(|q| q.required && q.applies_to("T9"))
        {
            if dataset.metadata("T9", &question.id).is_some() {
                continue;
            }
            let answer = match question.kind {
                MetadataKind::Choice => question.choices[0].code.clone(),
                MetadataKind::Date => "2023-02-15".to_string(),
                MetadataKind::Integer => "0".to_string(),
                MetadataKind::Text | MetadataKind::LongText => "Registry figures".to_string(),
            };
            correspondent
                .set_metadata("T9", &question.id, &answer)
                .unwrap();
        }
    }
    let view = correspondent.findings().unwrap();
    for finding in &view.findings {
        if finding.severity == sicremi_model::Severity::Warning {
            correspondent
                .justify(&finding.id, "Inflows follow in the next package.")
                .unwrap();
        }
    }
    let view = correspondent.findings().unwrap();
    assert!(view.assessment.can_seal(), "{:#?}", view.findings);
}

/// Seals `count` packages in a row and returns their bytes, sequence 1 first.
fn seal_packages(network: &Network, count: usize) -> Vec<Vec<u8>> {
    let mut correspondent = network.correspondent();
    make_sealable(&mut correspondent);
    (0..count)
        .map(|_| {
            let sealed = correspondent.seal(PASSPHRASE, None).unwrap();
            std::fs::read(&sealed.path).unwrap()
        })
        .collect()
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

/// Imports `path` and returns the error, failing the test when the import succeeds or when
/// the error lacks a code or an English detail.
fn rejected(secretariat: &mut Secretariat, path: &Path) -> AppError {
    match secretariat.import_package(path, PASSPHRASE) {
        Ok(import) => panic!("{} was accepted: {:?}", path.display(), import.outcome),
        Err(error) => {
            assert!(!error.code.is_empty(), "{}: {error:?}", path.display());
            assert!(!error.detail.is_empty(), "{}: {error:?}", path.display());
            error
        }
    }
}

fn with_bytes(original: &[u8], at: usize, replacement: &[u8]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    bytes[at..at + replacement.len()].copy_from_slice(replacement);
    bytes
}

/// Unlocks the signing key of a network's correspondent and returns it with the trusted
/// secretariat key, to seal packages that SICREMI Collect itself would never build.
fn forger(network: &Network) -> (SigningKey, sicremi_package::RecipientPublicKey) {
    let key_file = read_key_file(&network.layout.correspondent().join("signing.key")).unwrap();
    let signer = SigningKey::from_key_file(&key_file, PASSPHRASE).unwrap();
    let public = PublicKeyFile::parse(&network.secretariat().public_key_file().unwrap()).unwrap();
    let PublicKey::Recipient(recipient) = public.key else {
        panic!("the secretariat's public key file holds a signing key");
    };
    (signer, recipient)
}

/// Returns the header fields of a genuine package of this correspondent.
fn genuine_meta(correspondent: &Correspondent, sequence: u64) -> HeaderMeta {
    let questionnaire = correspondent.questionnaire();
    let mut schema_hash = [0u8; 16];
    schema_hash.copy_from_slice(&questionnaire.hash()[..16]);
    HeaderMeta {
        country: CountryCode::new(correspondent.country()).unwrap(),
        payload_type: PayloadType::CanonicalJson,
        reporting_cycle: questionnaire.def.cycle,
        questionnaire_version: questionnaire.def.version,
        schema_hash,
        sequence,
        created_at: 1_700_000_000,
        package_id: sicremi_package::random_package_id().unwrap(),
    }
}

/// Builds the payload a genuine package of this correspondent carries, as JSON to alter.
fn genuine_payload(correspondent: &Correspondent) -> serde_json::Value {
    let questionnaire = correspondent.questionnaire();
    let payload = SubmissionPayload {
        format: sicremi_app::payload::PAYLOAD_FORMAT.to_string(),
        questionnaire: sicremi_app::payload::QuestionnaireRef {
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
        dataset: correspondent.dataset().unwrap(),
        justifications: correspondent.justifications().unwrap(),
        sealed_at: "2026-01-01T00:00:00Z".to_string(),
    };
    serde_json::from_slice(&payload.to_canonical_bytes()).unwrap()
}

/// Seals `payload` with the network correspondent's own key, as a registered but hostile
/// correspondent could, and writes it to a file named `name`.
fn forge(
    network: &Network,
    correspondent: &Correspondent,
    name: &str,
    payload: &[u8],
    sequence: u64,
) -> PathBuf {
    let (signer, recipient) = forger(network);
    let meta = genuine_meta(correspondent, sequence);
    network.write(name, &seal(payload, &meta, &signer, &recipient).unwrap())
}

#[test]
fn header_field_changes_rejected_with_their_code() {
    let network = Network::new("ARG");
    let packages = seal_packages(&network, 2);
    let mut secretariat = network.secretariat();
    let first = network.write("first.sicremi", &packages[0]);
    secretariat.import_package(&first, PASSPHRASE).unwrap();
    let before = store_snapshot(&network.store_path());

    let original = &packages[1];
    let cycle = secretariat.questionnaire().def.cycle;
    let version = secretariat.questionnaire().def.version;
    let payload_len = original.len() as u64 - sicremi_package::PACKAGE_OVERHEAD;
    let imported_package_id = &packages[0][offset::PACKAGE_ID..offset::PACKAGE_ID + 16];
    let mut cases: Vec<(String, Vec<u8>, &str)> = vec![
        (
            "format version 0".into(),
            with_bytes(original, offset::VERSION, &0u16.to_be_bytes()),
            "package.unsupported_version",
        ),
        (
            "format version 2".into(),
            with_bytes(original, offset::VERSION, &2u16.to_be_bytes()),
            "package.unsupported_version",
        ),
        (
            "suite 0".into(),
            with_bytes(original, offset::SUITE, &0u16.to_be_bytes()),
            "package.unsupported_suite",
        ),
        (
            "suite 2".into(),
            with_bytes(original, offset::SUITE, &2u16.to_be_bytes()),
            "package.unsupported_suite",
        ),
        (
            "header_len 127".into(),
            with_bytes(original, offset::HEADER_LEN, &127u32.to_be_bytes()),
            "package.bad_header_length",
        ),
        (
            "header_len maximum".into(),
            with_bytes(original, offset::HEADER_LEN, &u32::MAX.to_be_bytes()),
            "package.bad_header_length",
        ),
        (
            "recipient key id zero".into(),
            with_bytes(original, offset::RECIPIENT, &[0; 16]),
            "package.unknown_recipient",
        ),
        (
            "sender key id zero".into(),
            with_bytes(original, offset::SENDER, &[0; 16]),
            "import.unknown_sender",
        ),
        (
            "country in lower case".into(),
            with_bytes(original, offset::COUNTRY, b"arg"),
            "package.invalid_country",
        ),
        (
            "country with a NUL byte".into(),
            with_bytes(original, offset::COUNTRY, b"AR\0"),
            "package.invalid_country",
        ),
        (
            "country of another correspondent".into(),
            with_bytes(original, offset::COUNTRY, b"BRA"),
            "import.wrong_country",
        ),
        (
            "country not in ISO 3166".into(),
            with_bytes(original, offset::COUNTRY, b"ZZZ"),
            "import.wrong_country",
        ),
        (
            "payload type 0".into(),
            with_bytes(original, offset::PAYLOAD_TYPE, &[0]),
            "package.unknown_payload_type",
        ),
        (
            "payload type 2".into(),
            with_bytes(original, offset::PAYLOAD_TYPE, &[2]),
            "package.unknown_payload_type",
        ),
        (
            "previous cycle".into(),
            with_bytes(original, offset::CYCLE, &(cycle - 1).to_be_bytes()),
            "import.wrong_questionnaire",
        ),
        (
            "next questionnaire version".into(),
            with_bytes(
                original,
                offset::QUESTIONNAIRE_VERSION,
                &(version + 1).to_be_bytes(),
            ),
            "import.wrong_questionnaire",
        ),
        (
            "schema hash zero".into(),
            with_bytes(original, offset::SCHEMA_HASH, &[0; 16]),
            "import.wrong_questionnaire",
        ),
        (
            "sequence of the imported package".into(),
            with_bytes(original, offset::SEQUENCE, &1u64.to_be_bytes()),
            "package.decryption_failed",
        ),
        (
            "sequence maximum".into(),
            with_bytes(original, offset::SEQUENCE, &u64::MAX.to_be_bytes()),
            "package.decryption_failed",
        ),
        (
            "created_at zero".into(),
            with_bytes(original, offset::CREATED_AT, &[0; 8]),
            "package.decryption_failed",
        ),
        (
            "package id of the imported package".into(),
            with_bytes(original, offset::PACKAGE_ID, imported_package_id),
            "package.decryption_failed",
        ),
        (
            "payload_len maximum".into(),
            with_bytes(original, offset::PAYLOAD_LEN, &u64::MAX.to_be_bytes()),
            "package.payload_too_large",
        ),
        (
            "payload_len 16 MiB + 1".into(),
            with_bytes(
                original,
                offset::PAYLOAD_LEN,
                &((16u64 << 20) + 1).to_be_bytes(),
            ),
            "package.payload_too_large",
        ),
        (
            "payload_len 16 MiB".into(),
            with_bytes(original, offset::PAYLOAD_LEN, &(16u64 << 20).to_be_bytes()),
            "package.truncated",
        ),
        (
            "payload_len + 1".into(),
            with_bytes(
                original,
                offset::PAYLOAD_LEN,
                &(payload_len + 1).to_be_bytes(),
            ),
            "package.truncated",
        ),
        (
            "payload_len - 1".into(),
            with_bytes(
                original,
                offset::PAYLOAD_LEN,
                &(payload_len - 1).to_be_bytes(),
            ),
            "package.trailing_data",
        ),
        (
            "payload_len 0".into(),
            with_bytes(original, offset::PAYLOAD_LEN, &0u64.to_be_bytes()),
            "package.trailing_data",
        ),
        (
            "encapsulated key zero".into(),
            with_bytes(original, offset::ENC, &[0; 32]),
            "package.invalid_encapsulated_key",
        ),
    ];
    for index in 0..12 {
        cases.push((
            format!("reserved byte {index}"),
            with_bytes(original, offset::RESERVED + index, &[1]),
            "package.reserved_not_zero",
        ));
    }

    for (name, bytes, expected) in cases {
        let path = network.write("altered.sicremi", &bytes);
        let error = rejected(&mut secretariat, &path);
        assert_eq!(error.code, expected, "{name}: {}", error.detail);
        assert_eq!(
            store_snapshot(&network.store_path()),
            before,
            "{name} changed the store"
        );
    }

    // The unaltered package still imports afterwards.
    let second = network.write("second.sicremi", original);
    let import = secretariat.import_package(&second, PASSPHRASE).unwrap();
    assert!(matches!(import.outcome, ImportOutcome::Imported { .. }));
}

#[test]
fn flipped_bit_anywhere_rejected() {
    let network = Network::new("ARG");
    let original = seal_packages(&network, 1).remove(0);
    let mut secretariat = network.secretariat();
    let before = store_snapshot(&network.store_path());
    let path = network.file("flipped.sicremi");
    let header_and_enc = offset::ENC + sicremi_package::ENC_LEN;

    for position in 0..original.len() {
        // Every bit of the header and the encapsulated key, one bit of each later byte.
        let bits = if position < header_and_enc {
            0..8
        } else {
            0..1
        };
        for bit in bits {
            let mut bytes = original.clone();
            bytes[position] ^= 1 << bit;
            std::fs::write(&path, &bytes).unwrap();
            let error = rejected(&mut secretariat, &path);
            if position >= header_and_enc {
                assert_eq!(
                    error.code, "package.decryption_failed",
                    "byte {position} bit {bit}: {}",
                    error.detail
                );
            }
        }
    }
    assert_eq!(store_snapshot(&network.store_path()), before);
}

#[test]
fn truncated_and_extended_packages_rejected() {
    let network = Network::new("ARG");
    let original = seal_packages(&network, 1).remove(0);
    let mut secretariat = network.secretariat();
    let before = store_snapshot(&network.store_path());
    let len = original.len();

    for keep in [
        0,
        1,
        7,
        8,
        127,
        128,
        160,
        239,
        240,
        len / 2,
        len - 16,
        len - 1,
    ] {
        let path = network.write("truncated.sicremi", &original[..keep]);
        let error = rejected(&mut secretariat, &path);
        assert_eq!(error.code, "package.truncated", "{keep} bytes kept");
    }

    let mut doubled = original.clone();
    doubled.extend_from_slice(&original);
    let mut mebibyte_more = original.clone();
    mebibyte_more.resize(len + (1 << 20), 0);
    for (name, bytes) in [
        ("one zero byte", [original.as_slice(), &[0]].concat()),
        ("a newline", [original.as_slice(), b"\n"].concat()),
        ("a second copy", doubled),
        ("1 MiB of zeros", mebibyte_more),
    ] {
        let path = network.write("extended.sicremi", &bytes);
        let error = rejected(&mut secretariat, &path);
        assert_eq!(error.code, "package.trailing_data", "{name} appended");
    }

    let path = network.write("shifted.sicremi", &[&[0], original.as_slice()].concat());
    assert_eq!(rejected(&mut secretariat, &path).code, "package.bad_magic");
    assert_eq!(store_snapshot(&network.store_path()), before);
}

#[test]
fn files_that_are_not_packages_rejected() {
    let network = Network::new("ARG");
    let mut secretariat = network.secretariat();
    let before = store_snapshot(&network.store_path());

    let folder = network.file("folder.sicremi");
    std::fs::create_dir(&folder).unwrap();
    assert_eq!(rejected(&mut secretariat, &folder).code, "package.io");

    let missing = network.file("missing.sicremi");
    assert_eq!(rejected(&mut secretariat, &missing).code, "package.io");

    let empty = network.write("empty.sicremi", b"");
    assert_eq!(rejected(&mut secretariat, &empty).code, "package.truncated");

    // Sparse files: the size is checked before any byte is read.
    for size in [1u64 << 30, sicremi_package::MAX_PACKAGE_LEN + 1] {
        let sparse = network.file("sparse.sicremi");
        std::fs::File::create(&sparse)
            .unwrap()
            .set_len(size)
            .unwrap();
        let error = rejected(&mut secretariat, &sparse);
        assert_eq!(error.code, "package.too_large", "{size} bytes");
    }

    let mut others: Vec<PathBuf> = [
        "ar_dnm_residencias-otorgadas-1-trimestre-2018.csv",
        "syria2022.xlsx",
        "wb_API_SM.POP.NETM_DS2_en_excel_v2_782.xls",
        "muc_koenigstein.ods",
    ]
    .iter()
    .map(|name| real_file(name))
    .collect();
    others.push(network.layout.secretariat().join("encryption.key"));
    others.push(network.layout.secretariat().join("encryption.pub.json"));
    others.push(network.store_path());
    for path in others {
        let error = rejected(&mut secretariat, &path);
        assert_eq!(error.code, "package.bad_magic", "{}", path.display());
    }
    assert_eq!(store_snapshot(&network.store_path()), before);
}

#[test]
fn replayed_and_older_packages_change_nothing() {
    let network = Network::new("ARG");
    let packages = seal_packages(&network, 3);
    let mut secretariat = network.secretariat();
    let second = network.write("SICREMI-ARG-2026-0002.sicremi", &packages[1]);
    let ImportOutcome::Imported {
        package_id: second_id,
        ..
    } = secretariat
        .import_package(&second, PASSPHRASE)
        .unwrap()
        .outcome
    else {
        panic!("the second package was not imported");
    };
    let before = store_snapshot(&network.store_path());

    // The same bytes again, under the same name and under another one.
    let copy = network.write("copy of the package", &packages[1]);
    for path in [&second, &copy] {
        let again = secretariat.import_package(path, PASSPHRASE).unwrap();
        match again.outcome {
            ImportOutcome::AlreadyImported { package_id, .. } => assert_eq!(package_id, second_id),
            other => panic!("{}: {other:?}", path.display()),
        }
        assert_eq!(store_snapshot(&network.store_path()), before);
    }

    // An older package of the same sender arrives late.
    let first = network.write("SICREMI-ARG-2026-0001.sicremi", &packages[0]);
    match secretariat
        .import_package(&first, PASSPHRASE)
        .unwrap()
        .outcome
    {
        ImportOutcome::Superseded {
            sequence,
            latest_sequence,
            latest_package_id,
            ..
        } => {
            assert_eq!(sequence, 1);
            assert_eq!(latest_sequence, 2);
            assert_eq!(latest_package_id, second_id);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(store_snapshot(&network.store_path()), before);

    // A newer one replaces the current figures.
    let third = network.write("SICREMI-ARG-2026-0003.sicremi", &packages[2]);
    match secretariat
        .import_package(&third, PASSPHRASE)
        .unwrap()
        .outcome
    {
        ImportOutcome::Imported {
            replaced_package_id,
            ..
        } => assert_eq!(replaced_package_id, Some(second_id)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn renamed_package_files_import() {
    let network = Network::new("ARG");
    let packages = seal_packages(&network, 2);
    let mut secretariat = network.secretariat();
    let browser_copy = network.write("name (1).sicremi", &packages[0]);
    let no_extension = network.write("SICREMI-ARG-2026-0002", &packages[1]);
    for path in [browser_copy, no_extension] {
        // The snapshot sees an accepted package, so the unchanged snapshots of the other
        // tests mean something.
        let before = store_snapshot(&network.store_path());
        let import = secretariat.import_package(&path, PASSPHRASE).unwrap();
        assert_ne!(store_snapshot(&network.store_path()), before);
        assert!(
            matches!(import.outcome, ImportOutcome::Imported { .. }),
            "{}: {:?}",
            path.display(),
            import.outcome
        );
        assert_eq!(import.country, "ARG");
    }
}

/// Creates a Brazilian correspondent in a second folder that trusts the secretariat of
/// `network`, so its packages reach that secretariat. It has imported no questionnaire pack,
/// so its packages name none and the secretariat validates them with an empty reference.
fn second_correspondent(network: &Network) -> (tempfile::TempDir, Correspondent) {
    let brazil = tempfile::tempdir().unwrap();
    let profile = sicremi_app::Profile {
        country: "BRA".to_string(),
        name: "Second correspondent".to_string(),
        institution: "Second national office".to_string(),
    };
    let mut correspondent =
        Correspondent::create(brazil.path(), profile, PASSPHRASE, &test_kdf()).unwrap();
    make_sealable(&mut correspondent);
    correspondent
        .trust_secretariat(&network.secretariat().public_key_file().unwrap())
        .unwrap();
    (brazil, correspondent)
}

fn seal_to_file(network: &Network, correspondent: &mut Correspondent, name: &str) -> PathBuf {
    let sealed = correspondent.seal(PASSPHRASE, None).unwrap();
    network.write(name, &std::fs::read(&sealed.path).unwrap())
}

#[test]
fn sender_registered_for_other_country_rejected() {
    let network = Network::new("ARG");
    let (_brazil, mut brazilian) = second_correspondent(&network);
    let mut secretariat = network.secretariat();
    let registered = secretariat
        .register_correspondent(&brazilian.signing_public_key_file().unwrap(), "URY")
        .unwrap();
    assert_eq!(registered.country, "URY");
    let before = store_snapshot(&network.store_path());

    let path = seal_to_file(&network, &mut brazilian, "brazil.sicremi");
    let error = rejected(&mut secretariat, &path);
    assert_eq!(error.code, "import.wrong_country");
    assert_eq!(error.params["country"], "BRA");
    assert_eq!(error.params["key_id"], registered.key_id);
    assert_eq!(store_snapshot(&network.store_path()), before);
}

#[test]
fn revoked_sender_rejected() {
    let network = Network::new("ARG");
    let (_brazil, mut brazilian) = second_correspondent(&network);
    let mut secretariat = network.secretariat();
    let registered = secretariat
        .register_correspondent(&brazilian.signing_public_key_file().unwrap(), "BRA")
        .unwrap();
    let first = seal_to_file(&network, &mut brazilian, "brazil-1.sicremi");
    let second = seal_to_file(&network, &mut brazilian, "brazil-2.sicremi");
    let import = secretariat.import_package(&first, PASSPHRASE).unwrap();
    assert!(matches!(import.outcome, ImportOutcome::Imported { .. }));

    let revoked = secretariat.revoke(&registered.key_id).unwrap();
    assert!(revoked.revoked_at.is_some());
    let before = store_snapshot(&network.store_path());
    for path in [&second, &first] {
        let error = rejected(&mut secretariat, path);
        assert_eq!(error.code, "import.revoked_sender", "{}", path.display());
        assert_eq!(error.params["key_id"], registered.key_id);
    }
    assert_eq!(store_snapshot(&network.store_path()), before);
}

#[test]
fn package_for_other_secretariat_rejected() {
    let network = Network::new("ARG");
    // Sealed before the Brazilian correspondent trusts this network's secretariat, so it is
    // encrypted to the secretariat of its own demo.
    let brazil = Network::new("BRA");
    let mut brazilian = brazil.correspondent();
    make_sealable(&mut brazilian);
    let path = seal_to_file(&network, &mut brazilian, "brazil.sicremi");

    let mut secretariat = network.secretariat();
    secretariat
        .register_correspondent(&brazilian.signing_public_key_file().unwrap(), "BRA")
        .unwrap();
    let before = store_snapshot(&network.store_path());
    let error = rejected(&mut secretariat, &path);
    assert_eq!(error.code, "package.unknown_recipient");
    assert_eq!(store_snapshot(&network.store_path()), before);
}

#[test]
fn bad_files_leave_good_ones_importable() {
    let network = Network::new("ARG");
    let packages = seal_packages(&network, 2);
    let mut secretariat = network.secretariat();
    let mut flipped = packages[1].clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x80;
    let folder = network.file("folder.sicremi");
    std::fs::create_dir(&folder).unwrap();

    let batch = [
        (
            network.write("truncated.sicremi", &packages[1][..300]),
            false,
        ),
        (
            network.write("SICREMI-ARG-2026-0001.sicremi", &packages[0]),
            true,
        ),
        (network.write("flipped.sicremi", &flipped), false),
        (folder, false),
        (real_file("syria2022.xlsx"), false),
        (
            network.write("SICREMI-ARG-2026-0002.sicremi", &packages[1]),
            true,
        ),
    ];
    let mut imported = Vec::new();
    for (path, good) in &batch {
        match secretariat.import_package(path, PASSPHRASE) {
            Ok(import) => {
                assert!(good, "{} was accepted", path.display());
                let ImportOutcome::Imported { package_id, .. } = import.outcome else {
                    panic!("{}: {:?}", path.display(), import.outcome);
                };
                imported.push(package_id);
            }
            Err(error) => assert!(!good, "{}: {error:?}", path.display()),
        }
    }

    let overview = secretariat.overview().unwrap();
    assert_eq!(overview.submissions.len(), 2);
    let current: Vec<&str> = overview
        .submissions
        .iter()
        .filter(|s| s.is_current)
        .map(|s| s.package_id.as_str())
        .collect();
    assert_eq!(current, [imported[1].as_str()]);
}

#[test]
fn forged_payloads_rejected() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    make_sealable(&mut correspondent);
    let genuine = genuine_payload(&correspondent);
    let mut secretariat = network.secretariat();
    let before = store_snapshot(&network.store_path());

    let altered = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut payload = genuine.clone();
        change(&mut payload);
        serde_json::to_vec(&payload).unwrap()
    };
    let bolivia = format!("{REFERENCE_DATE}:_T:BOL:F");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("not JSON", b"not json".to_vec(), "payload.invalid"),
        ("empty payload", Vec::new(), "payload.invalid"),
        ("JSON array", b"[]".to_vec(), "payload.invalid"),
        (
            "unknown member",
            altered(&|p| p["extra"] = serde_json::json!(1)),
            "payload.invalid",
        ),
        (
            "other payload format",
            altered(&|p| p["format"] = serde_json::json!("sicremi-submission/2")),
            "payload.invalid",
        ),
        (
            "other questionnaire hash",
            altered(&|p| p["questionnaire"]["hash"] = serde_json::json!("sha256:00")),
            "payload.wrong_questionnaire",
        ),
        (
            "other cycle",
            altered(&|p| p["cycle"] = serde_json::json!(1999)),
            "payload.wrong_questionnaire",
        ),
        (
            "figures of another country",
            altered(&|p| p["dataset"]["country"] = serde_json::json!("BRA")),
            "import.wrong_country",
        ),
        (
            "country not in ISO 3166",
            altered(&|p| p["dataset"]["country"] = serde_json::json!("ZZZ")),
            "payload.invalid",
        ),
        (
            "table not in the questionnaire",
            altered(&|p| {
                p["dataset"]["cells"]["T99"] = serde_json::json!({"2025:BOL:F": {"value": 1}})
            }),
            "payload.invalid",
        ),
        (
            "unknown nationality code",
            altered(&|p| {
                p["dataset"]["cells"]["T9"]["2023-01-31:_T:QQQ:F"] = serde_json::json!({"value": 1})
            }),
            "payload.invalid",
        ),
        (
            "cell key with a fifth code",
            altered(&|p| {
                p["dataset"]["cells"]["T9"]["2023-01-31:_T:BOL:F:X"] =
                    serde_json::json!({"value": 1})
            }),
            "payload.invalid",
        ),
        (
            "unknown observation status",
            altered(&|p| {
                p["dataset"]["cells"]["T9"][&bolivia]["obs_status"] = serde_json::json!("Z")
            }),
            "payload.invalid",
        ),
        (
            "unknown confidentiality status",
            altered(&|p| {
                p["dataset"]["cells"]["T9"][&bolivia]["conf_status"] = serde_json::json!("Z")
            }),
            "payload.invalid",
        ),
        (
            "empty cell",
            altered(&|p| p["dataset"]["cells"]["T9"][&bolivia] = serde_json::json!({})),
            "payload.invalid",
        ),
        (
            "unknown member in a cell",
            altered(&|p| {
                p["dataset"]["cells"]["T9"][&bolivia]["formula"] = serde_json::json!("=1")
            }),
            "payload.invalid",
        ),
        (
            "fractional count",
            altered(&|p| p["dataset"]["cells"]["T9"][&bolivia]["value"] = serde_json::json!(1.5)),
            "payload.invalid",
        ),
        (
            "count above 64 bits",
            altered(&|p| {
                p["dataset"]["cells"]["T9"][&bolivia]["value"] = serde_json::json!(u64::MAX)
            }),
            "payload.invalid",
        ),
        (
            "metadata question not in the questionnaire",
            altered(&|p| p["dataset"]["metadata"]["T9"]["colour"] = serde_json::json!("blue")),
            "payload.invalid",
        ),
        (
            "metadata for a table not in the questionnaire",
            altered(&|p| p["dataset"]["metadata"]["T99"] = serde_json::json!({"notes": "x"})),
            "payload.invalid",
        ),
    ];
    for (sequence, (name, payload, expected)) in (10..).zip(cases) {
        let path = forge(
            &network,
            &correspondent,
            "forged.sicremi",
            &payload,
            sequence,
        );
        let error = rejected(&mut secretariat, &path);
        assert_eq!(error.code, expected, "{name}: {}", error.detail);
        assert_eq!(
            store_snapshot(&network.store_path()),
            before,
            "{name} changed the store"
        );
    }

    // Sequence numbers outside the store's range are rejected too.
    let payload = serde_json::to_vec(&genuine).unwrap();
    for sequence in [0, 1 << 63, u64::MAX] {
        let path = forge(
            &network,
            &correspondent,
            "forged.sicremi",
            &payload,
            sequence,
        );
        rejected(&mut secretariat, &path);
        assert_eq!(store_snapshot(&network.store_path()), before, "{sequence}");
    }

    // The unaltered payload, sealed the same way, is accepted: the rejections above come
    // from the changes, not from the way these packages are sealed.
    let path = forge(&network, &correspondent, "genuine.sicremi", &payload, 100);
    let import = secretariat.import_package(&path, PASSPHRASE).unwrap();
    assert!(matches!(import.outcome, ImportOutcome::Imported { .. }));
}

fn with_u32(bytes: &[u8], at: usize, value: u32) -> Vec<u8> {
    with_bytes(bytes, at, &value.to_be_bytes())
}

#[test]
fn damaged_signing_key_file_seals_nothing() {
    let network = Network::new("ARG");
    let mut correspondent = network.correspondent();
    make_sealable(&mut correspondent);
    let key_path = network.layout.correspondent().join("signing.key");
    let original = std::fs::read(&key_path).unwrap();
    let secretariat_key =
        std::fs::read(network.layout.secretariat().join("encryption.key")).unwrap();

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "m_cost maximum",
            with_u32(&original, key_offset::M_COST, u32::MAX),
            "key.kdf_param_out_of_range",
        ),
        (
            "m_cost 1 GiB + 1 KiB",
            with_u32(&original, key_offset::M_COST, KdfParams::MAX_MEMORY_KIB + 1),
            "key.kdf_param_out_of_range",
        ),
        (
            "m_cost 0",
            with_u32(&original, key_offset::M_COST, 0),
            "key.kdf_param_out_of_range",
        ),
        (
            "m_cost below 8 per lane",
            with_u32(&original, key_offset::M_COST, 7),
            "key.kdf_param_out_of_range",
        ),
        (
            "t_cost 0",
            with_u32(&original, key_offset::T_COST, 0),
            "key.kdf_param_out_of_range",
        ),
        (
            "t_cost 17",
            with_u32(&original, key_offset::T_COST, KdfParams::MAX_PASSES + 1),
            "key.kdf_param_out_of_range",
        ),
        (
            "t_cost maximum",
            with_u32(&original, key_offset::T_COST, u32::MAX),
            "key.kdf_param_out_of_range",
        ),
        (
            "p_cost 0",
            with_u32(&original, key_offset::P_COST, 0),
            "key.kdf_param_out_of_range",
        ),
        (
            "p_cost 9",
            with_u32(&original, key_offset::P_COST, KdfParams::MAX_LANES + 1),
            "key.kdf_param_out_of_range",
        ),
        (
            "p_cost maximum",
            with_u32(&original, key_offset::P_COST, u32::MAX),
            "key.kdf_param_out_of_range",
        ),
        (
            "other valid m_cost",
            with_u32(&original, key_offset::M_COST, 128),
            "key.wrong_passphrase",
        ),
        ("empty", Vec::new(), "key.truncated"),
        ("magic only", original[..8].to_vec(), "key.truncated"),
        (
            "one byte short",
            original[..original.len() - 1].to_vec(),
            "key.truncated",
        ),
        (
            "one byte more",
            [original.as_slice(), &[0]].concat(),
            "key.trailing_data",
        ),
        (
            "last byte flipped",
            with_bytes(
                &original,
                original.len() - 1,
                &[original[original.len() - 1] ^ 1],
            ),
            "key.wrong_passphrase",
        ),
        (
            "the secretariat's key file",
            secretariat_key,
            "key.wrong_kind",
        ),
        ("a package", b"QPKG\r\n\x1a\n".repeat(30), "key.bad_magic"),
    ];
    for (name, bytes, expected) in cases {
        std::fs::write(&key_path, &bytes).unwrap();
        let error = correspondent.seal(PASSPHRASE, None).unwrap_err();
        assert_eq!(error.code, expected, "{name}: {}", error.detail);
        assert_eq!(
            correspondent.overview().unwrap().last_sequence,
            0,
            "{name} used up a sequence number"
        );
    }

    std::fs::write(&key_path, &original).unwrap();
    let error = correspondent.seal("not the passphrase", None).unwrap_err();
    assert_eq!(error.code, "key.wrong_passphrase");
    let error = correspondent.seal("", None).unwrap_err();
    assert_eq!(error.code, "key.empty_passphrase");
    assert_eq!(correspondent.overview().unwrap().last_sequence, 0);
    assert_eq!(
        std::fs::read_dir(correspondent.outbox()).unwrap().count(),
        0,
        "a package was written"
    );

    // The restored key file seals again.
    assert_eq!(correspondent.seal(PASSPHRASE, None).unwrap().sequence, 1);
}

#[test]
fn damaged_secretariat_key_file_imports_nothing() {
    let network = Network::new("ARG");
    let package = seal_packages(&network, 1).remove(0);
    let path = network.write("package.sicremi", &package);
    let key_path = network.layout.secretariat().join("encryption.key");
    let original = std::fs::read(&key_path).unwrap();
    let mut secretariat = network.secretariat();
    let before = store_snapshot(&network.store_path());

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "m_cost maximum",
            with_u32(&original, key_offset::M_COST, u32::MAX),
            "key.kdf_param_out_of_range",
        ),
        (
            "t_cost maximum",
            with_u32(&original, key_offset::T_COST, u32::MAX),
            "key.kdf_param_out_of_range",
        ),
        (
            "p_cost maximum",
            with_u32(&original, key_offset::P_COST, u32::MAX),
            "key.kdf_param_out_of_range",
        ),
        (
            "one byte short",
            original[..original.len() - 1].to_vec(),
            "key.truncated",
        ),
        (
            "ciphertext flipped",
            with_bytes(
                &original,
                original.len() - 1,
                &[original[original.len() - 1] ^ 1],
            ),
            "key.wrong_passphrase",
        ),
        (
            "the correspondent's key file",
            std::fs::read(network.layout.correspondent().join("signing.key")).unwrap(),
            "key.wrong_kind",
        ),
    ];
    for (name, bytes, expected) in cases {
        std::fs::write(&key_path, &bytes).unwrap();
        let error = rejected(&mut secretariat, &path);
        assert_eq!(error.code, expected, "{name}: {}", error.detail);
        assert_eq!(store_snapshot(&network.store_path()), before, "{name}");
    }

    std::fs::write(&key_path, &original).unwrap();
    let error = secretariat
        .import_package(&path, "not the passphrase")
        .unwrap_err();
    assert_eq!(error.code, "key.wrong_passphrase");
    assert_eq!(store_snapshot(&network.store_path()), before);
    let import = secretariat.import_package(&path, PASSPHRASE).unwrap();
    assert!(matches!(import.outcome, ImportOutcome::Imported { .. }));
}

#[test]
fn setup_rejects_bad_country_and_short_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let profile = |country: &str| Profile {
        country: country.to_string(),
        name: "Correspondent".to_string(),
        institution: "Office".to_string(),
    };
    let folder = dir.path().join("correspondent");
    for country in ["XYZ", "AR", "Argentina", ""] {
        let error =
            Correspondent::create(&folder, profile(country), PASSPHRASE, &test_kdf()).unwrap_err();
        assert_eq!(error.code, "setup.unknown_country", "{country:?}");
    }
    let error = Correspondent::create(&folder, profile("ARG"), "short", &test_kdf()).unwrap_err();
    assert_eq!(error.code, "setup.passphrase_too_short");
    assert!(!folder.join("signing.key").exists());
    assert!(!folder.join("workspace.sqlite").exists());

    // Lower case and surrounding spaces are accepted and normalised.
    let correspondent =
        Correspondent::create(&folder, profile(" arg "), PASSPHRASE, &test_kdf()).unwrap();
    assert_eq!(correspondent.country(), "ARG");
}
