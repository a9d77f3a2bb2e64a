//! Synthetic datasets that pass every error rule of a definition, for tests and benchmarks.
//!
//! Numbers are drawn from a seeded generator, so a seed always gives the same dataset. The
//! generator follows the definition: it fills every cell of every table, computes each total
//! from its parts, splits the totals of an inflow table across the categories of the table that
//! must agree with it, and keeps each asylum caseload line consistent.

use std::collections::BTreeMap;

use crate::dataset::{CellValue, Dataset};
use crate::definition::{CodeListKind, MetadataKind, Questionnaire, TableDef};
use crate::rules::{Check, Relation};

/// What to generate.
#[derive(Debug, Clone)]
pub struct FixtureOptions {
    /// ISO 3166-1 alpha-3 code of the reporting country; its own nationality is left out.
    pub country: String,
    /// Rows of each open dimension (nationalities), besides the total.
    pub open_rows: usize,
    pub seed: u64,
    /// Largest count drawn for one cell that is not a total.
    pub max_value: i64,
}

impl Default for FixtureOptions {
    fn default() -> Self {
        FixtureOptions {
            country: "ARG".into(),
            open_rows: 12,
            seed: 1,
            max_value: 500,
        }
    }
}

/// SplitMix64: a small, well-distributed generator, enough for synthetic figures.
struct Numbers(u64);

impl Numbers {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Draws a number in 0..=max.
    fn upto(&mut self, max: i64) -> i64 {
        if max <= 0 {
            return 0;
        }
        (self.next() % (max as u64 + 1)) as i64
    }

    /// Splits `total` into `parts` non-negative numbers in proportion to random weights.
    fn split(&mut self, total: i64, parts: usize) -> Vec<i64> {
        let weights: Vec<i64> = (0..parts).map(|_| 1 + self.upto(99)).collect();
        let weight_sum: i64 = weights.iter().sum();
        let mut out: Vec<i64> = weights.iter().map(|w| total * w / weight_sum).collect();
        if let Some(last) = out.last_mut() {
            *last += total - weights.iter().map(|w| total * w / weight_sum).sum::<i64>();
        }
        out
    }
}

/// One axis of a table for generation: its codes and the position of its total.
struct Axis {
    codes: Vec<String>,
    total: Option<usize>,
}

impl Axis {
    fn leaves(&self) -> Vec<usize> {
        (0..self.codes.len())
            .filter(|p| Some(*p) != self.total)
            .collect()
    }
}

/// Generates a dataset that passes every error rule of `questionnaire` with no reference data.
pub fn consistent_dataset(questionnaire: &Questionnaire, options: &FixtureOptions) -> Dataset {
    let mut numbers = Numbers(options.seed);
    let mut data = Dataset::new(&options.country);
    let split_of = split_sources(questionnaire);
    let caseloads = caseload_rules(questionnaire);
    let stock_flows = stock_flow_rules(questionnaire);
    let mut previous_stock: Option<i64> = None;

    for (table_number, table) in questionnaire.def.tables.iter().enumerate() {
        let axes = axes(questionnaire, table, options);
        let periods = periods(questionnaire, table);
        let source = split_of.get(&table.id);
        // Each series starts from a base and moves by less than a tenth a year, and the
        // splits and caseloads draw the same shares each year, so the figures look like
        // real series and the year-on-year checks stay quiet.
        let positions: Vec<Vec<usize>> = axes.iter().map(Axis::leaves).collect();
        let bases: Vec<(Vec<usize>, i64)> = product(&positions)
            .into_iter()
            .map(|coordinates| (coordinates, numbers.upto(options.max_value)))
            .collect();
        let table_seed = options.seed ^ ((table_number as u64 + 1) << 32);
        for period in &periods {
            let mut shares = Numbers(table_seed);
            let mut leaves: BTreeMap<Vec<usize>, i64> = BTreeMap::new();
            for (coordinates, base) in &bases {
                leaves.insert(coordinates.clone(), base + numbers.upto(base / 10));
            }
            if let Some(source) = source {
                split_from(&mut leaves, &axes, &data, source, period, &mut shares);
            }
            if let Some(rule) = caseloads.get(&table.id) {
                caseload_lines(&mut leaves, &axes, rule, &mut shares, options.max_value);
            }
            if let Some(rule) = stock_flows.get(&table.id) {
                follow_flows(&mut leaves, &axes, &data, rule, period, &mut previous_stock);
            }
            for (coordinates, value) in with_totals(&axes, &leaves) {
                let mut codes: Vec<&str> = vec![period.as_str()];
                codes.extend(
                    coordinates
                        .iter()
                        .zip(&axes)
                        .map(|(p, a)| a.codes[*p].as_str()),
                );
                data.set(
                    &table.id,
                    &table.key_from_codes(&key_order(table, &codes)),
                    CellValue::number(value),
                );
            }
        }
        answer_metadata(questionnaire, table, &mut data);
    }
    data
}

