//! Templates: one table of a dataset as an .xlsx workbook that correspondents fill in their
//! spreadsheet program, and its import.
//!
//! # Layout
//!
//! The import reads machine codes only, so labels may be in any language or edited freely.
//!
//! **Grid sheets**, one per slice, named "<table> <slice>" such as "T1 2025":
//!
//! | cell      | content                                                          |
//! |-----------|------------------------------------------------------------------|
//! | A1        | table id, such as `T1`; marks the sheet as a grid               |
//! | B1        | table title (label)                                              |
//! | A2        | slice code: a year such as `2025`, or a date `2023-01-31`, stored as text |
//! | B2        | slice label                                                      |
//! | A3        | the word `code`; marks the sheet as a grid                      |
//! | C3, D3, … | column codes, such as `M`, `F`, `O`, `U`, `_T`                  |
//! | B4        | row dimension label; C4, D4, … column labels                    |
//! | A5, A6, … | row codes, such as `BOL` or `_T`; B5, B6, … row labels          |
//! | C5, …     | the counts                                                       |
//!
//! For an open row dimension (nationality) the rows are the nationalities with data in any
//! slice, then [`ADDED_ROWS`] empty rows for new nationalities, then the codes listed in the
//! questionnaire itself (other countries, stateless, unknown, total). In an empty row the user
//! picks a name in column B from a list on the hidden sheet `_lists`, and a formula in column A
//! looks up its code. The list is referenced by range because Excel limits an inline list to
//! 255 characters. The formula carries a cached empty result, so readers that do not recalculate see
//! an empty code until the user picks a name.
//!
//! **Status and notes sheet**, in long format: row 1 holds the column codes `slice`, `row`,
//! `column`, `row_label`, `column_label`, `obs_status`, `conf_status` and `note`, row 2 their
//! labels, and each later row the SDMX observation status, confidentiality status and note of
//! one cell. A cell with a status but no count (such as `L`, not collected) has a line here and
//! an empty grid cell.
//!
//! On import, every cell of a listed row in a listed column is either read or, when it is empty
//! and has no status line, reported in [`crate::SheetImport::cleared`], so deleting a number in
//! the workbook deletes it in the workspace. Rows the template does not list are left alone.
//!
//! **Metadata sheet**: row 1 holds `field`, `label`, `value` and `allowed`, and each row from
//! row 3 one metadata question of the table, answered in column C.
//!
//! **`_sicremi`** (hidden): key in column A, value in column B: `format`
//! ([`TEMPLATE_FORMAT`]), `questionnaire` (content hash), `table`, `country` and `language`.
//! A workbook without it is not a template.

mod export;
mod import;
pub(crate) mod texts;

pub use export::export_template;
pub(crate) use export::MAX_CELL_CHARS;
pub use import::{import_template, import_template_with_limits, read_template};

/// The `format` value of the `_sicremi` sheet.
pub const TEMPLATE_FORMAT: &str = "sicremi-template/1";

/// Empty rows offered for new nationalities on each grid sheet of an open row dimension.
pub const ADDED_ROWS: u32 = 30;

pub(crate) const META_SHEET: &str = "_sicremi";
pub(crate) const LISTS_SHEET: &str = "_lists";

/// 0-based positions of the grid layout.
pub(crate) mod grid {
    pub const CODE_COLUMN: u16 = 0;
    pub const LABEL_COLUMN: u16 = 1;
    pub const FIRST_VALUE_COLUMN: u16 = 2;
    pub const TABLE_ROW: u32 = 0;
    pub const SLICE_ROW: u32 = 1;
    pub const CODE_ROW: u32 = 2;
    pub const LABEL_ROW: u32 = 3;
    pub const FIRST_DATA_ROW: u32 = 4;
    /// The text of A3 that marks a grid sheet.
    pub const CODE_MARK: &str = "code";
}

/// Column codes of the status and notes sheet, in export order.
pub(crate) const NOTES_HEADER: [&str; 8] = [
    "slice",
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
