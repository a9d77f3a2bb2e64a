//! The content of one questionnaire cell, as both stores keep it.

use rusqlite::Row;
use serde::{Deserialize, Serialize};

/// The content of one cell: a figure, its SDMX observation and confidentiality status codes,
/// and a free-text note. Every part is optional, and a cell with no part is not stored.
///
/// The JSON form omits absent parts, so `{"value": 12}` is a cell with only a figure.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CellValue {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
    /// SDMX OBS_STATUS code, such as "E" (estimated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obs_status: Option<String>,
    /// SDMX CONF_STATUS code, such as "C" (confidential).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conf_status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl CellValue {
    /// Returns a cell that holds only the figure `value`.
    pub fn number(value: i64) -> CellValue {
        CellValue {
            value: Some(value),
            ..CellValue::default()
        }
    }

    /// Returns true when no part of the cell is set.
    pub fn is_empty(&self) -> bool {
        self.value.is_none()
            && self.obs_status.is_none()
            && self.conf_status.is_none()
            && self.note.is_none()
    }

    /// Returns a copy in which empty strings are absent, which is how the stores keep it.
    pub fn normalized(&self) -> CellValue {
        fn non_empty(text: &Option<String>) -> Option<String> {
            text.as_ref().filter(|t| !t.is_empty()).cloned()
        }
        CellValue {
            value: self.value,
            obs_status: non_empty(&self.obs_status),
            conf_status: non_empty(&self.conf_status),
            note: non_empty(&self.note),
        }
    }
}

/// Reads the columns value, obs_status, conf_status and note, starting at column `first`.
pub(crate) fn read_cell_value(row: &Row<'_>, first: usize) -> rusqlite::Result<CellValue> {
    Ok(CellValue {
        value: row.get(first)?,
        obs_status: row.get(first + 1)?,
        conf_status: row.get(first + 2)?,
        note: row.get(first + 3)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_omits_absent_parts() {
        let json = serde_json::to_string(&CellValue::number(12)).unwrap();
        assert_eq!(json, r#"{"value":12}"#);
    }

    #[test]
    fn normalized_drops_empty_strings() {
        let cell = CellValue {
            value: None,
            obs_status: Some(String::new()),
            conf_status: Some("C".to_string()),
            note: Some(String::new()),
        };
        let normalized = cell.normalized();
        assert_eq!(normalized.obs_status, None);
        assert_eq!(normalized.conf_status.as_deref(), Some("C"));
        assert_eq!(normalized.note, None);
        assert!(CellValue::default().normalized().is_empty());
    }
}