/// Orders codes given as [period, other slices..., row, column] into the key order of `table`.
fn key_order<'c>(table: &TableDef, codes: &[&'c str]) -> Vec<&'c str> {
    let slices = table.slice_count();
    let mut ordered = codes[..slices].to_vec();
    let (row, column) = (codes[slices], codes[slices + 1]);
    if table.dimensions[slices].role == crate::definition::DimensionRole::Row {
        ordered.extend([row, column]);
    } else {
        ordered.extend([column, row]);
    }
    ordered
}

/// Builds the axes after the period: other slices, then row, then column.
fn axes(questionnaire: &Questionnaire, table: &TableDef, options: &FixtureOptions) -> Vec<Axis> {
    let mut dims: Vec<&crate::definition::DimensionDef> = table.slice_dims()[1..].iter().collect();
    dims.push(table.row_dim());
    dims.push(table.column_dim());
    dims.into_iter()
        .map(|dim| {
            let mut codes: Vec<String> = questionnaire
                .codes(&dim.codelist)
                .iter()
                .map(|c| c.code.clone())
                .collect();
            if dim.open {
                let total = dim.total.clone();
                let mut chosen: Vec<String> = codes
                    .iter()
                    .filter(|c| Some(*c) != total.as_ref() && **c != options.country)
                    .take(options.open_rows)
                    .cloned()
                    .collect();
                chosen.extend(total);
                codes = chosen;
            }
            let total = dim
                .total
                .as_ref()
                .and_then(|t| codes.iter().position(|c| c == t));
            Axis { codes, total }
        })
        .collect()
}

fn periods(questionnaire: &Questionnaire, table: &TableDef) -> Vec<String> {
    let list = questionnaire.codelist(&table.period_dim().codelist);
    if list.is_some_and(|l| l.kind == CodeListKind::Date) {
        (2021..=2025).map(|y| format!("{y}-12-31")).collect()
    } else {
        questionnaire
            .codes(&table.period_dim().codelist)
            .iter()
            .map(|c| c.code.clone())
            .collect()
    }
}

/// Cartesian product of position lists.
fn product(lists: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new()];
    for list in lists {
        out = out
            .into_iter()
            .flat_map(|prefix| {
                list.iter().map(move |p| {
                    let mut next = prefix.clone();
                    next.push(*p);
                    next
                })
            })
            .collect();
    }
    out
}

/// Returns every cell with its value: the leaves, and each total as the sum of the leaves
/// under it.
fn with_totals(axes: &[Axis], leaves: &BTreeMap<Vec<usize>, i64>) -> BTreeMap<Vec<usize>, i64> {
    let with_total: Vec<usize> = (0..axes.len())
        .filter(|a| axes[*a].total.is_some())
        .collect();
    let mut cells = BTreeMap::new();
    for (coordinates, value) in leaves {
        for mask in 0u32..(1 << with_total.len()) {
            let mut target = coordinates.clone();
            for (bit, axis) in with_total.iter().enumerate() {
                if mask & (1 << bit) != 0 {
                    target[*axis] = axes[*axis].total.expect("filtered on totals");
                }
            }
            *cells.entry(target).or_insert(0) += value;
        }
    }
    cells
}

/// For each table that must equal another table's total (a category breakdown and its inflow
/// table), the table whose column totals it splits.
fn split_sources(questionnaire: &Questionnaire) -> BTreeMap<String, String> {
    questionnaire
        .def
        .rules
        .iter()
        .filter_map(|rule| match &rule.check {
            Check::CrossTable {
                left,
                right,
                relation: Relation::Equal,
                ..
            } if left.table != right.table => Some((left.table.clone(), right.table.clone())),
            _ => None,
        })
        .collect()
}

/// Makes the leaves of a breakdown table split, column by column, the totals of `source` in
/// the same period, so the two tables' grand totals agree.
fn split_from(
    leaves: &mut BTreeMap<Vec<usize>, i64>,
    axes: &[Axis],
    data: &Dataset,
    source: &str,
    period: &str,
    numbers: &mut Numbers,
) {
    let Some(cells) = data.cells.get(source) else {
        return;
    };
    let column_axis = axes.len() - 1;
    let prefix = format!("{period}:");
    let totals: BTreeMap<&str, i64> = cells
        .iter()
        .filter(|(key, _)| key.starts_with(&prefix) && key.split(':').nth(1) == Some("_T"))
        .filter_map(|(key, cell)| Some((key.rsplit(':').next()?, cell.value?)))
        .collect();
    for column in axes[column_axis].leaves() {
        let code = axes[column_axis].codes[column].as_str();
        let Some(total) = totals.get(code) else {
            continue;
        };
        let keys: Vec<Vec<usize>> = leaves
            .keys()
            .filter(|k| k[column_axis] == column)
            .cloned()
            .collect();
        for (key, value) in keys.iter().zip(numbers.split(*total, keys.len())) {
            leaves.insert(key.clone(), value);
        }
    }
}

fn caseload_rules(questionnaire: &Questionnaire) -> BTreeMap<String, Check> {
    questionnaire
        .def
        .rules
        .iter()
        .filter_map(|rule| match &rule.check {
            Check::Caseload { table, .. } => Some((table.clone(), rule.check.clone())),
            _ => None,
        })
        .collect()
}

