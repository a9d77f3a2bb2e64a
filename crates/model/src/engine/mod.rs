//! Evaluation of the rules over the dense index of a dataset.
//!
//! `Validator` holds what does not change between two runs (the definition and the indexed
//! reference data), so the app can validate after every edit with only the dataset re-indexed.

mod lines;
mod series;
mod structure;
mod sums;
mod totals;

use std::collections::BTreeMap;

use crate::dataset::Dataset;
use crate::definition::Questionnaire;
use crate::findings::{CellRef, Finding, Param, Severity};
use crate::grid::{Grid, GridError, TableGrid};
use crate::reference::Reference;
use crate::rules::{Check, Rule, REPORTING_COUNTRY};

/// The indexed reference data of one country, ready to validate its datasets. It is built
/// for one definition and must be used with that definition only.
#[derive(Debug, Clone)]
pub struct Validator {
    reference: Grid,
    population: BTreeMap<String, i64>,
}

impl Validator {
    /// Indexes the reference data. Reference data too large to index are left out, so the
    /// comparisons with earlier values do not run.
    pub fn new(questionnaire: &Questionnaire, reference: &Reference) -> Validator {
        let grid = Grid::build(questionnaire, &reference.accepted).unwrap_or_else(|_| {
            Grid::build(questionnaire, &Dataset::default())
                .expect("an empty dataset always indexes")
        });
        Validator {
            reference: grid,
            population: reference.population.clone(),
        }
    }

    /// Indexes `dataset` and runs every rule over it.
    pub fn validate(&self, questionnaire: &Questionnaire, dataset: &Dataset) -> Vec<Finding> {
        match Grid::build(questionnaire, dataset) {
            Ok(grid) => self.run(questionnaire, &grid, dataset),
            Err(error) => vec![unindexable(questionnaire, &error)],
        }
    }

    /// Runs every rule over an indexed dataset, with the metadata taken from `dataset`.
    pub fn run(
        &self,
        questionnaire: &Questionnaire,
        grid: &Grid,
        dataset: &Dataset,
    ) -> Vec<Finding> {
        let context = Context {
            questionnaire,
            dataset,
            grid,
            reference: &self.reference,
            population: &self.population,
        };
        let mut findings = Vec::new();
        for rule in &questionnaire.def.rules {
            context.evaluate(rule, &mut findings);
        }
        findings
    }
}

pub(crate) fn validate(
    questionnaire: &Questionnaire,
    dataset: &Dataset,
    reference: &Reference,
) -> Vec<Finding> {
    Validator::new(questionnaire, reference).validate(questionnaire, dataset)
}

/// Runs the rules that compare several countries (the mirror check) over the datasets the
/// secretariat holds. The result is information for the secretariat only.
pub fn validate_network(questionnaire: &Questionnaire, datasets: &[Dataset]) -> Vec<Finding> {
    let grids: Vec<Grid> = datasets
        .iter()
        .filter_map(|d| Grid::build(questionnaire, d).ok())
        .collect();
    let mut findings = Vec::new();
    for rule in &questionnaire.def.rules {
        if let Check::Mirror { outflows, inflows } = &rule.check {
            totals::mirror(rule, &grids, outflows, inflows, &mut findings);
        }
    }
    findings
}

/// Builds the finding for a dataset that cannot be indexed, reported as a value-domain error.
fn unindexable(questionnaire: &Questionnaire, error: &GridError) -> Finding {
    let rule = questionnaire
        .def
        .rules
        .iter()
        .find(|r| matches!(r.check, Check::ValueDomain { .. }))
        .cloned()
        .unwrap_or_else(|| Rule {
            id: "V01".into(),
            severity: Severity::Error,
            message: "finding-value-domain".into(),
            check: Check::ValueDomain { tables: Vec::new() },
        });
    let GridError::TooManyDates { table, count, .. } = error;
    let params = params([
        ("table", Param::from(table.as_str())),
        ("problem", Param::from("too_many_dates")),
        ("value", Param::Int(*count as i64)),
    ]);
    Finding::new(&rule, Some(table), Vec::new(), Vec::new(), params).with_severity(Severity::Error)
}

pub(crate) struct Context<'a> {
    pub questionnaire: &'a Questionnaire,
    pub dataset: &'a Dataset,
    pub grid: &'a Grid,
    pub reference: &'a Grid,
    pub population: &'a BTreeMap<String, i64>,
}

