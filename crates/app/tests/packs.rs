//! Questionnaire packs end to end: the demo secretariat issues signed packs, the
//! correspondent inspects and imports them into a real workspace, and the secretariat
//! validates submissions against the reference of the pack they answer.
//!
//! Hostile packs (cut, extended, re-signed, for another country, older, or the same version
//! with other content) must leave the workspace row for row as it was.

use std::path::{Path, PathBuf};

use serde_json::json;

use sicremi_app::pack::PackBody;
use sicremi_app::payload::{PackRef, QuestionnaireRef, SubmissionPayload};
use sicremi_app::{create_demo, AppError, CellInput, Correspondent, DataLayout, KdfParams};
use sicremi_package::{
    read_key_file, seal, sign_pack, CountryCode, HeaderMeta, PayloadType, PublicKey, PublicKeyFile,
    SigningKey, PACK_HEADER_LEN, SIGNATURE_LEN,
};
use sicremi_store::ImportOutcome;

const PASSPHRASE: &str = "correct horse battery";

/// Cheap Argon2 parameters: the tests exercise the formats and the checks, not the cost.
fn test_kdf() -> KdfParams {
    KdfParams::new(64, 1, 1).unwrap()
}

/// A demo network (secretariat and one Argentine correspondent, pack 1 imported) in its own
/// temporary folder.
struct Network {
    dir: tempfile::TempDir,
    layout: DataLayout,
}

impl Network {
    fn new() -> Network {
        let dir = tempfile::tempdir().unwrap();
        let layout = DataLayout::new(dir.path());
        create_demo(&layout, "ARG", PASSPHRASE, &test_kdf()).unwrap();
        Network { dir, layout }
    }

    fn correspondent(&self) -> Correspondent {
        Correspondent::open(&self.layout.correspondent()).unwrap()
    }

    fn secretariat(&self) -> sicremi_app::Secretariat {
        sicremi_app::Secretariat::open(&self.layout.secretariat()).unwrap()
    }

