//! The correspondent's app and the secretariat's import run the same engine on the same
//! definition and reference data. Every dataset that is clean in the app is sealed and
//! imported, and must come back with no finding the app did not show.

use std::collections::BTreeSet;
use std::path::Path;

use sicremi_app::{
    create_demo, CellInput, Correspondent, DataLayout, KdfParams, Profile, Secretariat,
};
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

/// Adds `count` men to a row of a T1-shaped table of `data` (creating the row when absent),
/// and to the totals above them.
fn add_row(data: &mut Dataset, table: &str, year: &str, row: &str, count: i64) {
    if data.value(table, &format!("{year}:{row}:_T")).is_none() {
        for sex in ["M", "F", "O", "U", "_T"] {
            data.set(table, &format!("{year}:{row}:{sex}"), CellValue::number(0));
        }
    }
    for key in [
        format!("{year}:{row}:M"),
        format!("{year}:{row}:_T"),
        format!("{year}:_T:M"),
        format!("{year}:_T:_T"),
    ] {
        let value = data.value(table, &key).unwrap() + count;
        data.set(table, &key, CellValue::number(value));
    }
}

#[test]
fn mirror_compares_countries_at_secretariat() {
    let dir = tempfile::tempdir().unwrap();
    let secretariat_dir = dir.path().join("secretariat");
    let mut secretariat = Secretariat::create(&secretariat_dir, PASSPHRASE, &test_kdf()).unwrap();
    let questionnaire = sicremi_model::Questionnaire::embedded();

    // Argentina reports 25 Bolivian immigrants in 2024 (T1 and T2); Bolivia reports 30
    // emigrants to Argentina (T10).
    let mut argentina = consistent_dataset(&questionnaire, &FixtureOptions::default());
    add_row(&mut argentina, "T1", "2024", "BOL", 20);
    add_row(&mut argentina, "T2", "2024", "BOL", 5);
    // The category tables must still add up to the inflow tables.
    for (table, count) in [("T3", 20), ("T4", 5)] {
        for key in ["2024:OTHER:M", "2024:OTHER:_T", "2024:TOT:M", "2024:TOT:_T"] {
            let value = argentina.value(table, key).unwrap() + count;
            argentina.set(table, key, CellValue::number(value));
        }
    }
    let mut bolivia = consistent_dataset(
        &questionnaire,
        &FixtureOptions {
            country: "BOL".into(),
            ..FixtureOptions::default()
        },
    );
    add_row(&mut bolivia, "T10", "2024", "ARG", 30);
    let emigrants = bolivia.value("T10", "2024:ARG:_T").unwrap();
    let immigrants = argentina.value("T1", "2024:BOL:_T").unwrap()
        + argentina.value("T2", "2024:BOL:_T").unwrap();
    assert_ne!(emigrants, immigrants);

    for (country, data) in [("ARG", &argentina), ("BOL", &bolivia)] {
        let profile = Profile {
            country: country.into(),
            name: "Correspondent".into(),
            institution: "Migration directorate".into(),
        };
        let workspace = dir.path().join(country);
        let mut correspondent =
            Correspondent::create(&workspace, profile, PASSPHRASE, &test_kdf()).unwrap();
        correspondent
            .trust_secretariat(&secretariat.public_key_file().unwrap())
            .unwrap();
        secretariat
            .register_correspondent(&correspondent.signing_public_key_file().unwrap(), country)
            .unwrap();
        fill(&mut correspondent, data);
        let findings = correspondent.findings().unwrap().findings;
        let errors: Vec<_> = findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{country}: {errors:#?}");
        for finding in findings {
            if finding.severity == Severity::Warning {
                correspondent.justify(&finding.id, "Checked.").unwrap();
            }
        }
        let sealed = correspondent.seal(PASSPHRASE, None).unwrap();
        secretariat
            .import_package(Path::new(&sealed.path), PASSPHRASE)
            .unwrap();
    }

    let findings = secretariat.network_findings().unwrap();
    let bolivia_to_argentina: Vec<&sicremi_model::Finding> = findings
        .iter()
        .filter(|f| {
            f.params.get("origin") == Some(&sicremi_model::Param::Text("BOL".into()))
                && f.params.get("period") == Some(&sicremi_model::Param::Text("2024".into()))
        })
        .collect();
    assert_eq!(bolivia_to_argentina.len(), 1, "{findings:#?}");
    let finding = bolivia_to_argentina[0];
    assert_eq!(finding.rule, "V17");
    assert_eq!(finding.severity, Severity::Info);
    assert_eq!(
        finding.params["reported_by_origin"],
        sicremi_model::Param::Int(emigrants)
    );
    assert_eq!(
        finding.params["reported_by_destination"],
        sicremi_model::Param::Int(immigrants)
    );
}
