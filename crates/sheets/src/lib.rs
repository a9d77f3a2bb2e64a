//! Spreadsheet and CSV import and export for SICREMI Collect.
//!
//! - [`import_renaper_stock`] reads Argentina's RENAPER file of foreigners by country of origin
//!   into table T9, by age group when T9 has an age group dimension.
//! - [`export_template`] writes one table of a dataset to an .xlsx template that correspondents
//!   fill, one block per slice, and [`import_template`] reads it back (.xlsx, .xls or .ods),
//!   codes, statuses and house-style status symbols included.
//! - [`export_consolidated`] writes the tables of many countries in long format, for the
//!   secretariat.
//! - [`open_workbook`] opens any .xlsx, .xls or .ods file after checks against hostile files
//!   (size, zip bombs, far cells, password protection), and is the only way this crate hands
//!   a file to calamine.

mod a1;
mod consolidated;
mod error;
mod import;
mod number;
mod renaper;
mod template;
mod workbook;

pub use a1::{cell_ref, column_letters};
pub use consolidated::{export_consolidated, CONSOLIDATED_FORMAT};
pub use error::{ExportError, ImportError, Location, Problem, ProblemKind, Warning, MAX_PROBLEMS};
pub use import::{ImportReport, SheetImport};
pub use number::{parse_count_text, MAX_EXACT};
pub use renaper::{
    import_renaper_stock, import_renaper_stock_file, MAX_CSV_BYTES, MAX_CSV_RECORDS,
    RENAPER_COLUMNS,
};
pub use template::{
    export_template, import_template, import_template_with_limits, read_template, ADDED_ROWS,
    MAX_TEMPLATE_BLOCKS, TEMPLATE_FORMAT,
};
pub use workbook::{
    open_workbook, open_workbook_with_limits, read_workbook, Limits, Sheet, Workbook,
    WorkbookFormat, RATIO_CHECK_MIN_BYTES,
};
