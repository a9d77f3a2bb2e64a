//! Findings: what a rule reports about a dataset, in a form the UI translates itself.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Blocks sealing until fixed.
    Error,
    /// Blocks sealing until a written justification is stored.
    Warning,
    /// Shown only.
    Info,
}

/// A cell a finding points at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CellRef {
    pub table: String,
    pub key: String,
}

/// A parameter of a finding's message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Param {
    Int(i64),
    Text(String),
}

impl From<i64> for Param {
    fn from(value: i64) -> Self {
        Param::Int(value)
    }
}

impl From<&str> for Param {
    fn from(value: &str) -> Self {
        Param::Text(value.to_string())
    }
}

impl From<String> for Param {
    fn from(value: String) -> Self {
        Param::Text(value)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable across runs while the rule and cells are the same: the key a justification uses.
    pub id: String,
    pub rule: String,
    pub severity: Severity,
    /// Message id in the Fluent catalogs (assets/i18n).
    pub message: String,
    pub table: Option<String>,
    /// The cells involved; the first is where the editor should go.
    pub cells: Vec<CellRef>,
    /// The values of `cells` when the finding was made, in the same order.
    pub values: Vec<Option<i64>>,
    pub params: BTreeMap<String, Param>,
}

impl Finding {
    pub(crate) fn new(
        rule: &crate::rules::Rule,
        table: Option<&str>,
        cells: Vec<CellRef>,
        values: Vec<Option<i64>>,
        params: BTreeMap<String, Param>,
    ) -> Finding {
        let mut material = rule.id.clone();
        if let Some(table) = table {
            material.push('|');
            material.push_str(table);
        }
        for cell in &cells {
            material.push('|');
            material.push_str(&cell.table);
            material.push('/');
            material.push_str(&cell.key);
        }
        // Findings without cells (a missing metadata field, an empty table) are distinguished by
        // their parameters.
        if cells.is_empty() {
            for (name, value) in &params {
                material.push_str(&format!("|{name}={value:?}"));
            }
        }
        let digest = ring::digest::digest(&ring::digest::SHA256, material.as_bytes());
        let id: String = digest.as_ref()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Finding {
            id: format!("{}-{id}", rule.id),
            rule: rule.id.clone(),
            severity: rule.severity,
            message: rule.message.clone(),
            table: table.map(str::to_string),
            cells,
            values,
            params,
        }
    }
}

impl Finding {
    /// Changes the severity, for checks whose findings are not all as severe as the rule: a
    /// waived cross-table difference becomes a warning, decisions above the asylum caseload
    /// stay an error.
    pub fn with_severity(mut self, severity: Severity) -> Finding {
        self.severity = severity;
        self
    }
}

/// A correspondent's written reason for accepting a warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Justification {
    pub finding_id: String,
    pub rule: String,
    #[serde(deserialize_with = "bounded::cells")]
    pub cells: Vec<CellRef>,
    /// The values of the cells when the justification was written. A justification covers a
    /// finding only while the values are unchanged.
    #[serde(deserialize_with = "bounded::values")]
    pub values: Vec<Option<i64>>,
    pub text: String,
    /// RFC 3339 UTC time the justification was written.
    pub at: String,
}

/// Most cells one finding names, and so one justification: far above the largest sum of the
/// questionnaire (every nationality of a column, about 260 cells). A justification read from a
/// package with more is rejected while it is read, before its list grows.
pub const MAX_JUSTIFIED_CELLS: usize = 10_000;

/// Deserializers of a justification's lists that stop at `MAX_JUSTIFIED_CELLS` elements.
mod bounded {
    use std::fmt;
    use std::marker::PhantomData;

    use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};

    use super::{CellRef, MAX_JUSTIFIED_CELLS};

    struct Bounded<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for Bounded<T> {
        type Value = Vec<T>;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            write!(
                formatter,
                "a list of at most {MAX_JUSTIFIED_CELLS} elements"
            )
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut access: A) -> Result<Vec<T>, A::Error> {
            let mut list = Vec::new();
            while let Some(element) = access.next_element()? {
                if list.len() == MAX_JUSTIFIED_CELLS {
                    return Err(de::Error::custom(format!(
                        "a justification names more than {MAX_JUSTIFIED_CELLS} cells"
                    )));
                }
                list.push(element);
            }
            Ok(list)
        }
    }

    pub fn cells<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<CellRef>, D::Error> {
        deserializer.deserialize_seq(Bounded(PhantomData))
    }

    pub fn values<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<Option<i64>>, D::Error> {
        deserializer.deserialize_seq(Bounded(PhantomData))
    }
}

impl Justification {
    pub fn covers(&self, finding: &Finding) -> bool {
        self.finding_id == finding.id
            && self.values == finding.values
            && !self.text.trim().is_empty()
    }
}

/// Whether a set of findings allows sealing, and why not.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub errors: usize,
    pub warnings: usize,
    pub unjustified_warnings: usize,
    pub infos: usize,
}

impl Assessment {
    pub fn of(findings: &[Finding], justifications: &[Justification]) -> Assessment {
        let mut assessment = Assessment::default();
        for finding in findings {
            match finding.severity {
                Severity::Error => assessment.errors += 1,
                Severity::Info => assessment.infos += 1,
                Severity::Warning => {
                    assessment.warnings += 1;
                    if !justifications.iter().any(|j| j.covers(finding)) {
                        assessment.unjustified_warnings += 1;
                    }
                }
            }
        }
        assessment
    }

    pub fn can_seal(&self) -> bool {
        self.errors == 0 && self.unjustified_warnings == 0
    }
}
