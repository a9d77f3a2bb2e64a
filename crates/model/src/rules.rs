//! Rules as data: what each kind of check compares, and how a definition's rules are checked
//! against its tables when it is loaded. The evaluation is in `engine`.
//!
//! Every rule reports every finding it makes; the engine never stops at the first. The same
//! function runs in the correspondent's app before sealing and at the secretariat's import.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::dataset::Dataset;
use crate::definition::{DimensionRole, Questionnaire, TableDef};
use crate::findings::{Finding, Severity};
use crate::reference::Reference;

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

/// Cells of one table, summed per period: for every dimension except the period, the codes
/// whose cells are added.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub table: String,
    pub codes: BTreeMap<String, Vec<String>>,
}

/// A table's breakdown by one dimension: every row of `dimension` in column `column`, per
/// period, with every other slice dimension at its total.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Breakdown {
    pub table: String,
    pub dimension: String,
    /// The column summed; the column dimension's total when absent.
    #[serde(default)]
    pub column: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Equal,
    /// The left side may not exceed the right side.
    AtMost,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Check {
    /// A mandatory table reports every mandatory period.
    Completeness { tables: Vec<String> },
    /// Each cell of a present row holds a count, or no number and a missing-value status, and
    /// its status codes are in the definition.
    ValueDomain { tables: Vec<String> },
    /// The parts of `dimension` sum to its total, for every combination of the other
    /// dimensions.
    DimensionSum {
        tables: Vec<String>,
        dimension: String,
        /// Metadata question holding the table's rounding base: a rounded table may differ by
        /// the base times the number of cells added.
        #[serde(default)]
        rounding: Option<String>,
    },
    /// Two sums of cells, in different tables or the same, compared in every period both report.
    CrossTable {
        left: Point,
        right: Point,
        relation: Relation,
        #[serde(default)]
        rounding: Option<String>,
        /// Metadata question that explains a difference: when it is answered for either table,
        /// the finding is a warning to justify instead of an error.
        #[serde(default)]
        waived_by: Option<String>,
    },
    /// Within one table, the cells of the `part` codes of `dimension` add up to no more than
    /// the cells of the `whole` codes, for every combination of the other dimensions.
    Subset {
        tables: Vec<String>,
        dimension: String,
        part: Vec<String>,
        whole: Vec<String>,
    },
    /// The asylum caseload identity: decisions and closures cannot exceed the cases pending at
    /// the start plus the applications, and the cases pending at the end are the remainder.
    Caseload {
        table: String,
        dimension: String,
        pending_start: String,
        applied: String,
        decided: String,
        closed: String,
        pending_end: String,
        /// Largest gap in the end-of-year pending cases, as a share of the expected figure,
        /// reported as a warning. Decisions above the caseload are always an error.
        max_gap_relative: f64,
    },
    /// A change between consecutive periods above both thresholds needs a justification,
    /// unless the later cell carries one of the exempt statuses (a break, an estimate).
    YearOnYear {
        tables: Vec<String>,
        /// Only cells in this column are compared (the sex total, say).
        column: String,
        min_relative: f64,
        min_absolute: i64,
        #[serde(default)]
        exempt_statuses: Vec<String>,
    },
    /// A series that falls to zero or vanishes, one that appears from zero, or a row among the
    /// `top` largest of the previous period that is no longer reported.
    SeriesChange {
        tables: Vec<String>,
        column: String,
        top: usize,
    },
    /// A code (the reporting country's own nationality, say) must not appear as a row.
    ExcludedCode { tables: Vec<String>, code: String },
    /// Residual codes (unknown, other) may hold at most a share of the total.
    Share {
        tables: Vec<String>,
        dimension: String,
        limits: BTreeMap<String, f64>,
    },
    /// The change of a stock between two reference dates against the flows in between.
    StockFlow {
        stock: Point,
        inflows: Vec<Point>,
        #[serde(default)]
        outflows: Vec<Point>,
        min_relative: f64,
        min_absolute: i64,
    },
    /// A flow in year t (acquisitions of nationality) cannot exceed the stock at the end of
    /// year t − 1.
    StockBound { flow: Point, stock: Point },
    /// Tables compared or added together declare the same counting unit, one their
    /// definition allows.
    UnitConsistency {
        groups: Vec<Vec<String>>,
        question: String,
    },
    /// A value that differs from the one the secretariat accepted earlier needs a note on the
    /// cell saying what changed and why.
    Revision { tables: Vec<String> },
    /// Emigration reported by a country against the immigration of its nationals that the
    /// destinations report. Runs only over several countries' data at the secretariat.
    Mirror {
        outflows: Breakdown,
        inflows: Vec<Breakdown>,
    },
    /// Inflows per 1,000 population outside the range of the country's earlier years.
    RateRange { flows: Vec<Point>, margin: f64 },
    /// The IDB eligibility indicator: inflows of nationals of a region over the last `years`
    /// years, as a share of the population. Shown, never edited.
    IdbIndicator {
        flows: Vec<Breakdown>,
        region: String,
        years: usize,
        threshold: f64,
        /// Metadata question declaring each table's counting unit; a table that does not
        /// answer it counts in its usual unit. The indicator counts persons only.
        #[serde(default)]
        unit_question: Option<String>,
    },
    /// Every required metadata question is answered for each table that holds data.
    RequiredMetadata { tables: Vec<String> },
}

