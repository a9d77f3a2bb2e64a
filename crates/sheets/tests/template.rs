//! Templates written to real .xlsx files, edited at the XML level as another program would, and
//! read back through the safe-open path.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::*;
use sicremi_model::{CellValue, Dataset, Questionnaire};
use sicremi_sheets::{
    export_template, import_template, open_workbook, ImportError, Location, ProblemKind,
    SheetImport,
};

fn table_cells<'a>(dataset: &'a Dataset, table: &str) -> &'a BTreeMap<String, CellValue> {
    dataset.cells.get(table).expect("table has cells")
}

fn import_into_new(path: &Path, questionnaire: &Questionnaire) -> (Dataset, SheetImport) {
    let import = import_template(path, questionnaire).expect("template imports");
    let mut dataset = Dataset::new("ARG");
    import.apply_to(&mut dataset);
    (dataset, import)
}

#[test]
fn template_round_trip_every_table() {
    let questionnaire = Questionnaire::embedded();
    let original = argentina(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    let mut restored = Dataset::new("ARG");
    for table in ["T1", "T3", "T9"] {
        let path = dir.path().join(format!("{table}.xlsx"));
        export_template(&questionnaire, &original, table, "en", &path).unwrap();
        let import = import_template(&path, &questionnaire).unwrap();
        assert!(import.cells.iter().all(|(t, _, _)| t == table));
        assert_eq!(import.report.country.as_deref(), Some("ARG"));
        assert!(
            import.report.warnings.is_empty(),
            "{:?}",
            import.report.warnings
        );
        import.apply_to(&mut restored);

        // Importing an unedited template over the figures it came from changes nothing.
        let mut reimported = original.clone();
        import.apply_to(&mut reimported);
        assert_eq!(reimported, original, "{table}");
    }
    assert_eq!(restored.cells, original.cells);
    assert_eq!(restored.metadata, original.metadata);
}

#[test]
fn template_round_trip_other_languages() {
    let questionnaire = Questionnaire::embedded();
    let original = argentina(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    for lang in ["es", "pt", "fr"] {
        let path = dir.path().join(format!("T1-{lang}.xlsx"));
        export_template(&questionnaire, &original, "T1", lang, &path).unwrap();
        let (restored, _) = import_into_new(&path, &questionnaire);
        assert_eq!(
            table_cells(&restored, "T1"),
            table_cells(&original, "T1"),
            "{lang}"
        );
    }
}

#[test]
fn template_labels_are_in_chosen_language() {
    let questionnaire = Questionnaire::embedded();
    let original = argentina(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T1-es.xlsx");
    export_template(&questionnaire, &original, "T1", "es", &path).unwrap();
    let workbook = open_workbook(&path).unwrap();
    let grid = workbook.sheet("T1 2023").expect("grid sheet per year");
    let text = |row: u32, column: u32| match grid.get(row, column) {
        Some(calamine::Data::String(text)) => text.clone(),
        other => panic!("expected text at ({row}, {column}), found {other:?}"),
    };
    assert_eq!(text(3, 2), "Hombres");
    assert_eq!(text(4, 0), "BOL");
    assert_eq!(text(4, 1), "Bolivia");
    assert!(workbook.sheet("Estado y notas").is_some());
    assert!(workbook.sheet("Metadatos").is_some());
}

#[test]
fn template_edited_labels_are_ignored() {
    let questionnaire = Questionnaire::embedded();
    let original = argentina(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T1.xlsx");
    export_template(&questionnaire, &original, "T1", "en", &path).unwrap();
    // B5 is the label of BOL, C4 the label of M, on the first grid sheet.
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        "B5",
        &text_cell("B5", "Bolivie (État plurinational de)"),
    );
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        "C4",
        &text_cell("C4", "Männer"),
    );
    let (restored, _) = import_into_new(&path, &questionnaire);
    assert_eq!(table_cells(&restored, "T1"), table_cells(&original, "T1"));
}

#[test]
fn template_edited_values_import() {
    let questionnaire = Questionnaire::embedded();
    let original = argentina(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T1.xlsx");
    export_template(&questionnaire, &original, "T1", "en", &path).unwrap();
    // Sheet 1 is "T1 2023": row 5 is BOL, row 6 PER; C is M, D is F, G is _T.
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        "C5",
        &number_cell("C5", "999"),
    );
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        "D6",
        &text_cell("D6", "27\u{202F}630"),
    );
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        "G6",
        &text_cell("G6", ""),
    );

    let (restored, import) = import_into_new(&path, &questionnaire);
    assert_eq!(restored.value("T1", "2023:BOL:M"), Some(999));
    assert_eq!(restored.value("T1", "2023:PER:F"), Some(27_630));
    assert_eq!(restored.cell("T1", "2023:PER:_T"), None);

    let mut expected = table_cells(&original, "T1").clone();
    expected.insert("2023:BOL:M".into(), CellValue::number(999));
    expected.insert("2023:PER:F".into(), CellValue::number(27_630));
    expected.remove("2023:PER:_T");
    assert_eq!(table_cells(&restored, "T1"), &expected);
    assert!(import.report.rows_read > 0);

    // The emptied total is reported with the template's other empty cells (the stateless
    // and unknown rows), so importing over the original clears it there too.
    assert!(import
        .cleared
        .contains(&("T1".to_string(), "2023:PER:_T".to_string())));
    assert!(import
        .cleared
        .iter()
        .all(|(_, key)| !expected.contains_key(key)));
    let mut updated = original.clone();
    import.apply_to(&mut updated);
    assert_eq!(table_cells(&updated, "T1"), &expected);
}

