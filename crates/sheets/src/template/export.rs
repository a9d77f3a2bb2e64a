//! Writing a table of a dataset as a template workbook.

use std::collections::BTreeSet;
use std::path::Path;

use rust_xlsxwriter::{Color, DataValidation, Format, Formula, Workbook, Worksheet};
use sicremi_model::definition::{text_in, CodeListKind, LANGUAGES};
use sicremi_model::{CellValue, Dataset, Questionnaire, TableDef, TableShape};

use super::grid::*;
use super::texts::{text, Text};
use super::{
    ADDED_ROWS, LISTS_SHEET, LONG_SHEET_FIRST_DATA_ROW, METADATA_HEADER, META_SHEET, NOTES_HEADER,
    TEMPLATE_FORMAT,
};
use crate::error::ExportError;

/// Maximum number of characters Excel stores in one cell.
pub(crate) const MAX_CELL_CHARS: usize = 32_767;

/// Rows of the status and notes sheet that get status drop-down lists.
const NOTES_INPUT_ROWS: u32 = 2_000;

/// Writes table `table_id` of `dataset` as a template workbook at `path`, labelled in `lang`
/// ("en", "es", "pt" or "fr"). The layout is described in the [module](super) documentation.
///
/// There is one grid sheet per slice with data, plus the mandatory slices of the table. When
/// that leaves none, an enumerated slice (years) gets a sheet per code, and a date slice one
/// sheet whose date the user types in A2.
pub fn export_template(
    questionnaire: &Questionnaire,
    dataset: &Dataset,
    table_id: &str,
    lang: &str,
    path: &Path,
) -> Result<(), ExportError> {
    let table = questionnaire
        .table(table_id)
        .ok_or_else(|| ExportError::UnknownTable {
            table: table_id.to_string(),
        })?;
    if !LANGUAGES.contains(&lang) {
        return Err(ExportError::UnknownLanguage {
            lang: lang.to_string(),
        });
    }
    let mut writer = TemplateWriter::new(questionnaire, dataset, table, lang);
    let mut workbook = writer.build()?;
    workbook.save(path)?;
    tracing::info!(table = table_id, lang, path = %path.display(), "exported template");
    Ok(())
}

struct Formats {
    title: Format,
    code: Format,
    header: Format,
    input: Format,
    text_input: Format,
    wrapped: Format,
}

impl Formats {
    fn new() -> Formats {
        let input_fill = Color::RGB(0xFFF8DC);
        Formats {
            title: Format::new().set_bold().set_font_size(13),
            code: Format::new()
                .set_font_color(Color::RGB(0x808080))
                .set_num_format("@"),
            header: Format::new().set_bold().set_text_wrap(),
            input: Format::new()
                .set_num_format("#,##0")
                .set_background_color(input_fill),
            text_input: Format::new()
                .set_num_format("@")
                .set_background_color(input_fill),
            wrapped: Format::new().set_text_wrap(),
        }
    }
}

struct TemplateWriter<'a> {
    questionnaire: &'a Questionnaire,
    dataset: &'a Dataset,
    table: &'a TableDef,
    lang: &'a str,
    formats: Formats,
}

