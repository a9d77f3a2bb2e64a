//! Writing a table of a dataset as a template workbook.

use std::collections::BTreeSet;
use std::path::Path;

use rust_xlsxwriter::{Color, DataValidation, Format, FormatAlign, Formula, Workbook, Worksheet};
use sicremi_model::definition::{text_in, CodeListKind, MetadataKind, LANGUAGES};
use sicremi_model::{CellValue, Dataset, Questionnaire, TableDef, TableShape};

use super::grid::*;
use super::texts::{text, Text};
use super::{
    Symbols, ADDED_ROWS, LISTS_SHEET, LONG_SHEET_FIRST_DATA_ROW, METADATA_HEADER, META_SHEET,
    NOTES_CELL_HEADER, NOTES_PERIOD, TEMPLATE_FORMAT,
};
use crate::error::ExportError;

/// Maximum number of characters Excel stores in one cell.
pub(crate) const MAX_CELL_CHARS: usize = 32_767;

/// Rows of the status and notes sheet that get status drop-down lists.
const NOTES_INPUT_ROWS: u32 = 2_000;

/// Rows of an Excel worksheet.
pub(crate) const MAX_EXCEL_ROWS: u64 = 1_048_576;

/// Writes table `table_id` of `dataset` as a template workbook at `path`, labelled in `lang`
/// ("en", "es", "pt" or "fr"). The layout is described in the [module](super) documentation.
///
/// There is one grid sheet per period with data, plus the mandatory periods of the table. When
/// that leaves none, years get a sheet per code, and reference dates one sheet whose date the
/// user types in A2. Each sheet has one block per combination of the further slice dimensions'
/// codes.
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
    /// The caption of a block's slice code.
    block: Format,
    /// A house-style symbol in place of a count.
    symbol: Format,
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
            block: Format::new().set_bold(),
            symbol: Format::new()
                .set_num_format("@")
                .set_align(FormatAlign::Right)
                .set_background_color(input_fill),
        }
    }
}

struct TemplateWriter<'a> {
    questionnaire: &'a Questionnaire,
    dataset: &'a Dataset,
    table: &'a TableDef,
    lang: &'a str,
    formats: Formats,
    symbols: Symbols<'a>,
}

/// The layout every grid sheet of a template repeats: the blocks, and the rows and columns of
/// each.
struct Grid<'a> {
    /// Codes of the slice dimensions after the period, one entry per block.
    blocks: Vec<Vec<&'a str>>,
    rows: Vec<Option<String>>,
    columns: Vec<String>,
    /// Entries of the `_lists` sheet.
    list_length: u32,
}

