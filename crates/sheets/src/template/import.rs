//! Reading a filled template back.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use calamine::Data;
use sicremi_model::definition::{DimensionDef, MetadataKind};
use sicremi_model::{CellValue, Questionnaire, TableDef};

use super::grid::*;
use super::{
    Symbols, LISTS_SHEET, LONG_SHEET_FIRST_DATA_ROW, MAX_TEMPLATE_BLOCKS, META_SHEET, NOTES_PERIOD,
    TEMPLATE_FORMAT,
};
use crate::error::{ImportError, Location, ProblemKind, Problems, Warning};
use crate::import::{ImportReport, SheetImport};
use crate::number::count_from_cell;
use crate::workbook::{open_workbook_with_limits, Limits, Sheet, Workbook};

/// Reads a template exported by [`super::export_template`] and filled by the user, with the
/// default [`Limits`].
pub fn import_template(
    path: &Path,
    questionnaire: &Questionnaire,
) -> Result<SheetImport, ImportError> {
    import_template_with_limits(path, questionnaire, &Limits::default())
}

/// Reads a template under the given limits.
pub fn import_template_with_limits(
    path: &Path,
    questionnaire: &Questionnaire,
    limits: &Limits,
) -> Result<SheetImport, ImportError> {
    let workbook = open_workbook_with_limits(path, limits)?;
    read_template(&workbook, questionnaire)
}

/// Reads the cells, statuses, notes and metadata answers of an opened template.
///
/// Only codes are read: the table id and slice code of each grid sheet (A1, A2), the column
/// codes (row 3) and row codes (column A), and the code columns of the status and metadata
/// sheets. Every bad value is reported with its cell, and nothing is imported if any is found.
pub fn read_template(
    workbook: &Workbook,
    questionnaire: &Questionnaire,
) -> Result<SheetImport, ImportError> {
    let not_a_template = |detail: String| ImportError::NotATemplate {
        name: workbook.name.clone(),
        detail,
    };
    let meta_sheet = workbook
        .sheet(META_SHEET)
        .ok_or_else(|| not_a_template(format!("it has no sheet named {META_SHEET}")))?;
    let meta: HashMap<String, String> = meta_sheet
        .cells()
        .filter(|(_, column, _)| *column == 0)
        .filter_map(|(row, _, key)| {
            Some((cell_text(key)?, meta_sheet.get(row, 1).and_then(cell_text)?))
        })
        .collect();
    let format = meta.get("format").map(String::as_str).unwrap_or("");
    if format != TEMPLATE_FORMAT {
        return Err(not_a_template(format!(
            "its format is {format:?}, this version reads {TEMPLATE_FORMAT:?}"
        )));
    }
    let table_id = meta.get("table").map(String::as_str).unwrap_or("");
    let table = questionnaire.table(table_id).ok_or_else(|| {
        not_a_template(format!(
            "it is for table {table_id:?}, which this questionnaire does not have"
        ))
    })?;

    let mut warnings = Vec::new();
    let template_hash = meta.get("questionnaire").cloned().unwrap_or_default();
    if template_hash != questionnaire.hash_hex() {
        warnings.push(Warning::QuestionnaireMismatch {
            template: template_hash,
            current: questionnaire.hash_hex(),
        });
    }

    // Blocks are counted before any cell is read, so a file with a huge number of them is
    // rejected at once. `grids` has the block rows of each sheet, by sheet index, and stays
    // empty for a sheet that is no grid.
    let mut grids: Vec<Vec<u32>> = vec![Vec::new(); workbook.sheets.len()];
    let mut blocks = 0usize;
    for (index, sheet) in workbook.sheets.iter().enumerate() {
        if !is_grid_sheet(sheet, table) {
            continue;
        }
        let remaining = MAX_TEMPLATE_BLOCKS - blocks;
        let code_rows = code_rows(sheet, remaining);
        if code_rows.len() > remaining {
            return Err(ImportError::TooManyBlocks {
                name: workbook.name.clone(),
                max: MAX_TEMPLATE_BLOCKS,
            });
        }
        blocks += code_rows.len();
        grids[index] = code_rows;
    }
    if blocks == 0 {
        return Err(not_a_template(format!(
            "no sheet has {} in A1 and {CODE_MARK:?} in column A",
            table.id
        )));
    }

    let mut reading = TemplateReading::new(questionnaire, table);
    for (sheet, code_rows) in workbook.sheets.iter().zip(&grids) {
        if sheet.name == META_SHEET || sheet.name == LISTS_SHEET {
            continue;
        }
        if !code_rows.is_empty() {
            reading.read_grid(sheet, code_rows);
        } else if let Some(columns) = long_sheet_columns(sheet, &[NOTES_PERIOD, "row", "column"]) {
            if let Some(dim) = table.slice_dims()[1..]
                .iter()
                .find(|dim| !columns.contains_key(&dim.id))
            {
                return Err(not_a_template(format!(
                    "its status sheet {} has no column {}",
                    sheet.name, dim.id
                )));
            }
            reading.read_notes(sheet, &columns);
        } else if let Some(columns) = long_sheet_columns(sheet, &["field", "value"]) {
            reading.read_metadata(sheet, &columns);
        }
        if reading.problems.overflowed() {
            break;
        }
    }
    reading.resolve_symbols();

    let TemplateReading {
        cells,
        shown,
        metadata,
        problems,
        rows_read,
        warnings: symbol_warnings,
        ..
    } = reading;
    problems.into_result(&workbook.name)?;
    warnings.extend(symbol_warnings);

    let cleared = shown
        .into_iter()
        .filter(|key| cells.get(key).is_none_or(CellValue::is_empty))
        .map(|key| (table.id.clone(), key))
        .collect();

    let cells = cells
        .into_iter()
        .filter(|(_, cell)| !cell.is_empty())
        .map(|(key, cell)| (table.id.clone(), key, cell))
        .collect();
    let metadata = metadata
        .into_iter()
        .map(|(field, value)| (table.id.clone(), field, value))
        .collect();
    tracing::info!(file = %workbook.name, table = %table.id, rows_read, "imported template");
    Ok(SheetImport {
        cells,
        metadata,
        cleared,
        report: ImportReport {
            source_name: workbook.name.clone(),
            rows_read,
            country: meta.get("country").cloned(),
            warnings,
        },
    })
}