impl Rule {
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Checks the rule's references against the questionnaire.
    pub(crate) fn check(&self, questionnaire: &Questionnaire) -> Result<(), String> {
        let references = References { questionnaire };
        match &self.check {
            Check::Completeness { tables }
            | Check::ValueDomain { tables }
            | Check::ExcludedCode { tables, .. }
            | Check::Revision { tables }
            | Check::RequiredMetadata { tables } => {
                for id in tables {
                    references.table(id)?;
                }
            }
            Check::DimensionSum {
                tables,
                dimension,
                rounding,
            } => {
                for id in tables {
                    let dim = references.dimension(id, dimension)?;
                    if dim.total.is_none() {
                        return Err(format!("dimension {dimension} of {id} has no total"));
                    }
                }
                references.question(rounding.as_deref())?;
            }
            Check::CrossTable {
                left,
                right,
                rounding,
                waived_by,
                ..
            } => {
                references.point(left)?;
                references.point(right)?;
                references.same_period(&left.table, &right.table)?;
                references.question(rounding.as_deref())?;
                references.question(waived_by.as_deref())?;
            }
            Check::Subset {
                tables,
                dimension,
                part,
                whole,
            } => {
                for id in tables {
                    references.codes(id, dimension, part.iter().chain(whole))?;
                }
            }
            Check::Caseload {
                table,
                dimension,
                pending_start,
                applied,
                decided,
                closed,
                pending_end,
                ..
            } => {
                references.codes(
                    table,
                    dimension,
                    [pending_start, applied, decided, closed, pending_end],
                )?;
            }
            Check::YearOnYear {
                tables,
                column,
                exempt_statuses,
                ..
            } => {
                for id in tables {
                    let def = references.table(id)?;
                    references.codes(id, &def.column_dim().id, [column])?;
                }
                references.obs_statuses(exempt_statuses)?;
            }
            Check::SeriesChange { tables, column, .. } => {
                for id in tables {
                    let def = references.table(id)?;
                    references.codes(id, &def.column_dim().id, [column])?;
                }
            }
            Check::Share {
                tables,
                dimension,
                limits,
            } => {
                for id in tables {
                    let dim = references.dimension(id, dimension)?;
                    if dim.total.is_none() {
                        return Err(format!("dimension {dimension} of {id} has no total"));
                    }
                    references.codes(id, dimension, limits.keys())?;
                }
            }
            Check::StockFlow {
                stock,
                inflows,
                outflows,
                ..
            } => {
                references.point(stock)?;
                for point in inflows.iter().chain(outflows) {
                    references.point(point)?;
                }
            }
            Check::StockBound { flow, stock } => {
                references.point(flow)?;
                references.point(stock)?;
            }
            Check::UnitConsistency { groups, question } => {
                for id in groups.iter().flatten() {
                    references.table(id)?;
                }
                references.question(Some(question))?;
            }
            Check::Mirror { outflows, inflows } => {
                for breakdown in std::iter::once(outflows).chain(inflows) {
                    references.breakdown(breakdown)?;
                }
            }
            Check::RateRange { flows, .. } => {
                for point in flows {
                    references.point(point)?;
                }
            }
            Check::IdbIndicator {
                flows,
                region,
                years,
                unit_question,
                ..
            } => {
                for breakdown in flows {
                    references.breakdown(breakdown)?;
                }
                if *years == 0 {
                    return Err("years must be at least 1".into());
                }
                if sicremi_codes::region(region.parse().unwrap_or(0)).is_none() {
                    return Err(format!("{region} is not an M49 region code"));
                }
                references.question(unit_question.as_deref())?;
            }
        }
        Ok(())
    }
}

