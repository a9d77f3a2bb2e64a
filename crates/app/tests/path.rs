//! The whole path on real data without a UI: a demo network, Argentina's RENAPER file into
//! T9, a value that breaks a rule and its fix, a justified warning, sealing, and the
//! secretariat's import compared with sums computed here from the CSV.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sicremi_app::{create_demo, CellInput, Correspondent, DataLayout, KdfParams, Secretariat};
use sicremi_store::ImportOutcome;

const PASSPHRASE: &str = "correct horse battery";
const REFERENCE_DATE: &str = "2023-01-31";

fn renaper_csv() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/realfiles/ar_renaper_extranjeros_residiendo_enero_2023.csv")
}

/// Cheap Argon2 parameters: the tests exercise the key file format, not the cost.
fn test_kdf() -> KdfParams {
    KdfParams::new(64, 1, 1).unwrap()
}

/// Sums of the CSV by (country name, sex) and by sex, parsed here independently of the
/// importer: the file quotes every text field and has no comma inside a field.
fn csv_sums() -> (BTreeMap<(String, String), i64>, BTreeMap<String, i64>) {
    let text = std::fs::read_to_string(renaper_csv()).unwrap();
    let mut by_country = BTreeMap::new();
    let mut by_sex = BTreeMap::new();
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').map(|f| f.trim_matches('"')).collect();
        assert_eq!(fields.len(), 6, "unexpected line {line:?}");
        let count: i64 = fields[5].parse().unwrap();
        *by_country
            .entry((fields[2].to_string(), fields[3].to_string()))
            .or_insert(0) += count;
        *by_sex.entry(fields[3].to_string()).or_insert(0) += count;
    }
    (by_country, by_sex)
}

fn number(text: &str) -> CellInput {
    CellInput {
        value: Some(text.to_string()),
        ..CellInput::default()
    }
}

struct Network {
    _dir: tempfile::TempDir,
    layout: DataLayout,
}

fn demo() -> Network {
    let dir = tempfile::tempdir().unwrap();
    let layout = DataLayout::new(dir.path());
    create_demo(&layout, "ARG", PASSPHRASE, &test_kdf()).unwrap();
    Network { _dir: dir, layout }
}

/// Imports the RENAPER file and answers the metadata questions the file leaves open, leaving
/// only the completeness warnings of the mandatory inflow tables T1 and T2.
fn filled(network: &Network) -> Correspondent {
    let mut correspondent = Correspondent::open(&network.layout.correspondent()).unwrap();
    let outcome = correspondent
        .import_renaper(&renaper_csv(), REFERENCE_DATE)
        .unwrap();
    assert_eq!(outcome.rows_read, 9531);
    assert!(outcome
        .metadata_filled
        .contains(&"T9.source_institution".to_string()));
    answer_open_questions(&mut correspondent);
    correspondent
}

/// Answers every required metadata question of T9 that the RENAPER import left open.
fn answer_open_questions(correspondent: &mut Correspondent) {
    use sicremi_model::definition::MetadataKind;
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
            MetadataKind::Text | MetadataKind::LongText => {
                "Foreign residents registered with RENAPER on the reference date.".to_string()
            }
        };
        correspondent
            .set_metadata("T9", &question.id, &answer)
            .unwrap();
    }
}

/// Justifies the warnings left after the RENAPER import: T1 and T2 have no figures yet.
fn justify_completeness(correspondent: &mut Correspondent) {
    let warnings: Vec<String> = correspondent
        .findings()
        .unwrap()
        .findings
        .iter()
        .filter(|f| f.severity == sicremi_model::Severity::Warning)
        .map(|f| f.id.clone())
        .collect();
    assert_eq!(warnings.len(), 2);
    for warning in warnings {
        correspondent
            .justify(&warning, "Inflows follow in the next package.")
            .unwrap();
    }
}

