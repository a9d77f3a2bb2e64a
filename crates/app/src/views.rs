//! Serialisable summaries shared by the command line's JSON output and the app's IPC.

use serde::Serialize;

use sicremi_model::{
    Dataset, Finding, Justification, Questionnaire, Severity, TableDef, TableShape,
};
use sicremi_package::PublicKey;

/// A public key as shown to users: id, fingerprint for a telephone check, and label.
#[derive(Debug, Clone, Serialize)]
pub struct KeyView {
    /// "encryption" for the secretariat's key, "signing" for a correspondent's.
    pub kind: &'static str,
    pub key_id: String,
    /// Six groups of five digits.
    pub fingerprint: String,
    pub label: Option<String>,
}

impl KeyView {
    pub fn of(key: &PublicKey, label: Option<&str>) -> KeyView {
        KeyView {
            kind: match key {
                PublicKey::Recipient(_) => "encryption",
                PublicKey::Signing(_) => "signing",
            },
            key_id: key.key_id().to_hex(),
            fingerprint: key.fingerprint().to_string(),
            label: label.map(str::to_string),
        }
    }
}

/// Progress of a table: cells filled, cells expected and the findings about it.
#[derive(Debug, Clone, Serialize)]
pub struct TableProgress {
    pub id: String,
    /// Slices (years or reference dates) holding data.
    pub slices: Vec<String>,
    /// Cells holding a number or a missing-value status, in the slices with data.
    pub filled: usize,
    /// Cells expected in the slices with data (rows present × columns).
    pub expected: usize,
    pub errors: usize,
    pub warnings: usize,
    pub unjustified_warnings: usize,
}

impl TableProgress {
    pub fn of(
        questionnaire: &Questionnaire,
        table: &TableDef,
        dataset: &Dataset,
        findings: &[Finding],
        justifications: &[Justification],
    ) -> TableProgress {
        let shape = TableShape::of(questionnaire, table, dataset);
        let missing = &questionnaire.def.statuses.missing;
        let mut filled = 0;
        let mut expected = 0;
        for slice in &shape.slices {
            for row in &shape.rows[slice] {
                for column in &shape.columns {
                    expected += 1;
                    let cell = dataset.cell(&table.id, &table.key(slice, row, column));
                    let is_filled = cell.is_some_and(|c| {
                        c.value.is_some()
                            || c.obs_status.as_ref().is_some_and(|s| missing.contains(s))
                    });
                    filled += usize::from(is_filled);
                }
            }
        }
        let own: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.table.as_deref() == Some(&table.id))
            .collect();
        let count = |severity| own.iter().filter(|f| f.severity == severity).count();
        let unjustified_warnings = own
            .iter()
            .filter(|f| {
                f.severity == Severity::Warning && !justifications.iter().any(|j| j.covers(f))
            })
            .count();
        TableProgress {
            id: table.id.clone(),
            slices: shape.slices,
            filled,
            expected,
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            unjustified_warnings,
        }
    }
}
