//! The result of an import, common to every importer.

use serde::Serialize;
use sicremi_model::{CellValue, Dataset};

use crate::error::Warning;

/// Cells and metadata answers read from a file, for the user to review before they replace the
/// dataset's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SheetImport {
    /// (table id, cell key, cell), sorted by table and key, one entry per key.
    pub cells: Vec<(String, String, CellValue)>,
    /// (table id, metadata question id, answer). An importer of an agency file suggests the
    /// answers it can infer, such as the source institution.
    pub metadata: Vec<(String, String, String)>,
    /// (table id, cell key) of cells the file shows empty, such as a template cell whose
    /// number the correspondent deleted. Importing them clears the stored cell.
    pub cleared: Vec<(String, String)>,
    pub report: ImportReport,
}

/// Summary of what an import read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    /// The file name, without its folder.
    pub source_name: String,
    /// Data lines of a CSV file, or data rows of the grid sheets of a template.
    pub rows_read: u64,
    /// The reporting country the file states, for templates. `None` for agency files.
    pub country: Option<String>,
    pub warnings: Vec<Warning>,
}

impl SheetImport {
    /// Writes every imported cell and metadata answer into `dataset`, replacing what was there
    /// for the same keys, and clears the cells the file shows empty. Cells the file does not
    /// mention are kept.
    pub fn apply_to(&self, dataset: &mut Dataset) {
        for (table, key) in &self.cleared {
            dataset.set(table, key, CellValue::default());
        }
        for (table, key, cell) in &self.cells {
            dataset.set(table, key, cell.clone());
        }
        for (table, field, value) in &self.metadata {
            dataset
                .metadata
                .entry(table.clone())
                .or_default()
                .insert(field.clone(), value.clone());
        }
    }
}

/// Returns the last component of a path, for messages.
pub(crate) fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