#[test]
fn template_new_nationality_row_imports() {
    let questionnaire = Questionnaire::embedded();
    let original = argentina(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T1.xlsx");
    export_template(&questionnaire, &original, "T1", "en", &path).unwrap();
    // Row 7 is the first empty row; a spreadsheet program stores the looked-up code as the
    // formula's cached result, which a typed code replaces here.
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        "A7",
        &text_cell("A7", "CHL"),
    );
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        "B7",
        &text_cell("B7", "Chile"),
    );
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        "C7",
        &number_cell("C7", "12"),
    );
    let (restored, _) = import_into_new(&path, &questionnaire);
    assert_eq!(restored.value("T1", "2023:CHL:M"), Some(12));
}

fn problem_at(error: &ImportError, sheet: &str, cell: &str) -> ProblemKind {
    let location = Location::Cell {
        sheet: sheet.to_string(),
        cell: cell.to_string(),
    };
    error
        .problems()
        .iter()
        .find(|problem| problem.location == location)
        .unwrap_or_else(|| panic!("no problem at {sheet}!{cell} in {error}"))
        .kind
        .clone()
}

#[test]
fn template_bad_cells_named_by_address() {
    let questionnaire = Questionnaire::embedded();
    let original = argentina(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T1.xlsx");
    export_template(&questionnaire, &original, "T1", "en", &path).unwrap();
    let sheet = "xl/worksheets/sheet1.xml";
    replace_cell(&path, sheet, "D5", &error_cell("D5", "#DIV/0!"));
    replace_cell(&path, sheet, "C6", &text_cell("C6", "abc"));
    replace_cell(&path, sheet, "E5", &text_cell("E5", "12,5"));
    replace_cell(&path, sheet, "F6", &text_cell("F6", "1.234"));
    replace_cell(&path, sheet, "E6", &number_cell("E6", "2.5"));
    replace_cell(&path, sheet, "C8", &number_cell("C8", "4"));

    let error = import_template(&path, &questionnaire).expect_err("bad cells are rejected");
    assert_eq!(error.code(), "sheets.invalid");
    assert_eq!(error.problems().len(), 6, "{error}");
    assert!(
        matches!(problem_at(&error, "T1 2023", "D5"), ProblemKind::ErrorValue { value } if value == "#DIV/0!")
    );
    assert!(
        matches!(problem_at(&error, "T1 2023", "C6"), ProblemKind::NotANumber { value } if value == "abc")
    );
    assert!(matches!(
        problem_at(&error, "T1 2023", "E5"),
        ProblemKind::NotWholeNumber { .. }
    ));
    assert!(matches!(
        problem_at(&error, "T1 2023", "F6"),
        ProblemKind::AmbiguousSeparator { .. }
    ));
    assert!(matches!(
        problem_at(&error, "T1 2023", "E6"),
        ProblemKind::NotWholeNumber { .. }
    ));
    assert!(matches!(
        problem_at(&error, "T1 2023", "A8"),
        ProblemKind::MissingRowCode { .. }
    ));

    let message = error.to_string();
    assert!(
        message.contains("Sheet 'T1 2023'!E5: \"12,5\" is not a whole number"),
        "{message}"
    );
    assert!(
        message.contains("Sheet 'T1 2023'!D5: the cell holds the error value #DIV/0!"),
        "{message}"
    );
}

#[test]
fn template_bad_codes_and_statuses() {
    let questionnaire = Questionnaire::embedded();
    let original = argentina(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T1.xlsx");
    export_template(&questionnaire, &original, "T1", "en", &path).unwrap();
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        "A5",
        &text_cell("A5", "BOLX"),
    );
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        "D3",
        &text_cell("D3", "W"),
    );
    replace_cell(
        &path,
        "xl/worksheets/sheet2.xml",
        "A2",
        &text_cell("A2", "2019"),
    );
    // The status and notes sheet is sheet 4, after the three year sheets; its first line is
    // row 3, with obs_status in F.
    replace_cell(
        &path,
        "xl/worksheets/sheet4.xml",
        "F3",
        &text_cell("F3", "Z"),
    );

    let error = import_template(&path, &questionnaire).unwrap_err();
    assert!(
        matches!(problem_at(&error, "T1 2023", "A5"), ProblemKind::UnknownCode { value, .. } if value == "BOLX")
    );
    assert!(
        matches!(problem_at(&error, "T1 2023", "D3"), ProblemKind::UnknownCode { value, .. } if value == "W")
    );
    assert!(
        matches!(problem_at(&error, "T1 2024", "A2"), ProblemKind::InvalidSlice { value, .. } if value == "2019")
    );
    assert!(
        matches!(problem_at(&error, "Status and notes", "F3"), ProblemKind::UnknownStatus { value, .. } if value == "Z")
    );
}

