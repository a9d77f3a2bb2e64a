//! The secretariat's consolidated workbook: every country's figures in long format.
//!
//! One sheet per table, named by table id. Row 1 contains column codes. First come `country`
//! and `country_name`, then one column per slice dimension headed by its dimension id (such as
//! `year`, `application`, `age`). Each slice dimension but the period has a `<id>_label` column
//! after its own. Then come `row`, `row_label`, and one column per column code such as `M`,
//! `F`, `O`, `U`, `_T`. Row 2 contains their labels, and each later row the counts of one
//! country, slice and row. A row appears when the country reported at least one cell in it. A
//! cell without a count shows the house-style symbol of its observation status (".." for not
//! available, say), or nothing when the status has none.
//!
//! The `status` sheet lists every cell with an observation status, confidentiality status or
//! note: `table`, `country`, one column per slice dimension id of any table (empty where the
//! table has no such dimension), `row`, `column`, `obs_status`, `symbol`, `conf_status` and
//! `note`. The `metadata` sheet lists every metadata answer (`table`, `country`, `field`,
//! `value`).

use std::path::Path;
use std::str::FromStr;

use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet};
use sicremi_model::definition::{text_in, LANGUAGES};
use sicremi_model::{CellValue, Dataset, Questionnaire, TableDef, TableShape};

use crate::error::ExportError;
use crate::template::texts::{text, Text};
use crate::template::{Symbols, MAX_CELL_CHARS, MAX_EXCEL_ROWS};

/// The `format` value of the hidden `_sicremi` sheet of a consolidated workbook.
pub const CONSOLIDATED_FORMAT: &str = "sicremi-consolidated/2";

/// Writes the tables of every `(country, dataset)` pair to one workbook at `path`, labelled in
/// `lang`. Countries appear in the order given.
pub fn export_consolidated(
    questionnaire: &Questionnaire,
    datasets: &[(String, Dataset)],
    lang: &str,
    path: &Path,
) -> Result<(), ExportError> {
    if !LANGUAGES.contains(&lang) {
        return Err(ExportError::UnknownLanguage {
            lang: lang.to_string(),
        });
    }
    let header = Format::new().set_bold().set_text_wrap();
    let mut workbook = Workbook::new();
    for table in &questionnaire.def.tables {
        workbook.push_worksheet(table_sheet(questionnaire, table, datasets, lang, &header)?);
    }
    workbook.push_worksheet(status_sheet(questionnaire, datasets, &header)?);
    workbook.push_worksheet(metadata_sheet(questionnaire, datasets, &header)?);

    let mut meta = Worksheet::new();
    meta.set_name("_sicremi")?;
    for (row, (key, value)) in [
        ("format", CONSOLIDATED_FORMAT.to_string()),
        ("questionnaire", questionnaire.hash_hex()),
        ("language", lang.to_string()),
    ]
    .iter()
    .enumerate()
    {
        meta.write_string(row as u32, 0, *key)?;
        meta.write_string(row as u32, 1, value)?;
    }
    meta.set_hidden(true);
    workbook.push_worksheet(meta);

    workbook.save(path)?;
    tracing::info!(countries = datasets.len(), lang, path = %path.display(), "exported consolidated workbook");
    Ok(())
}

fn check_row(sheet: &str, row: u32) -> Result<(), ExportError> {
    if u64::from(row) >= MAX_EXCEL_ROWS {
        return Err(ExportError::TooManyRows {
            sheet: sheet.to_string(),
            rows: u64::from(row) + 1,
            max: MAX_EXCEL_ROWS,
        });
    }
    Ok(())
}

fn check_length(table: &str, key: &str, value: &str) -> Result<(), ExportError> {
    let chars = value.chars().count();
    if chars > MAX_CELL_CHARS {
        return Err(ExportError::TextTooLong {
            table: table.to_string(),
            key: key.to_string(),
            chars,
        });
    }
    Ok(())
}

fn country_name(country: &str, lang: &str) -> String {
    let lang = sicremi_codes::Lang::from_str(lang).unwrap_or(sicremi_codes::Lang::En);
    sicremi_codes::name(country, lang)
        .unwrap_or(country)
        .to_string()
}

fn codelist_label<'a>(questionnaire: &'a Questionnaire, codelist: &'a str, lang: &str) -> &'a str {
    questionnaire
        .codelist(codelist)
        .map(|list| text_in(&list.label, lang))
        .unwrap_or(codelist)
}