#[test]
fn whole_path_on_renaper_file() {
    let network = demo();
    let mut correspondent = filled(&network);

    // After the import only the empty mandatory tables T1 and T2 are reported, besides the
    // IDB indicator, which cannot be computed without inflows.
    let view = correspondent.findings().unwrap();
    let rules: Vec<&str> = view.findings.iter().map(|f| f.rule.as_str()).collect();
    assert_eq!(rules, ["V00", "V00", "V19"], "{:#?}", view.findings);
    assert_eq!(
        view.findings[2].params["status"],
        sicremi_model::Param::Text("incomplete".into())
    );

    // A value that breaks the sex sum of Bolivia is reported with the numbers.
    let key = format!("{REFERENCE_DATE}:_T:BOL:F");
    let original = correspondent.dataset().unwrap().value("T9", &key).unwrap();
    let outcome = correspondent
        .set_cell("T9", &key, &number(&(original + 5).to_string()))
        .unwrap();
    let broken: Vec<_> = outcome
        .findings
        .findings
        .iter()
        .filter(|f| f.rule == "V02")
        .collect();
    assert_eq!(broken.len(), 1);
    assert_eq!(
        broken[0].cells[0].key,
        format!("{REFERENCE_DATE}:_T:BOL:_T")
    );
    assert_eq!(
        broken[0].params["difference"],
        sicremi_model::Param::Int(-5)
    );
    let sealing = correspondent.seal(PASSPHRASE, None).unwrap_err();
    assert_eq!(sealing.code, "seal.blocked");

    // Fixing it and justifying the warnings allows sealing.
    correspondent
        .set_cell("T9", &key, &number(&original.to_string()))
        .unwrap();
    justify_completeness(&mut correspondent);
    let view = correspondent.findings().unwrap();
    assert!(view.assessment.can_seal());

    let wrong = correspondent.seal("not the passphrase", None).unwrap_err();
    assert_eq!(wrong.code, "key.wrong_passphrase");
    let sealed = correspondent.seal(PASSPHRASE, None).unwrap();
    assert_eq!(
        sealed.sequence, 1,
        "a wrong passphrase must not use up a sequence number"
    );
    assert!(Path::new(&sealed.path).exists());

    // The secretariat imports it and sees the CSV's figures.
    let mut secretariat = Secretariat::open(&network.layout.secretariat()).unwrap();
    let import = secretariat
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap();
    assert!(
        matches!(import.outcome, ImportOutcome::Imported { .. }),
        "{:?}",
        import.outcome
    );
    // The secretariat finds what the correspondent saw, and both justifications travelled.
    let seen: Vec<&str> = view.findings.iter().map(|f| f.id.as_str()).collect();
    let found: Vec<&str> = import.findings.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(found, seen);
    assert_eq!(import.justified, 2);

    let received = secretariat.dataset("ARG").unwrap();
    let (by_country, by_sex) = csv_sums();
    let sex_codes = [("MUJER", "F"), ("VARON", "M"), ("X", "O")];
    for ((name, sex), expected) in &by_country {
        let code = if name == "Otro país" {
            "ZZO".to_string()
        } else {
            sicremi_codes::match_name(name).unwrap().alpha3.clone()
        };
        let sex_code = sex_codes.iter().find(|(s, _)| s == sex).unwrap().1;
        let key = format!("{REFERENCE_DATE}:_T:{code}:{sex_code}");
        assert_eq!(received.value("T9", &key), Some(*expected), "{name} {sex}");
    }
    for (sex, sex_code) in sex_codes {
        let key = format!("{REFERENCE_DATE}:_T:_T:{sex_code}");
        assert_eq!(received.value("T9", &key), Some(by_sex[sex]), "total {sex}");
    }
    let grand_total: i64 = by_sex.values().sum();
    assert_eq!(
        received.value("T9", &format!("{REFERENCE_DATE}:_T:_T:_T")),
        Some(grand_total)
    );
    assert_eq!(received.metadata("T9", "source_type"), Some("register"));

    // The same file again is reported, not imported twice.
    let again = secretariat
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap();
    assert!(matches!(
        again.outcome,
        ImportOutcome::AlreadyImported { .. }
    ));

    // The consolidated workbook is written.
    let workbook = network.layout.root.join("consolidated.xlsx");
    assert_eq!(secretariat.export_consolidated(&workbook, "es").unwrap(), 1);
    assert!(workbook.metadata().unwrap().len() > 0);
}

#[test]
fn changed_byte_rejected_and_store_unchanged() {
    let network = demo();
    let mut correspondent = filled(&network);
    justify_completeness(&mut correspondent);
    let sealed = correspondent.seal(PASSPHRASE, None).unwrap();
    let original = std::fs::read(&sealed.path).unwrap();

    let mut secretariat = Secretariat::open(&network.layout.secretariat()).unwrap();
    let store_path = network.layout.secretariat().join("consolidated.sqlite");
    let before = store_snapshot(&store_path);

    // One position in each region of the package: header, encapsulated key, ciphertext, tag.
    let tampered_path = network.layout.root.join("tampered.sicremi");
    for position in [
        0,
        20,
        50,
        100,
        130,
        200,
        original.len() / 2,
        original.len() - 1,
    ] {
        let mut bytes = original.clone();
        bytes[position] ^= 0x01;
        std::fs::write(&tampered_path, &bytes).unwrap();
        let error = secretariat
            .import_package(&tampered_path, PASSPHRASE)
            .unwrap_err();
        assert!(!error.code.is_empty(), "byte {position}: {error:?}");
        assert!(!error.detail.is_empty());
        assert_eq!(
            store_snapshot(&store_path),
            before,
            "byte {position} changed the store"
        );
    }

    // A renamed file with no extension still imports: identity comes from content.
    let renamed = network.layout.root.join("package (1)");
    std::fs::write(&renamed, &original).unwrap();
    let import = secretariat.import_package(&renamed, PASSPHRASE).unwrap();
    assert!(matches!(import.outcome, ImportOutcome::Imported { .. }));
}