/// Looks up the tables, dimensions and codes a rule names, with a message for the first one
/// that does not exist.
struct References<'a> {
    questionnaire: &'a Questionnaire,
}

impl<'a> References<'a> {
    fn table(&self, id: &str) -> Result<&'a TableDef, String> {
        self.questionnaire
            .table(id)
            .ok_or_else(|| format!("unknown table {id}"))
    }

    fn dimension(
        &self,
        table: &str,
        dimension: &str,
    ) -> Result<&'a crate::definition::DimensionDef, String> {
        let def = self.table(table)?;
        let position = def
            .dimension_index(dimension)
            .ok_or_else(|| format!("table {table} has no dimension {dimension}"))?;
        if position == 0 {
            return Err(format!(
                "dimension {dimension} of {table} is the period and cannot be summed"
            ));
        }
        Ok(&def.dimensions[position])
    }

    fn codes<'c>(
        &self,
        table: &str,
        dimension: &str,
        codes: impl IntoIterator<Item = &'c String>,
    ) -> Result<(), String> {
        let dim = self.dimension(table, dimension)?;
        for code in codes {
            if !self.questionnaire.accepts_code(dim, code) {
                return Err(format!("{code} is not a code of {table}/{dimension}"));
            }
        }
        Ok(())
    }

    fn point(&self, point: &Point) -> Result<(), String> {
        let def = self.table(&point.table)?;
        for dim in &def.dimensions[1..] {
            let codes = point
                .codes
                .get(&dim.id)
                .ok_or_else(|| format!("{} needs codes for dimension {}", point.table, dim.id))?;
            if codes.is_empty() {
                return Err(format!("{}/{} lists no code", point.table, dim.id));
            }
            self.codes(&point.table, &dim.id, codes)?;
        }
        if let Some(extra) = point
            .codes
            .keys()
            .find(|d| def.dimension_index(d).is_none_or(|i| i == 0))
        {
            return Err(format!(
                "{extra} is not a non-period dimension of {}",
                point.table
            ));
        }
        Ok(())
    }

    fn breakdown(&self, breakdown: &Breakdown) -> Result<(), String> {
        let def = self.table(&breakdown.table)?;
        let dim = self.dimension(&breakdown.table, &breakdown.dimension)?;
        if dim.role != DimensionRole::Row {
            return Err(format!(
                "{} must be the row dimension of {}",
                breakdown.dimension, breakdown.table
            ));
        }
        if let Some(column) = &breakdown.column {
            self.codes(&breakdown.table, &def.column_dim().id, [column])?;
        } else if def.column_dim().total.is_none() {
            return Err(format!(
                "{} has no column total; name the column",
                breakdown.table
            ));
        }
        for slice in &def.slice_dims()[1..] {
            if slice.total.is_none() {
                return Err(format!(
                    "slice dimension {} of {} needs a total",
                    slice.id, breakdown.table
                ));
            }
        }
        Ok(())
    }

    fn same_period(&self, left: &str, right: &str) -> Result<(), String> {
        if self.table(left)?.period_dim().codelist != self.table(right)?.period_dim().codelist {
            return Err(format!(
                "{left} and {right} must have the same period code list"
            ));
        }
        Ok(())
    }

    fn question(&self, id: Option<&str>) -> Result<(), String> {
        match id {
            Some(id) if !self.questionnaire.def.metadata.iter().any(|q| q.id == id) => {
                Err(format!("unknown metadata question {id}"))
            }
            _ => Ok(()),
        }
    }

    fn obs_statuses(&self, codes: &[String]) -> Result<(), String> {
        let statuses = &self.questionnaire.def.statuses.obs_status;
        match codes
            .iter()
            .find(|c| !statuses.iter().any(|s| &s.code == *c))
        {
            Some(code) => Err(format!("{code} is not an obs_status code")),
            None => Ok(()),
        }
    }
}

/// Runs every rule of the questionnaire over `dataset` with no reference data.
pub fn validate(questionnaire: &Questionnaire, dataset: &Dataset) -> Vec<Finding> {
    validate_with(questionnaire, dataset, &Reference::default())
}

/// Runs every rule of the questionnaire over `dataset`, comparing with the reference data of
/// the country's questionnaire pack, and returns every finding in rule order.
///
/// A dataset too large to index (more reference dates than `grid::MAX_DATES`) gets one error
/// finding from the value-domain rule instead of a validation.
pub fn validate_with(
    questionnaire: &Questionnaire,
    dataset: &Dataset,
    reference: &Reference,
) -> Vec<Finding> {
    crate::engine::validate(questionnaire, dataset, reference)
}