/// Returns the position of each code of `slice` in its dimension's code list, for sorting
/// slices in questionnaire order. Dates, which have no list, sort as text, which is by time.
fn slice_sort_key<'s>(
    questionnaire: &Questionnaire,
    table: &TableDef,
    slice: &'s str,
) -> Vec<(usize, &'s str)> {
    let codes = table.split_slice(slice).unwrap_or_default();
    table
        .slice_dims()
        .iter()
        .zip(codes)
        .map(|(dim, code)| {
            let position = questionnaire
                .codes(&dim.codelist)
                .iter()
                .position(|c| c.code == code)
                .unwrap_or(usize::MAX);
            (position, code)
        })
        .collect()
}

/// Writes a cell's count, or without one the symbol of its observation status.
fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    cell: &CellValue,
    symbols: &Symbols,
    symbol_format: &Format,
) -> Result<(), ExportError> {
    match (cell.value, symbols.of(cell.obs_status.as_deref())) {
        (Some(value), _) => {
            sheet.write_number(row, column, value as f64)?;
        }
        (None, Some(symbol)) => {
            sheet.write_string_with_format(row, column, symbol, symbol_format)?;
        }
        (None, None) => {}
    }
    Ok(())
}

fn table_sheet(
    questionnaire: &Questionnaire,
    table: &TableDef,
    datasets: &[(String, Dataset)],
    lang: &str,
    header: &Format,
) -> Result<Worksheet, ExportError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(&table.id)?;
    let symbols = Symbols::new(&questionnaire.def.statuses);
    let symbol_format = Format::new().set_align(FormatAlign::Right);
    let slice_dims = table.slice_dims();
    let row_list = &table.row_dim().codelist;
    let column_codes: Vec<&str> = questionnaire
        .codes(&table.column_dim().codelist)
        .iter()
        .map(|code| code.code.as_str())
        .collect();

    let code_word = text(Text::Code, lang);
    let mut codes: Vec<String> = vec!["country".into(), "country_name".into()];
    let mut labels = vec![
        format!("{} ({code_word})", text(Text::Country, lang)),
        text(Text::Country, lang).to_string(),
    ];
    for (index, dim) in slice_dims.iter().enumerate() {
        let label = codelist_label(questionnaire, &dim.codelist, lang);
        if index == 0 {
            codes.push(dim.id.clone());
            labels.push(label.to_string());
        } else {
            codes.push(dim.id.clone());
            labels.push(format!("{label} ({code_word})"));
            codes.push(format!("{}_label", dim.id));
            labels.push(label.to_string());
        }
    }
    codes.extend(["row".to_string(), "row_label".to_string()]);
    labels.extend([
        format!(
            "{} ({code_word})",
            codelist_label(questionnaire, row_list, lang)
        ),
        codelist_label(questionnaire, row_list, lang).to_string(),
    ]);
    let first_value_column = codes.len() as u16;
    codes.extend(column_codes.iter().map(|code| code.to_string()));
    labels.extend(column_codes.iter().map(|code| {
        questionnaire
            .code_label(&table.column_dim().codelist, code, lang)
            .to_string()
    }));
    for (column, (code, label)) in codes.iter().zip(&labels).enumerate() {
        sheet.write_string(0, column as u16, code)?;
        sheet.write_string_with_format(1, column as u16, label, header)?;
    }

    let mut row = 2u32;
    for (country, dataset) in datasets {
        let shape = TableShape::of(questionnaire, table, dataset);
        let name = country_name(country, lang);
        let mut slices: Vec<&String> = shape.slices.iter().collect();
        slices.sort_by_key(|slice| slice_sort_key(questionnaire, table, slice));
        for slice in slices {
            let slice_codes = table.split_slice(slice).unwrap_or_default();
            for row_code in &shape.rows[slice] {
                let cells: Vec<Option<&CellValue>> = column_codes
                    .iter()
                    .map(|column| dataset.cell(&table.id, &table.key(slice, row_code, column)))
                    .collect();
                if cells.iter().all(Option::is_none) {
                    continue;
                }
                check_row(&table.id, row)?;
                sheet.write_string(row, 0, country)?;
                sheet.write_string(row, 1, &name)?;
                let mut column = 2u16;
                for (index, (dim, code)) in slice_dims.iter().zip(&slice_codes).enumerate() {
                    sheet.write_string(row, column, *code)?;
                    column += 1;
                    if index > 0 {
                        let label = questionnaire.code_label(&dim.codelist, code, lang);
                        sheet.write_string(row, column, label)?;
                        column += 1;
                    }
                }
                sheet.write_string(row, column, row_code)?;
                sheet.write_string(
                    row,
                    column + 1,
                    questionnaire.code_label(row_list, row_code, lang),
                )?;
                for (index, cell) in cells.iter().enumerate() {
                    if let Some(cell) = cell {
                        let column = first_value_column + index as u16;
                        write_cell(&mut sheet, row, column, cell, &symbols, &symbol_format)?;
                    }
                }
                row += 1;
            }
        }
    }
    sheet.set_freeze_panes(2, first_value_column)?;
    sheet.set_column_width(1, 24)?;
    sheet.set_column_width(first_value_column - 1, 30)?;
    if row > 2 {
        sheet.autofilter(1, 0, row - 1, (codes.len() - 1) as u16)?;
    }
    Ok(sheet)
}

