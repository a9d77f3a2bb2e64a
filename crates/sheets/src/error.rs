//! Errors of reading and writing spreadsheets, each with a stable machine code the user
//! interface translates.

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

/// Maximum number of problems one import collects before it stops reading the file.
pub const MAX_PROBLEMS: usize = 50;

/// Place of a problem in the source file, as the user sees it in their spreadsheet or editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Location {
    /// A line of a text file, counted from 1, the header being line 1.
    Line { line: u64 },
    /// A worksheet cell. `cell` is the A1 reference Excel shows, such as "D7".
    Cell { sheet: String, cell: String },
}

impl Location {
    /// Builds the location of the cell at 0-based `row` and `column` of `sheet`.
    pub(crate) fn cell(sheet: &str, row: u32, column: u32) -> Location {
        Location::Cell {
            sheet: sheet.to_string(),
            cell: crate::a1::cell_ref(row, column),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Line { line } => write!(f, "Line {line}"),
            Location::Cell { sheet, cell } => {
                write!(f, "Sheet {}!{cell}", crate::a1::quote_sheet_name(sheet))
            }
        }
    }
}

/// One bad value of an input file, with its place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{location}: {kind}")]
pub struct Problem {
    pub location: Location,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }
}

/// Defect of one value. The Display text names the value and tells the user what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProblemKind {
    #[error(
        "{value:?} is not a whole number; enter the count as digits only, such as 27630 or 27 630"
    )]
    NotWholeNumber { value: String },
    #[error("{value:?} is ambiguous because '.' and ',' separate thousands in some languages and decimals in others; enter the number without separators, such as 1234")]
    AmbiguousSeparator { value: String },
    #[error("{value:?} is not a number; enter a whole number, or leave the cell empty and give the reason as a status on the notes sheet")]
    NotANumber { value: String },
    #[error("{value:?} is larger than 9007199254740991, the largest count a spreadsheet stores exactly; check the figure")]
    NumberTooLarge { value: String },
    #[error("{value:?} is not a count: enter a whole number of 0 or more written as digits only")]
    NotACount { value: String },
    #[error("the cell holds the error value {value}; replace it with a number or leave it empty")]
    ErrorValue { value: String },
    #[error("the cell holds {found} where a number or code belongs; enter the number or code as plain text or digits")]
    WrongType { found: String },
    #[error("column {column} is empty; every line needs a value there")]
    EmptyField { column: String },
    #[error("sexo {value:?} is not MUJER, VARON or X, the three values of the RENAPER file; check the file is the unmodified RENAPER export")]
    UnknownSex { value: String },
    #[error("country name {value:?} is not known to SICREMI; if it is spelled as the agency publishes it, send the name to the SICREMI secretariat so it can be added")]
    UnknownCountry { value: String },
    #[error("country name {value:?} can mean {candidates:?}; ask the agency which country it means and send the answer to the SICREMI secretariat")]
    AmbiguousCountry {
        value: String,
        candidates: Vec<String>,
    },
    #[error(
        "{value:?} is a total line; the importer computes the totals itself, so remove the line"
    )]
    TotalRecord { value: String },
    #[error("the line has {found} fields, expected {expected}; check that no field contains an unquoted comma")]
    FieldCount { found: u64, expected: u64 },
    #[error("the line is not valid UTF-8 text; save the file as UTF-8 and import it again")]
    InvalidUtf8,
    #[error("the line repeats line {first_line} (same province, country, sex and age group), so its count would be added twice; remove one of the two lines")]
    DuplicateRecord { first_line: u64 },
    #[error("{value:?} is not a code of {dimension}; use a code from the template, or pick the entry from the list")]
    UnknownCode { dimension: String, value: String },
    #[error("the row holds figures but no {dimension} code in column A; pick the entry in column B from the list, or type its code in column A")]
    MissingRowCode { dimension: String },
    #[error("the column holds figures but no {dimension} code in row 3; put the code back or move the figures")]
    MissingColumnCode { dimension: String },
    #[error(
        "code {code} appears a second time, first at {first}; keep one row or column per code"
    )]
    DuplicateCode { code: String, first: String },
    #[error("{value:?} is not a valid {dimension}; enter a {dimension} such as {example}")]
    InvalidSlice {
        dimension: String,
        value: String,
        example: String,
    },
    #[error("slice {slice} already has a grid on sheet {first_sheet}; give each sheet or block its own slice, or merge the two")]
    DuplicateSlice { slice: String, first_sheet: String },
    #[error("{value:?} is not a {field} code; use one of {allowed}")]
    UnknownStatus {
        field: String,
        value: String,
        allowed: String,
    },
    #[error("{key} already has a line at {first}; keep one line per cell")]
    DuplicateNote { key: String, first: String },
    #[error("{value:?} is not a metadata question of this table; keep the codes of column A as exported")]
    UnknownField { value: String },
    #[error("{value:?} is not an answer to {field}; use one of {allowed}")]
    UnknownChoice {
        field: String,
        value: String,
        allowed: String,
    },
    #[error("age group {value:?} is not an age such as 37, a band such as \"15 a 19\" or \"95 y más\", or a band inside one SICREMI age group; check the file is the unmodified RENAPER export")]
    UnknownAgeGroup { value: String },
}