impl Context<'_> {
    pub fn table(&self, id: &str) -> &TableGrid {
        self.grid
            .table(id)
            .expect("rule tables are checked at load")
    }

    pub fn reference_table(&self, id: &str) -> &TableGrid {
        self.reference
            .table(id)
            .expect("rule tables are checked at load")
    }

    /// Returns the metadata value of a question for a table, trimmed, or `None` when blank.
    pub fn answer(&self, table: &str, question: &str) -> Option<&str> {
        self.dataset
            .metadata(table, question)
            .map(str::trim)
            .filter(|a| !a.is_empty())
    }

    /// Returns the rounding base a table declares through `question`, or 0.
    pub fn rounding_base(&self, table: &str, question: Option<&str>) -> i64 {
        question
            .and_then(|q| self.answer(table, q))
            .and_then(|a| a.parse::<i64>().ok())
            .filter(|base| (0..=1_000_000).contains(base))
            .unwrap_or(0)
    }

    fn evaluate(&self, rule: &Rule, out: &mut Vec<Finding>) {
        match &rule.check {
            Check::Completeness { tables } => {
                for id in tables {
                    structure::completeness(self, rule, id, out);
                }
            }
            Check::ValueDomain { tables } => {
                for id in tables {
                    structure::value_domain(self, rule, id, out);
                }
            }
            Check::DimensionSum {
                tables,
                dimension,
                rounding,
            } => {
                for id in tables {
                    structure::dimension_sum(self, rule, id, dimension, rounding.as_deref(), out);
                }
            }
            Check::CrossTable {
                left,
                right,
                relation,
                rounding,
                waived_by,
            } => totals::cross_table(
                self,
                rule,
                left,
                right,
                *relation,
                rounding.as_deref(),
                waived_by.as_deref(),
                out,
            ),
            Check::Subset {
                tables,
                dimension,
                part,
                whole,
            } => {
                for id in tables {
                    structure::subset(self, rule, id, dimension, part, whole, out);
                }
            }
            Check::Caseload { .. } => structure::caseload(self, rule, out),
            Check::YearOnYear {
                tables,
                column,
                min_relative,
                min_absolute,
                exempt_statuses,
            } => {
                for id in tables {
                    series::year_on_year(
                        self,
                        rule,
                        id,
                        column,
                        (*min_relative, *min_absolute),
                        exempt_statuses,
                        out,
                    );
                }
            }
            Check::SeriesChange {
                tables,
                column,
                top,
            } => {
                for id in tables {
                    series::series_change(self, rule, id, column, *top, out);
                }
            }
            Check::ExcludedCode { tables, code } => {
                let code = if code == REPORTING_COUNTRY {
                    self.dataset.country.as_str()
                } else {
                    code.as_str()
                };
                for id in tables {
                    structure::excluded_code(self, rule, id, code, out);
                }
            }
            Check::Share {
                tables,
                dimension,
                limits,
            } => {
                for id in tables {
                    structure::share(self, rule, id, dimension, limits, out);
                }
            }
            Check::StockFlow {
                stock,
                inflows,
                outflows,
                min_relative,
                min_absolute,
            } => totals::stock_flow(
                self,
                rule,
                stock,
                inflows,
                outflows,
                (*min_relative, *min_absolute),
                out,
            ),
            Check::StockBound { flow, stock } => totals::stock_bound(self, rule, flow, stock, out),
            Check::UnitConsistency { groups, question } => {
                structure::unit_consistency(self, rule, groups, question, out)
            }
            Check::Revision { tables } => {
                for id in tables {
                    series::revision(self, rule, id, out);
                }
            }
            // Needs several countries' data; see `validate_network`.
            Check::Mirror { .. } => {}
            Check::RateRange { flows, margin } => {
                totals::rate_range(self, rule, flows, *margin, out)
            }
            Check::IdbIndicator {
                flows,
                region,
                years,
                threshold,
                unit_question,
            } => totals::idb_indicator(
                self,
                rule,
                flows,
                (region, *years, *threshold),
                unit_question.as_deref(),
                out,
            ),
            Check::RequiredMetadata { tables } => {
                for id in tables {
                    structure::required_metadata(self, rule, id, out);
                }
            }
        }
    }
}

/// Builds a finding's parameter map.
pub(crate) fn params<const N: usize>(entries: [(&str, Param); N]) -> BTreeMap<String, Param> {
    entries
        .into_iter()
        .map(|(name, value)| (name.to_string(), value))
        .collect()
}

pub(crate) fn cell(table: &TableGrid, index: usize) -> CellRef {
    CellRef {
        table: table.id.clone(),
        key: table.key_at(index),
    }
}

/// Narrows an exact difference to a message parameter; differences beyond i64 only arise from
/// hostile figures and are shown at the limit.
pub(crate) fn clamp(value: i128) -> i64 {
    i64::try_from(value).unwrap_or(if value < 0 { i64::MIN } else { i64::MAX })
}

/// Formats a ratio as a percentage with one decimal, the form message parameters use.
pub(crate) fn percent_text(numerator: f64, denominator: f64) -> String {
    format!("{:.1}", numerator * 100.0 / denominator)
}