/// Returns the ids of the slice dimensions of every table, each once, in table order.
fn slice_dimension_ids(questionnaire: &Questionnaire) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    for table in &questionnaire.def.tables {
        for dim in table.slice_dims() {
            if !ids.contains(&dim.id.as_str()) {
                ids.push(&dim.id);
            }
        }
    }
    ids
}

fn status_sheet(
    questionnaire: &Questionnaire,
    datasets: &[(String, Dataset)],
    header: &Format,
) -> Result<Worksheet, ExportError> {
    let mut sheet = Worksheet::new();
    sheet.set_name("status")?;
    let symbols = Symbols::new(&questionnaire.def.statuses);
    let slice_ids = slice_dimension_ids(questionnaire);
    let mut codes: Vec<&str> = vec!["table", "country"];
    codes.extend(&slice_ids);
    codes.extend([
        "row",
        "column",
        "obs_status",
        "symbol",
        "conf_status",
        "note",
    ]);
    for (column, code) in codes.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, *code, header)?;
    }
    let first_cell_column = 2 + slice_ids.len();

    let mut row = 1u32;
    for table in &questionnaire.def.tables {
        let slice_columns: Vec<usize> = table
            .slice_dims()
            .iter()
            .map(|dim| 2 + slice_ids.iter().position(|id| *id == dim.id).unwrap_or(0))
            .collect();
        for (country, dataset) in datasets {
            let Some(cells) = dataset.cells.get(&table.id) else {
                continue;
            };
            for (key, cell) in cells {
                if cell.obs_status.is_none() && cell.conf_status.is_none() && cell.note.is_none() {
                    continue;
                }
                let Some((slice, row_code, column)) = table.split_key(key) else {
                    continue;
                };
                check_row("status", row)?;
                let note = cell.note.as_deref().unwrap_or("");
                check_length(&table.id, key, note)?;
                sheet.write_string(row, 0, &table.id)?;
                sheet.write_string(row, 1, country)?;
                for (code, column) in table
                    .split_slice(slice)
                    .unwrap_or_default()
                    .into_iter()
                    .zip(&slice_columns)
                {
                    sheet.write_string(row, *column as u16, code)?;
                }
                let values = [
                    row_code,
                    column,
                    cell.obs_status.as_deref().unwrap_or(""),
                    symbols.of(cell.obs_status.as_deref()).unwrap_or(""),
                    cell.conf_status.as_deref().unwrap_or(""),
                    note,
                ];
                for (index, value) in values.iter().enumerate() {
                    if !value.is_empty() {
                        sheet.write_string(row, (first_cell_column + index) as u16, *value)?;
                    }
                }
                row += 1;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_column_width((first_cell_column + 5) as u16, 60)?;
    Ok(sheet)
}

fn metadata_sheet(
    questionnaire: &Questionnaire,
    datasets: &[(String, Dataset)],
    header: &Format,
) -> Result<Worksheet, ExportError> {
    let mut sheet = Worksheet::new();
    sheet.set_name("metadata")?;
    for (column, code) in ["table", "country", "field", "value"].iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, *code, header)?;
    }
    let mut row = 1u32;
    for table in &questionnaire.def.tables {
        for (country, dataset) in datasets {
            let Some(answers) = dataset.metadata.get(&table.id) else {
                continue;
            };
            for (field, value) in answers {
                check_row("metadata", row)?;
                check_length(&table.id, field, value)?;
                sheet.write_string(row, 0, &table.id)?;
                sheet.write_string(row, 1, country)?;
                sheet.write_string(row, 2, field)?;
                sheet.write_string(row, 3, value)?;
                row += 1;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_column_width(3, 60)?;
    Ok(sheet)
}
