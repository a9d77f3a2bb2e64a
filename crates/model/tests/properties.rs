//! Properties of the rule engine over random tables: consistent figures give no error, and one
//! changed cell gives exactly the errors that cell explains.

use std::collections::BTreeSet;

use proptest::prelude::*;
use sicremi_model::{validate, CellValue, Dataset, Questionnaire, Severity};

const YEARS: [&str; 3] = ["2023", "2024", "2025"];
const SEXES: [&str; 4] = ["M", "F", "O", "U"];

/// Men, women, other and unknown for each year, per nationality.
type Rows = Vec<(String, Vec<[i64; 4]>)>;

fn nationalities() -> Vec<String> {
    Questionnaire::embedded()
        .codes("nationality")
        .iter()
        .map(|c| c.code.clone())
        .filter(|c| c != "_T" && c != "ARG")
        .collect()
}

fn rows() -> impl Strategy<Value = Rows> {
    let codes = nationalities();
    proptest::sample::subsequence(codes, 1..12).prop_flat_map(|chosen| {
        let count = chosen.len();
        proptest::collection::vec(
            proptest::collection::vec(proptest::array::uniform4(0i64..5000), 3),
            count,
        )
        .prop_map(move |values| chosen.clone().into_iter().zip(values).collect())
    })
}

/// A consistent T1: every row's sexes add up to its total and every column's nationalities add
/// up to the total row.
fn dataset(rows: &Rows) -> Dataset {
    let mut data = Dataset::new("ARG");
    for (index, year) in YEARS.iter().enumerate() {
        let mut totals = [0i64; 4];
        for (nationality, years) in rows {
            put_row(&mut data, year, nationality, years[index]);
            for (total, value) in totals.iter_mut().zip(years[index]) {
                *total += value;
            }
        }
        put_row(&mut data, year, "_T", totals);
    }
    let answers = data.metadata.entry("T1".to_string()).or_default();
    answers.insert("source_institution".into(), "Registry".into());
    answers.insert("source_type".into(), "permits".into());
    answers.insert("counting_unit".into(), "persons".into());
    data
}

fn put_row(data: &mut Dataset, year: &str, row: &str, sexes: [i64; 4]) {
    for (sex, value) in SEXES.iter().zip(sexes) {
        data.set(
            "T1",
            &format!("{year}:{row}:{sex}"),
            CellValue::number(value),
        );
    }
    data.set(
        "T1",
        &format!("{year}:{row}:_T"),
        CellValue::number(sexes.iter().sum()),
    );
}

/// (rule, first cell) of every error.
fn errors(data: &Dataset) -> BTreeSet<(String, String)> {
    validate(&Questionnaire::embedded(), data)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| (f.rule, f.cells[0].key.clone()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn consistent_tables_have_no_error(rows in rows()) {
        let errors = errors(&dataset(&rows));
        prop_assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn one_changed_cell_gives_its_two_sums(
        rows in rows(),
        pick in any::<proptest::sample::Index>(),
        year in 0usize..3,
        sex in 0usize..4,
        delta in 1i64..500,
    ) {
        let mut data = dataset(&rows);
        let (nationality, values) = &rows[pick.index(rows.len())];
        let key = format!("{}:{nationality}:{}", YEARS[year], SEXES[sex]);
        data.set("T1", &key, CellValue::number(values[year][sex] + delta));

        // The row no longer adds up to its sex total, and the column no longer adds up to the
        // total row; nothing else is an error.
        let expected = BTreeSet::from([
            ("V02".to_string(), format!("{}:{nationality}:_T", YEARS[year])),
            ("V03".to_string(), format!("{}:_T:{}", YEARS[year], SEXES[sex])),
        ]);
        prop_assert_eq!(errors(&data), expected);
    }
}
