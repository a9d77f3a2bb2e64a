//! Rules as data, and the engine that evaluates them.
//!
//! Every rule reports every finding it makes; the engine never stops at the first. The same
//! function runs in the correspondent's app before sealing and at the secretariat's import.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::dataset::{Dataset, TableShape};
use crate::definition::{DimensionRole, MetadataKind, Questionnaire, TableDef};
use crate::findings::{CellRef, Finding, Param, Severity};

/// Stands for the reporting country in `excluded_code` rules.
pub const REPORTING_COUNTRY: &str = "$country";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Rule identifier, such as "V02".
    pub id: String,
    pub severity: Severity,
    /// Message id in the Fluent catalogs; its variables are the finding's parameters.
    pub message: String,
    pub check: Check,
}

/// One end of a cross-table comparison: a table and fixed codes for its row and column.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TablePoint {
    pub table: String,
    pub row: String,
    pub column: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Check {
    /// A mandatory table reports every mandatory slice.
    Completeness { tables: Vec<String> },
    /// Each cell of a present row holds a non-negative integer, or no number and a
    /// missing-value status.
    ValueDomain { tables: Vec<String> },
    /// The parts of `dimension` sum to its total, for every code of the other dimension.
    DimensionSum {
        tables: Vec<String>,
        dimension: String,
        /// Allowed absolute difference, for tables that declare rounding.
        #[serde(default)]
        tolerance: i64,
    },
    /// Two cells of different tables hold the same number in every slice both report.
    CrossTableEqual { left: TablePoint, right: TablePoint },
    /// A change between consecutive slices above both thresholds needs a justification.
    YearOnYear {
        tables: Vec<String>,
        /// Only cells in this column are compared (the sex total, say).
        column: String,
        min_relative: f64,
        min_absolute: i64,
    },
    /// A code (the reporting country's own nationality, say) must not appear as a row.
    ExcludedCode { tables: Vec<String>, code: String },
    /// Every required metadata question is answered for each table that holds data.
    RequiredMetadata { tables: Vec<String> },
}

impl Rule {
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Checks the rule's references against the questionnaire.
    pub(crate) fn check(&self, questionnaire: &Questionnaire) -> Result<(), String> {
        let table = |id: &str| {
            questionnaire
                .table(id)
                .ok_or_else(|| format!("unknown table {id}"))
        };
        match &self.check {
            Check::Completeness { tables }
            | Check::ValueDomain { tables }
            | Check::ExcludedCode { tables, .. }
            | Check::RequiredMetadata { tables } => {
                for id in tables {
                    table(id)?;
                }
            }
            Check::DimensionSum {
                tables, dimension, ..
            } => {
                for id in tables {
                    let def = table(id)?;
                    let dim = def
                        .dimension(dimension)
                        .ok_or_else(|| format!("table {id} has no dimension {dimension}"))?;
                    if dim.total.is_none() || dim.role == DimensionRole::Slice {
                        return Err(format!(
                            "dimension {dimension} of {id} needs a total and must not be the slice"
                        ));
                    }
                }
            }
            Check::CrossTableEqual { left, right } => {
                for point in [left, right] {
                    let def = table(&point.table)?;
                    if !questionnaire.accepts_code(def.row_dim(), &point.row)
                        || !questionnaire.accepts_code(def.column_dim(), &point.column)
                    {
                        return Err(format!(
                            "{}/{}/{} is not a cell",
                            point.table, point.row, point.column
                        ));
                    }
                }
                if table(&left.table)?.period_dim().codelist
                    != table(&right.table)?.period_dim().codelist
                {
                    return Err("both tables must have the same slice code list".into());
                }
            }
            Check::YearOnYear { tables, column, .. } => {
                for id in tables {
                    let def = table(id)?;
                    if !questionnaire.accepts_code(def.column_dim(), column) {
                        return Err(format!("{column} is not a column of {id}"));
                    }
                }
            }
        }
        Ok(())
    }
}

/// Runs every rule of the questionnaire over `dataset` with no reference data.
pub fn validate(questionnaire: &Questionnaire, dataset: &Dataset) -> Vec<Finding> {
    validate_with(questionnaire, dataset, &crate::Reference::default())
}