impl<'a> TemplateWriter<'a> {
    fn new(
        questionnaire: &'a Questionnaire,
        dataset: &'a Dataset,
        table: &'a TableDef,
        lang: &'a str,
    ) -> TemplateWriter<'a> {
        TemplateWriter {
            questionnaire,
            dataset,
            table,
            lang,
            formats: Formats::new(),
        }
    }

    fn build(&mut self) -> Result<Workbook, ExportError> {
        let shape = TableShape::of(self.questionnaire, self.table, self.dataset);
        let mut workbook = Workbook::new();

        let list_length = self.list_labels().len() as u32;
        for slice in self.template_slices(&shape) {
            let sheet = self.grid_sheet(slice.as_deref(), &shape, list_length)?;
            workbook.push_worksheet(sheet);
        }
        workbook.push_worksheet(self.notes_sheet()?);
        workbook.push_worksheet(self.metadata_sheet()?);
        if self.table.row_dim().open {
            workbook.push_worksheet(self.lists_sheet()?);
        }
        workbook.push_worksheet(self.meta_sheet()?);
        Ok(workbook)
    }

    fn label(&self, codelist: &str, code: &'a str) -> &'a str {
        self.questionnaire.code_label(codelist, code, self.lang)
    }

    fn codelist_label(&self, codelist: &str) -> &'a str {
        self.questionnaire
            .codelist(codelist)
            .map(|list| text_in(&list.label, self.lang))
            .unwrap_or("")
    }

    /// Returns the slices that get a grid sheet. `None` is a date sheet whose date the user types.
    fn template_slices(&self, shape: &TableShape) -> Vec<Option<String>> {
        let slice_dim = self.table.period_dim();
        let codes = self.questionnaire.codes(&slice_dim.codelist);
        let mut slices: BTreeSet<String> = shape.slices.iter().cloned().collect();
        slices.extend(self.table.mandatory_periods.iter().cloned());
        let is_date = self
            .questionnaire
            .codelist(&slice_dim.codelist)
            .is_some_and(|list| list.kind == CodeListKind::Date);

        if slices.is_empty() {
            if is_date {
                return vec![None];
            }
            return codes.iter().map(|code| Some(code.code.clone())).collect();
        }
        let mut ordered: Vec<String> = slices.into_iter().collect();
        if !is_date {
            ordered.sort_by_key(|slice| codes.iter().position(|code| &code.code == slice));
        }
        ordered.into_iter().map(Some).collect()
    }

    /// Row codes of every grid sheet; `None` marks where the empty rows for new codes go.
    fn grid_rows(&self, shape: &TableShape) -> Vec<Option<String>> {
        let row_dim = self.table.row_dim();
        let codes = self.questionnaire.codes(&row_dim.codelist);
        if !row_dim.open {
            return codes.iter().map(|code| Some(code.code.clone())).collect();
        }
        // Codes the questionnaire lists itself (residual and total codes) always get a row,
        // after the countries with data.
        let listed: Vec<&str> = self
            .questionnaire
            .codelist(&row_dim.codelist)
            .map(|list| list.codes.iter().map(|code| code.code.as_str()).collect())
            .unwrap_or_default();
        let present: BTreeSet<&str> = shape.rows.values().flatten().map(String::as_str).collect();
        let mut rows: Vec<Option<String>> = codes
            .iter()
            .filter(|code| {
                present.contains(code.code.as_str()) && !listed.contains(&code.code.as_str())
            })
            .map(|code| Some(code.code.clone()))
            .collect();
        rows.extend((0..ADDED_ROWS).map(|_| None));
        rows.extend(listed.iter().map(|code| Some(code.to_string())));
        rows
    }

    fn grid_sheet(
        &self,
        slice: Option<&str>,
        shape: &TableShape,
        list_length: u32,
    ) -> Result<Worksheet, ExportError> {
        let table = self.table;
        let slice_dim = table.period_dim();
        let row_dim = table.row_dim();
        let column_dim = table.column_dim();
        let formats = &self.formats;

        let mut sheet = Worksheet::new();
        // rust_xlsxwriter replaces an empty formula result with its default, "0". The code
        // lookups need an empty cached text, because an unfilled row would otherwise read as
        // code "0".
        sheet.set_formula_result_default("");
        let name = match slice {
            Some(slice) => format!("{} {slice}", table.id),
            None => table.id.clone(),
        };
        sheet.set_name(&name)?;

        sheet.write_string_with_format(TABLE_ROW, CODE_COLUMN, &table.id, &formats.code)?;
        let title = format!("{} · {}", table.id, text_in(&table.title, self.lang));
        sheet.write_string_with_format(TABLE_ROW, LABEL_COLUMN, title, &formats.title)?;

        let slice_label = self.codelist_label(&slice_dim.codelist);
        match slice {
            Some(slice) => {
                sheet.write_string_with_format(SLICE_ROW, CODE_COLUMN, slice, &formats.code)?;
                let label = format!("{slice_label}: {}", self.label(&slice_dim.codelist, slice));
                sheet.write_string(SLICE_ROW, LABEL_COLUMN, label)?;
            }
            None => {
                sheet.write_blank(SLICE_ROW, CODE_COLUMN, &formats.text_input)?;
                let label = format!("{slice_label}: {}", text(Text::EnterDate, self.lang));
                sheet.write_string(SLICE_ROW, LABEL_COLUMN, label)?;
            }
        }

        sheet.write_string_with_format(CODE_ROW, CODE_COLUMN, CODE_MARK, &formats.code)?;
        sheet.write_string_with_format(
            LABEL_ROW,
            LABEL_COLUMN,
            self.codelist_label(&row_dim.codelist),
            &formats.header,
        )?;
        for (index, column) in shape.columns.iter().enumerate() {
            let col = FIRST_VALUE_COLUMN + index as u16;
            sheet.write_string_with_format(CODE_ROW, col, column, &formats.code)?;
            sheet.write_string_with_format(
                LABEL_ROW,
                col,
                self.label(&column_dim.codelist, column),
                &formats.header,
            )?;
        }

        for (row, code) in (FIRST_DATA_ROW..).zip(self.grid_rows(shape)) {
            match code {
                Some(code) => {
                    sheet.write_string_with_format(row, CODE_COLUMN, &code, &formats.code)?;
                    sheet.write_string(row, LABEL_COLUMN, self.label(&row_dim.codelist, &code))?;
                    for (index, column) in shape.columns.iter().enumerate() {
                        let col = FIRST_VALUE_COLUMN + index as u16;
                        let value = slice.and_then(|slice| {
                            self.dataset
                                .value(&table.id, &table.key(slice, &code, column))
                        });
                        match value {
                            Some(value) => sheet.write_number_with_format(
                                row,
                                col,
                                value as f64,
                                &formats.input,
                            )?,
                            None => sheet.write_blank(row, col, &formats.input)?,
                        };
                    }
                }
                None => self.added_row(&mut sheet, row, shape.columns.len(), list_length)?,
            }
        }

        sheet.set_column_width(CODE_COLUMN, 8)?;
        sheet.set_column_width(LABEL_COLUMN, 40)?;
        for index in 0..shape.columns.len() {
            sheet.set_column_width(FIRST_VALUE_COLUMN + index as u16, 13)?;
        }
        sheet.set_freeze_panes(FIRST_DATA_ROW, FIRST_VALUE_COLUMN)?;
        Ok(sheet)
    }

    /// Writes an empty row for a new code: a drop-down of labels in column B and a lookup of
    /// the code in column A.
    fn added_row(
        &self,
        sheet: &mut Worksheet,
        row: u32,
        columns: usize,
        list_length: u32,
    ) -> Result<(), ExportError> {
        let excel_row = row + 1;
        let lists = format!("'{LISTS_SHEET}'");
        let lookup = format!(
            "=IF($B{excel_row}=\"\",\"\",IFERROR(INDEX({lists}!$B$1:$B${list_length},MATCH($B{excel_row},{lists}!$A$1:$A${list_length},0)),\"\"))"
        );
        sheet.write_formula_with_format(
            row,
            CODE_COLUMN,
            Formula::new(lookup).set_result(""),
            &self.formats.code,
        )?;
        sheet.write_blank(row, LABEL_COLUMN, &self.formats.text_input)?;
        let row_dim = self.table.row_dim();
        let validation = DataValidation::new()
            .allow_list_formula(Formula::new(format!("={lists}!$A$1:$A${list_length}")))
            .set_input_title(
                self.codelist_label(&row_dim.codelist)
                    .chars()
                    .take(32)
                    .collect::<String>(),
            )?
            .set_input_message(text(Text::ChooseFromList, self.lang))?;
        sheet.add_data_validation(row, LABEL_COLUMN, row, LABEL_COLUMN, &validation)?;
        for index in 0..columns {
            sheet.write_blank(row, FIRST_VALUE_COLUMN + index as u16, &self.formats.input)?;
        }
        Ok(())
    }

    fn check_length(&self, key: &str, value: &str) -> Result<(), ExportError> {
        let chars = value.chars().count();
        if chars > MAX_CELL_CHARS {
            return Err(ExportError::TextTooLong {
                table: self.table.id.clone(),
                key: key.to_string(),
                chars,
            });
        }
        Ok(())
    }

    fn notes_sheet(&self) -> Result<Worksheet, ExportError> {
        let table = self.table;
        let formats = &self.formats;
        let statuses = &self.questionnaire.def.statuses;
        let mut sheet = Worksheet::new();
        sheet.set_name(text(Text::NotesSheet, self.lang))?;

        let code_word = text(Text::Code, self.lang);
        let slice_list = &table.period_dim().codelist;
        let row_list = &table.row_dim().codelist;
        let column_list = &table.column_dim().codelist;
        let labels = [
            self.codelist_label(slice_list).to_string(),
            format!("{} ({code_word})", self.codelist_label(row_list)),
            format!("{} ({code_word})", self.codelist_label(column_list)),
            self.codelist_label(row_list).to_string(),
            self.codelist_label(column_list).to_string(),
            text(Text::ObsStatus, self.lang).to_string(),
            text(Text::ConfStatus, self.lang).to_string(),
            text(Text::Note, self.lang).to_string(),
        ];
        for (index, (code, label)) in NOTES_HEADER.iter().zip(&labels).enumerate() {
            sheet.write_string_with_format(0, index as u16, *code, &formats.code)?;
            sheet.write_string_with_format(1, index as u16, label, &formats.header)?;
        }

        let mut row = LONG_SHEET_FIRST_DATA_ROW;
        if let Some(cells) = self.dataset.cells.get(&table.id) {
            for (key, cell) in cells {
                let CellValue {
                    obs_status,
                    conf_status,
                    note,
                    ..
                } = cell;
                if obs_status.is_none() && conf_status.is_none() && note.is_none() {
                    continue;
                }
                let Some((slice, row_code, column)) = table.split_key(key) else {
                    continue;
                };
                let texts = [
                    slice,
                    row_code,
                    column,
                    self.label(row_list, row_code),
                    self.label(column_list, column),
                    obs_status.as_deref().unwrap_or(""),
                    conf_status.as_deref().unwrap_or(""),
                    note.as_deref().unwrap_or(""),
                ];
                for (index, value) in texts.iter().enumerate() {
                    self.check_length(key, value)?;
                    if value.is_empty() {
                        continue;
                    }
                    let format = if index == 7 {
                        &formats.wrapped
                    } else {
                        &formats.code
                    };
                    sheet.write_string_with_format(row, index as u16, *value, format)?;
                }
                row += 1;
            }
        }

        let last_input_row = row.max(LONG_SHEET_FIRST_DATA_ROW) + NOTES_INPUT_ROWS;
        let obs_codes: Vec<&str> = statuses
            .obs_status
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        let conf_codes: Vec<&str> = statuses
            .conf_status
            .iter()
            .map(|c| c.code.as_str())
            .collect();
        for (column, codes) in [(5u16, &obs_codes), (6u16, &conf_codes)] {
            let validation = DataValidation::new().allow_list_strings(codes)?;
            sheet.add_data_validation(
                LONG_SHEET_FIRST_DATA_ROW,
                column,
                last_input_row,
                column,
                &validation,
            )?;
        }

        // A legend of the status codes, in columns the import does not read.
        let mut legend_row = 1;
        for (title, codes) in [
            (Text::ObsStatus, &statuses.obs_status),
            (Text::ConfStatus, &statuses.conf_status),
        ] {
            sheet.write_string_with_format(
                legend_row,
                9,
                text(title, self.lang),
                &formats.header,
            )?;
            legend_row += 1;
            for code in codes {
                sheet.write_string_with_format(legend_row, 9, &code.code, &formats.code)?;
                sheet.write_string(legend_row, 10, text_in(&code.label, self.lang))?;
                legend_row += 1;
            }
            legend_row += 1;
        }

        for (column, width) in [
            (0u16, 12),
            (1, 10),
            (2, 10),
            (3, 30),
            (4, 16),
            (5, 12),
            (6, 12),
            (7, 60),
            (9, 8),
            (10, 45),
        ] {
            sheet.set_column_width(column, width)?;
        }
        sheet.set_freeze_panes(LONG_SHEET_FIRST_DATA_ROW, 0)?;
        Ok(sheet)
    }

    fn metadata_sheet(&self) -> Result<Worksheet, ExportError> {
        let formats = &self.formats;
        let mut sheet = Worksheet::new();
        sheet.set_name(text(Text::MetadataSheet, self.lang))?;
        let labels = [
            text(Text::Code, self.lang),
            text(Text::Question, self.lang),
            text(Text::Answer, self.lang),
            text(Text::AllowedAnswers, self.lang),
        ];
        for (index, (code, label)) in METADATA_HEADER.iter().zip(labels).enumerate() {
            sheet.write_string_with_format(0, index as u16, *code, &formats.code)?;
            sheet.write_string_with_format(1, index as u16, label, &formats.header)?;
        }

        for (row, question) in (LONG_SHEET_FIRST_DATA_ROW..).zip(&self.questionnaire.def.metadata) {
            sheet.write_string_with_format(row, 0, &question.id, &formats.code)?;
            sheet.write_string_with_format(
                row,
                1,
                text_in(&question.label, self.lang),
                &formats.wrapped,
            )?;
            match self.dataset.metadata(&self.table.id, &question.id) {
                Some(answer) => {
                    self.check_length(&question.id, answer)?;
                    sheet.write_string_with_format(row, 2, answer, &formats.text_input)?;
                }
                None => {
                    sheet.write_blank(row, 2, &formats.text_input)?;
                }
            }
            let allowed = match question.kind {
                sicremi_model::definition::MetadataKind::Choice => {
                    let codes: Vec<&str> =
                        question.choices.iter().map(|c| c.code.as_str()).collect();
                    let validation = DataValidation::new().allow_list_strings(&codes)?;
                    sheet.add_data_validation(row, 2, row, 2, &validation)?;
                    question
                        .choices
                        .iter()
                        .map(|choice| {
                            format!("{} = {}", choice.code, text_in(&choice.label, self.lang))
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                }
                sicremi_model::definition::MetadataKind::Date => {
                    text(Text::DateFormat, self.lang).to_string()
                }
                _ => String::new(),
            };
            if !allowed.is_empty() {
                sheet.write_string_with_format(row, 3, allowed, &formats.wrapped)?;
            }
        }
        for (column, width) in [(0u16, 20), (1, 40), (2, 50), (3, 50)] {
            sheet.set_column_width(column, width)?;
        }
        Ok(sheet)
    }

    /// Labels and codes of the open row dimension, sorted by label ignoring case and accents.
    fn list_labels(&self) -> Vec<(&'a str, &'a str)> {
        let row_dim = self.table.row_dim();
        if !row_dim.open {
            return Vec::new();
        }
        let mut entries: Vec<(String, &str, &str)> = self
            .questionnaire
            .codes(&row_dim.codelist)
            .iter()
            .filter(|code| row_dim.total.as_deref() != Some(code.code.as_str()))
            .map(|code| {
                let label = text_in(&code.label, self.lang);
                (
                    sicremi_codes::normalize_name(label),
                    label,
                    code.code.as_str(),
                )
            })
            .collect();
        entries.sort();
        entries
            .into_iter()
            .map(|(_, label, code)| (label, code))
            .collect()
    }

    fn lists_sheet(&self) -> Result<Worksheet, ExportError> {
        let mut sheet = Worksheet::new();
        sheet.set_name(LISTS_SHEET)?;
        for (row, (label, code)) in self.list_labels().into_iter().enumerate() {
            sheet.write_string(row as u32, 0, label)?;
            sheet.write_string(row as u32, 1, code)?;
        }
        sheet.set_hidden(true);
        Ok(sheet)
    }

    fn meta_sheet(&self) -> Result<Worksheet, ExportError> {
        let mut sheet = Worksheet::new();
        sheet.set_name(META_SHEET)?;
        let entries = [
            ("format", TEMPLATE_FORMAT.to_string()),
            ("questionnaire", self.questionnaire.hash_hex()),
            ("table", self.table.id.clone()),
            ("country", self.dataset.country.clone()),
            ("language", self.lang.to_string()),
        ];
        for (row, (key, value)) in entries.iter().enumerate() {
            sheet.write_string(row as u32, 0, *key)?;
            sheet.write_string(row as u32, 1, value)?;
        }
        sheet.set_hidden(true);
        Ok(sheet)
    }
}
