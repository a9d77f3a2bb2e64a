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

/// Returns the column of each header code of a sheet's first row.
fn header_columns(row: &[Data]) -> BTreeMap<String, usize> {
    row.iter()
        .enumerate()
        .map(|(index, data)| (text(data), index))
        .collect()
}

#[test]
fn consolidated_numbers_match_input() {
    let questionnaire = Questionnaire::embedded();
    let symbols = &questionnaire.def.statuses.symbols;
    let datasets = vec![
        ("ARG".to_string(), every_table(&questionnaire)),
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
        let mut expected_header = vec!["country".to_string(), "country_name".to_string()];
        for (index, dim) in table.slice_dims().iter().enumerate() {
            expected_header.push(dim.id.clone());
            if index > 0 {
                expected_header.push(format!("{}_label", dim.id));
            }
        }
        expected_header.extend(["row".to_string(), "row_label".to_string()]);
        expected_header.extend(columns.iter().map(|c| c.to_string()));
        assert_eq!(header, expected_header, "header of {}", table.id);
        let at = header_columns(rows[0]);
        let first_value = at["row_label"] + 1;

        // Every count and symbol of the sheet, by (country, key).
        let mut found: BTreeMap<(String, String), Data> = BTreeMap::new();
        for row in &rows[2..] {
            let country = text(&row[0]);
            let slice_codes: Vec<String> = table
                .slice_dims()
                .iter()
                .map(|dim| text(&row[at[&dim.id]]))
                .collect();
            let slice_codes: Vec<&str> = slice_codes.iter().map(String::as_str).collect();
            let slice = table.slice_from_codes(&slice_codes);
            let row_code = text(&row[at["row"]]);
            for (index, column) in columns.iter().enumerate() {
                let data = &row[first_value + index];
                if *data != Data::Empty {
                    found.insert(
                        (country.clone(), table.key(&slice, &row_code, column)),
                        data.clone(),
                    );
                }
            }
        }
        let mut expected: BTreeMap<(String, String), Data> = BTreeMap::new();
        for (country, dataset) in &datasets {
            for (key, cell) in dataset.cells.get(&table.id).into_iter().flatten() {
                let shown = match (cell.value, cell.obs_status.as_ref()) {
                    (Some(value), _) => Data::Float(value as f64),
                    (None, Some(status)) if symbols.contains_key(status) => {
                        Data::String(symbols[status].clone())
                    }
                    _ => continue,
                };
                expected.insert((country.clone(), key.clone()), shown);
            }
        }
        assert_eq!(found, expected, "table {}", table.id);
        assert!(
            found.values().any(|data| matches!(data, Data::String(_))),
            "{} shows a symbol",
            table.id
        );
    }

    let range = workbook.worksheet_range("status").unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    let at = header_columns(rows[0]);
    for code in [
        "table",
        "country",
        "year",
        "stock_date",
        "application",
        "age",
        "row",
        "column",
        "obs_status",
        "symbol",
        "conf_status",
        "note",
    ] {
        assert!(at.contains_key(code), "status column {code}");
    }
    let field = |row: &[Data], code: &str| text(&row[at[code]]);
    let uruguay_line = rows[1..]
        .iter()
        .find(|row| field(row, "country") == "URY")
        .expect("the Uruguayan status line");
    assert_eq!(field(uruguay_line, "table"), "T1");
    assert_eq!(field(uruguay_line, "year"), "2024");
    assert_eq!(field(uruguay_line, "age"), "");
    assert_eq!(field(uruguay_line, "row"), "_T");
    assert_eq!(field(uruguay_line, "column"), "M");
    assert_eq!(field(uruguay_line, "obs_status"), "O");
    assert_eq!(field(uruguay_line, "symbol"), symbols["O"]);
    assert_eq!(field(uruguay_line, "note"), "sin desagregar");

    // Every status line names a cell with that status, slice codes in their own columns.
    let mut lines = 0;
    for row in &rows[1..] {
        let table = questionnaire.table(&field(row, "table")).unwrap();
        let dataset = &datasets
            .iter()
            .find(|(country, _)| *country == field(row, "country"))
            .unwrap()
            .1;
        let slice_codes: Vec<String> = table
            .slice_dims()
            .iter()
            .map(|dim| field(row, &dim.id))
            .collect();
        let slice_codes: Vec<&str> = slice_codes.iter().map(String::as_str).collect();
        let key = table.key(
            &table.slice_from_codes(&slice_codes),
            &field(row, "row"),
            &field(row, "column"),
        );
        let cell = dataset
            .cell(&table.id, &key)
            .expect("the status line's cell");
        assert_eq!(
            cell.obs_status.clone().unwrap_or_default(),
            field(row, "obs_status")
        );
        assert_eq!(
            cell.conf_status.clone().unwrap_or_default(),
            field(row, "conf_status")
        );
        assert_eq!(cell.note.clone().unwrap_or_default(), field(row, "note"));
        let symbol = cell
            .obs_status
            .as_ref()
            .and_then(|status| symbols.get(status))
            .cloned()
            .unwrap_or_default();
        assert_eq!(symbol, field(row, "symbol"));
        lines += 1;
    }
    let status_count: usize = datasets
        .iter()
        .flat_map(|(_, d)| d.cells.values().flat_map(|cells| cells.values()))
        .filter(|c| c.obs_status.is_some() || c.conf_status.is_some() || c.note.is_some())
        .count();
    assert_eq!(lines, status_count);

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
    // Columns: country, country_name, year, row, row_label, then the sexes.
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
