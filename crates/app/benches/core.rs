//! Speed of the operations a correspondent waits on: committing one edit and validating the
//! workspace after it, unlocking the signing key, and sealing and opening a package.
//!
//! Run with `cargo bench -p sicremi-app --bench core`. Each figure is the median and the
//! 90th percentile of repeated runs, printed as a table; docs/benchmarks.md records results.

use std::path::Path;
use std::time::{Duration, Instant};

use sicremi_app::{create_demo, CellInput, Correspondent, DataLayout, KdfParams, Secretariat};
use sicremi_model::fixtures::{consistent_dataset, FixtureOptions};

const PASSPHRASE: &str = "benchmark passphrase";

fn main() {
    // `cargo bench` passes "--bench"; any other argument filters benchmarks by name.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    println!(
        "{:<52} {:>8} {:>12} {:>12}",
        "benchmark", "runs", "median", "p90"
    );

    // Validation alone is measured by `cargo bench -p sicremi-model --bench validation`. Here
    // the whole edit is measured on workspaces of two sizes: what the app does after every
    // keystroke that commits a cell.
    for (name, open_rows) in [("60 nationalities", 60), ("every nationality", usize::MAX)] {
        if !wanted("edit") {
            break;
        }
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
        let dataset = consistent_dataset(
            correspondent.questionnaire(),
            &FixtureOptions {
                open_rows,
                ..FixtureOptions::default()
            },
        );
        let cells: usize = dataset.cells.values().map(|c| c.len()).sum();
        for (table, table_cells) in &dataset.cells {
            let block: Vec<(String, CellInput)> = table_cells
                .iter()
                .map(|(key, cell)| {
                    let input = CellInput {
                        value: cell.value.map(|v| v.to_string()),
                        ..CellInput::default()
                    };
                    (key.clone(), input)
                })
                .collect();
            correspondent.set_cells(table, &block, "paste").unwrap();
        }
        let key = "2024:ABW:M";
        let original = dataset.value("T1", key).unwrap();
        let mut value = original;
        report(
            &format!("edit and validate, {name} ({cells} cells)"),
            measure(20, || {
                value += 1;
                let input = CellInput {
                    value: Some(value.to_string()),
                    ..CellInput::default()
                };
                let outcome = correspondent.set_cell("T1", key, &input).unwrap();
                std::hint::black_box(outcome);
            }),
        );
    }

    let dir = tempfile::tempdir().unwrap();
    let layout = DataLayout::new(dir.path());
    create_demo(&layout, "ARG", PASSPHRASE, &KdfParams::DEFAULT).unwrap();
    let mut correspondent = Correspondent::open(&layout.correspondent()).unwrap();
    let renaper = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/realfiles/ar_renaper_extranjeros_residiendo_enero_2023.csv");
    correspondent
        .import_renaper(&renaper, "2023-01-31")
        .unwrap();

    if wanted("edit") {
        let mut value = 0;
        report(
            "commit one edit (set_cell, WAL, synchronous=FULL)",
            measure(200, || {
                value += 1;
                let input = CellInput {
                    value: Some(value.to_string()),
                    ..CellInput::default()
                };
                correspondent
                    .set_cell("T9", "2023-01-31:_T:CHL:U", &input)
                    .unwrap();
            }),
        );
        // The import wrote 0 there; restoring it keeps the sums valid for sealing below.
        let zero = CellInput {
            value: Some("0".into()),
            ..CellInput::default()
        };
        correspondent
            .set_cell("T9", "2023-01-31:_T:CHL:U", &zero)
            .unwrap();
    }

    if wanted("unlock") {
        let key_file = std::fs::read(layout.correspondent().join("signing.key")).unwrap();
        report(
            "unlock signing key (Argon2id m=64 MiB, t=3, p=1)",
            measure(5, || {
                let key =
                    sicremi_package::SigningKey::from_key_file(&key_file, PASSPHRASE).unwrap();
                std::hint::black_box(key);
            }),
        );
    }

    if wanted("seal") {
        answer_open_questions(&mut correspondent);
        let findings = correspondent.findings().unwrap().findings;
        for warning in findings
            .iter()
            .filter(|f| f.severity == sicremi_model::Severity::Warning)
        {
            correspondent
                .justify(&warning.id, "Inflows follow in the next package.")
                .unwrap();
        }
        let mut secretariat = Secretariat::open(&layout.secretariat()).unwrap();
        let out = dir.path().join("out");
        std::fs::create_dir_all(&out).unwrap();
        let mut last = None;
        report(
            "seal package (incl. key unlock)",
            measure(5, || {
                last = Some(correspondent.seal(PASSPHRASE, Some(&out)).unwrap());
            }),
        );
        let sealed = last.unwrap();
        println!("  package size: {} bytes", sealed.bytes);
        // After the first run the store answers "already imported"; every run still unlocks the
        // key, decrypts, verifies and validates.
        report(
            "import package (incl. key unlock, validate, store)",
            measure(5, || {
                let import = secretariat
                    .import_package(Path::new(&sealed.path), PASSPHRASE)
                    .unwrap();
                std::hint::black_box(import);
            }),
        );
    }
}

/// Answers the required T9 metadata questions the RENAPER import leaves open.
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
            MetadataKind::Text | MetadataKind::LongText => "Registry figures".to_string(),
        };
        correspondent
            .set_metadata("T9", &question.id, &answer)
            .unwrap();
    }
}

fn measure(runs: usize, mut operation: impl FnMut()) -> Vec<Duration> {
    operation();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            operation();
            start.elapsed()
        })
        .collect();
    times.sort();
    times
}

fn report(name: &str, times: Vec<Duration>) {
    let median = times[times.len() / 2];
    let p90 = times[(times.len() * 9 / 10).min(times.len() - 1)];
    println!(
        "{name:<52} {:>8} {:>12.3?} {:>12.3?}",
        times.len(),
        median,
        p90
    );
}