#[test]
fn revoked_and_unregistered_senders_rejected() {
    let network = demo();
    let mut correspondent = filled(&network);
    justify_completeness(&mut correspondent);
    let sealed = correspondent.seal(PASSPHRASE, None).unwrap();

    // A second secretariat that never registered this correspondent.
    let other = tempfile::tempdir().unwrap();
    let mut stranger = Secretariat::create(other.path(), PASSPHRASE, &test_kdf()).unwrap();
    let error = stranger
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap_err();
    assert_eq!(error.code, "import.unknown_sender");

    let mut secretariat = Secretariat::open(&network.layout.secretariat()).unwrap();
    let key_id = correspondent.signing_key_id().unwrap();
    secretariat.revoke(&key_id).unwrap();
    let error = secretariat
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap_err();
    assert_eq!(error.code, "import.revoked_sender");
    assert!(secretariat.overview().unwrap().submissions.is_empty());
}

#[test]
fn bad_input_changes_nothing() {
    let network = demo();
    let mut correspondent = filled(&network);
    let key = format!("{REFERENCE_DATE}:_T:PER:M");
    let before = correspondent.dataset().unwrap();

    let error = correspondent
        .set_cell("T9", &key, &number("12,5"))
        .unwrap_err();
    assert_eq!(error.code, "input.ambiguous_separator");
    assert_eq!(error.params["value"], "12,5");
    let error = correspondent
        .set_cell("T9", "2023-01-31:_T:QQQ:M", &number("1"))
        .unwrap_err();
    assert_eq!(error.code, "input.unknown_cell");
    assert_eq!(error.params["shape"], "stock_date:age:nationality:sex");
    assert_eq!(error.params["table"], "T9");
    let status = CellInput {
        obs_status: Some("Z".into()),
        ..CellInput::default()
    };
    assert_eq!(
        correspondent
            .set_cell("T9", &key, &status)
            .unwrap_err()
            .code,
        "input.unknown_status"
    );

    // A pasted block with one bad value writes none of its values.
    let block = vec![
        (key.clone(), number("1")),
        (format!("{REFERENCE_DATE}:_T:PER:F"), number("x")),
    ];
    let error = correspondent.set_cells("T9", &block, "paste").unwrap_err();
    assert_eq!(error.code, "input.block_rejected");
    assert_eq!(correspondent.dataset().unwrap(), before);
}

#[test]
fn edit_survives_reopen_with_audit() {
    let network = demo();
    let mut correspondent = filled(&network);
    let key = format!("{REFERENCE_DATE}:_T:CHL:U");
    correspondent.set_cell("T9", &key, &number("3")).unwrap();
    drop(correspondent);
    let reopened = Correspondent::open(&network.layout.correspondent()).unwrap();
    assert_eq!(reopened.dataset().unwrap().value("T9", &key), Some(3));
}

fn store_snapshot(path: &Path) -> Vec<(String, i64)> {
    let connection = rusqlite::Connection::open(path).unwrap();
    ["submissions", "cells", "signing_keys"]
        .iter()
        .map(|table| {
            let count: i64 = connection
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                    row.get(0)
                })
                .unwrap();
            (table.to_string(), count)
        })
        .collect()
}

#[test]
fn template_metadata_replaces_agency_fills() {
    let network = demo();
    let mut correspondent = filled(&network);
    let template = network.layout.root.join("T9.xlsx");

    correspondent
        .set_metadata("T9", "source_dataset", "Extranjeros residiendo, enero 2023")
        .unwrap();
    correspondent
        .export_template("T9", "es", &template)
        .unwrap();
    correspondent
        .set_metadata("T9", "source_dataset", "edited after export")
        .unwrap();

    // The template holds the correspondent's own answer, so it replaces the edit.
    let outcome = correspondent.import_template(&template).unwrap();
    assert!(
        outcome
            .metadata_filled
            .contains(&"T9.source_dataset".to_string()),
        "{outcome:?}"
    );
    let dataset = correspondent.dataset().unwrap();
    assert_eq!(
        dataset.metadata("T9", "source_dataset"),
        Some("Extranjeros residiendo, enero 2023")
    );

    // The agency file only suggests answers and leaves the correspondent's alone.
    correspondent
        .set_metadata(
            "T9",
            "source_institution",
            "Dirección Nacional de Población",
        )
        .unwrap();
    correspondent
        .import_renaper(&renaper_csv(), REFERENCE_DATE)
        .unwrap();
    let dataset = correspondent.dataset().unwrap();
    assert_eq!(
        dataset.metadata("T9", "source_institution"),
        Some("Dirección Nacional de Población")
    );
}

