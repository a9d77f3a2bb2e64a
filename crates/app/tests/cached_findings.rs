//! The workspace keeps its figures in memory between edits. After every kind of write, and
//! after a write by another process, its findings must equal a validation from the file.

use sicremi_app::{create_demo, CellInput, Correspondent, DataLayout, KdfParams};
use sicremi_model::fixtures::{consistent_dataset, FixtureOptions};
use sicremi_model::validate_with;

const PASSPHRASE: &str = "correct horse battery";

fn number(value: i64) -> CellInput {
    CellInput {
        value: Some(value.to_string()),
        ..CellInput::default()
    }
}

/// Compares the findings the app shows with a validation of the file read afresh.
fn assert_matches_file(correspondent: &Correspondent, step: &str) {
    let shown = correspondent.findings().unwrap().findings;
    let fresh = validate_with(
        correspondent.questionnaire(),
        &correspondent.dataset().unwrap(),
        correspondent.reference(),
    );
    assert_eq!(shown, fresh, "after {step}");
}

#[test]
fn findings_follow_every_write() {
    let dir = tempfile::tempdir().unwrap();
    let layout = DataLayout::new(dir.path());
    create_demo(
        &layout,
        "ARG",
        PASSPHRASE,
        &KdfParams::new(64, 1, 1).unwrap(),
    )
    .unwrap();
    let mut correspondent = Correspondent::open(&layout.correspondent()).unwrap();
    assert_matches_file(&correspondent, "opening");

    let data = consistent_dataset(
        correspondent.questionnaire(),
        &FixtureOptions {
            open_rows: 3,
            ..FixtureOptions::default()
        },
    );
    for table in ["T1", "T2", "T9"] {
        let block: Vec<(String, CellInput)> = data.cells[table]
            .iter()
            .map(|(key, cell)| (key.clone(), number(cell.value.unwrap())))
            .collect();
        correspondent.set_cells(table, &block, "paste").unwrap();
        assert_matches_file(&correspondent, &format!("pasting {table}"));
    }

    // One cell that breaks two sums, then its repair.
    let key = "2024:ABW:F";
    let original = data.value("T1", key).unwrap();
    let outcome = correspondent
        .set_cell("T1", key, &number(original + 9))
        .unwrap();
    assert!(outcome.findings.findings.iter().any(|f| f.rule == "V02"));
    assert_matches_file(&correspondent, "breaking a sum");
    correspondent
        .set_cell("T1", key, &number(original))
        .unwrap();
    assert_matches_file(&correspondent, "repairing it");

    // A cleared cell, a status instead of a number, and a new reference date.
    correspondent
        .set_cell("T1", key, &CellInput::default())
        .unwrap();
    assert_matches_file(&correspondent, "clearing a cell");
    let not_collected = CellInput {
        obs_status: Some("L".into()),
        ..CellInput::default()
    };
    correspondent.set_cell("T1", key, &not_collected).unwrap();
    assert_matches_file(&correspondent, "a missing-value status");
    correspondent
        .set_cell("T9", "2026-06-30:_T:_T:M", &number(5))
        .unwrap();
    assert_matches_file(&correspondent, "a new reference date");

    // Metadata answered and cleared.
    correspondent
        .set_metadata(
            "T1",
            "source_institution",
            "Dirección Nacional de Migraciones",
        )
        .unwrap();
    assert_matches_file(&correspondent, "answering a question");
    correspondent
        .set_metadata("T1", "source_institution", "")
        .unwrap();
    assert_matches_file(&correspondent, "clearing an answer");

    // Another process writes to the same file: the next validation reads it again.
    let mut other = Correspondent::open(&layout.correspondent()).unwrap();
    other
        .set_cell("T2", "2023:AFG:M", &number(123_456))
        .unwrap();
    let shown = correspondent.findings().unwrap().findings;
    assert!(
        shown
            .iter()
            .any(|f| f.rule == "V02" && f.cells[0].key == "2023:AFG:_T"),
        "the edit of the other process is not seen"
    );
    assert_matches_file(&correspondent, "a write by another process");

    // An import writes many cells at once.
    let template = dir.path().join("T1.xlsx");
    correspondent
        .export_template("T1", "en", &template)
        .unwrap();
    correspondent.import_template(&template).unwrap();
    assert_matches_file(&correspondent, "importing a template");
}
