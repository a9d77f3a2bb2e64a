//! Templates: one table of a dataset as an .xlsx workbook that correspondents fill in their
//! spreadsheet program, and its import.
//!
//! # Layout
//!
//! The import reads machine codes only, so labels may be in any language or edited freely.
//!
//! **Grid sheets**, one per period (the first slice dimension), named "<table> <period>" such
//! as "T1 2025":
//!
//! | cell      | content                                                          |
//! |-----------|------------------------------------------------------------------|
//! | A1        | table id, such as `T1`; marks the sheet as a grid               |
//! | B1        | table title (label)                                              |
//! | A2        | period code: a year such as `2025`, or a date `2023-01-31`, stored as text |
//! | B2        | period label                                                     |
//!
//! Then one block per slice. A table with the period as its only slice dimension has one block
//! per sheet, at the rows below. A table with further slice dimensions (T5: kind of application
//! and age group) has one block per combination of their codes, stacked down the sheet with an
//! empty row between blocks. Each such block starts with one row per further slice dimension,
//! with its code in column A and "<dimension>: <code label>" in column B. The rows of a block,
//! with the first block of a single-slice table as the example:
//!
//! | cell      | content                                                          |
//! |-----------|------------------------------------------------------------------|
//! | A3        | the word `code`; marks the block's column code row               |
//! | C3, D3, … | column codes, such as `M`, `F`, `O`, `U`, `_T`                  |
//! | B4        | row dimension label; C4, D4, … column labels                    |
//! | A5, A6, … | row codes, such as `BOL` or `_T`; B5, B6, … row labels          |
//! | C5, …     | the counts                                                       |
//!
//! The import finds each block by its `code` row and reads the slice codes from the rows right
//! above it, so rows may be added inside a block. A grid cell with no count shows the
//! house-style symbol of its observation status (".." for not available, say), and the import
//! maps a symbol typed there back to its status when only one status has that symbol.
//!
//! For an open row dimension (nationality) the rows are the nationalities with data in any
//! slice, then [`ADDED_ROWS`] empty rows for new nationalities, then the codes listed in the
//! questionnaire itself (other countries, stateless, unknown, total). In an empty row the user
//! picks a name in column B from a list on the hidden sheet `_lists`, and a formula in column A
//! looks up its code. The list is referenced by range because Excel limits an inline list to
//! 255 characters. The formula carries a cached empty result, so readers that do not recalculate see
//! an empty code until the user picks a name.
//!
//! **Status and notes sheet**, in long format. Row 1 contains the column codes: `slice` (the
//! period), one column per further slice dimension headed by its dimension id (such as
//! `application` and `age`), then `row`, `column`, `row_label`, `column_label`, `obs_status`,
//! `conf_status` and `note`. Row 2 contains their labels, and each later row the SDMX
//! observation status, confidentiality status and note of one cell. This sheet is the source of truth for
//! statuses: a grid symbol only fills in a status the sheet leaves empty.
//!
//! On import, every cell of a listed row in a listed column is either read or, when it is empty
//! and has no status line, reported in [`crate::SheetImport::cleared`], so deleting a number in
//! the workbook deletes it in the workspace. Rows the template does not list are left alone.
//!
//! **Metadata sheet**: row 1 holds `field`, `label`, `value` and `allowed`, and each row from
//! row 3 one metadata question asked for the table, answered in column C.
//!
//! **`_sicremi`** (hidden): key in column A, value in column B: `format`
//! ([`TEMPLATE_FORMAT`]), `questionnaire` (content hash), `table`, `country` and `language`.
//! A workbook without it is not a template.

mod export;
mod import;
mod symbols;
pub(crate) mod texts;

pub use export::export_template;
pub(crate) use export::{MAX_CELL_CHARS, MAX_EXCEL_ROWS};
pub use import::{import_template, import_template_with_limits, read_template};
pub(crate) use symbols::Symbols;

/// The `format` value of the `_sicremi` sheet.
pub const TEMPLATE_FORMAT: &str = "sicremi-template/1";

/// Empty rows offered for new nationalities in each block of an open row dimension.
pub const ADDED_ROWS: u32 = 30;

/// Maximum number of grid blocks (slices) in an imported template. The largest table of the
/// questionnaire, T5, has 36 slices a year (4 kinds of application by 9 age groups), so ten
/// years of it are 360 blocks. A file with more than the maximum is rejected before its cells
/// are read.
pub const MAX_TEMPLATE_BLOCKS: usize = 2_000;

pub(crate) const META_SHEET: &str = "_sicremi";
pub(crate) const LISTS_SHEET: &str = "_lists";

/// 0-based positions of the grid layout.
pub(crate) mod grid {
    pub const CODE_COLUMN: u16 = 0;
    pub const LABEL_COLUMN: u16 = 1;
    pub const FIRST_VALUE_COLUMN: u16 = 2;
    pub const TABLE_ROW: u32 = 0;
    /// Row of the period code, in column A.
    pub const SLICE_ROW: u32 = 1;
    /// First row of the first block.
    pub const FIRST_BLOCK_ROW: u32 = 2;
    /// Rows from a block's `code` row to its label row and its first data row.
    pub const LABEL_OFFSET: u32 = 1;
    pub const DATA_OFFSET: u32 = 2;
    /// The text in column A of the row that holds a block's column codes.
    pub const CODE_MARK: &str = "code";
}

/// Column code of the period on the status and notes sheet. The columns of further slice
/// dimensions follow it, headed by their dimension ids.
pub(crate) const NOTES_PERIOD: &str = "slice";

/// Column codes of the status and notes sheet after the slice columns, in export order.
pub(crate) const NOTES_CELL_HEADER: [&str; 7] = [
    "row",
    "column",
    "row_label",
    "column_label",
    "obs_status",
    "conf_status",
    "note",
];

/// Column codes of the metadata sheet, in export order.
pub(crate) const METADATA_HEADER: [&str; 4] = ["field", "label", "value", "allowed"];

/// Rows of the header of the notes and metadata sheets: codes, then labels.
pub(crate) const LONG_SHEET_FIRST_DATA_ROW: u32 = 2;
