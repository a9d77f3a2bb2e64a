//! The secretariat's consolidated workbook: every country's figures in long format.
//!
//! One sheet per table, named by table id. Row 1 contains column codes (`country`,
//! `country_name`, `slice`, `row`, `row_label`, then one column per column code such as `M`,
//! `F`, `O`, `U`, `_T`), row 2 their labels, and each later row the counts of one country,
//! slice and row. A row appears when the country reported at least one cell in it. A cell
//! without a count is empty; its status is on the `status` sheet, which lists every cell with
//! an observation status, confidentiality status or note (`table`, `country`, `slice`, `row`,
//! `column`, `obs_status`, `conf_status`, `note`). The `metadata` sheet lists every metadata
//! answer (`table`, `country`, `field`, `value`).

use std::path::Path;
use std::str::FromStr;

use rust_xlsxwriter::{Format, Workbook, Worksheet};
use sicremi_model::definition::{text_in, LANGUAGES};
use sicremi_model::{Dataset, Questionnaire, TableDef, TableShape};

use crate::error::ExportError;
use crate::template::texts::{text, Text};
use crate::template::MAX_CELL_CHARS;

/// The `format` value of the hidden `_sicremi` sheet of a consolidated workbook.
pub const CONSOLIDATED_FORMAT: &str = "sicremi-consolidated/1";

/// Rows of an Excel worksheet.
const MAX_EXCEL_ROWS: u64 = 1_048_576;

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

fn table_sheet(
    questionnaire: &Questionnaire,
    table: &TableDef,
    datasets: &[(String, Dataset)],
    lang: &str,
    header: &Format,
) -> Result<Worksheet, ExportError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(&table.id)?;
    let row_list = &table.row_dim().codelist;
    let column_codes: Vec<&str> = questionnaire
        .codes(&table.column_dim().codelist)
        .iter()
        .map(|code| code.code.as_str())
        .collect();

    let mut codes = vec!["country", "country_name", "slice", "row", "row_label"];
    codes.extend(&column_codes);
    let code_word = text(Text::Code, lang);
    let mut labels = vec![
        format!("{} ({code_word})", text(Text::Country, lang)),
        text(Text::Country, lang).to_string(),
        codelist_label(questionnaire, &table.period_dim().codelist, lang).to_string(),
        format!(
            "{} ({code_word})",
            codelist_label(questionnaire, row_list, lang)
        ),
        codelist_label(questionnaire, row_list, lang).to_string(),
    ];
    labels.extend(column_codes.iter().map(|code| {
        questionnaire
            .code_label(&table.column_dim().codelist, code, lang)
            .to_string()
    }));
    for (column, (code, label)) in codes.iter().zip(&labels).enumerate() {
        sheet.write_string(0, column as u16, *code)?;
        sheet.write_string_with_format(1, column as u16, label, header)?;
    }

    let mut row = 2u32;
    for (country, dataset) in datasets {
        let shape = TableShape::of(questionnaire, table, dataset);
        let name = country_name(country, lang);
        for slice in &shape.slices {
            for row_code in &shape.rows[slice] {
                let keys: Vec<String> = column_codes
                    .iter()
                    .map(|column| table.key(slice, row_code, column))
                    .collect();
                if keys
                    .iter()
                    .all(|key| dataset.cell(&table.id, key).is_none())
                {
                    continue;
                }
                check_row(&table.id, row)?;
                sheet.write_string(row, 0, country)?;
                sheet.write_string(row, 1, &name)?;
                sheet.write_string(row, 2, slice)?;
                sheet.write_string(row, 3, row_code)?;
                sheet.write_string(row, 4, questionnaire.code_label(row_list, row_code, lang))?;
                for (index, key) in keys.iter().enumerate() {
                    if let Some(value) = dataset.value(&table.id, key) {
                        sheet.write_number(row, 5 + index as u16, value as f64)?;
                    }
                }
                row += 1;
            }
        }
    }
    sheet.set_freeze_panes(2, 5)?;
    sheet.set_column_width(1, 24)?;
    sheet.set_column_width(4, 30)?;
    if row > 2 {
        sheet.autofilter(1, 0, row - 1, (codes.len() - 1) as u16)?;
    }
    Ok(sheet)
}

const STATUS_HEADER: [&str; 8] = [
    "table",
    "country",
    "slice",
    "row",
    "column",
    "obs_status",
    "conf_status",
    "note",
];

fn status_sheet(
    questionnaire: &Questionnaire,
    datasets: &[(String, Dataset)],
    header: &Format,
) -> Result<Worksheet, ExportError> {
    let mut sheet = Worksheet::new();
    sheet.set_name("status")?;
    for (column, code) in STATUS_HEADER.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, *code, header)?;
    }
    let mut row = 1u32;
    for table in &questionnaire.def.tables {
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
                let values = [
                    table.id.as_str(),
                    country.as_str(),
                    slice,
                    row_code,
                    column,
                    cell.obs_status.as_deref().unwrap_or(""),
                    cell.conf_status.as_deref().unwrap_or(""),
                    note,
                ];
                for (index, value) in values.iter().enumerate() {
                    if !value.is_empty() {
                        sheet.write_string(row, index as u16, *value)?;
                    }
                }
                row += 1;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_column_width(7, 60)?;
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