impl Grid<'_> {
    /// Returns the rows a grid sheet takes, for blocks that start with `slice_rows` rows of
    /// slice codes.
    fn sheet_rows(&self, slice_rows: usize) -> u64 {
        let block_rows = slice_rows as u64 + u64::from(DATA_OFFSET) + self.rows.len() as u64;
        u64::from(FIRST_BLOCK_ROW) + self.blocks.len() as u64 * (block_rows + 1)
    }
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
            symbols: Symbols::new(&questionnaire.def.statuses),
        }
    }

    fn build(&mut self) -> Result<Workbook, ExportError> {
        let shape = TableShape::of(self.questionnaire, self.table, self.dataset);
        let grid = Grid {
            blocks: self.block_slices(),
            rows: self.grid_rows(&shape),
            columns: shape.columns.clone(),
            list_length: self.list_labels().len() as u32,
        };
        let mut workbook = Workbook::new();
        for period in self.template_periods(&shape) {
            let sheet = self.grid_sheet(period.as_deref(), &grid)?;
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

    /// Returns the periods that get a grid sheet. `None` is a date sheet whose date the user
    /// types.
    fn template_periods(&self, shape: &TableShape) -> Vec<Option<String>> {
        let period_dim = self.table.period_dim();
        let codes = self.questionnaire.codes(&period_dim.codelist);
        let mut periods: BTreeSet<String> = shape
            .slices
            .iter()
            .map(|slice| self.table.period_of(slice).to_string())
            .collect();
        periods.extend(self.table.mandatory_periods.iter().cloned());
        let is_date = self
            .questionnaire
            .codelist(&period_dim.codelist)
            .is_some_and(|list| list.kind == CodeListKind::Date);

        if periods.is_empty() {
            if is_date {
                return vec![None];
            }
            return codes.iter().map(|code| Some(code.code.clone())).collect();
        }
        // ISO dates already sort by time in the set, and years follow the code list.
        let mut ordered: Vec<String> = periods.into_iter().collect();
        if !is_date {
            ordered.sort_by_key(|period| codes.iter().position(|code| &code.code == period));
        }
        ordered.into_iter().map(Some).collect()
    }

    /// Returns the codes of the slice dimensions after the period for every block of a grid
    /// sheet: every combination, in code-list order. A table whose only slice dimension is the
    /// period gets one block with no codes.
    fn block_slices(&self) -> Vec<Vec<&'a str>> {
        let mut blocks: Vec<Vec<&'a str>> = vec![Vec::new()];
        for dim in &self.table.slice_dims()[1..] {
            let codes = self.questionnaire.codes(&dim.codelist);
            blocks = blocks
                .iter()
                .flat_map(|prefix| {
                    codes.iter().map(move |code| {
                        let mut block = prefix.clone();
                        block.push(code.code.as_str());
                        block
                    })
                })
                .collect();
        }
        blocks
    }

    /// Returns the row codes of every block. `None` marks where the empty rows for new codes go.
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

    fn grid_sheet(&self, period: Option<&str>, grid: &Grid<'a>) -> Result<Worksheet, ExportError> {
        let table = self.table;
        let period_dim = table.period_dim();
        let formats = &self.formats;

        let mut sheet = Worksheet::new();
        // rust_xlsxwriter replaces an empty formula result with its default, "0". The code
        // lookups need an empty cached text, because an unfilled row would otherwise read as
        // code "0".
        sheet.set_formula_result_default("");
        let name = match period {
            Some(period) => format!("{} {period}", table.id),
            None => table.id.clone(),
        };
        let rows_needed = grid.sheet_rows(table.slice_count() - 1);
        if rows_needed > MAX_EXCEL_ROWS {
            return Err(ExportError::TooManyRows {
                sheet: name,
                rows: rows_needed,
                max: MAX_EXCEL_ROWS,
            });
        }
        sheet.set_name(&name)?;

        sheet.write_string_with_format(TABLE_ROW, CODE_COLUMN, &table.id, &formats.code)?;
        let title = format!("{} · {}", table.id, text_in(&table.title, self.lang));
        sheet.write_string_with_format(TABLE_ROW, LABEL_COLUMN, title, &formats.title)?;

        let period_label = self.codelist_label(&period_dim.codelist);
        match period {
            Some(period) => {
                sheet.write_string_with_format(SLICE_ROW, CODE_COLUMN, period, &formats.code)?;
                let label = format!(
                    "{period_label}: {}",
                    self.label(&period_dim.codelist, period)
                );
                sheet.write_string(SLICE_ROW, LABEL_COLUMN, label)?;
            }
            None => {
                sheet.write_blank(SLICE_ROW, CODE_COLUMN, &formats.text_input)?;
                let label = format!("{period_label}: {}", text(Text::EnterDate, self.lang));
                sheet.write_string(SLICE_ROW, LABEL_COLUMN, label)?;
            }
        }

        let mut top = FIRST_BLOCK_ROW;
        for block in &grid.blocks {
            let slice = period.map(|period| {
                let mut codes = vec![period];
                codes.extend(block.iter().copied());
                table.slice_from_codes(&codes)
            });
            top = self.write_block(&mut sheet, top, block, slice.as_deref(), grid)? + 1;
        }

        sheet.set_column_width(CODE_COLUMN, 8)?;
        sheet.set_column_width(LABEL_COLUMN, 40)?;
        for index in 0..grid.columns.len() {
            sheet.set_column_width(FIRST_VALUE_COLUMN + index as u16, 13)?;
        }
        if grid.blocks.len() == 1 {
            sheet.set_freeze_panes(FIRST_BLOCK_ROW + DATA_OFFSET, FIRST_VALUE_COLUMN)?;
        } else {
            // The column codes repeat in every block, so only the title and period stay in view.
            sheet.set_freeze_panes(FIRST_BLOCK_ROW, FIRST_VALUE_COLUMN)?;
        }
        Ok(sheet)
    }

    /// Writes one block from row `top`: the codes of the slice dimensions after the period, the
    /// column codes and labels, and the rows. `slice` is `None` on a date sheet whose date the
    /// user types. Returns the block's last row.
    fn write_block(
        &self,
        sheet: &mut Worksheet,
        top: u32,
        block: &[&str],
        slice: Option<&str>,
        grid: &Grid<'a>,
    ) -> Result<u32, ExportError> {
        let table = self.table;
        let row_dim = table.row_dim();
        let column_dim = table.column_dim();
        let formats = &self.formats;

        for (offset, (dim, code)) in (0u32..).zip(table.slice_dims()[1..].iter().zip(block)) {
            let row = top + offset;
            sheet.write_string_with_format(row, CODE_COLUMN, *code, &formats.code)?;
            let label = format!(
                "{}: {}",
                self.codelist_label(&dim.codelist),
                self.label(&dim.codelist, code)
            );
            sheet.write_string_with_format(row, LABEL_COLUMN, label, &formats.block)?;
        }
        let code_row = top + block.len() as u32;
        let label_row = code_row + LABEL_OFFSET;
        sheet.write_string_with_format(code_row, CODE_COLUMN, CODE_MARK, &formats.code)?;
        sheet.write_string_with_format(
            label_row,
            LABEL_COLUMN,
            self.codelist_label(&row_dim.codelist),
            &formats.header,
        )?;
        for (index, column) in grid.columns.iter().enumerate() {
            let col = FIRST_VALUE_COLUMN + index as u16;
            sheet.write_string_with_format(code_row, col, column, &formats.code)?;
            sheet.write_string_with_format(
                label_row,
                col,
                self.label(&column_dim.codelist, column),
                &formats.header,
            )?;
        }

        let first_data_row = code_row + DATA_OFFSET;
        let mut added: Option<(u32, u32)> = None;
        let mut last_row = label_row;
        for (row, code) in (first_data_row..).zip(&grid.rows) {
            last_row = row;
            let Some(code) = code else {
                self.added_row(sheet, row, grid.columns.len(), grid.list_length)?;
                added = Some((added.map_or(row, |(first, _)| first), row));
                continue;
            };
            sheet.write_string_with_format(row, CODE_COLUMN, code, &formats.code)?;
            sheet.write_string(row, LABEL_COLUMN, self.label(&row_dim.codelist, code))?;
            for (index, column) in grid.columns.iter().enumerate() {
                let col = FIRST_VALUE_COLUMN + index as u16;
                let cell = slice.and_then(|slice| {
                    self.dataset
                        .cell(&table.id, &table.key(slice, code, column))
                });
                self.write_value(sheet, row, col, cell)?;
            }
        }
        if let Some((first, last)) = added {
            self.add_list_validation(sheet, first, last, grid.list_length)?;
        }
        Ok(last_row)
    }

    /// Writes a grid cell: its count, or without one the symbol of its observation status.
    fn write_value(
        &self,
        sheet: &mut Worksheet,
        row: u32,
        col: u16,
        cell: Option<&CellValue>,
    ) -> Result<(), ExportError> {
        let formats = &self.formats;
        let Some(cell) = cell else {
            sheet.write_blank(row, col, &formats.input)?;
            return Ok(());
        };
        match (cell.value, self.symbols.of(cell.obs_status.as_deref())) {
            (Some(value), _) => {
                sheet.write_number_with_format(row, col, value as f64, &formats.input)?
            }
            (None, Some(symbol)) => {
                sheet.write_string_with_format(row, col, symbol, &formats.symbol)?
            }
            (None, None) => sheet.write_blank(row, col, &formats.input)?,
        };
        Ok(())
    }

    /// Writes an empty row for a new code: a lookup of the code in column A, and blank input
    /// cells. [`Self::add_list_validation`] adds the drop-down of labels in column B.
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
        for index in 0..columns {
            sheet.write_blank(row, FIRST_VALUE_COLUMN + index as u16, &self.formats.input)?;
        }
        Ok(())
    }

    /// Adds the drop-down of row labels to column B of rows `first` to `last`.
    fn add_list_validation(
        &self,
        sheet: &mut Worksheet,
        first: u32,
        last: u32,
        list_length: u32,
    ) -> Result<(), ExportError> {
        let lists = format!("'{LISTS_SHEET}'");
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
        sheet.add_data_validation(first, LABEL_COLUMN, last, LABEL_COLUMN, &validation)?;
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
        let slice_dims = table.slice_dims();
        let row_list = &table.row_dim().codelist;
        let column_list = &table.column_dim().codelist;
        let mut codes: Vec<&str> = vec![NOTES_PERIOD];
        codes.extend(slice_dims[1..].iter().map(|dim| dim.id.as_str()));
        codes.extend(NOTES_CELL_HEADER);
        let mut labels: Vec<String> = slice_dims
            .iter()
            .map(|dim| self.codelist_label(&dim.codelist).to_string())
            .collect();
        labels.extend([
            format!("{} ({code_word})", self.codelist_label(row_list)),
            format!("{} ({code_word})", self.codelist_label(column_list)),
            self.codelist_label(row_list).to_string(),
            self.codelist_label(column_list).to_string(),
            text(Text::ObsStatus, self.lang).to_string(),
            text(Text::ConfStatus, self.lang).to_string(),
            text(Text::Note, self.lang).to_string(),
        ]);
        for (index, (code, label)) in codes.iter().zip(&labels).enumerate() {
            sheet.write_string_with_format(0, index as u16, *code, &formats.code)?;
            sheet.write_string_with_format(1, index as u16, label, &formats.header)?;
        }
        let column_of = |code: &str| {
            codes
                .iter()
                .position(|c| *c == code)
                .expect("the header lists every cell column") as u16
        };
        let note_column = column_of("note");

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
                let Some(slice_codes) = table.split_slice(slice) else {
                    continue;
                };
                let mut texts: Vec<&str> = slice_codes;
                texts.extend([
                    row_code,
                    column,
                    self.label(row_list, row_code),
                    self.label(column_list, column),
                    obs_status.as_deref().unwrap_or(""),
                    conf_status.as_deref().unwrap_or(""),
                    note.as_deref().unwrap_or(""),
                ]);
                for (index, value) in texts.iter().enumerate() {
                    self.check_length(key, value)?;
                    if value.is_empty() {
                        continue;
                    }
                    let format = if index as u16 == note_column {
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
        for (column, codes) in [
            (column_of("obs_status"), &obs_codes),
            (column_of("conf_status"), &conf_codes),
        ] {
            let validation = DataValidation::new().allow_list_strings(codes)?;
            sheet.add_data_validation(
                LONG_SHEET_FIRST_DATA_ROW,
                column,
                last_input_row,
                column,
                &validation,
            )?;
        }

        // A legend of the status codes and their symbols, in columns the import does not read.
        let legend_column = note_column + 2;
        let mut legend_row = 1;
        for (title, codes) in [
            (Text::ObsStatus, &statuses.obs_status),
            (Text::ConfStatus, &statuses.conf_status),
        ] {
            sheet.write_string_with_format(
                legend_row,
                legend_column,
                text(title, self.lang),
                &formats.header,
            )?;
            legend_row += 1;
            for code in codes {
                sheet.write_string_with_format(
                    legend_row,
                    legend_column,
                    &code.code,
                    &formats.code,
                )?;
                sheet.write_string(
                    legend_row,
                    legend_column + 1,
                    text_in(&code.label, self.lang),
                )?;
                if let Some(symbol) = statuses.symbols.get(&code.code) {
                    sheet.write_string_with_format(
                        legend_row,
                        legend_column + 2,
                        symbol,
                        &formats.code,
                    )?;
                }
                legend_row += 1;
            }
            legend_row += 1;
        }

        let slice_columns = slice_dims.len() as u16;
        for index in 0..slice_columns {
            sheet.set_column_width(index, 12)?;
        }
        for (offset, width) in [10, 10, 30, 16, 12, 12, 60].into_iter().enumerate() {
            sheet.set_column_width(slice_columns + offset as u16, width)?;
        }
        sheet.set_column_width(legend_column, 8)?;
        sheet.set_column_width(legend_column + 1, 45)?;
        sheet.set_column_width(legend_column + 2, 8)?;
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

        let questions = self
            .questionnaire
            .def
            .metadata
            .iter()
            .filter(|question| question.applies_to(&self.table.id));
        for (row, question) in (LONG_SHEET_FIRST_DATA_ROW..).zip(questions) {
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
                MetadataKind::Choice => {
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
                MetadataKind::Date => text(Text::DateFormat, self.lang).to_string(),
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