impl ProblemKind {
    pub fn code(&self) -> &'static str {
        match self {
            ProblemKind::NotWholeNumber { .. } => "sheets.not_whole_number",
            ProblemKind::AmbiguousSeparator { .. } => "sheets.ambiguous_separator",
            ProblemKind::NotANumber { .. } => "sheets.not_a_number",
            ProblemKind::NumberTooLarge { .. } => "sheets.number_too_large",
            ProblemKind::NotACount { .. } => "sheets.not_a_count",
            ProblemKind::ErrorValue { .. } => "sheets.error_value",
            ProblemKind::WrongType { .. } => "sheets.wrong_type",
            ProblemKind::EmptyField { .. } => "sheets.empty_field",
            ProblemKind::UnknownSex { .. } => "sheets.unknown_sex",
            ProblemKind::UnknownCountry { .. } => "sheets.unknown_country",
            ProblemKind::AmbiguousCountry { .. } => "sheets.ambiguous_country",
            ProblemKind::TotalRecord { .. } => "sheets.total_record",
            ProblemKind::FieldCount { .. } => "sheets.field_count",
            ProblemKind::InvalidUtf8 => "sheets.invalid_utf8",
            ProblemKind::DuplicateRecord { .. } => "sheets.duplicate_record",
            ProblemKind::UnknownCode { .. } => "sheets.unknown_code",
            ProblemKind::MissingRowCode { .. } => "sheets.missing_row_code",
            ProblemKind::MissingColumnCode { .. } => "sheets.missing_column_code",
            ProblemKind::DuplicateCode { .. } => "sheets.duplicate_code",
            ProblemKind::InvalidSlice { .. } => "sheets.invalid_slice",
            ProblemKind::DuplicateSlice { .. } => "sheets.duplicate_slice",
            ProblemKind::UnknownStatus { .. } => "sheets.unknown_status",
            ProblemKind::DuplicateNote { .. } => "sheets.duplicate_note",
            ProblemKind::UnknownField { .. } => "sheets.unknown_field",
            ProblemKind::UnknownChoice { .. } => "sheets.unknown_choice",
            ProblemKind::UnknownAgeGroup { .. } => "sheets.unknown_age_group",
        }
    }
}