/// Rewrites each caseload line so that decisions and closures fit the caseload, the pending
/// cases at the end are the remainder, and the kinds of decision add up to all decisions.
fn caseload_lines(
    leaves: &mut BTreeMap<Vec<usize>, i64>,
    axes: &[Axis],
    rule: &Check,
    numbers: &mut Numbers,
    max_value: i64,
) {
    let Check::Caseload {
        pending_start,
        applied,
        decided,
        closed,
        pending_end,
        ..
    } = rule
    else {
        return;
    };
    let column_axis = axes.len() - 1;
    let codes = &axes[column_axis].codes;
    let position = |code: &str| codes.iter().position(|c| c == code);
    let named = [pending_start, applied, decided, closed, pending_end];
    let Some(named) = named
        .iter()
        .map(|c| position(c))
        .collect::<Option<Vec<usize>>>()
    else {
        return;
    };
    let kinds: Vec<usize> = (0..codes.len())
        .filter(|p| !named.contains(p) && Some(*p) != axes[column_axis].total)
        .collect();
    let lines: Vec<Vec<usize>> = leaves
        .keys()
        .filter(|k| k[column_axis] == 0)
        .map(|k| k[..column_axis].to_vec())
        .collect();
    for line in lines {
        let start = numbers.upto(max_value);
        let applications = numbers.upto(max_value);
        let decisions = numbers.upto(start + applications);
        let closures = numbers.upto(start + applications - decisions);
        let end = start + applications - decisions - closures;
        let mut set = |column: usize, value: i64| {
            let mut key = line.clone();
            key.push(column);
            leaves.insert(key, value);
        };
        for (column, value) in named
            .iter()
            .zip([start, applications, decisions, closures, end])
        {
            set(*column, value);
        }
        for (column, value) in kinds.iter().zip(numbers.split(decisions, kinds.len())) {
            set(*column, value);
        }
    }
}

fn stock_flow_rules(questionnaire: &Questionnaire) -> BTreeMap<String, Check> {
    questionnaire
        .def
        .rules
        .iter()
        .filter_map(|rule| match &rule.check {
            Check::StockFlow { stock, .. } => Some((stock.table.clone(), rule.check.clone())),
            _ => None,
        })
        .collect()
}

/// Reads the grand total of a table in one period from the generated cells.
fn grand_total(data: &Dataset, point: &crate::rules::Point, year: &str) -> Option<i64> {
    let cells = data.cells.get(&point.table)?;
    cells
        .iter()
        .filter(|(key, _)| {
            let mut codes = key.split(':');
            codes.next() == Some(year) && codes.all(|c| c == "_T")
        })
        .find_map(|(_, cell)| cell.value)
}

/// Moves the stock of each date after the first by the inflows minus the outflows of its
/// year, by changing one leaf, so the stock-flow check stays quiet.
fn follow_flows(
    leaves: &mut BTreeMap<Vec<usize>, i64>,
    axes: &[Axis],
    data: &Dataset,
    rule: &Check,
    period: &str,
    previous_stock: &mut Option<i64>,
) {
    let Check::StockFlow {
        inflows, outflows, ..
    } = rule
    else {
        return;
    };
    let generated: i64 = leaves.values().sum();
    let year = &period[..4.min(period.len())];
    let flows = |points: &[crate::rules::Point]| -> Option<i64> {
        points.iter().map(|p| grand_total(data, p, year)).sum()
    };
    let target = match (*previous_stock, flows(inflows), flows(outflows)) {
        (Some(stock), Some(inflow), Some(outflow)) => stock + inflow - outflow,
        _ => generated,
    };
    let _ = axes;
    // Every leaf is scaled alike, so each series grows with the stock.
    if generated > 0 && target > 0 {
        for leaf in leaves.values_mut() {
            *leaf = (i128::from(*leaf) * i128::from(target) / i128::from(generated)) as i64;
        }
        let scaled: i64 = leaves.values().sum();
        if let Some(first) = leaves.values_mut().next() {
            *first += target - scaled;
        }
    }
    *previous_stock = Some(leaves.values().sum());
}

fn answer_metadata(questionnaire: &Questionnaire, table: &TableDef, data: &mut Dataset) {
    let answers = data.metadata.entry(table.id.clone()).or_default();
    for question in questionnaire
        .def
        .metadata
        .iter()
        .filter(|q| q.applies_to(&table.id))
    {
        let answer = match question.kind {
            MetadataKind::Choice => {
                let unit = table.units[0].code();
                if question.choices.iter().any(|c| c.code == unit) {
                    unit.to_string()
                } else {
                    question.choices[0].code.clone()
                }
            }
            MetadataKind::Date => "2026-03-02".to_string(),
            MetadataKind::Integer => {
                if question.required {
                    "0".to_string()
                } else {
                    continue;
                }
            }
            MetadataKind::Text | MetadataKind::LongText => {
                if question.required {
                    "Synthetic figures for tests".to_string()
                } else {
                    continue;
                }
            }
        };
        answers.insert(question.id.clone(), answer);
    }
}