#[test]
fn metadata_answers_checked() {
    let network = demo();
    let mut correspondent = filled(&network);

    let error = correspondent
        .set_metadata("T9", "source_type", "foo")
        .unwrap_err();
    assert_eq!(error.code, "input.invalid_choice");
    assert!(error.params["choices"].contains("register"), "{error:?}");
    let error = correspondent
        .set_metadata("T9", "extraction_date", "2023-02-30")
        .unwrap_err();
    assert_eq!(error.code, "input.invalid_date");
    let long = "x".repeat(4001);
    let error = correspondent
        .set_metadata("T9", "source_institution", &long)
        .unwrap_err();
    assert_eq!(error.code, "input.text_too_long");
    assert_eq!(
        correspondent
            .dataset()
            .unwrap()
            .metadata("T9", "source_type"),
        Some("register")
    );

    correspondent
        .set_metadata("T9", "extraction_date", "2023-02-28")
        .unwrap();
    correspondent
        .set_metadata("T9", "extraction_date", "")
        .unwrap();
    assert_eq!(
        correspondent
            .dataset()
            .unwrap()
            .metadata("T9", "extraction_date"),
        None
    );
}

#[test]
fn demo_checks_before_writing_keys() {
    let dir = tempfile::tempdir().unwrap();
    let layout = DataLayout::new(dir.path());
    let error = create_demo(&layout, "XYZ", PASSPHRASE, &test_kdf()).unwrap_err();
    assert_eq!(error.code, "setup.unknown_country");
    assert!(
        !layout.secretariat().exists(),
        "a failed demo left a secretariat key behind"
    );

    // A second demo correspondent reuses the secretariat only with its passphrase.
    create_demo(&layout, "ARG", PASSPHRASE, &test_kdf()).unwrap();
    let other = DataLayout::new(&dir.path().join("other"));
    std::fs::create_dir_all(&other.root).unwrap();
    std::fs::rename(layout.secretariat(), other.secretariat()).unwrap();
    let error = create_demo(&other, "BRA", "another passphrase", &test_kdf()).unwrap_err();
    assert_eq!(error.code, "key.wrong_passphrase");
    assert!(!other.correspondent().exists());
}

#[test]
fn seal_never_replaces_a_file() {
    let network = demo();
    let mut correspondent = filled(&network);
    justify_completeness(&mut correspondent);
    let target = network.layout.root.join("package.sicremi");
    let first = correspondent.seal(PASSPHRASE, Some(&target)).unwrap();
    let error = correspondent.seal(PASSPHRASE, Some(&target)).unwrap_err();
    assert_eq!(error.code, "seal.file_exists");
    assert_eq!(crate_sha256(&target), first.sha256);
    assert_eq!(
        Correspondent::open(&network.layout.correspondent())
            .unwrap()
            .overview()
            .unwrap()
            .last_sequence,
        1
    );
}

fn crate_sha256(path: &Path) -> String {
    sicremi_app::files::sha256_hex(&std::fs::read(path).unwrap())
}

#[test]
fn package_for_other_secretariat_named_before_passphrase() {
    let network = demo();
    let mut correspondent = filled(&network);
    justify_completeness(&mut correspondent);
    let sealed = correspondent.seal(PASSPHRASE, None).unwrap();

    // Another secretariat that registered the correspondent but is not the recipient.
    let other = tempfile::tempdir().unwrap();
    let mut stranger = Secretariat::create(other.path(), PASSPHRASE, &test_kdf()).unwrap();
    stranger
        .register_correspondent(&correspondent.signing_public_key_file().unwrap(), "ARG")
        .unwrap();
    let error = stranger
        .import_package(Path::new(&sealed.path), "mistyped passphrase")
        .unwrap_err();
    assert_eq!(error.code, "package.unknown_recipient");
}

#[test]
fn seal_into_new_folder_keeps_file_name() {
    let network = demo();
    let mut correspondent = filled(&network);
    justify_completeness(&mut correspondent);
    let folder = network.layout.root.join("usb").join("sicremi");
    let sealed = correspondent.seal(PASSPHRASE, Some(&folder)).unwrap();
    let path = Path::new(&sealed.path);
    assert_eq!(path.parent(), Some(folder.as_path()));
    assert_eq!(path.file_name().unwrap(), "SICREMI-ARG-2026-0001.sicremi");
    assert!(path.is_file());
}
