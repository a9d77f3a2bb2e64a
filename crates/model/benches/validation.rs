//! Speed of validating the full questionnaire against a plain pass that only sums every cell.
//!
//! Run with `cargo bench -p sicremi-model --bench validation`. Two baselines are printed: a
//! pass that sums every cell of the dense index the rules run on, and the same pass over the
//! dataset as stored (a map per table), against which the indexing counts too. The dataset
//! fills every table
//! of the embedded definition with every nationality of the code list, every year, sex and
//! breakdown; reference data (accepted values and population) are the same figures, so the
//! comparisons with earlier values run over every cell too. Each figure is the median and the
//! 90th percentile of repeated runs; docs/benchmarks.md records results.

use std::time::{Duration, Instant};

use sicremi_model::fixtures::{consistent_dataset, FixtureOptions};
use sicremi_model::{Grid, Questionnaire, Reference, Validator};

fn main() {
    let questionnaire = Questionnaire::embedded();
    let options = FixtureOptions {
        open_rows: usize::MAX,
        ..FixtureOptions::default()
    };
    let dataset = consistent_dataset(&questionnaire, &options);
    let population = (2019..=2025)
        .map(|year| (year.to_string(), 46_000_000))
        .collect();
    let reference = Reference {
        accepted: dataset.clone(),
        population,
    };
    let validator = Validator::new(&questionnaire, &reference);
    let grid = Grid::build(&questionnaire, &dataset).expect("the fixture indexes");
    println!(
        "dataset: {} tables, {} cells",
        dataset.cells.len(),
        grid.cell_count()
    );
    println!(
        "{:<44} {:>6} {:>12} {:>12}",
        "benchmark", "runs", "median", "p90"
    );

    let plain = measure(200, || {
        std::hint::black_box(grid.plain_sum());
    });
    // The same pass over the dataset as the store and payloads hold it: a map per table.
    let stored = measure(50, || {
        let sum: i64 = dataset
            .cells
            .values()
            .flat_map(|cells| cells.values())
            .filter_map(|cell| cell.value)
            .fold(0i64, i64::wrapping_add);
        std::hint::black_box(sum);
    });
    let rules = measure(50, || {
        std::hint::black_box(validator.run(&questionnaire, &grid, &dataset));
    });
    let index = measure(20, || {
        std::hint::black_box(Grid::build(&questionnaire, &dataset).expect("indexes"));
    });
    let whole = measure(20, || {
        std::hint::black_box(validator.validate(&questionnaire, &dataset));
    });
    let findings = validator.run(&questionnaire, &grid, &dataset);

    report("plain pass summing every cell", &plain);
    report("plain pass over the stored dataset", &stored);
    report("every rule over the indexed dataset", &rules);
    report("indexing the dataset", &index);
    report("indexing and every rule", &whole);
    println!(
        "every rule / plain pass: {:.1}",
        median(&rules).as_secs_f64() / median(&plain).as_secs_f64()
    );
    println!(
        "indexing and every rule / plain pass over the stored dataset: {:.1}",
        median(&whole).as_secs_f64() / median(&stored).as_secs_f64()
    );
    println!("findings on the synthetic dataset: {}", findings.len());
}

fn measure(runs: usize, mut work: impl FnMut()) -> Vec<Duration> {
    work();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            work();
            start.elapsed()
        })
        .collect();
    times.sort();
    times
}

fn median(times: &[Duration]) -> Duration {
    times[times.len() / 2]
}

fn report(name: &str, times: &[Duration]) {
    let p90 = times[(times.len() * 9 / 10).min(times.len() - 1)];
    println!(
        "{:<44} {:>6} {:>12} {:>12}",
        name,
        times.len(),
        format!("{:.3?}", median(times)),
        format!("{p90:.3?}")
    );
}
