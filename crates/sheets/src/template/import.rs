//! Reading a filled template back.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use calamine::Data;
use sicremi_model::definition::MetadataKind;
use sicremi_model::{CellValue, Questionnaire, TableDef};

use super::grid::*;
use super::{LISTS_SHEET, LONG_SHEET_FIRST_DATA_ROW, META_SHEET, TEMPLATE_FORMAT};
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

    let mut reading = TemplateReading::new(questionnaire, table);
    for sheet in &workbook.sheets {
        if sheet.name == META_SHEET || sheet.name == LISTS_SHEET {
            continue;
        }
        if is_grid(sheet, table) {
            reading.read_grid(sheet);
        } else if let Some(columns) = long_sheet_columns(sheet, &["slice", "row", "column"]) {
            reading.read_notes(sheet, &columns);
        } else if let Some(columns) = long_sheet_columns(sheet, &["field", "value"]) {
            reading.read_metadata(sheet, &columns);
        }
        if reading.problems.overflowed() {
            break;
        }
    }
    if reading.grids == 0 {
        return Err(not_a_template(format!(
            "no sheet has {} in A1 and {CODE_MARK:?} in A3",
            table.id
        )));
    }

    let TemplateReading {
        cells,
        shown,
        metadata,
        problems,
        rows_read,
        ..
    } = reading;
    problems.into_result(&workbook.name)?;

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

fn is_grid(sheet: &Sheet, table: &TableDef) -> bool {
    let at = |row, column| sheet.get(row, u32::from(column)).and_then(cell_text);
    at(TABLE_ROW, CODE_COLUMN).as_deref() == Some(table.id.as_str())
        && at(CODE_ROW, CODE_COLUMN).as_deref() == Some(CODE_MARK)
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
    cells: BTreeMap<String, CellValue>,
    /// Keys of every cell a grid sheet shows, empty or not: a listed row in a listed column of
    /// a valid slice.
    shown: BTreeSet<String>,
    /// Location of each key's value and status line, for duplicate reports.
    value_at: HashMap<String, Location>,
    notes_at: HashMap<String, Location>,
    /// The first grid sheet of each slice.
    slice_sheets: HashMap<String, String>,
    metadata: BTreeMap<String, String>,
    problems: Problems,
    rows_read: u64,
    grids: usize,
}

impl<'a> TemplateReading<'a> {
    fn new(questionnaire: &'a Questionnaire, table: &'a TableDef) -> Self {
        TemplateReading {
            questionnaire,
            table,
            cells: BTreeMap::new(),
            shown: BTreeSet::new(),
            value_at: HashMap::new(),
            notes_at: HashMap::new(),
            slice_sheets: HashMap::new(),
            metadata: BTreeMap::new(),
            problems: Problems::default(),
            rows_read: 0,
            grids: 0,
        }
    }

