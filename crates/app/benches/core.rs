//! Speed of the operations a correspondent waits on: validating the questionnaire, committing
//! one edit, unlocking the signing key, and sealing and opening a package.
//!
//! Run with `cargo bench -p sicremi-app --bench core`. Each figure is the median and the
//! 90th percentile of repeated runs, printed as a table; docs/benchmarks.md records results.

use std::path::Path;
use std::time::{Duration, Instant};

use sicremi_app::{create_demo, CellInput, Correspondent, DataLayout, KdfParams, Secretariat};
use sicremi_model::{validate, CellValue, Dataset, Questionnaire};

const PASSPHRASE: &str = "benchmark passphrase";

fn main() {
    // `cargo bench` passes "--bench"; any other argument filters benchmarks by name.
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with("--"));
    let wanted = |name: &str| filter.as_deref().is_none_or(|f| name.contains(f));
    println!(
        "{:<52} {:>8} {:>12} {:>12}",
        "benchmark", "runs", "median", "p90"
    );

    let questionnaire = Questionnaire::embedded();
    let dataset = full_dataset(&questionnaire);
    let cell_count: usize = dataset.cells.values().map(|c| c.len()).sum();
    if wanted("validate") {
        let name = format!("validate T1+T3+T9 ({cell_count} cells)");
        let full = measure(50, || {
            let findings = validate(&questionnaire, &dataset);
            std::hint::black_box(findings);
        });
        let full_median = full[full.len() / 2];
        report(&name, full);

        // The floor any validation pays: one pass that only reads and sums every cell.
        let plain = measure(50, || {
            let sum: i64 = dataset
                .cells
                .values()
                .flat_map(|cells| cells.values())
                .filter_map(|cell| cell.value)
                .sum();
            std::hint::black_box(sum);
        });
        let plain_median = plain[plain.len() / 2];
        report("plain pass summing every cell", plain);
        println!(
            "  validate / plain pass: {:.1}",
            full_median.as_secs_f64() / plain_median.as_secs_f64()
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
                    .set_cell("T9", "2023-01-31:CHL:U", &input)
                    .unwrap();
            }),
        );
        // The import wrote 0 there; restoring it keeps the sums valid for sealing below.
        let zero = CellInput {
            value: Some("0".into()),
            ..CellInput::default()
        };
        correspondent
            .set_cell("T9", "2023-01-31:CHL:U", &zero)
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
        let warning = correspondent.findings().unwrap().findings[0].id.clone();
        correspondent
            .justify(&warning, "Inflows follow in the next package.")
            .unwrap();
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

/// T1 and T3 for every year and every country with men, women, other, unknown and total, and
/// T9 for one reference date: about the size of a full SICREMI submission.
fn full_dataset(questionnaire: &Questionnaire) -> Dataset {
    let mut dataset = Dataset::new("ARG");
    let years: Vec<String> = questionnaire
        .codes("year")
        .iter()
        .map(|c| c.code.clone())
        .collect();
    let nationalities: Vec<String> = questionnaire
        .codes("nationality")
        .iter()
        .map(|c| c.code.clone())
        .filter(|c| c != "_T" && c != "ARG")
        .collect();
    let categories: Vec<String> = questionnaire
        .codes("category_perm")
        .iter()
        .map(|c| c.code.clone())
        .filter(|c| c != "TOT")
        .collect();
    for (index, year) in years.iter().enumerate() {
        let mut totals = [0i64; 4];
        for (n, nationality) in nationalities.iter().enumerate() {
            let sexes = [
                (n as i64 * 7 + index as i64) % 500,
                (n as i64 * 11) % 600,
                n as i64 % 3,
                1,
            ];
            put_row(&mut dataset, "T1", year, nationality, sexes);
            put_row(&mut dataset, "T9", "2023-01-31", nationality, sexes);
            for (total, value) in totals.iter_mut().zip(sexes) {
                *total += value;
            }
        }
        put_row(&mut dataset, "T1", year, "_T", totals);
        put_row(&mut dataset, "T9", "2023-01-31", "_T", totals);
        let mut remaining = totals;
        for (c, category) in categories.iter().enumerate() {
            let last = c + 1 == categories.len();
            let part = remaining.map(|r| if last { r } else { r / 4 });
            for (r, p) in remaining.iter_mut().zip(part) {
                *r -= p;
            }
            put_row(&mut dataset, "T3", year, category, part);
        }
        put_row(&mut dataset, "T3", year, "TOT", totals);
    }
    for table in ["T1", "T3", "T9"] {
        let answers = dataset.metadata.entry(table.to_string()).or_default();
        answers.insert("source_institution".into(), "Benchmark".into());
        answers.insert("source_type".into(), "permits".into());
        answers.insert("counting_unit".into(), "persons".into());
    }
    dataset
}

fn put_row(dataset: &mut Dataset, table: &str, slice: &str, row: &str, sexes: [i64; 4]) {
    for (code, value) in ["M", "F", "O", "U"].iter().zip(sexes) {
        dataset.set(
            table,
            &format!("{slice}:{row}:{code}"),
            CellValue::number(value),
        );
    }
    dataset.set(
        table,
        &format!("{slice}:{row}:_T"),
        CellValue::number(sexes.iter().sum()),
    );
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