/// Reason a file could not be imported. Nothing of the file is imported when any error occurs.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(
        "could not read {path}: {source}; check the file exists and is not open in another program"
    )]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{name} is {size} bytes, more than the {max} bytes this import accepts; split the file or remove unrelated sheets")]
    FileTooLarge { name: String, size: u64, max: u64 },
    #[error("{name} has more than {max} data lines; split the file")]
    TooManyRecords { name: String, max: u64 },
    #[error(
        "{name} is not a spreadsheet this import reads ({detail}); save it as .xlsx, .xls or .ods"
    )]
    UnsupportedFormat { name: String, detail: String },
    #[error("{name} is protected with a password; open it in your spreadsheet program, remove the password (File > Info > Protect Workbook in Excel) and save a copy to import")]
    PasswordProtected { name: String },
    #[error("{name} is damaged or not a valid spreadsheet ({detail}); open it in your spreadsheet program and save it again")]
    Corrupt { name: String, detail: String },
    #[error("{name} unpacks to {uncompressed} bytes, more than the {max} bytes this import accepts; the file is either far too large or built to exhaust memory")]
    ArchiveTooLarge {
        name: String,
        uncompressed: u64,
        max: u64,
    },
    #[error("{name}: part {entry} is compressed {ratio} to 1, more than the {max} to 1 a real spreadsheet reaches; the file looks built to exhaust memory and is rejected")]
    CompressionRatio {
        name: String,
        entry: String,
        ratio: u64,
        max: u64,
    },
    #[error("{name} holds {entries} parts, more than the {max} a spreadsheet needs; the file is rejected")]
    TooManyParts {
        name: String,
        entries: usize,
        max: usize,
    },
    #[error("Sheet {}!{cell} lies outside the {max_rows} rows and {max_columns} columns this import reads; delete whatever is in that cell and beyond, then save again", crate::a1::quote_sheet_name(sheet))]
    SheetTooLarge {
        sheet: String,
        cell: String,
        max_rows: u32,
        max_columns: u32,
    },
    #[error("{name} holds more than {max} cells; remove unrelated sheets or split the file")]
    TooManyCells { name: String, max: u64 },
    #[error("{name} does not have the expected columns: missing {missing:?}, unexpected {unexpected:?}; the first line must be exactly {expected:?}")]
    Header {
        name: String,
        missing: Vec<String>,
        unexpected: Vec<String>,
        expected: Vec<String>,
    },
    #[error("{name} is not a SICREMI template ({detail}); export a template from SICREMI Collect and copy the figures into it")]
    NotATemplate { name: String, detail: String },
    #[error("the questionnaire has no table {table}; update SICREMI Collect to a version whose questionnaire has it")]
    MissingTable { table: String },
    #[error("{name} has no data lines; check that this is the right file")]
    NoData { name: String },
    #[error("reference date {value:?} is not a date in the form YYYY-MM-DD, such as 2023-01-31")]
    InvalidReferenceDate { value: String },
    #[error("{name} holds more than {max} grid blocks (a block is one slice of the table, with its own row of column codes); a template of this questionnaire has far fewer, so export a new template and copy the figures into it")]
    TooManyBlocks { name: String, max: usize },
    #[error("table {table} of this questionnaire has a layout this import cannot fill ({detail}); update SICREMI Collect")]
    TableLayout { table: String, detail: String },
    #[error("{}", invalid_message(name, problems, *truncated))]
    Invalid {
        name: String,
        problems: Vec<Problem>,
        /// Whether reading stopped at [`MAX_PROBLEMS`] problems, so more may follow.
        truncated: bool,
    },
}

fn invalid_message(name: &str, problems: &[Problem], truncated: bool) -> String {
    let more = if truncated { " or more" } else { "" };
    let mut text = format!(
        "{name} has {}{more} problems and nothing was imported; correct them and import again:",
        problems.len()
    );
    for problem in problems {
        text.push_str("\n- ");
        text.push_str(&problem.to_string());
    }
    text
}

impl ImportError {
    pub fn code(&self) -> &'static str {
        match self {
            ImportError::Io { .. } => "sheets.io",
            ImportError::FileTooLarge { .. } => "sheets.file_too_large",
            ImportError::TooManyRecords { .. } => "sheets.too_many_records",
            ImportError::UnsupportedFormat { .. } => "sheets.unsupported_format",
            ImportError::PasswordProtected { .. } => "sheets.password_protected",
            ImportError::Corrupt { .. } => "sheets.corrupt",
            ImportError::ArchiveTooLarge { .. } => "sheets.archive_too_large",
            ImportError::CompressionRatio { .. } => "sheets.compression_ratio",
            ImportError::TooManyParts { .. } => "sheets.too_many_parts",
            ImportError::SheetTooLarge { .. } => "sheets.sheet_too_large",
            ImportError::TooManyCells { .. } => "sheets.too_many_cells",
            ImportError::Header { .. } => "sheets.header",
            ImportError::NotATemplate { .. } => "sheets.not_a_template",
            ImportError::MissingTable { .. } => "sheets.missing_table",
            ImportError::NoData { .. } => "sheets.no_data",
            ImportError::InvalidReferenceDate { .. } => "sheets.invalid_reference_date",
            ImportError::TooManyBlocks { .. } => "sheets.too_many_blocks",
            ImportError::TableLayout { .. } => "sheets.table_layout",
            ImportError::Invalid { .. } => "sheets.invalid",
        }
    }

    /// Returns the problems of an [`ImportError::Invalid`], or none for every other error.
    pub fn problems(&self) -> &[Problem] {
        match self {
            ImportError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }
}