/// Returns the text of a code or label cell: trimmed text, a whole number without decimals, or
/// a date as YYYY-MM-DD. `None` for an empty cell or blank text.
fn cell_text(data: &Data) -> Option<String> {
    let text = match data {
        Data::Empty => return None,
        Data::String(text) => text.trim().to_string(),
        Data::Float(value) if value.fract() == 0.0 && value.abs() < 1e15 => format!("{value:.0}"),
        Data::DateTime(datetime) if datetime.is_datetime() => {
            let (year, month, day, ..) = datetime.to_ymd_hms_milli();
            format!("{year:04}-{month:02}-{day:02}")
        }
        Data::DateTimeIso(text) => text.chars().take(10).collect(),
        other => other.to_string(),
    };
    (!text.is_empty()).then_some(text)
}

/// Returns the text of a note cell exactly as typed, or `None` for an empty or all-blank cell.
fn note_text(data: &Data) -> Option<String> {
    match data {
        Data::String(text) if text.trim().is_empty() => None,
        Data::String(text) => Some(text.clone()),
        other => cell_text(other),
    }
}

/// Returns whether A1 contains the table id, which marks a grid sheet.
fn is_grid_sheet(sheet: &Sheet, table: &TableDef) -> bool {
    sheet
        .get(TABLE_ROW, u32::from(CODE_COLUMN))
        .and_then(cell_text)
        .as_deref()
        == Some(table.id.as_str())
}

