//! The correspondent's app and the secretariat's import run the same engine on the same
//! definition and reference data. Every dataset that is clean in the app is sealed and
//! imported, and must come back with no finding the app did not show.

use std::collections::BTreeSet;
use std::path::Path;

use sicremi_app::{create_demo, CellInput, Correspondent, DataLayout, KdfParams, Secretariat};
use sicremi_model::fixtures::{consistent_dataset, FixtureOptions};
use sicremi_model::{CellValue, Dataset, Severity};
use sicremi_store::ImportOutcome;

const PASSPHRASE: &str = "correct horse battery";

fn test_kdf() -> KdfParams {
    KdfParams::new(64, 1, 1).unwrap()
}

fn input(cell: &CellValue) -> CellInput {
    CellInput {
        value: cell.value.map(|v| v.to_string()),
        obs_status: cell.obs_status.clone(),
        conf_status: cell.conf_status.clone(),
        note: cell.note.clone(),
    }
}

/// Types a dataset into the workspace the way the app does: one block per table, then the
/// metadata one question at a time.
fn fill(correspondent: &mut Correspondent, data: &Dataset) {
    for (table, cells) in &data.cells {
        let block: Vec<(String, CellInput)> = cells
            .iter()
            .map(|(key, cell)| (key.clone(), input(cell)))
            .collect();
        correspondent.set_cells(table, &block, "paste").unwrap();
    }
    for (table, answers) in &data.metadata {
        for (question, answer) in answers {
            correspondent.set_metadata(table, question, answer).unwrap();
        }
    }
}

/// Variations a correspondent's figures take besides plain numbers: a cell reported as not
/// collected, an estimate with a note, a confidential cell, and a year left to the earlier
/// cycle's accepted values.
fn with_statuses(mut data: Dataset) -> Dataset {
    let t8 = data.cells.get_mut("T8").unwrap();
    let leaf = t8.keys().find(|key| !key.contains("_T")).cloned().unwrap();
    t8.insert(
        leaf,
        CellValue {
            obs_status: Some("L".into()),
            ..CellValue::default()
        },
    );
    let t1 = data.cells.get_mut("T1").unwrap();
    let total = t1.get_mut("2024:_T:_T").unwrap();
    total.obs_status = Some("E".into());
    total.note = Some("Registrations of December estimated from November.".into());
    let t7 = data.cells.get_mut("T7").unwrap();
    t7.get_mut("2025:_T:REGUL").unwrap().conf_status = Some("C".into());
    data.cells
        .get_mut("T10")
        .unwrap()
        .retain(|key, _| !key.starts_with("2021:"));
    data
}

/// Seals `data` from a demo workspace of `country`, imports it, and returns the number of
/// warnings justified.
fn round_trip(country: &str, data: &Dataset) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let layout = DataLayout::new(dir.path());
    create_demo(&layout, country, PASSPHRASE, &test_kdf()).unwrap();
    let mut correspondent = Correspondent::open(&layout.correspondent()).unwrap();
    fill(&mut correspondent, data);

    let view = correspondent.findings().unwrap();
    assert_eq!(
        view.assessment.errors, 0,
        "{country}: the fixture is not clean: {:#?}",
        view.findings
    );
    for finding in view
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
    {
        correspondent
            .justify(&finding.id, "Checked with the registry.")
            .unwrap();
    }
    let shown = correspondent.findings().unwrap();
    assert!(shown.assessment.can_seal());
    let sealed = correspondent.seal(PASSPHRASE, None).unwrap();

    let mut secretariat = Secretariat::open(&layout.secretariat()).unwrap();
    let import = secretariat
        .import_package(Path::new(&sealed.path), PASSPHRASE)
        .unwrap();
    assert!(
        matches!(import.outcome, ImportOutcome::Imported { .. }),
        "{:?}",
        import.outcome
    );
    let in_app: BTreeSet<&str> = shown.findings.iter().map(|f| f.id.as_str()).collect();
    let extra: Vec<&sicremi_model::Finding> = import
        .findings
        .iter()
        .filter(|f| !in_app.contains(f.id.as_str()))
        .collect();
    assert!(
        extra.is_empty(),
        "{country}: the import found what the app did not: {extra:#?}"
    );
    assert_eq!(import.findings.len(), shown.findings.len(), "{country}");
    let warnings = shown
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    assert_eq!(import.justified, warnings, "{country}");
    assert_eq!(secretariat.dataset(country).unwrap().cells, data.cells);
    warnings
}

#[test]
fn clean_fixtures_import_with_the_same_findings() {
    let questionnaire = sicremi_model::Questionnaire::embedded();
    for (country, seed) in [("ARG", 1), ("BRA", 2), ("JAM", 3)] {
        let options = FixtureOptions {
            country: country.into(),
            open_rows: 4,
            seed,
            max_value: 300,
        };
        let data = consistent_dataset(&questionnaire, &options);
        let _ = round_trip(country, &data);
    }
}

#[test]
fn fixture_with_statuses_and_warnings_imports_the_same() {
    let questionnaire = sicremi_model::Questionnaire::embedded();
    let options = FixtureOptions {
        country: "MEX".into(),
        open_rows: 3,
        seed: 11,
        max_value: 2_000,
    };
    let mut data = with_statuses(consistent_dataset(&questionnaire, &options));
    // A jump that needs a justification, which must travel with the package.
    let key = "2025:ABW:M";
    let jump = data.value("T2", key).unwrap() + 5_000;
    for (cell, delta) in [
        (key.to_string(), 5_000),
        ("2025:ABW:_T".to_string(), 5_000),
        ("2025:_T:M".to_string(), 5_000),
        ("2025:_T:_T".to_string(), 5_000),
    ] {
        let value = data.value("T2", &cell).unwrap() + delta;
        data.set("T2", &cell, CellValue::number(value));
    }
    assert_eq!(data.value("T2", key), Some(jump));
    // T4 must follow T2's total.
    for cell in ["2025:OTHER:M", "2025:OTHER:_T", "2025:TOT:M", "2025:TOT:_T"] {
        let value = data.value("T4", cell).unwrap() + 5_000;
        data.set("T4", cell, CellValue::number(value));
    }
    let justified = round_trip("MEX", &data);
    assert!(justified >= 1, "the jump in T2 must need a justification");
}
