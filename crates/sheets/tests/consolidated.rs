//! The consolidated workbook, re-read with calamine and compared with the input datasets.

mod common;

use std::collections::BTreeMap;

use calamine::{open_workbook_auto, Data, Reader};
use common::*;
use sicremi_model::{CellValue, Dataset, Questionnaire};
use sicremi_sheets::export_consolidated;

fn uruguay() -> Dataset {
    let mut dataset = Dataset::new("URY");
    for (key, value) in [
        ("2024:ARG:M", 10),
        ("2024:ARG:F", 12),
        ("2024:ARG:O", 0),
        ("2024:ARG:U", 0),
        ("2024:ARG:_T", 22),
        ("2024:_T:_T", 22),
    ] {
        dataset.set("T1", key, CellValue::number(value));
    }
    dataset.set(
        "T1",
        "2024:_T:M",
        CellValue {
            value: None,
            obs_status: Some("O".into()),
            conf_status: None,
            note: Some("sin desagregar".into()),
        },
    );
    dataset
}

fn text(data: &Data) -> String {
    match data {
        Data::String(text) => text.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

#[test]
fn consolidated_numbers_match_input() {
    let questionnaire = Questionnaire::embedded();
    let datasets = vec![
        ("ARG".to_string(), argentina(&questionnaire)),
        ("URY".to_string(), uruguay()),
    ];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("consolidated.xlsx");
    export_consolidated(&questionnaire, &datasets, "es", &path).unwrap();

    let mut workbook = open_workbook_auto(&path).unwrap();
    for table in &questionnaire.def.tables {
        let range = workbook.worksheet_range(&table.id).unwrap();
        let rows: Vec<&[Data]> = range.rows().collect();
        let header: Vec<String> = rows[0].iter().map(text).collect();
        let columns: Vec<&str> = questionnaire
            .codes(&table.column_dim().codelist)
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        assert_eq!(
            &header[..5],
            ["country", "country_name", "slice", "row", "row_label"]
        );
        assert_eq!(&header[5..], columns.as_slice());

        // Every value of the sheet, by (country, key).
        let mut found: BTreeMap<(String, String), i64> = BTreeMap::new();
        for row in &rows[2..] {
            let country = text(&row[0]);
            let key_of = |column: &str| table.key(&text(&row[2]), &text(&row[3]), column);
            for (index, column) in columns.iter().enumerate() {
                match &row[5 + index] {
                    Data::Float(value) => {
                        found.insert((country.clone(), key_of(column)), *value as i64);
                    }
                    Data::Empty => {}
                    other => panic!("unexpected cell {other:?}"),
                }
            }
        }
        let mut expected: BTreeMap<(String, String), i64> = BTreeMap::new();
        for (country, dataset) in &datasets {
            for (key, cell) in dataset.cells.get(&table.id).into_iter().flatten() {
                if let Some(value) = cell.value {
                    expected.insert((country.clone(), key.clone()), value);
                }
            }
        }
        assert_eq!(found, expected, "table {}", table.id);
    }

    let range = workbook.worksheet_range("status").unwrap();
    let lines: Vec<Vec<String>> = range
        .rows()
        .skip(1)
        .map(|row| row.iter().map(text).collect())
        .collect();
    let uruguay_line = lines
        .iter()
        .find(|line| line[1] == "URY")
        .expect("the Uruguayan status line");
    assert_eq!(
        uruguay_line,
        &["T1", "URY", "2024", "_T", "M", "O", "", "sin desagregar"]
    );
    let status_count: usize = datasets
        .iter()
        .flat_map(|(_, d)| d.cells.values().flat_map(|cells| cells.values()))
        .filter(|c| c.obs_status.is_some() || c.conf_status.is_some() || c.note.is_some())
        .count();
    assert_eq!(lines.len(), status_count);

    let metadata = workbook.worksheet_range("metadata").unwrap();
    let answers = metadata.rows().skip(1).count();
    let expected_answers: usize = datasets
        .iter()
        .map(|(_, d)| {
            d.metadata
                .values()
                .map(|answers| answers.len())
                .sum::<usize>()
        })
        .sum();
    assert_eq!(answers, expected_answers);
}

#[test]
fn consolidated_labels_in_language() {
    let questionnaire = Questionnaire::embedded();
    let datasets = vec![("URY".to_string(), uruguay())];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("consolidated-fr.xlsx");
    export_consolidated(&questionnaire, &datasets, "fr", &path).unwrap();
    let mut workbook = open_workbook_auto(&path).unwrap();
    let range = workbook.worksheet_range("T1").unwrap();
    assert_eq!(text(range.get((1, 5)).unwrap()), "Hommes");
    assert_eq!(text(range.get((2, 1)).unwrap()), "Uruguay");
    assert_eq!(text(range.get((2, 4)).unwrap()), "Argentine");
}

#[test]
fn consolidated_rejects_unknown_language() {
    let questionnaire = Questionnaire::embedded();
    let dir = tempfile::tempdir().unwrap();
    let error =
        export_consolidated(&questionnaire, &[], "it", &dir.path().join("x.xlsx")).unwrap_err();
    assert_eq!(error.code(), "sheets.unknown_language");
}
