//! Properties of the rule engine over random datasets: consistent figures give no error, and
//! one changed cell gives exactly the errors that cell explains.

use std::collections::BTreeSet;

use proptest::prelude::*;
use sicremi_model::fixtures::{consistent_dataset, FixtureOptions};
use sicremi_model::rules::Check;
use sicremi_model::{validate, CellValue, Dataset, Questionnaire, Severity};

const COUNTRIES: [&str; 6] = ["ARG", "BRA", "CAN", "MEX", "JAM", "URY"];

fn options() -> impl Strategy<Value = FixtureOptions> {
    (0..COUNTRIES.len(), 1usize..16, any::<u64>(), 0i64..20_000).prop_map(
        |(country, open_rows, seed, max_value)| FixtureOptions {
            country: COUNTRIES[country].to_string(),
            open_rows,
            seed,
            max_value,
        },
    )
}

fn errors(questionnaire: &Questionnaire, data: &Dataset) -> Vec<sicremi_model::Finding> {
    validate(questionnaire, data)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .collect()
}

/// The dimensions of `table` that a sum rule checks.
fn summed_dimensions(questionnaire: &Questionnaire, table: &str) -> BTreeSet<String> {
    questionnaire
        .def
        .rules
        .iter()
        .filter_map(|rule| match &rule.check {
            Check::DimensionSum {
                tables, dimension, ..
            } if tables.iter().any(|t| t == table) => Some(dimension.clone()),
            _ => None,
        })
        .collect()
}

/// Cells of `table` that are not a total in any dimension.
fn leaf_keys(questionnaire: &Questionnaire, data: &Dataset, table: &str) -> Vec<String> {
    let definition = questionnaire.table(table).unwrap();
    data.cells[table]
        .keys()
        .filter(|key| {
            key.split(':')
                .zip(&definition.dimensions)
                .all(|(code, dim)| dim.total.as_deref() != Some(code))
        })
        .cloned()
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn consistent_datasets_have_no_error(options in options()) {
        let questionnaire = Questionnaire::embedded();
        let data = consistent_dataset(&questionnaire, &options);
        let found = errors(&questionnaire, &data);
        prop_assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn one_changed_cell_gives_its_sums(
        options in options(),
        table in prop::sample::select(vec!["T1", "T2", "T3", "T5", "T7", "T8", "T9", "T10"]),
        pick in any::<prop::sample::Index>(),
        delta in 1i64..1000,
    ) {
        let questionnaire = Questionnaire::embedded();
        let mut data = consistent_dataset(&questionnaire, &options);
        let leaves = leaf_keys(&questionnaire, &data, table);
        let key = pick.get(&leaves).clone();
        let old = data.value(table, &key).unwrap();
        data.set(table, &key, CellValue::number(old + delta));

        let found = errors(&questionnaire, &data);
        // One error per summed dimension: the line along that dimension through the cell.
        let expected = summed_dimensions(&questionnaire, table);
        let reported: BTreeSet<String> = found
            .iter()
            .map(|f| match f.params.get("dimension") {
                Some(sicremi_model::Param::Text(dimension)) => dimension.clone(),
                _ => format!("{} (not a sum)", f.rule),
            })
            .collect();
        prop_assert_eq!(&reported, &expected, "{:?}", found);
        prop_assert_eq!(found.len(), expected.len());
        for finding in &found {
            prop_assert!(
                finding.cells.iter().any(|c| c.table == table && c.key == key),
                "{} does not name the changed cell {}", finding.id, key
            );
            prop_assert_eq!(
                finding.params.get("difference"),
                Some(&sicremi_model::Param::Int(-delta))
            );
        }
    }
}