/// Reason a workbook could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("table {table} is not in the questionnaire; choose one of its tables")]
    UnknownTable { table: String },
    #[error("language {lang:?} is not one of en, es, pt, fr")]
    UnknownLanguage { lang: String },
    #[error("{table} cell {key}: the text is {chars} characters long, more than the 32767 an Excel cell holds; shorten the note")]
    TextTooLong {
        table: String,
        key: String,
        chars: usize,
    },
    #[error("sheet {sheet} would need {rows} rows, more than the {max} Excel allows; export fewer countries at a time")]
    TooManyRows { sheet: String, rows: u64, max: u64 },
    #[error("could not write the workbook: {0}; check the folder exists, is writable and the file is not open in another program")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
}

impl ExportError {
    pub fn code(&self) -> &'static str {
        match self {
            ExportError::UnknownTable { .. } => "sheets.unknown_table",
            ExportError::UnknownLanguage { .. } => "sheets.unknown_language",
            ExportError::TextTooLong { .. } => "sheets.text_too_long",
            ExportError::TooManyRows { .. } => "sheets.export_too_many_rows",
            ExportError::Xlsx(_) => "sheets.write_failed",
        }
    }
}

/// Something the user should know about an import that succeeded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// Several names of the file mean the same code, and their counts were added together.
    NamesMerged { code: String, names: Vec<String> },
    /// The template was exported from another version of the questionnaire. Its codes were
    /// checked against the current one.
    QuestionnaireMismatch { template: String, current: String },
    /// A grid cell shows a symbol that several observation statuses share (".." for L and O,
    /// say), and the status sheet gives the cell no status. The cell was left unchanged.
    AmbiguousSymbol {
        location: Location,
        symbol: String,
        statuses: Vec<String>,
    },
    /// A grid cell shows the symbol of statuses other than the one its status line gives. The
    /// status line was kept.
    SymbolConflict {
        location: Location,
        symbol: String,
        status: String,
        symbol_statuses: Vec<String>,
    },
}

impl Warning {
    pub fn code(&self) -> &'static str {
        match self {
            Warning::NamesMerged { .. } => "sheets.names_merged",
            Warning::QuestionnaireMismatch { .. } => "sheets.questionnaire_mismatch",
            Warning::AmbiguousSymbol { .. } => "sheets.ambiguous_symbol",
            Warning::SymbolConflict { .. } => "sheets.symbol_conflict",
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::NamesMerged { code, names } => write!(
                f,
                "the names {names:?} all mean {code}; their counts were added together"
            ),
            Warning::QuestionnaireMismatch { template, current } => write!(
                f,
                "the template was made for questionnaire {template}, this one is {current}; the codes were checked against the current questionnaire"
            ),
            Warning::AmbiguousSymbol {
                location,
                symbol,
                statuses,
            } => write!(
                f,
                "{location} shows {symbol:?}, the symbol of statuses {}, and the status sheet gives none; the cell was left unchanged, so give its status on the status sheet and import again",
                statuses.join(", ")
            ),
            Warning::SymbolConflict {
                location,
                symbol,
                status,
                symbol_statuses,
            } => write!(
                f,
                "{location} shows {symbol:?}, the symbol of {}, but the status sheet gives {status}; the status sheet's {status} was kept",
                symbol_statuses.join(", ")
            ),
        }
    }
}

/// Collects problems up to [`MAX_PROBLEMS`].
#[derive(Debug, Default)]
pub(crate) struct Problems {
    list: Vec<Problem>,
    truncated: bool,
}

impl Problems {
    pub(crate) fn push(&mut self, location: Location, kind: ProblemKind) {
        if self.list.len() < MAX_PROBLEMS {
            self.list.push(Problem { location, kind });
        } else {
            self.truncated = true;
        }
    }

    /// Returns whether a problem beyond the cap was dropped, so reading further cannot report
    /// more.
    pub(crate) fn overflowed(&self) -> bool {
        self.truncated
    }

    /// Returns `Ok` when no problem was found, and the [`ImportError::Invalid`] otherwise.
    pub(crate) fn into_result(self, name: &str) -> Result<(), ImportError> {
        if self.list.is_empty() {
            return Ok(());
        }
        Err(ImportError::Invalid {
            name: name.to_string(),
            problems: self.list,
            truncated: self.truncated,
        })
    }
}