/// Returns whether column A text is the block marker.
fn is_code_mark(data: &Data) -> bool {
    matches!(data, Data::String(text) if text.trim() == CODE_MARK)
}

/// Returns the rows whose column A contains [`CODE_MARK`], one per block, in order. It stops after
/// `max` + 1 rows, so the caller can tell an excess without collecting all of them.
fn code_rows(sheet: &Sheet, max: usize) -> Vec<u32> {
    sheet
        .cells()
        .filter(|(row, column, data)| {
            *row >= FIRST_BLOCK_ROW && *column == u32::from(CODE_COLUMN) && is_code_mark(data)
        })
        .map(|(row, _, _)| row)
        .take(max.saturating_add(1))
        .collect()
}

/// Maps the column codes of row 1 of a long-format sheet to their columns, if all `required`
/// codes are there.
fn long_sheet_columns(sheet: &Sheet, required: &[&str]) -> Option<HashMap<String, u32>> {
    let columns: HashMap<String, u32> = sheet
        .row(0)
        .filter_map(|(column, data)| Some((cell_text(data)?, column)))
        .collect();
    required
        .iter()
        .all(|code| columns.contains_key(*code))
        .then_some(columns)
}

struct TemplateReading<'a> {
    questionnaire: &'a Questionnaire,
    table: &'a TableDef,
    symbols: Symbols<'a>,
    cells: BTreeMap<String, CellValue>,
    /// Keys of every cell a grid block shows, empty or not: a listed row in a listed column of
    /// a valid slice.
    shown: BTreeSet<String>,
    /// Grid cells that show a house-style symbol in place of a count, with the symbol.
    symbol_at: BTreeMap<String, (Location, String)>,
    /// Location of each key's status line, for duplicate reports.
    notes_at: HashMap<String, Location>,
    /// The sheet of the first block of each slice.
    slice_sheets: HashMap<String, String>,
    metadata: BTreeMap<String, String>,
    problems: Problems,
    warnings: Vec<Warning>,
    rows_read: u64,
}

/// The slice of a grid block as read, or why it is unknown.
enum BlockSlice<'a> {
    Valid(String),
    /// A slice cell is empty, which is reported at that cell if the block has figures.
    Empty {
        row: u32,
        dimension: &'a DimensionDef,
    },
    /// Already reported, or not read because the slice has another block.
    Invalid,
}

impl<'a> TemplateReading<'a> {
    fn new(questionnaire: &'a Questionnaire, table: &'a TableDef) -> Self {
        TemplateReading {
            questionnaire,
            table,
            symbols: Symbols::new(&questionnaire.def.statuses),
            cells: BTreeMap::new(),
            shown: BTreeSet::new(),
            symbol_at: BTreeMap::new(),
            notes_at: HashMap::new(),
            slice_sheets: HashMap::new(),
            metadata: BTreeMap::new(),
            problems: Problems::default(),
            warnings: Vec::new(),
            rows_read: 0,
        }
    }

    /// Returns the code at `row`, `column` if it is a valid code of `dimension`, reporting it
    /// otherwise.
    fn checked_code(
        &mut self,
        sheet: &Sheet,
        row: u32,
        column: u32,
        dimension: &DimensionDef,
    ) -> Option<String> {
        let code = sheet.get(row, column).and_then(cell_text)?;
        if self.questionnaire.accepts_code(dimension, &code) {
            Some(code)
        } else {
            self.problems.push(
                sheet.location(row, column),
                ProblemKind::UnknownCode {
                    dimension: dimension.id.clone(),
                    value: code,
                },
            );
            None
        }
    }

    fn slice_problem(
        &mut self,
        sheet: &Sheet,
        row: u32,
        column: u32,
        dimension: &DimensionDef,
        value: String,
    ) {
        let example = self
            .questionnaire
            .codes(&dimension.codelist)
            .last()
            .map(|code| code.code.clone())
            .unwrap_or_else(|| "2023-01-31".to_string());
        self.problems.push(
            sheet.location(row, column),
            ProblemKind::InvalidSlice {
                dimension: dimension.id.clone(),
                value,
                example,
            },
        );
    }