    fn workspace_path(&self) -> PathBuf {
        self.layout.correspondent().join("workspace.sqlite")
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.file(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Decrypts the secretariat's pack signing key.
    fn pack_signer(&self) -> SigningKey {
        let bytes = read_key_file(&self.layout.secretariat().join("signing.key")).unwrap();
        SigningKey::from_key_file(&bytes, PASSPHRASE).unwrap()
    }

    /// Issues a genuine pack and returns its body, to alter and sign again.
    fn genuine_body(&self) -> PackBody {
        let path = self.file(&format!("genuine-{}.pack", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let population = [("2024".to_string(), 46_400_000)].into();
        self.secretariat()
            .issue_pack("ARG", PASSPHRASE, &population, &path)
            .unwrap();
        let bytes = std::fs::read(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        serde_json::from_slice(&bytes[PACK_HEADER_LEN..bytes.len() - SIGNATURE_LEN]).unwrap()
    }

    /// Signs `body` with the secretariat's key and writes it to `name`.
    fn signed(&self, name: &str, body: &PackBody) -> PathBuf {
        let pack = sign_pack(&body.to_canonical_bytes(), &self.pack_signer()).unwrap();
        self.write(name, &pack)
    }
}

/// Reads every row of every table of an SQLite file, as text, table by table.
fn snapshot(path: &Path) -> Vec<(String, Vec<String>)> {
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

fn number(value: i64) -> CellInput {
    CellInput {
        value: Some(value.to_string()),
        ..CellInput::default()
    }
}

/// Returns the T1 key of 2024, `row` and `column`, built by the definition in use.
fn t1_key(correspondent: &Correspondent, row: &str, column: &str) -> String {
    let table = correspondent.questionnaire().table("T1").unwrap();
    table.key("2024", row, column)
}

fn cell_value(correspondent: &Correspondent, table: &str, key: &str) -> Option<i64> {
    correspondent.dataset().unwrap().value(table, key)
}

fn import_error(correspondent: &mut Correspondent, path: &Path) -> AppError {
    correspondent
        .import_pack(path, true)
        .expect_err("the pack must be rejected")
}

#[test]
fn demo_imports_first_pack() {
    let network = Network::new();
    let correspondent = network.correspondent();
    let overview = correspondent.overview().unwrap();
    assert_eq!(overview.pack_version, Some(1));
    assert_eq!(overview.secretariat_signing_keys.len(), 1);
    assert_eq!(
        correspondent.reference().population.get("2024"),
        Some(&46_400_000)
    );
    let secretariat = network.secretariat().overview().unwrap();
    assert_eq!(
        secretariat.signing_key.as_ref().map(|k| &k.key_id),
        Some(&overview.secretariat_signing_keys[0].key_id)
    );
}

#[test]
fn issued_pack_round_trip() {
    let network = Network::new();
    let path = network.file("ARG-2.pack");
    let population = [("2023".to_string(), 46_250_000)].into();
    let issued = network
        .secretariat()
        .issue_pack("ARG", PASSPHRASE, &population, &path)
        .unwrap();
    assert_eq!(issued.pack_version, 2);

    let mut correspondent = network.correspondent();
    let preview = correspondent.inspect_pack(&path).unwrap();
    assert_eq!(preview.pack_version, 2);
    assert_eq!(preview.country, "ARG");
    assert_eq!(preview.current_pack_version, Some(1));
    assert!(!preview.definition_changed);
    assert!(preview.migration.is_none());
    assert_eq!(preview.keys.len(), 2);
    // The new figure is shown beside the one the demo pack gave for the same year.
    let current = correspondent.reference().population.get("2023").copied();
    assert!(current.is_some_and(|c| c != 46_250_000), "{current:?}");
    assert_eq!(preview.population.len(), 1);
    assert_eq!(preview.population[0].year, "2023");
    assert_eq!(preview.population[0].value, 46_250_000);
    assert_eq!(preview.population[0].current, current);

    let outcome = correspondent.import_pack(&path, false).unwrap();
    assert!(!outcome.already_imported);
    assert_eq!(outcome.pack_version, 2);
    assert_eq!(
        Correspondent::open(&network.layout.correspondent())
            .unwrap()
            .reference()
            .population
            .get("2023"),
        Some(&46_250_000),
        "a reopened workspace reads the active pack's reference"
    );

    let before = snapshot(&network.workspace_path());
    let again = correspondent.import_pack(&path, false).unwrap();
    assert!(again.already_imported);
    assert_eq!(snapshot(&network.workspace_path()), before);
}

#[test]
fn prefill_never_overwrites_own_values() {
    let network = Network::new();
    let mut correspondent = network.correspondent();
    let own = t1_key(&correspondent, "BOL", "F");
    let empty = t1_key(&correspondent, "BOL", "M");
    correspondent.set_cell("T1", &own, &number(8)).unwrap();

    let mut body = network.genuine_body();
    body.pack_version = 10;
    body.reference.accepted.country = "ARG".to_string();
    body.reference.accepted.cells = [(
        "T1".to_string(),
        [
            (own.clone(), sicremi_model::CellValue::number(7)),
            (empty.clone(), sicremi_model::CellValue::number(4)),
        ]
        .into(),
    )]
    .into();
    let path = network.signed("prefill.pack", &body);

    let preview = correspondent.inspect_pack(&path).unwrap();
    assert_eq!(preview.prefilled_values, 1);
    let outcome = correspondent.import_pack(&path, false).unwrap();
    assert_eq!(outcome.prefilled, 1);
    assert_eq!(cell_value(&correspondent, "T1", &own), Some(8));
    assert_eq!(cell_value(&correspondent, "T1", &empty), Some(4));
}

#[test]
fn hostile_packs_leave_workspace_unchanged() {
    let network = Network::new();
    let mut correspondent = network.correspondent();
    correspondent
        .set_cell("T1", &t1_key(&correspondent, "BOL", "F"), &number(8))
        .unwrap();

    let mut body = network.genuine_body();
    body.pack_version = 3;
    let current = network.signed("v3.pack", &body);
    correspondent.import_pack(&current, false).unwrap();
    let genuine = std::fs::read(&current).unwrap();
    let before = snapshot(&network.workspace_path());

    let mut cases: Vec<(String, Vec<u8>, &str)> = Vec::new();
    for len in [
        0,
        5,
        12,
        20,
        PACK_HEADER_LEN,
        genuine.len() - SIGNATURE_LEN,
        genuine.len() - 1,
    ] {
        cases.push((
            format!("first {len} bytes"),
            genuine[..len].to_vec(),
            "pack.truncated",
        ));
    }
    let mut garbled = genuine.clone();
    *garbled.last_mut().unwrap() ^= 0x40;
    cases.push(("garbled signature".into(), garbled, "pack.signature"));
    let mut altered_body = genuine.clone();
    altered_body[PACK_HEADER_LEN + 2] ^= 0x01;
    cases.push(("altered body".into(), altered_body, "pack.signature"));
    let mut trailing = genuine.clone();
    trailing.push(b'\n');
    cases.push(("trailing byte".into(), trailing, "pack.trailing_data"));
    let mut oversized = genuine.clone();
    oversized[29..PACK_HEADER_LEN].copy_from_slice(&u64::MAX.to_be_bytes());
    cases.push(("oversized body length".into(), oversized, "pack.too_large"));
    let mut wrong_magic = genuine.clone();
    wrong_magic[0] = b'Q';
    cases.push(("other magic".into(), wrong_magic, "pack.bad_magic"));
    let mut other_version = genuine.clone();
    other_version[12] = 2;
    cases.push((
        "other format version".into(),
        other_version,
        "pack.unsupported_version",
    ));

    let stranger = SigningKey::generate().unwrap();
    let mut newer = body.clone();
    newer.pack_version = 4;
    cases.push((
        "signed by an unknown key".into(),
        sign_pack(&newer.to_canonical_bytes(), &stranger).unwrap(),
        "pack.unknown_signer",
    ));

    let signer = network.pack_signer();
    let signed = |body: &PackBody| sign_pack(&body.to_canonical_bytes(), &signer).unwrap();
    let mut brazil = newer.clone();
    brazil.country = "BRA".to_string();
    brazil.reference.accepted.country = "BRA".to_string();
    cases.push((
        "for another country".into(),
        signed(&brazil),
        "pack.wrong_country",
    ));
    let mut older = body.clone();
    older.pack_version = 2;
    cases.push((
        "older version".into(),
        signed(&older),
        "store.pack_outdated",
    ));
    let mut same_version = body.clone();
    same_version.issued_at = "2030-01-01T00:00:00Z".to_string();
    cases.push((
        "same version, other bytes".into(),
        signed(&same_version),
        "store.pack_version_conflict",
    ));
    let mut unknown_member = serde_json::to_value(&newer).unwrap();
    unknown_member["extra"] = json!(true);
    let unknown_member = sign_pack(
        sicremi_model::canonical_json(&unknown_member).as_bytes(),
        &signer,
    )
    .unwrap();
    cases.push(("unknown body member".into(), unknown_member, "pack.invalid"));
    let mut no_keys = newer.clone();
    no_keys.keys.clear();
    cases.push(("no keys listed".into(), signed(&no_keys), "pack.invalid"));
    let mut bad_population = newer.clone();
    bad_population
        .reference
        .population
        .insert("2024".into(), -5);
    cases.push((
        "negative population".into(),
        signed(&bad_population),
        "pack.invalid",
    ));
    let mut foreign_cells = newer.clone();
    foreign_cells.reference.accepted.country = "ARG".to_string();
    foreign_cells.reference.accepted.cells = [(
        "T1".to_string(),
        [(
            "2024:QQQ:F".to_string(),
            sicremi_model::CellValue::number(1),
        )]
        .into(),
    )]
    .into();
    cases.push((
        "accepted value outside the definition".into(),
        signed(&foreign_cells),
        "pack.invalid",
    ));

    for (name, bytes, code) in cases {
        let path = network.write("hostile.pack", &bytes);
        let inspected = correspondent
            .inspect_pack(&path)
            .map(|preview| preview.status);
        let error = import_error(&mut correspondent, &path);
        assert_eq!(error.code, code, "{name}: {}", error.detail);
        if code.starts_with("pack.") {
            assert!(inspected.is_err(), "{name}: inspect accepted the pack");
        }
        assert_eq!(
            snapshot(&network.workspace_path()),
            before,
            "{name}: the workspace changed"
        );
    }
}

/// Returns the embedded definition as the next version: table T3 removed, sex U moved to O in
/// T1, and no rules, so that no rule names the removed table.
fn next_definition(current: &serde_json::Value) -> serde_json::Value {
    let mut next = current.clone();
    let version = current["version"].as_u64().unwrap();
    next["version"] = json!(version + 1);
    next["rules"] = json!([]);
    next["tables"]
        .as_array_mut()
        .unwrap()
        .retain(|table| table["id"] != "T3");
    let questions = next["metadata"].as_array_mut().unwrap();
    questions.retain(|question| {
        let tables = question["tables"].as_array().cloned().unwrap_or_default();
        tables.is_empty() || tables.iter().any(|t| t != "T3")
    });
    for question in questions.iter_mut() {
        if let Some(tables) = question.get_mut("tables").and_then(|t| t.as_array_mut()) {
            tables.retain(|t| t != "T3");
        }
    }
    next["migrations"] = json!([{
        "from_version": version,
        "codes": [{"table": "T1", "dimension": "sex", "from": "U", "to": "O"}]
    }]);
    next
}

/// Fills a cell that moves, one that stays and one in the removed table, and returns a pack
/// with the next definition plus one accepted value for an empty cell.
fn definition_change(
    network: &Network,
    correspondent: &mut Correspondent,
) -> (PathBuf, [String; 4]) {
    let moving = t1_key(correspondent, "BOL", "U");
    let staying = t1_key(correspondent, "BOL", "F");
    let t3 = correspondent.questionnaire().table("T3").unwrap();
    let row = correspondent.questionnaire().codes(&t3.row_dim().codelist)[0]
        .code
        .clone();
    let removed = t3.key("2024", &row, "F");
    correspondent.set_cell("T1", &moving, &number(5)).unwrap();
    correspondent.set_cell("T1", &staying, &number(7)).unwrap();
    correspondent.set_cell("T3", &removed, &number(3)).unwrap();

    let mut body = network.genuine_body();
    body.pack_version = 5;
    body.definition = next_definition(&body.definition);
    let prefill = t1_key(correspondent, "PER", "M");
    body.reference.accepted.country = "ARG".to_string();
    body.reference.accepted.cells = [(
        "T1".to_string(),
        [(prefill.clone(), sicremi_model::CellValue::number(11))].into(),
    )]
    .into();
    let path = network.signed("next-definition.pack", &body);
    (path, [moving, staying, removed, prefill])
}

#[test]
fn definition_change_moves_and_drops_cells() {
    let network = Network::new();
    let mut correspondent = network.correspondent();
    let (path, [moving, staying, removed, prefill]) =
        definition_change(&network, &mut correspondent);
    let moved_to = t1_key(&correspondent, "BOL", "O");

    let preview = correspondent.inspect_pack(&path).unwrap();
    assert!(preview.definition_changed);
    let plan = preview.migration.expect("the definition changed");
    assert_eq!(plan.moved.len(), 1);
    assert_eq!(plan.moved[0].from.key, moving);
    assert_eq!(plan.moved[0].to.key, moved_to);
    assert_eq!(plan.dropped.len(), 1);
    assert_eq!(plan.dropped[0].cell.key, removed);

    let before = snapshot(&network.workspace_path());
    let error = correspondent.import_pack(&path, false).unwrap_err();
    assert_eq!(error.code, "pack.confirmation_required");
    assert_eq!(snapshot(&network.workspace_path()), before);

    let outcome = correspondent.import_pack(&path, true).unwrap();
    assert_eq!(
        (outcome.moved, outcome.dropped, outcome.prefilled),
        (1, 1, 1)
    );
    assert_eq!(cell_value(&correspondent, "T1", &moving), None);
    assert_eq!(cell_value(&correspondent, "T1", &moved_to), Some(5));
    assert_eq!(cell_value(&correspondent, "T1", &staying), Some(7));
    assert_eq!(cell_value(&correspondent, "T1", &prefill), Some(11));
    assert!(correspondent
        .dataset()
        .unwrap()
        .cells
        .get("T3")
        .is_none_or(|c| c.is_empty()));

    let reopened = Correspondent::open(&network.layout.correspondent()).unwrap();
    assert!(reopened.questionnaire().table("T3").is_none());
    let dropped = reopened.dropped_cells().unwrap();
    assert_eq!(dropped.len(), 1);
    assert_eq!(dropped[0].table_id, "T3");
    assert_eq!(dropped[0].item, removed);
    assert_eq!(dropped[0].value, json!({"value": 3}));
}

#[test]
fn failed_import_keeps_old_state() {
    let network = Network::new();
    let mut correspondent = network.correspondent();
    let (path, [_, _, _, prefill]) = definition_change(&network, &mut correspondent);

    // The prefill is the last cell write of the import, after the moves and the drops, so a
    // failure there must undo them all.
    let connection = rusqlite::Connection::open(network.workspace_path()).unwrap();
    connection
        .execute_batch(&format!(
            "CREATE TRIGGER fail_prefill BEFORE INSERT ON cells WHEN NEW.cell_key = '{prefill}'
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END;"
        ))
        .unwrap();
    drop(connection);
    let before = snapshot(&network.workspace_path());

    let error = correspondent.import_pack(&path, true).unwrap_err();
    assert!(error.code.starts_with("store."), "{error:?}");
    assert_eq!(snapshot(&network.workspace_path()), before);
    let reopened = Correspondent::open(&network.layout.correspondent()).unwrap();
    assert!(reopened.questionnaire().table("T3").is_some());
    assert!(reopened.dropped_cells().unwrap().is_empty());
}

fn renaper_csv() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/realfiles/ar_renaper_extranjeros_residiendo_enero_2023.csv")
}

/// Imports the RENAPER stock file, answers every required metadata question of the tables
/// with data and justifies every warning, so the workspace can seal.
fn make_sealable(correspondent: &mut Correspondent) {
    correspondent
        .import_renaper(&renaper_csv(), "2023-01-31")
        .unwrap();
    let tables: Vec<String> = correspondent
        .dataset()
        .unwrap()
        .cells
        .into_iter()
        .filter(|(_, cells)| !cells.is_empty())
        .map(|(table, _)| table)
        .collect();
    let questions = correspondent.questionnaire().def.metadata.clone();
    for table in &tables {
        for question in questions
            .iter()
            .filter(|q| q.required && q.applies_to(table))
        {
            correspondent
                .set_metadata(table, &question.id, &metadata_answer(question))
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

/// Returns a valid answer to a metadata question of any kind.
fn metadata_answer(question: &sicremi_model::definition::MetadataQuestion) -> String {
    use sicremi_model::definition::MetadataKind;
    match question.kind {
        MetadataKind::Choice => question.choices[0].code.clone(),
        MetadataKind::Date => "2023-01-31".to_string(),
        MetadataKind::Integer => "1".to_string(),
        MetadataKind::Text | MetadataKind::LongText => "National register".to_string(),
    }
}

/// Seals `payload` with the correspondent's signing key to the secretariat's key.
fn seal_payload(network: &Network, correspondent: &Correspondent, payload: &[u8]) -> PathBuf {
    let key_file = read_key_file(&network.layout.correspondent().join("signing.key")).unwrap();
    let signer = SigningKey::from_key_file(&key_file, PASSPHRASE).unwrap();
    let public = PublicKeyFile::parse(&network.secretariat().public_key_file().unwrap()).unwrap();
    let PublicKey::Recipient(recipient) = public.key else {
        panic!("the secretariat's public key file holds an encryption key");
    };
    let questionnaire = correspondent.questionnaire();
    let mut schema_hash = [0u8; 16];
    schema_hash.copy_from_slice(&questionnaire.hash()[..16]);
    let meta = HeaderMeta {
        country: CountryCode::new("ARG").unwrap(),
        payload_type: PayloadType::CanonicalJson,
        reporting_cycle: questionnaire.def.cycle,
        questionnaire_version: questionnaire.def.version,
        schema_hash,
        sequence: 40,
        created_at: 1_700_000_000,
        package_id: sicremi_package::random_package_id().unwrap(),
    };
    let package = seal(payload, &meta, &signer, &recipient).unwrap();
    network.write("forged.sicremi", &package)
}

#[test]
fn secretariat_validates_with_pack_reference() {
    let network = Network::new();
    let mut correspondent = network.correspondent();
    make_sealable(&mut correspondent);
    let mut secretariat = network.secretariat();

    let questionnaire = correspondent.questionnaire();
    let payload = SubmissionPayload {
        format: sicremi_app::payload::PAYLOAD_FORMAT.to_string(),
        questionnaire: QuestionnaireRef {
            id: questionnaire.def.id.clone(),
            version: questionnaire.def.version,
            hash: questionnaire.hash_hex(),
            pack: Some(PackRef {
                version: 99,
                sha256: "00".repeat(32),
            }),
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
    let forged = seal_payload(&network, &correspondent, &payload.to_canonical_bytes());
    let error = secretariat
        .import_package(&forged, PASSPHRASE)
        .expect_err("a payload naming an unknown pack is refused");
    assert_eq!(error.code, "import.unknown_pack");
    assert_eq!(error.params["version"], "99");

    let sealed = correspondent.seal(PASSPHRASE, None).unwrap();
    let import = secretariat
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap();
    assert!(matches!(import.outcome, ImportOutcome::Imported { .. }));
    let mut theirs: Vec<String> = import.findings.iter().map(|f| f.id.clone()).collect();
    let mut ours: Vec<String> = correspondent
        .findings()
        .unwrap()
        .findings
        .iter()
        .map(|f| f.id.clone())
        .collect();
    theirs.sort();
    ours.sort();
    assert_eq!(theirs, ours, "both sides validate with the same reference");

    // The demo pack carries population figures, so wherever the definition has an IDB
    // indicator rule, the secretariat's run must have had a population to divide by.
    for finding in import
        .findings
        .iter()
        .filter(|f| f.message == "finding-idb-indicator")
    {
        assert_ne!(
            finding.params.get("status"),
            Some(&sicremi_model::Param::Text("no_population".to_string())),
            "{finding:?}"
        );
    }
}