    /// Returns the code at `row`, `column` if it is a valid code of `dimension`, reporting it
    /// otherwise.
    fn checked_code(
        &mut self,
        sheet: &Sheet,
        row: u32,
        column: u32,
        dimension: &sicremi_model::definition::DimensionDef,
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

    fn slice_problem(&mut self, sheet: &Sheet, row: u32, column: u32, value: String) {
        let slice_dim = self.table.period_dim();
        let example = self
            .questionnaire
            .codes(&slice_dim.codelist)
            .last()
            .map(|code| code.code.clone())
            .unwrap_or_else(|| "2023-01-31".to_string());
        self.problems.push(
            sheet.location(row, column),
            ProblemKind::InvalidSlice {
                dimension: slice_dim.id.clone(),
                value,
                example,
            },
        );
    }

    fn read_grid(&mut self, sheet: &Sheet) {
        self.grids += 1;
        let table = self.table;
        let slice_dim = table.period_dim();
        let slice_column = u32::from(CODE_COLUMN);

        let slice_text = sheet.get(SLICE_ROW, slice_column).and_then(cell_text);
        let slice = match slice_text {
            Some(text) if self.questionnaire.accepts_code(slice_dim, &text) => {
                if let Some(first_sheet) = self.slice_sheets.get(&text) {
                    let first_sheet = first_sheet.clone();
                    self.problems.push(
                        sheet.location(SLICE_ROW, slice_column),
                        ProblemKind::DuplicateSlice {
                            slice: text.clone(),
                            first_sheet,
                        },
                    );
                    None
                } else {
                    self.slice_sheets.insert(text.clone(), sheet.name.clone());
                    Some(text)
                }
            }
            Some(text) => {
                self.slice_problem(sheet, SLICE_ROW, slice_column, text);
                None
            }
            None => None,
        };

        let columns = self.grid_columns(sheet);
        let mut rows_seen: HashMap<String, String> = HashMap::new();
        let mut slice_missing_reported = slice_text_present(sheet);
        let last_row = sheet.last_row().unwrap_or(0);
        for row in FIRST_DATA_ROW..=last_row {
            let mut values = Vec::new();
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
                    Ok(Some(value)) => values.push((column, column_code.clone(), value)),
                    Ok(None) => {}
                    Err(kind) => self.problems.push(sheet.location(row, column), kind),
                }
            }

            let code_column = u32::from(CODE_COLUMN);
            let has_code = sheet.get(row, code_column).and_then(cell_text).is_some();
            if has_code || has_content {
                self.rows_read += 1;
            }
            if !has_content {
                // A listed row with every value deleted still shows its cells as empty.
                let row_code = sheet.get(row, code_column).and_then(cell_text);
                if let (Some(slice), Some(row_code)) = (slice.as_deref(), row_code) {
                    if self.questionnaire.accepts_code(table.row_dim(), &row_code) {
                        for column_code in columns.values() {
                            self.shown.insert(table.key(slice, &row_code, column_code));
                        }
                    }
                }
                continue;
            }
            if slice.is_none() && !slice_missing_reported {
                slice_missing_reported = true;
                self.slice_problem(sheet, SLICE_ROW, slice_column, String::new());
            }
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

            let Some(slice) = slice.as_deref() else {
                continue;
            };
            for column_code in columns.values() {
                self.shown.insert(table.key(slice, &row_code, column_code));
            }
            for (column, column_code, value) in values {
                let key = table.key(slice, &row_code, &column_code);
                self.value_at
                    .insert(key.clone(), sheet.location(row, column));
                self.cells.entry(key).or_default().value = Some(value);
            }
        }
    }

    /// Maps each value column with a valid, unique code in row 3 to its code.
    fn grid_columns(&mut self, sheet: &Sheet) -> HashMap<u32, String> {
        let column_dim = self.table.column_dim();
        let mut columns = HashMap::new();
        let mut first_at: HashMap<String, String> = HashMap::new();
        let header: Vec<u32> = sheet
            .row(CODE_ROW)
            .map(|(column, _)| column)
            .filter(|column| *column >= u32::from(FIRST_VALUE_COLUMN))
            .collect();
        for column in header {
            let Some(code) = self.checked_code(sheet, CODE_ROW, column, column_dim) else {
                continue;
            };
            if let Some(first) = first_at.get(&code) {
                let first = first.clone();
                self.problems.push(
                    sheet.location(CODE_ROW, column),
                    ProblemKind::DuplicateCode { code, first },
                );
                continue;
            }
            first_at.insert(code.clone(), crate::a1::cell_ref(CODE_ROW, column));
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

            let slice_column = columns["slice"];
            let slice = match sheet.get(row, slice_column).and_then(cell_text) {
                Some(text) if self.questionnaire.accepts_code(table.period_dim(), &text) => {
                    Some(text)
                }
                other => {
                    self.slice_problem(sheet, row, slice_column, other.unwrap_or_default());
                    None
                }
            };
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
        dimension: &sicremi_model::definition::DimensionDef,
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
                .find(|q| q.id == field)
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

/// Returns whether A2 has content, in which case its own problem was already reported.
fn slice_text_present(sheet: &Sheet) -> bool {
    sheet
        .get(SLICE_ROW, u32::from(CODE_COLUMN))
        .and_then(cell_text)
        .is_some()
}
