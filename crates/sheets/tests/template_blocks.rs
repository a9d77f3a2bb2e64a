//! Templates of every table kind, with several slice dimensions, house-style status symbols and
//! hostile block counts, written to real .xlsx and .ods files and read back.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use calamine::Data;
use common::*;
use sicremi_model::{CellValue, Dataset, Questionnaire};
use sicremi_sheets::{
    export_template, import_template, open_workbook, ImportError, Location, ProblemKind,
    SheetImport, Warning, MAX_TEMPLATE_BLOCKS, TEMPLATE_FORMAT,
};

fn cells_of(dataset: &Dataset, table: &str) -> BTreeMap<String, CellValue> {
    dataset.cells.get(table).cloned().unwrap_or_default()
}

fn imported(import: &SheetImport) -> Dataset {
    let mut dataset = Dataset::new("ARG");
    import.apply_to(&mut dataset);
    dataset
}

fn text_at(sheet: &sicremi_sheets::Sheet, row: u32, column: u32) -> String {
    match sheet.get(row, column) {
        Some(Data::String(text)) => text.clone(),
        other => panic!("expected text at ({row}, {column}), found {other:?}"),
    }
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
fn every_table_round_trips() {
    let questionnaire = Questionnaire::embedded();
    let original = every_table(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    for table in &questionnaire.def.tables {
        let path = dir.path().join(format!("{}.xlsx", table.id));
        export_template(&questionnaire, &original, &table.id, "es", &path).unwrap();
        let import = import_template(&path, &questionnaire).unwrap();
        assert!(
            import.report.warnings.is_empty(),
            "{}: {:?}",
            table.id,
            import.report.warnings
        );
        let restored = imported(&import);
        assert_eq!(
            cells_of(&restored, &table.id),
            cells_of(&original, &table.id),
            "cells of {}",
            table.id
        );
        assert_eq!(
            restored.metadata.get(&table.id),
            original.metadata.get(&table.id),
            "metadata of {}",
            table.id
        );

        // Importing an unedited template over its own figures changes nothing.
        let mut reimported = original.clone();
        import.apply_to(&mut reimported);
        assert_eq!(reimported, original, "{}", table.id);
    }
}

#[test]
fn every_table_round_trips_through_ods() {
    let questionnaire = Questionnaire::embedded();
    let original = every_table(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    for table in ["T5", "T6", "T9"] {
        let xlsx = dir.path().join(format!("{table}.xlsx"));
        export_template(&questionnaire, &original, table, "fr", &xlsx).unwrap();
        let ods = dir.path().join(format!("{table}.ods"));
        write_ods(&ods, &open_workbook(&xlsx).unwrap());

        let import = import_template(&ods, &questionnaire).unwrap();
        assert!(import.report.warnings.is_empty(), "{table}");
        let restored = imported(&import);
        assert_eq!(
            cells_of(&restored, table),
            cells_of(&original, table),
            "{table}"
        );
        assert_eq!(restored.metadata.get(table), original.metadata.get(table));
    }
}

#[test]
fn t5_has_block_per_slice() {
    let questionnaire = Questionnaire::embedded();
    let table = questionnaire.table("T5").unwrap();
    assert_eq!(table.slice_count(), 3, "T5 is year × application × age");
    let original = every_table(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T5.xlsx");
    export_template(&questionnaire, &original, "T5", "en", &path).unwrap();

    let workbook = open_workbook(&path).unwrap();
    let names: Vec<&str> = workbook.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(&names[..2], ["T5 2024", "T5 2025"]);
    let sheet = workbook.sheet("T5 2024").unwrap();
    assert_eq!(text_at(sheet, 1, 0), "2024");

    let applications = questionnaire.codes("asylum_application");
    let ages = questionnaire.codes("age");
    let blocks = block_rows(sheet);
    assert_eq!(blocks.len(), applications.len() * ages.len());

    // Each block names its application kind and age group, code and label, in code-list order.
    let mut index = 0;
    for application in applications {
        for age in ages {
            let code_row = blocks[index];
            assert_eq!(text_at(sheet, code_row - 2, 0), application.code);
            assert_eq!(text_at(sheet, code_row - 1, 0), age.code);
            let application_label = text_at(sheet, code_row - 2, 1);
            assert!(
                application_label.ends_with(&format!(": {}", application.label["en"])),
                "{application_label}"
            );
            let age_label = text_at(sheet, code_row - 1, 1);
            assert!(
                age_label.ends_with(&format!(": {}", age.label["en"])),
                "{age_label}"
            );
            index += 1;
        }
    }

    // The first data row of the block FIRST × _T holds BOL, whose men figure is the dataset's.
    let block = applications.iter().position(|c| c.code == "FIRST").unwrap() * ages.len()
        + ages.iter().position(|c| c.code == "_T").unwrap();
    let first_data_row = blocks[block] + 2;
    assert_eq!(text_at(sheet, first_data_row, 0), "BOL");
    let key = table.key("2024:FIRST:_T", "BOL", "M");
    let expected = original
        .value("T5", &key)
        .expect("the sample fills FIRST × _T");
    assert_eq!(
        sheet.get(first_data_row, 2),
        Some(&Data::Float(expected as f64))
    );
}

#[test]
fn t6_columns_are_decisions() {
    let questionnaire = Questionnaire::embedded();
    let table = questionnaire.table("T6").unwrap();
    assert_eq!(table.column_dim().id, "decision");
    let original = every_table(&questionnaire);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T6.xlsx");
    export_template(&questionnaire, &original, "T6", "en", &path).unwrap();
    let workbook = open_workbook(&path).unwrap();
    let sheet = workbook.sheet("T6 2024").unwrap();
    let header: Vec<String> = sheet
        .row(2)
        .filter(|(column, _)| *column >= 2)
        .map(|(_, data)| data.to_string())
        .collect();
    let decisions: Vec<String> = questionnaire
        .codes("asylum_decision")
        .iter()
        .map(|c| c.code.clone())
        .collect();
    assert_eq!(header, decisions);
}

/// T1 for 2024: BOL with a not-collected men cell (L, "..") and a not-applicable women cell
/// (M, "-"), PER with figures.
fn t1_with_statuses() -> Dataset {
    let mut dataset = Dataset::new("ARG");
    let missing = |obs: &str| CellValue {
        obs_status: Some(obs.to_string()),
        ..CellValue::default()
    };
    dataset.set("T1", "2024:BOL:M", missing("L"));
    dataset.set("T1", "2024:BOL:F", missing("M"));
    dataset.set("T1", "2024:BOL:O", CellValue::number(1));
    dataset.set("T1", "2024:PER:M", CellValue::number(10));
    dataset.set("T1", "2024:PER:F", CellValue::number(11));
    dataset.set("T1", "2024:PER:O", CellValue::number(12));
    dataset
}

#[test]
fn symbols_shown_for_cells_without_count() {
    let questionnaire = Questionnaire::embedded();
    let symbols = &questionnaire.def.statuses.symbols;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T1.xlsx");
    export_template(&questionnaire, &t1_with_statuses(), "T1", "en", &path).unwrap();

    let workbook = open_workbook(&path).unwrap();
    let sheet = workbook.sheet("T1 2024").unwrap();
    // Row 5 is BOL and row 6 PER; C is M, D is F, E is O.
    assert_eq!(text_at(sheet, 4, 0), "BOL");
    assert_eq!(text_at(sheet, 4, 2), symbols["L"]);
    assert_eq!(text_at(sheet, 4, 3), symbols["M"]);
    assert_eq!(sheet.get(4, 4), Some(&Data::Float(1.0)));
}

#[test]
fn symbol_typed_maps_to_status_if_unambiguous() {
    let questionnaire = Questionnaire::embedded();
    let symbols = &questionnaire.def.statuses.symbols;
    assert_eq!(symbols["L"], symbols["O"], "L and O share a symbol");
    assert_ne!(symbols["M"], symbols["L"], "M has a symbol of its own");
    let original = t1_with_statuses();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T1.xlsx");
    export_template(&questionnaire, &original, "T1", "en", &path).unwrap();

    // Sheet 2 is "T1 2024". PER men gets M's own symbol, PER women the shared one, and BOL
    // men, whose status line gives L, M's symbol.
    let sheet = "xl/worksheets/sheet2.xml";
    replace_cell(&path, sheet, "C6", &text_cell("C6", &symbols["M"]));
    replace_cell(&path, sheet, "D6", &text_cell("D6", &symbols["L"]));
    replace_cell(
        &path,
        sheet,
        "C5",
        &text_cell("C5", &format!(" {} ", symbols["M"])),
    );

    let import = import_template(&path, &questionnaire).unwrap();
    let restored = imported(&import);
    let per_men = restored.cell("T1", "2024:PER:M").unwrap();
    assert_eq!(per_men.value, None);
    assert_eq!(per_men.obs_status.as_deref(), Some("M"));

    // The shared symbol is never resolved: the cell is neither imported nor cleared.
    assert_eq!(restored.cell("T1", "2024:PER:F"), None);
    let key = ("T1".to_string(), "2024:PER:F".to_string());
    assert!(!import.cleared.contains(&key));
    let mut updated = original.clone();
    import.apply_to(&mut updated);
    assert_eq!(updated.value("T1", "2024:PER:F"), Some(11));

    // The status sheet wins over a symbol that disagrees with it.
    assert_eq!(
        restored
            .cell("T1", "2024:BOL:M")
            .unwrap()
            .obs_status
            .as_deref(),
        Some("L")
    );

    let cell = |reference: &str| Location::Cell {
        sheet: "T1 2024".to_string(),
        cell: reference.to_string(),
    };
    assert_eq!(
        import.report.warnings,
        vec![
            Warning::SymbolConflict {
                location: cell("C5"),
                symbol: symbols["M"].clone(),
                status: "L".to_string(),
                symbol_statuses: vec!["M".to_string()],
            },
            Warning::AmbiguousSymbol {
                location: cell("D6"),
                symbol: symbols["L"].clone(),
                statuses: vec!["L".to_string(), "O".to_string()],
            },
        ]
    );
    let message = import.report.warnings[1].to_string();
    assert!(message.starts_with("Sheet 'T1 2024'!D6 shows"), "{message}");
    assert_eq!(import.report.warnings[1].code(), "sheets.ambiguous_symbol");
}

#[test]
fn unknown_text_is_still_rejected() {
    let questionnaire = Questionnaire::embedded();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T1.xlsx");
    export_template(&questionnaire, &t1_with_statuses(), "T1", "en", &path).unwrap();
    replace_cell(
        &path,
        "xl/worksheets/sheet2.xml",
        "C6",
        &text_cell("C6", "n.d."),
    );
    let error = import_template(&path, &questionnaire).unwrap_err();
    assert!(matches!(
        problem_at(&error, "T1 2024", "C6"),
        ProblemKind::NotANumber { value } if value == "n.d."
    ));
}

#[test]
fn block_slice_codes_checked() {
    let questionnaire = Questionnaire::embedded();
    let table = questionnaire.table("T5").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T5.xlsx");
    export_template(&questionnaire, &Dataset::new("ARG"), "T5", "en", &path).unwrap();
    let workbook = open_workbook(&path).unwrap();
    let first = &workbook.sheets[0];
    assert_eq!(first.name, "T5 2021");
    let blocks = block_rows(first);
    let a = |row: u32| format!("A{}", row + 1);
    let c = |row: u32| format!("C{}", row + 1);
    let sheet = "xl/worksheets/sheet1.xml";

    // A figure typed in the second block (FIRST × the second age group) lands in its slice.
    let second_data_row = blocks[1] + 2;
    replace_cell(
        &path,
        sheet,
        &a(second_data_row),
        &text_cell(&a(second_data_row), "CHL"),
    );
    replace_cell(
        &path,
        sheet,
        &c(second_data_row),
        &number_cell(&c(second_data_row), "7"),
    );
    let restored = imported(&import_template(&path, &questionnaire).unwrap());
    let second_age = &questionnaire.codes("age")[1].code;
    let key = table.key(&format!("2021:FIRST:{second_age}"), "CHL", "M");
    assert_eq!(restored.value("T5", &key), Some(7));

    // A bad application code, and a block that repeats the first block's slice.
    replace_cell(
        &path,
        sheet,
        &a(blocks[0] - 2),
        &text_cell(&a(blocks[0] - 2), "FIRSTX"),
    );
    let first_age = &questionnaire.codes("age")[0].code;
    replace_cell(
        &path,
        sheet,
        &a(blocks[2] - 1),
        &text_cell(&a(blocks[2] - 1), first_age),
    );
    replace_cell(
        &path,
        sheet,
        &a(blocks[1] - 1),
        &text_cell(&a(blocks[1] - 1), first_age),
    );
    let error = import_template(&path, &questionnaire).unwrap_err();
    assert!(matches!(
        problem_at(&error, "T5 2021", &a(blocks[0] - 2)),
        ProblemKind::InvalidSlice { dimension, value, .. } if dimension == "application" && value == "FIRSTX"
    ));
    assert!(matches!(
        problem_at(&error, "T5 2021", &a(blocks[2] - 2)),
        ProblemKind::DuplicateSlice { slice, first_sheet } if slice == format!("2021:FIRST:{first_age}") && first_sheet == "T5 2021"
    ));
}

#[test]
fn block_without_age_code_rejected() {
    let questionnaire = Questionnaire::embedded();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T9.xlsx");
    let original = every_table(&questionnaire);
    export_template(&questionnaire, &original, "T9", "en", &path).unwrap();
    let workbook = open_workbook(&path).unwrap();
    let blocks = block_rows(&workbook.sheets[0]);
    let age_cell = format!("A{}", blocks[0]);
    replace_cell(
        &path,
        "xl/worksheets/sheet1.xml",
        &age_cell,
        &text_cell(&age_cell, ""),
    );
    let error = import_template(&path, &questionnaire).unwrap_err();
    let sheet = &workbook.sheets[0].name;
    assert!(matches!(
        problem_at(&error, sheet, &age_cell),
        ProblemKind::InvalidSlice { dimension, value, .. } if dimension == "age" && value.is_empty()
    ));
}

/// Writes a workbook that claims to be a T1 template and has `blocks` rows marked "code",
/// spread over `sheets` grid sheets.
fn write_many_blocks(path: &Path, questionnaire: &Questionnaire, blocks: usize, sheets: usize) {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    for index in 0..sheets {
        let sheet = workbook.add_worksheet();
        sheet.set_name(format!("T1 {index}")).unwrap();
        sheet.write_string(0, 0, "T1").unwrap();
        sheet.write_string(1, 0, "2024").unwrap();
        let per_sheet = blocks / sheets;
        for block in 0..per_sheet {
            sheet.write_string(2 + block as u32, 0, "code").unwrap();
        }
    }
    let meta = workbook.add_worksheet();
    meta.set_name("_sicremi").unwrap();
    for (row, (key, value)) in [
        ("format", TEMPLATE_FORMAT.to_string()),
        ("questionnaire", questionnaire.hash_hex()),
        ("table", "T1".to_string()),
    ]
    .iter()
    .enumerate()
    {
        meta.write_string(row as u32, 0, *key).unwrap();
        meta.write_string(row as u32, 1, value).unwrap();
    }
    workbook.save(path).unwrap();
}

#[test]
fn too_many_blocks_rejected() {
    let questionnaire = Questionnaire::embedded();
    let dir = tempfile::tempdir().unwrap();
    for sheets in [1, 2] {
        let path = dir.path().join(format!("blocks-{sheets}.xlsx"));
        write_many_blocks(&path, &questionnaire, MAX_TEMPLATE_BLOCKS + 2, sheets);
        let error = import_template(&path, &questionnaire).unwrap_err();
        assert_eq!(error.code(), "sheets.too_many_blocks", "{error}");
        assert!(error.to_string().contains("2000 grid blocks"), "{error}");
    }

    // At the limit the blocks are read: T1 has one slice per year, so every block after the
    // first repeats it, and the second block's repeat is reported at its code row.
    let path = dir.path().join("blocks-max.xlsx");
    write_many_blocks(&path, &questionnaire, MAX_TEMPLATE_BLOCKS, 1);
    let error = import_template(&path, &questionnaire).unwrap_err();
    assert_eq!(error.code(), "sheets.invalid", "{error}");
    assert!(matches!(
        problem_at(&error, "T1 0", "A4"),
        ProblemKind::DuplicateSlice { slice, .. } if slice == "2024"
    ));
}

#[test]
fn stock_with_and_without_age_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    for age_groups in [false, true] {
        let questionnaire = stock_questionnaire(age_groups);
        let original = every_table(&questionnaire);
        let path = dir.path().join(format!("T9-{age_groups}.xlsx"));
        export_template(&questionnaire, &original, "T9", "en", &path).unwrap();
        let workbook = open_workbook(&path).unwrap();
        let names: Vec<&str> = workbook.sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(&names[..2], ["T9 2023-01-31", "T9 2024-01-31"]);
        let blocks = block_rows(&workbook.sheets[0]);
        assert_eq!(blocks.len(), if age_groups { 9 } else { 1 });
        assert_eq!(blocks[0], if age_groups { 3 } else { 2 });

        let import = import_template(&path, &questionnaire).unwrap();
        assert!(import.report.warnings.is_empty());
        assert_eq!(
            cells_of(&imported(&import), "T9"),
            cells_of(&original, "T9")
        );
    }
}

#[test]
fn template_without_age_rows_rejected_after_age_added() {
    let before = stock_questionnaire(false);
    let after = stock_questionnaire(true);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T9-before.xlsx");
    export_template(&before, &every_table(&before), "T9", "en", &path).unwrap();
    let error = import_template(&path, &after).unwrap_err();
    assert_eq!(error.code(), "sheets.not_a_template", "{error}");
    assert!(error.to_string().contains("has no column age"), "{error}");
}

#[test]
fn block_without_room_for_slice_rows_rejected() {
    let questionnaire = stock_questionnaire(true);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("T9-no-age-row.xlsx");
    // A grid laid out for T9 without age groups: the code row right below the date.
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("T9 2023-01-31").unwrap();
    sheet.write_string(0, 0, "T9").unwrap();
    sheet.write_string(1, 0, STOCK_DATE).unwrap();
    sheet.write_string(2, 0, "code").unwrap();
    sheet.write_string(2, 2, "M").unwrap();
    sheet.write_string(4, 0, "CHL").unwrap();
    sheet.write_number(4, 2, 5).unwrap();
    let meta = workbook.add_worksheet();
    meta.set_name("_sicremi").unwrap();
    meta.write_string(0, 0, "format").unwrap();
    meta.write_string(0, 1, TEMPLATE_FORMAT).unwrap();
    meta.write_string(1, 0, "table").unwrap();
    meta.write_string(1, 1, "T9").unwrap();
    workbook.save(&path).unwrap();

    let error = import_template(&path, &questionnaire).unwrap_err();
    assert!(matches!(
        problem_at(&error, "T9 2023-01-31", "A3"),
        ProblemKind::InvalidSlice { dimension, .. } if dimension == "age"
    ));
}