    /// Reads the slice code of `dimension` in column A of `row`: valid, empty, or invalid and
    /// reported.
    fn slice_code(
        &mut self,
        sheet: &Sheet,
        row: u32,
        dimension: &'a DimensionDef,
    ) -> BlockSlice<'a> {
        let column = u32::from(CODE_COLUMN);
        match sheet.get(row, column).and_then(cell_text) {
            Some(text) if self.questionnaire.accepts_code(dimension, &text) => {
                BlockSlice::Valid(text)
            }
            Some(text) => {
                self.slice_problem(sheet, row, column, dimension, text);
                BlockSlice::Invalid
            }
            None => BlockSlice::Empty { row, dimension },
        }
    }

    /// Reads a grid sheet: the period in A2, then the block of each row in `code_rows`.
    fn read_grid(&mut self, sheet: &Sheet, code_rows: &[u32]) {
        let table = self.table;
        let further = table.slice_count() - 1;
        let mut period = self.slice_code(sheet, SLICE_ROW, table.period_dim());
        let last_row = sheet.last_row().unwrap_or(0);
        for (index, &code_row) in code_rows.iter().enumerate() {
            // A block's data rows end where the slice rows of the next block begin.
            let end = match code_rows.get(index + 1) {
                Some(&next) => next.saturating_sub(further as u32 + 1),
                None => last_row,
            };
            self.read_block(sheet, &mut period, code_row, end);
            if self.problems.overflowed() {
                return;
            }
        }
    }

    /// Returns the slice of the block whose `code` row is `code_row`, reporting a bad slice
    /// code or a slice that already has a block.
    fn block_slice(
        &mut self,
        sheet: &Sheet,
        period: &BlockSlice<'a>,
        code_row: u32,
    ) -> BlockSlice<'a> {
        let table = self.table;
        let further = &table.slice_dims()[1..];
        let mut codes = match period {
            BlockSlice::Valid(period) => vec![period.clone()],
            BlockSlice::Empty { row, dimension } => {
                return BlockSlice::Empty {
                    row: *row,
                    dimension,
                }
            }
            BlockSlice::Invalid => return BlockSlice::Invalid,
        };
        let further_rows = further.len() as u32;
        if let Some(dimension) = further.first() {
            if code_row < FIRST_BLOCK_ROW + further_rows {
                // Rows above the block were deleted, so its slice rows would overlap the period.
                self.slice_problem(
                    sheet,
                    code_row,
                    u32::from(CODE_COLUMN),
                    dimension,
                    String::new(),
                );
                return BlockSlice::Invalid;
            }
        }
        let first_row = code_row - further_rows;
        let mut result = None;
        for (offset, dimension) in (0u32..).zip(further) {
            match self.slice_code(sheet, first_row + offset, dimension) {
                BlockSlice::Valid(code) => codes.push(code),
                other => {
                    result.get_or_insert(other);
                }
            }
        }
        if let Some(problem) = result {
            return problem;
        }

        let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
        let slice = table.slice_from_codes(&codes);
        if let Some(first_sheet) = self.slice_sheets.get(&slice) {
            // A period that another sheet already has is reported at A2, and a slice repeated
            // within a sheet at the block's first row.
            let at_row = if further.is_empty() && *first_sheet != sheet.name {
                SLICE_ROW
            } else {
                first_row
            };
            let first_sheet = first_sheet.clone();
            self.problems.push(
                sheet.location(at_row, u32::from(CODE_COLUMN)),
                ProblemKind::DuplicateSlice { slice, first_sheet },
            );
            return BlockSlice::Invalid;
        }
        self.slice_sheets.insert(slice.clone(), sheet.name.clone());
        BlockSlice::Valid(slice)
    }

    /// Reads the block whose `code` row is `code_row` and whose data rows end at `end`.
    fn read_block(&mut self, sheet: &Sheet, period: &mut BlockSlice<'a>, code_row: u32, end: u32) {
        let table = self.table;
        let mut block_slice = self.block_slice(sheet, period, code_row);
        let columns = self.grid_columns(sheet, code_row);
        let mut rows_seen: HashMap<String, String> = HashMap::new();
        let code_column = u32::from(CODE_COLUMN);
        for row in code_row + DATA_OFFSET..=end {
            let mut values = Vec::new();
            let mut symbols = Vec::new();
            let mut has_content = false;
            for (column, data) in sheet.row(row) {
                if column < u32::from(FIRST_VALUE_COLUMN) {
                    continue;
                }
                let parsed = count_from_cell(data);
                if matches!(parsed, Ok(None)) {
                    continue;
                }
                has_content = true;
                let Some(column_code) = columns.get(&column) else {
                    self.problems.push(
                        sheet.location(row, column),
                        ProblemKind::MissingColumnCode {
                            dimension: table.column_dim().id.clone(),
                        },
                    );
                    continue;
                };
                match parsed {
                    Ok(Some(value)) => values.push((column_code.clone(), value)),
                    Ok(None) => {}
                    Err(kind) => match self.symbol_in(data) {
                        Some(symbol) => symbols.push((column, column_code.clone(), symbol)),
                        None => self.problems.push(sheet.location(row, column), kind),
                    },
                }
            }

            let has_code = sheet.get(row, code_column).and_then(cell_text).is_some();
            if has_code || has_content {
                self.rows_read += 1;
            }
            if !has_content {
                // A listed row with every value deleted still shows its cells as empty.
                let row_code = sheet.get(row, code_column).and_then(cell_text);
                if let (BlockSlice::Valid(slice), Some(row_code)) = (&block_slice, row_code) {
                    if self.questionnaire.accepts_code(table.row_dim(), &row_code) {
                        for column_code in columns.values() {
                            self.shown.insert(table.key(slice, &row_code, column_code));
                        }
                    }
                }
                continue;
            }
            self.report_empty_slice(sheet, period, &mut block_slice);
            if !has_code {
                self.problems.push(
                    sheet.location(row, code_column),
                    ProblemKind::MissingRowCode {
                        dimension: table.row_dim().id.clone(),
                    },
                );
                continue;
            }
            let Some(row_code) = self.checked_code(sheet, row, code_column, table.row_dim()) else {
                continue;
            };
            let here = crate::a1::cell_ref(row, code_column);
            if let Some(first) = rows_seen.get(&row_code) {
                let first = first.clone();
                self.problems.push(
                    sheet.location(row, code_column),
                    ProblemKind::DuplicateCode {
                        code: row_code,
                        first,
                    },
                );
                continue;
            }
            rows_seen.insert(row_code.clone(), here);

            let BlockSlice::Valid(slice) = &block_slice else {
                continue;
            };
            for column_code in columns.values() {
                self.shown.insert(table.key(slice, &row_code, column_code));
            }
            for (column_code, value) in values {
                let key = table.key(slice, &row_code, &column_code);
                self.cells.entry(key).or_default().value = Some(value);
            }
            for (column, column_code, symbol) in symbols {
                let key = table.key(slice, &row_code, &column_code);
                self.symbol_at
                    .insert(key, (sheet.location(row, column), symbol));
            }
        }
    }

    /// Reports the empty slice cell of a block that has figures: an empty period once per sheet,
    /// and an empty code of a further slice dimension once per block.
    fn report_empty_slice(
        &mut self,
        sheet: &Sheet,
        period: &mut BlockSlice<'a>,
        block: &mut BlockSlice<'a>,
    ) {
        let BlockSlice::Empty { row, dimension } = *block else {
            return;
        };
        self.slice_problem(sheet, row, u32::from(CODE_COLUMN), dimension, String::new());
        if row == SLICE_ROW {
            *period = BlockSlice::Invalid;
        }
        *block = BlockSlice::Invalid;
    }

    /// Returns the text of a cell that is a house-style symbol of some observation status.
    fn symbol_in(&self, data: &Data) -> Option<String> {
        let Data::String(text) = data else {
            return None;
        };
        let symbol = text.trim();
        (!self.symbols.statuses_of(symbol).is_empty()).then(|| symbol.to_string())
    }

    /// Gives each grid cell that shows a symbol the status of that symbol, unless the status
    /// sheet gave one. A symbol shared by several statuses is never resolved, so that cell is
    /// left out of the import with a warning.
    fn resolve_symbols(&mut self) {
        let symbol_at = std::mem::take(&mut self.symbol_at);
        for (key, (location, symbol)) in symbol_at {
            let statuses = self.symbols.statuses_of(&symbol);
            let cell = self.cells.entry(key.clone()).or_default();
            match cell.obs_status.as_deref() {
                Some(status) if statuses.contains(&status) => {}
                Some(status) => self.warnings.push(Warning::SymbolConflict {
                    location,
                    symbol,
                    status: status.to_string(),
                    symbol_statuses: statuses.iter().map(|s| s.to_string()).collect(),
                }),
                None if statuses.len() == 1 => cell.obs_status = Some(statuses[0].to_string()),
                None => {
                    self.cells.remove(&key);
                    self.shown.remove(&key);
                    self.warnings.push(Warning::AmbiguousSymbol {
                        location,
                        symbol,
                        statuses: statuses.iter().map(|s| s.to_string()).collect(),
                    });
                }
            }
        }
    }

    /// Maps each value column with a valid, unique code in the block's `code` row to its code.
    fn grid_columns(&mut self, sheet: &Sheet, code_row: u32) -> HashMap<u32, String> {
        let column_dim = self.table.column_dim();
        let mut columns = HashMap::new();
        let mut first_at: HashMap<String, String> = HashMap::new();
        let header: Vec<u32> = sheet
            .row(code_row)
            .map(|(column, _)| column)
            .filter(|column| *column >= u32::from(FIRST_VALUE_COLUMN))
            .collect();
        for column in header {
            let Some(code) = self.checked_code(sheet, code_row, column, column_dim) else {
                continue;
            };
            if let Some(first) = first_at.get(&code) {
                let first = first.clone();
                self.problems.push(
                    sheet.location(code_row, column),
                    ProblemKind::DuplicateCode { code, first },
                );
                continue;
            }
            first_at.insert(code.clone(), crate::a1::cell_ref(code_row, column));
            columns.insert(column, code);
        }
        columns
    }

    fn read_notes(&mut self, sheet: &Sheet, columns: &HashMap<String, u32>) {
        let table = self.table;
        let statuses = &self.questionnaire.def.statuses;
        let column_of = |code: &str| columns.get(code).copied();
        let last_row = sheet.last_row().unwrap_or(0);
        for row in LONG_SHEET_FIRST_DATA_ROW..=last_row {
            let text_at = |code: &str| {
                column_of(code)
                    .and_then(|column| sheet.get(row, column))
                    .and_then(cell_text)
            };
            let obs = text_at("obs_status");
            let conf = text_at("conf_status");
            let note = column_of("note")
                .and_then(|column| sheet.get(row, column))
                .and_then(note_text);
            if obs.is_none() && conf.is_none() && note.is_none() {
                continue;
            }
            self.rows_read += 1;

            let slice_column = columns[NOTES_PERIOD];
            let mut slice_codes = Vec::new();
            for (index, dimension) in table.slice_dims().iter().enumerate() {
                let column = if index == 0 {
                    slice_column
                } else {
                    columns[&dimension.id]
                };
                match sheet.get(row, column).and_then(cell_text) {
                    Some(text) if self.questionnaire.accepts_code(dimension, &text) => {
                        slice_codes.push(text)
                    }
                    other => {
                        self.slice_problem(sheet, row, column, dimension, other.unwrap_or_default())
                    }
                }
            }
            let slice = (slice_codes.len() == table.slice_count()).then(|| {
                let codes: Vec<&str> = slice_codes.iter().map(String::as_str).collect();
                table.slice_from_codes(&codes)
            });
            let row_code = self.required_code(sheet, row, columns["row"], table.row_dim());
            let column_code = self.required_code(sheet, row, columns["column"], table.column_dim());

            let mut status_ok = true;
            for (field, value, allowed) in [
                ("obs_status", &obs, &statuses.obs_status),
                ("conf_status", &conf, &statuses.conf_status),
            ] {
                let Some(value) = value else { continue };
                if allowed.iter().any(|code| &code.code == value) {
                    continue;
                }
                status_ok = false;
                let codes: Vec<&str> = allowed.iter().map(|code| code.code.as_str()).collect();
                self.problems.push(
                    sheet.location(row, columns[field]),
                    ProblemKind::UnknownStatus {
                        field: field.to_string(),
                        value: value.clone(),
                        allowed: codes.join(", "),
                    },
                );
            }

            let (Some(slice), Some(row_code), Some(column_code)) = (slice, row_code, column_code)
            else {
                continue;
            };
            if !status_ok {
                continue;
            }
            let key = table.key(&slice, &row_code, &column_code);
            let here = sheet.location(row, slice_column);
            if let Some(first) = self.notes_at.get(&key) {
                let first = first.to_string();
                self.problems
                    .push(here, ProblemKind::DuplicateNote { key, first });
                continue;
            }
            self.notes_at.insert(key.clone(), here);
            let cell = self.cells.entry(key).or_default();
            cell.obs_status = obs;
            cell.conf_status = conf;
            cell.note = note;
        }
    }

    /// Like [`Self::checked_code`], but an empty cell is a problem too.
    fn required_code(
        &mut self,
        sheet: &Sheet,
        row: u32,
        column: u32,
        dimension: &DimensionDef,
    ) -> Option<String> {
        if sheet.get(row, column).and_then(cell_text).is_none() {
            self.problems.push(
                sheet.location(row, column),
                ProblemKind::UnknownCode {
                    dimension: dimension.id.clone(),
                    value: String::new(),
                },
            );
            return None;
        }
        self.checked_code(sheet, row, column, dimension)
    }

    fn read_metadata(&mut self, sheet: &Sheet, columns: &HashMap<String, u32>) {
        let field_column = columns["field"];
        let value_column = columns["value"];
        let last_row = sheet.last_row().unwrap_or(0);
        for row in LONG_SHEET_FIRST_DATA_ROW..=last_row {
            let Some(field) = sheet.get(row, field_column).and_then(cell_text) else {
                continue;
            };
            let Some(value) = sheet.get(row, value_column).and_then(note_text) else {
                continue;
            };
            let Some(question) = self
                .questionnaire
                .def
                .metadata
                .iter()
                .find(|q| q.id == field && q.applies_to(&self.table.id))
            else {
                self.problems.push(
                    sheet.location(row, field_column),
                    ProblemKind::UnknownField { value: field },
                );
                continue;
            };
            let value = if question.kind == MetadataKind::Choice {
                value.trim().to_string()
            } else {
                value
            };
            let is_choice = question.kind == MetadataKind::Choice;
            if is_choice && !question.choices.iter().any(|choice| choice.code == value) {
                let codes: Vec<&str> = question.choices.iter().map(|c| c.code.as_str()).collect();
                self.problems.push(
                    sheet.location(row, value_column),
                    ProblemKind::UnknownChoice {
                        field,
                        value,
                        allowed: codes.join(", "),
                    },
                );
                continue;
            }
            self.metadata.insert(field, value);
        }
    }
}