#[test]
fn template_duplicate_slice_rejected() {
    let questionnaire = Questionnaire::embedded();
    let original = argentina(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T1.xlsx");
    export_template(&questionnaire, &original, "T1", "en", &path).unwrap();
    replace_cell(
        &path,
        "xl/worksheets/sheet2.xml",
        "A2",
        &text_cell("A2", "2023"),
    );
    let error = import_template(&path, &questionnaire).unwrap_err();
    assert!(matches!(
        problem_at(&error, "T1 2024", "A2"),
        ProblemKind::DuplicateSlice { first_sheet, .. } if first_sheet == "T1 2023"
    ));
}

#[test]
fn template_date_typed_as_excel_date() {
    let questionnaire = Questionnaire::embedded();
    let original = argentina(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T9.xlsx");
    export_template(&questionnaire, &original, "T9", "en", &path).unwrap();
    // 44957 is 2023-01-31 in Excel's 1900 date system. A serial reads as a date only with a
    // date number format, so a cell style with format 14 (short date) is added first.
    let mut parts = read_parts(&path);
    let styles = parts
        .iter_mut()
        .find(|(name, _)| name == "xl/styles.xml")
        .unwrap();
    let xml = String::from_utf8(styles.1.clone()).unwrap();
    let count_start = xml.find("<cellXfs count=\"").unwrap() + "<cellXfs count=\"".len();
    let count_end = count_start + xml[count_start..].find('"').unwrap();
    let count: usize = xml[count_start..count_end].parse().unwrap();
    let close = xml.find("</cellXfs>").unwrap();
    let edited = format!(
        "{}{}{}<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>{}",
        &xml[..count_start],
        count + 1,
        &xml[count_end..close],
        &xml[close..]
    );
    styles.1 = edited.into_bytes();
    write_parts(&path, &parts);
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        "A2",
        &format!("<c r=\"A2\" s=\"{count}\"><v>44957</v></c>"),
    );
    let (restored, _) = import_into_new(&path, &questionnaire);
    assert_eq!(table_cells(&restored, "T9"), table_cells(&original, "T9"));
}

#[test]
fn template_empty_date_table_gets_dated_sheet() {
    let questionnaire = Questionnaire::embedded();
    let table = questionnaire.table("T9").unwrap();
    let empty = Dataset::new("ARG");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T9-empty.xlsx");
    export_template(&questionnaire, &empty, "T9", "en", &path).unwrap();

    let import = import_template(&path, &questionnaire).unwrap();
    assert!(import.cells.is_empty());

    // The first block starts below A2 with one row per further slice dimension (the age group),
    // then its code row and label row, so its first data row is 5 + that many.
    let further = table.slice_count() - 1;
    let data_row = 5 + further;
    let first_codes: Vec<&str> = table.slice_dims()[1..]
        .iter()
        .map(|dim| questionnaire.codes(&dim.codelist)[0].code.as_str())
        .collect();

    // Figures without a date are rejected at A2.
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        &format!("C{data_row}"),
        &number_cell(&format!("C{data_row}"), "5"),
    );
    let error = import_template(&path, &questionnaire).unwrap_err();
    assert!(matches!(
        problem_at(&error, "T9", "A2"),
        ProblemKind::InvalidSlice { .. }
    ));
    assert!(matches!(
        problem_at(&error, "T9", &format!("A{data_row}")),
        ProblemKind::MissingRowCode { .. }
    ));

    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        "A2",
        &text_cell("A2", "2024-06-30"),
    );
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        &format!("A{data_row}"),
        &text_cell(&format!("A{data_row}"), "CHL"),
    );
    let (restored, _) = import_into_new(&path, &questionnaire);
    let mut slice = vec!["2024-06-30"];
    slice.extend(first_codes);
    let key = table.key(&table.slice_from_codes(&slice), "CHL", "M");
    assert_eq!(restored.value("T9", &key), Some(5));
}

