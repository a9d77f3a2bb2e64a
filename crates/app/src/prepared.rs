//! The workspace's figures kept in memory between edits, indexed for the rules.
//!
//! Reading every cell from SQLite and indexing the whole questionnaire costs tens of
//! milliseconds on a full submission, too slow to validate after every keystroke. The cache
//! keeps the dataset, its index and the indexed reference data. An edit applies its change to
//! the cache and indexes only the table it touched. The cache is tagged with the id of the
//! newest audit entry, which every change of a cell or metadata answer adds, so a write that
//! bypasses the cache is noticed on the next use and the cache is rebuilt from the file.

use std::cell::{RefCell, RefMut};

use sicremi_model::{Dataset, Finding, Grid, Validator};

use crate::correspondent::{to_model_cell, Correspondent};
use crate::error::AppResult;

pub(crate) struct Prepared {
    pub(crate) dataset: Dataset,
    grid: Grid,
    validator: Validator,
    /// The newest audit entry when the cache matched the file.
    audit_id: i64,
}

/// The cache slot of a `Correspondent`.
#[derive(Default)]
pub(crate) struct PreparedCache(RefCell<Option<Prepared>>);

impl Correspondent {
    /// Returns the cached figures, rebuilt from the file when the file changed since.
    /// `None` when the dataset cannot be indexed (too many reference dates); callers then
    /// validate without the cache, which reports that as a finding.
    pub(crate) fn prepared(&self) -> AppResult<Option<RefMut<'_, Prepared>>> {
        let current = self.store.last_audit_id()?;
        let mut slot = self.prepared.0.borrow_mut();
        if slot.as_ref().is_none_or(|p| p.audit_id != current) {
            let dataset = self.dataset()?;
            *slot = match Grid::build(&self.questionnaire, &dataset) {
                Ok(grid) => Some(Prepared {
                    validator: Validator::new(&self.questionnaire, &self.reference),
                    grid,
                    dataset,
                    audit_id: current,
                }),
                Err(_) => None,
            };
        }
        Ok(RefMut::filter_map(slot, Option::as_mut).ok())
    }

    /// Runs every rule over the workspace's figures.
    pub(crate) fn validate_workspace(&self) -> AppResult<Vec<Finding>> {
        if let Some(prepared) = self.prepared()? {
            return Ok(prepared.validator.run(
                &self.questionnaire,
                &prepared.grid,
                &prepared.dataset,
            ));
        }
        Ok(sicremi_model::validate_with(
            &self.questionnaire,
            &self.dataset()?,
            &self.reference,
        ))
    }

    /// Applies cells just written to the file to the cache, when the cache matched the file
    /// before the write (`audit_before`), and indexes the tables they belong to again.
    pub(crate) fn cache_cells_written(
        &self,
        audit_before: i64,
        cells: &[(String, String, sicremi_store::CellValue)],
    ) -> AppResult<()> {
        let mut slot = self.prepared.0.borrow_mut();
        let Some(prepared) = slot.as_mut().filter(|p| p.audit_id == audit_before) else {
            return Ok(());
        };
        let mut tables: Vec<&str> = Vec::new();
        for (table, key, cell) in cells {
            prepared.dataset.set(table, key, to_model_cell(cell));
            if !tables.contains(&table.as_str()) {
                tables.push(table);
            }
        }
        for table in tables {
            if prepared
                .grid
                .rebuild_table(&self.questionnaire, &prepared.dataset, table)
                .is_err()
            {
                *slot = None;
                return Ok(());
            }
        }
        prepared.audit_id = self.store.last_audit_id()?;
        Ok(())
    }

    /// Applies a metadata answer just written to the file to the cache, as above.
    pub(crate) fn cache_metadata_written(
        &self,
        audit_before: i64,
        table: &str,
        field: &str,
        value: Option<&str>,
    ) -> AppResult<()> {
        let mut slot = self.prepared.0.borrow_mut();
        let Some(prepared) = slot.as_mut().filter(|p| p.audit_id == audit_before) else {
            return Ok(());
        };
        let answers = prepared
            .dataset
            .metadata
            .entry(table.to_string())
            .or_default();
        match value {
            Some(value) => answers.insert(field.to_string(), value.to_string()),
            None => answers.remove(field),
        };
        prepared.audit_id = self.store.last_audit_id()?;
        Ok(())
    }

    /// Drops the cache, for changes that are not cells or answers: a new definition or new
    /// reference data from a questionnaire pack.
    pub(crate) fn forget_prepared(&self) {
        self.prepared.0.replace(None);
    }
}