/// Runs every rule of the questionnaire over `dataset`, comparing with the reference data of
/// the country's questionnaire pack, and returns every finding in rule order.
pub fn validate_with(
    questionnaire: &Questionnaire,
    dataset: &Dataset,
    _reference: &crate::Reference,
) -> Vec<Finding> {
    let shapes: BTreeMap<&str, TableShape> = questionnaire
        .def
        .tables
        .iter()
        .map(|t| (t.id.as_str(), TableShape::of(questionnaire, t, dataset)))
        .collect();
    let context = Context {
        questionnaire,
        dataset,
        shapes: &shapes,
    };
    let mut findings = Vec::new();
    for rule in &questionnaire.def.rules {
        context.evaluate(rule, &mut findings);
    }
    findings
}

struct Context<'a> {
    questionnaire: &'a Questionnaire,
    dataset: &'a Dataset,
    shapes: &'a BTreeMap<&'a str, TableShape>,
}

impl Context<'_> {
    fn table(&self, id: &str) -> (&TableDef, &TableShape) {
        let table = self
            .questionnaire
            .table(id)
            .expect("rule tables are checked at load");
        (table, &self.shapes[id])
    }

    fn value(&self, table: &str, key: &str) -> Option<i64> {
        self.dataset.value(table, key)
    }

    fn evaluate(&self, rule: &Rule, out: &mut Vec<Finding>) {
        match &rule.check {
            Check::Completeness { tables } => {
                for id in tables {
                    self.completeness(rule, id, out);
                }
            }
            Check::ValueDomain { tables } => {
                for id in tables {
                    self.value_domain(rule, id, out);
                }
            }
            Check::DimensionSum {
                tables,
                dimension,
                tolerance,
            } => {
                for id in tables {
                    self.dimension_sum(rule, id, dimension, *tolerance, out);
                }
            }
            Check::CrossTableEqual { left, right } => self.cross_table(rule, left, right, out),
            Check::YearOnYear {
                tables,
                column,
                min_relative,
                min_absolute,
            } => {
                for id in tables {
                    self.year_on_year(rule, id, column, *min_relative, *min_absolute, out);
                }
            }
            Check::ExcludedCode { tables, code } => {
                let code = if code == REPORTING_COUNTRY {
                    self.dataset.country.as_str()
                } else {
                    code.as_str()
                };
                for id in tables {
                    self.excluded_code(rule, id, code, out);
                }
            }
            Check::RequiredMetadata { tables } => {
                for id in tables {
                    self.required_metadata(rule, id, out);
                }
            }
        }
    }

    fn completeness(&self, rule: &Rule, id: &str, out: &mut Vec<Finding>) {
        let (table, shape) = self.table(id);
        if !table.mandatory {
            return;
        }
        let missing: Vec<&str> = table
            .mandatory_periods
            .iter()
            .filter(|slice| !shape.slices.contains(slice))
            .map(String::as_str)
            .collect();
        if missing.is_empty() {
            return;
        }
        let params = BTreeMap::from([
            ("table".to_string(), Param::from(id)),
            ("slices".to_string(), Param::from(missing.join(", "))),
            ("count".to_string(), Param::Int(missing.len() as i64)),
        ]);
        out.push(Finding::new(rule, Some(id), Vec::new(), Vec::new(), params));
    }

    fn value_domain(&self, rule: &Rule, id: &str, out: &mut Vec<Finding>) {
        let (table, shape) = self.table(id);
        let missing_statuses = &self.questionnaire.def.statuses.missing;
        for slice in &shape.slices {
            for row in &shape.rows[slice] {
                for column in &shape.columns {
                    let key = table.key(slice, row, column);
                    let cell = self.dataset.cell(id, &key);
                    let value = cell.and_then(|c| c.value);
                    let status = cell.and_then(|c| c.obs_status.as_deref());
                    let status_is_missing =
                        status.is_some_and(|s| missing_statuses.iter().any(|m| m == s));
                    let problem = match (value, status_is_missing) {
                        (None, false) => "blank",
                        (Some(v), _) if v < 0 => "negative",
                        (Some(_), true) => "value_with_missing_status",
                        _ => continue,
                    };
                    let params = BTreeMap::from([
                        ("table".to_string(), Param::from(id)),
                        ("problem".to_string(), Param::from(problem)),
                        (
                            "value".to_string(),
                            value.map(Param::Int).unwrap_or(Param::from("")),
                        ),
                    ]);
                    let cells = vec![CellRef {
                        table: id.to_string(),
                        key,
                    }];
                    out.push(Finding::new(rule, Some(id), cells, vec![value], params));
                }
            }
        }
    }

    fn dimension_sum(
        &self,
        rule: &Rule,
        id: &str,
        dimension: &str,
        tolerance: i64,
        out: &mut Vec<Finding>,
    ) {
        let (table, shape) = self.table(id);
        let dim = table.dimension(dimension).expect("checked at load");
        let total = dim.total.as_deref().expect("checked at load");
        let summing_rows = dim.role == DimensionRole::Row;
        for slice in &shape.slices {
            let rows = &shape.rows[slice];
            let (parts, others) = if summing_rows {
                (rows, &shape.columns)
            } else {
                (&shape.columns, rows)
            };
            for other in others {
                let key_of = |part: &str| {
                    if summing_rows {
                        table.key(slice, part, other)
                    } else {
                        table.key(slice, other, part)
                    }
                };
                let total_key = key_of(total);
                let Some(total_value) = self.value(id, &total_key) else {
                    continue;
                };
                let mut cells = vec![CellRef {
                    table: id.to_string(),
                    key: total_key,
                }];
                let mut values = vec![Some(total_value)];
                // Sums and differences are taken in i128, which no sum of 250 i64 values can
                // overflow, so hostile figures cannot wrap a mismatch into a match.
                let mut sum = 0i128;
                let mut any_part = false;
                let mut unknown_part = false;
                for part in parts.iter().filter(|p| p.as_str() != total) {
                    let key = key_of(part);
                    let value = self.value(id, &key);
                    match value {
                        Some(v) => {
                            sum += i128::from(v);
                            any_part = true;
                        }
                        None => unknown_part = true,
                    }
                    cells.push(CellRef {
                        table: id.to_string(),
                        key,
                    });
                    values.push(value);
                }
                // A part without a number (blank or flagged missing) makes the sum unknowable;
                // the value-domain rule reports the blank.
                if !any_part || unknown_part {
                    continue;
                }
                let difference = i128::from(total_value) - sum;
                if difference.abs() <= i128::from(tolerance) {
                    continue;
                }
                let params = BTreeMap::from([
                    ("table".to_string(), Param::from(id)),
                    ("slice".to_string(), Param::from(slice.as_str())),
                    ("code".to_string(), Param::from(other.as_str())),
                    ("dimension".to_string(), Param::from(dimension)),
                    ("total".to_string(), Param::Int(total_value)),
                    ("sum".to_string(), Param::Int(clamp(sum))),
                    ("difference".to_string(), Param::Int(clamp(difference))),
                ]);
                out.push(Finding::new(rule, Some(id), cells, values, params));
            }
        }
    }

    fn cross_table(
        &self,
        rule: &Rule,
        left: &crate::rules::TablePoint,
        right: &crate::rules::TablePoint,
        out: &mut Vec<Finding>,
    ) {
        let (left_table, left_shape) = self.table(&left.table);
        let (right_table, right_shape) = self.table(&right.table);
        for slice in left_shape
            .slices
            .iter()
            .filter(|s| right_shape.slices.contains(s))
        {
            let left_key = left_table.key(slice, &left.row, &left.column);
            let right_key = right_table.key(slice, &right.row, &right.column);
            let (Some(left_value), Some(right_value)) = (
                self.value(&left.table, &left_key),
                self.value(&right.table, &right_key),
            ) else {
                continue;
            };
            if left_value == right_value {
                continue;
            }
            let cells = vec![
                CellRef {
                    table: left.table.clone(),
                    key: left_key,
                },
                CellRef {
                    table: right.table.clone(),
                    key: right_key,
                },
            ];
            let params = BTreeMap::from([
                ("table".to_string(), Param::from(left.table.as_str())),
                ("other_table".to_string(), Param::from(right.table.as_str())),
                ("slice".to_string(), Param::from(slice.as_str())),
                ("value".to_string(), Param::Int(left_value)),
                ("other_value".to_string(), Param::Int(right_value)),
                (
                    "difference".to_string(),
                    Param::Int(clamp(i128::from(left_value) - i128::from(right_value))),
                ),
            ]);
            out.push(Finding::new(
                rule,
                Some(&left.table),
                cells,
                vec![Some(left_value), Some(right_value)],
                params,
            ));
        }
    }

    fn year_on_year(
        &self,
        rule: &Rule,
        id: &str,
        column: &str,
        min_relative: f64,
        min_absolute: i64,
        out: &mut Vec<Finding>,
    ) {
        let (table, shape) = self.table(id);
        for pair in shape.slices.windows(2) {
            let (previous, current) = (&pair[0], &pair[1]);
            for row in &shape.rows[current] {
                let previous_key = table.key(previous, row, column);
                let current_key = table.key(current, row, column);
                let (Some(before), Some(after)) =
                    (self.value(id, &previous_key), self.value(id, &current_key))
                else {
                    continue;
                };
                let change = clamp(i128::from(after) - i128::from(before));
                let relative_exceeded = before == 0
                    || (change.unsigned_abs() as f64) > min_relative * before.unsigned_abs() as f64;
                if change.unsigned_abs() <= min_absolute.unsigned_abs() || !relative_exceeded {
                    continue;
                }
                let mut params = BTreeMap::from([
                    ("table".to_string(), Param::from(id)),
                    ("code".to_string(), Param::from(row.as_str())),
                    ("previous_slice".to_string(), Param::from(previous.as_str())),
                    ("slice".to_string(), Param::from(current.as_str())),
                    ("previous".to_string(), Param::Int(before)),
                    ("value".to_string(), Param::Int(after)),
                    ("change".to_string(), Param::Int(change)),
                ]);
                // Rounded to a whole percent for display. A series that appears from zero
                // has no percentage.
                if before != 0 {
                    let percent = ((change as f64) * 100.0 / before as f64).round() as i64;
                    params.insert("percent".to_string(), Param::Int(percent));
                }
                let cells = vec![
                    CellRef {
                        table: id.to_string(),
                        key: current_key,
                    },
                    CellRef {
                        table: id.to_string(),
                        key: previous_key,
                    },
                ];
                out.push(Finding::new(
                    rule,
                    Some(id),
                    cells,
                    vec![Some(after), Some(before)],
                    params,
                ));
            }
        }
    }

    fn excluded_code(&self, rule: &Rule, id: &str, code: &str, out: &mut Vec<Finding>) {
        let (table, shape) = self.table(id);
        for slice in &shape.slices {
            if !shape.rows[slice].iter().any(|row| row == code) {
                continue;
            }
            let cells: Vec<CellRef> = shape
                .columns
                .iter()
                .map(|column| CellRef {
                    table: id.to_string(),
                    key: table.key(slice, code, column),
                })
                .filter(|cell| self.dataset.cell(id, &cell.key).is_some())
                .collect();
            let values = cells.iter().map(|c| self.value(id, &c.key)).collect();
            let params = BTreeMap::from([
                ("table".to_string(), Param::from(id)),
                ("slice".to_string(), Param::from(slice.as_str())),
                ("code".to_string(), Param::from(code)),
            ]);
            out.push(Finding::new(rule, Some(id), cells, values, params));
        }
    }

    fn required_metadata(&self, rule: &Rule, id: &str, out: &mut Vec<Finding>) {
        let (_, shape) = self.table(id);
        if shape.slices.is_empty() {
            return;
        }
        for question in self
            .questionnaire
            .def
            .metadata
            .iter()
            .filter(|q| q.required && q.applies_to(id))
        {
            let answer = self.dataset.metadata(id, &question.id).unwrap_or("").trim();
            let answered = match question.kind {
                MetadataKind::Choice => question.choices.iter().any(|c| c.code == answer),
                MetadataKind::Date => crate::definition::is_iso_date(answer),
                MetadataKind::Integer => answer.parse::<u64>().is_ok(),
                MetadataKind::Text | MetadataKind::LongText => !answer.is_empty(),
            };
            if answered {
                continue;
            }
            let params = BTreeMap::from([
                ("table".to_string(), Param::from(id)),
                ("field".to_string(), Param::from(question.id.as_str())),
            ]);
            out.push(Finding::new(rule, Some(id), Vec::new(), Vec::new(), params));
        }
    }
}

/// Narrows an exact difference to a message parameter; differences beyond i64 only arise from
/// hostile figures and are shown at the limit.
fn clamp(value: i128) -> i64 {
    i64::try_from(value).unwrap_or(if value < 0 { i64::MIN } else { i64::MAX })
}