#[test]
fn template_empty_mandatory_table_has_year_sheets() {
    let questionnaire = Questionnaire::embedded();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T1-empty.xlsx");
    export_template(&questionnaire, &Dataset::new("ARG"), "T1", "en", &path).unwrap();
    let workbook = open_workbook(&path).unwrap();
    let names: Vec<&str> = workbook.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "T1 2023",
            "T1 2024",
            "T1 2025",
            "Status and notes",
            "Metadata",
            "_lists",
            "_sicremi"
        ]
    );
}

#[test]
fn template_rejects_unknown_table_and_language() {
    let questionnaire = Questionnaire::embedded();
    let dataset = Dataset::new("ARG");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.xlsx");
    let error = export_template(&questionnaire, &dataset, "T99", "en", &path).unwrap_err();
    assert_eq!(error.code(), "sheets.unknown_table");
    let error = export_template(&questionnaire, &dataset, "T1", "de", &path).unwrap_err();
    assert_eq!(error.code(), "sheets.unknown_language");
}

#[test]
fn template_nationality_list_on_hidden_sheet() {
    let questionnaire = Questionnaire::embedded();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T1.xlsx");
    export_template(
        &questionnaire,
        &argentina(&questionnaire),
        "T1",
        "en",
        &path,
    )
    .unwrap();

    let parts = read_parts(&path);
    let part = |name: &str| {
        String::from_utf8(parts.iter().find(|(n, _)| n == name).unwrap().1.clone()).unwrap()
    };
    let workbook_xml = part("xl/workbook.xml");
    assert!(
        workbook_xml.contains("name=\"_lists\" sheetId=\"6\" state=\"hidden\""),
        "{workbook_xml}"
    );
    let grid = part("xl/worksheets/sheet1.xml");
    assert!(
        grid.contains("<formula1>'_lists'!$A$1:$A$"),
        "list by range"
    );
    assert!(
        !grid.contains("<formula1>\""),
        "no inline list on grid sheets"
    );

    let workbook = open_workbook(&path).unwrap();
    let lists = workbook.sheet("_lists").unwrap();
    let rows = lists.last_row().unwrap() + 1;
    assert!(rows > 240, "about 250 countries, found {rows}");
    let labels: Vec<String> = (0..rows)
        .map(|row| lists.get(row, 0).unwrap().to_string())
        .collect();
    let unique: std::collections::BTreeSet<&String> = labels.iter().collect();
    assert_eq!(
        unique.len(),
        labels.len(),
        "labels are unique, so the lookup is exact"
    );
}
