//! Checks over sums of cells per period, within or across tables: cross-table agreement,
//! stock against flows, rates against population, the IDB indicator, and the mirror check
//! across countries.

use std::collections::BTreeMap;

use super::{clamp, params, Context};
use crate::findings::{CellRef, Finding, Param, Severity};
use crate::grid::{Grid, TableGrid};
use crate::rules::{Breakdown, Point, Relation, Rule};

/// A point's codes as positions in a table's dense layout.
struct Resolved<'t> {
    table: &'t TableGrid,
    /// Positions per slice dimension after the period.
    slices: Vec<Vec<usize>>,
    rows: Vec<usize>,
    columns: Vec<usize>,
}

impl<'t> Resolved<'t> {
    fn new(table: &'t TableGrid, point: &Point) -> Resolved<'t> {
        let positions = |axis: &crate::grid::Axis| -> Vec<usize> {
            point
                .codes
                .get(&axis.id)
                .into_iter()
                .flatten()
                .filter_map(|c| axis.position(c))
                .collect()
        };
        Resolved {
            table,
            slices: table.slices[1..].iter().map(positions).collect(),
            rows: positions(&table.rows),
            columns: positions(&table.columns),
        }
    }

    /// Sums the point's cells in period `code` and lists them. Returns `None` when the period
    /// is not reported or a cell has no number.
    fn sum(&self, code: &str) -> Option<(i64, Vec<usize>)> {
        let table = self.table;
        let period = table.slices[0].position(code)?;
        let mut combos = vec![period];
        for (axis, codes) in table.slices[1..].iter().zip(&self.slices) {
            combos = combos
                .iter()
                .flat_map(|c| codes.iter().map(move |p| c * axis.len() + p))
                .collect();
        }
        let mut sum = 0i64;
        let mut indices = Vec::new();
        for combo in combos {
            for row in &self.rows {
                if !table.row_is_present(combo, *row) {
                    return None;
                }
                for column in &self.columns {
                    let index = table.index(combo, *row, *column);
                    sum += table.value(index)?;
                    indices.push(index);
                }
            }
        }
        Some((sum, indices))
    }

    /// Lists the periods for which the table has any cell.
    fn periods(&self) -> Vec<String> {
        let table = self.table;
        let per_period = table.combos_per_period();
        table.slices[0]
            .codes
            .iter()
            .enumerate()
            .filter(|(p, _)| (p * per_period..(p + 1) * per_period).any(|c| table.combo_present[c]))
            .map(|(_, code)| code.clone())
            .collect()
    }
}

/// A point's values per period, from the dataset where it reports the period and from the
/// accepted values otherwise.
struct Series {
    /// Period code → (sum, cells in the dataset; empty when from the reference).
    values: BTreeMap<String, (i64, Vec<usize>)>,
}

impl Series {
    fn of(context: &Context<'_>, point: &Point) -> Series {
        let current = Resolved::new(context.table(&point.table), point);
        let reference = Resolved::new(context.reference_table(&point.table), point);
        let mut values = BTreeMap::new();
        for period in reference.periods() {
            if let Some((sum, _)) = reference.sum(&period) {
                values.insert(period, (sum, Vec::new()));
            }
        }
        for period in current.periods() {
            match current.sum(&period) {
                Some(found) => {
                    values.insert(period, found);
                }
                None => {
                    values.remove(&period);
                }
            }
        }
        Series { values }
    }

    fn reported_in_dataset(&self, period: &str) -> bool {
        self.values
            .get(period)
            .is_some_and(|(_, cells)| !cells.is_empty())
    }
}

/// Returns the year of a period code: the code itself for years, the first four digits of a
/// date.
fn year_of(code: &str) -> Option<i32> {
    code.get(..4)?.parse().ok()
}

fn cells_of(table: &TableGrid, indices: &[usize]) -> (Vec<CellRef>, Vec<Option<i64>>) {
    (
        indices.iter().map(|i| super::cell(table, *i)).collect(),
        indices.iter().map(|i| table.value(*i)).collect(),
    )
}

#[allow(clippy::too_many_arguments)]
pub(super) fn cross_table(
    context: &Context<'_>,
    rule: &Rule,
    left: &Point,
    right: &Point,
    relation: Relation,
    rounding: Option<&str>,
    waived_by: Option<&str>,
    out: &mut Vec<Finding>,
) {
    let left_table = context.table(&left.table);
    let right_table = context.table(&right.table);
    let left_resolved = Resolved::new(left_table, left);
    let right_resolved = Resolved::new(right_table, right);
    let waived = waived_by.is_some_and(|q| {
        context.answer(&left.table, q).is_some() || context.answer(&right.table, q).is_some()
    });
    for period in left_resolved.periods() {
        let (Some((left_value, left_cells)), Some((right_value, right_cells))) =
            (left_resolved.sum(&period), right_resolved.sum(&period))
        else {
            continue;
        };
        let base = context
            .rounding_base(&left.table, rounding)
            .max(context.rounding_base(&right.table, rounding));
        let tolerance = base * (left_cells.len() + right_cells.len()) as i64;
        let difference = i128::from(left_value) - i128::from(right_value);
        let violated = match relation {
            Relation::Equal => difference.abs() > i128::from(tolerance),
            Relation::AtMost => difference > i128::from(tolerance),
        };
        if !violated {
            continue;
        }
        let (mut cells, mut values) = cells_of(left_table, &left_cells);
        let (more_cells, more_values) = cells_of(right_table, &right_cells);
        cells.extend(more_cells);
        values.extend(more_values);
        let params = params([
            ("table", Param::from(left.table.as_str())),
            ("left_table", Param::from(left.table.as_str())),
            ("right_table", Param::from(right.table.as_str())),
            ("period", Param::from(period.as_str())),
            ("left", Param::Int(left_value)),
            ("right", Param::Int(right_value)),
            ("difference", Param::Int(clamp(difference))),
            (
                "relation",
                Param::from(match relation {
                    Relation::Equal => "equal",
                    Relation::AtMost => "at_most",
                }),
            ),
        ]);
        let finding = Finding::new(rule, Some(&left.table), cells, values, params);
        out.push(if waived {
            finding.with_severity(Severity::Warning)
        } else {
            finding
        });
    }
}

pub(super) fn stock_flow(
    context: &Context<'_>,
    rule: &Rule,
    stock: &Point,
    inflows: &[Point],
    outflows: &[Point],
    (min_relative, min_absolute): (f64, i64),
    out: &mut Vec<Finding>,
) {
    let stocks = Series::of(context, stock);
    let inflow_series: Vec<Series> = inflows.iter().map(|p| Series::of(context, p)).collect();
    let outflow_series: Vec<Series> = outflows.iter().map(|p| Series::of(context, p)).collect();
    let dates: Vec<(&String, &(i64, Vec<usize>))> = stocks.values.iter().collect();
    let stock_table = context.table(&stock.table);
    for pair in dates.windows(2) {
        let ((from, (from_value, _)), (to, (to_value, to_cells))) = (pair[0], pair[1]);
        if !stocks.reported_in_dataset(to) {
            continue;
        }
        let (Some(first), Some(last)) = (year_of(from), year_of(to)) else {
            continue;
        };
        let mut expected = 0i64;
        let mut complete = last > first;
        for year in first + 1..=last {
            let year = year.to_string();
            let total = |series: &[Series]| -> Option<i64> {
                series
                    .iter()
                    .map(|s| s.values.get(&year).map(|(v, _)| *v))
                    .sum()
            };
            match (total(&inflow_series), total(&outflow_series)) {
                (Some(inflow), Some(outflow)) => expected += inflow - outflow,
                _ => complete = false,
            }
        }
        if !complete {
            continue;
        }
        let change = to_value - from_value;
        let gap = change - expected;
        if gap.abs() <= min_absolute || (gap.abs() as f64) <= min_relative * expected.abs() as f64 {
            continue;
        }
        let (cells, values) = cells_of(stock_table, to_cells);
        let params = params([
            ("table", Param::from(stock.table.as_str())),
            ("from", Param::from(from.as_str())),
            ("to", Param::from(to.as_str())),
            ("stock_change", Param::Int(change)),
            ("expected", Param::Int(expected)),
            ("gap", Param::Int(gap)),
        ]);
        out.push(Finding::new(
            rule,
            Some(&stock.table),
            cells,
            values,
            params,
        ));
    }
}

pub(super) fn stock_bound(
    context: &Context<'_>,
    rule: &Rule,
    flow: &Point,
    stock: &Point,
    out: &mut Vec<Finding>,
) {
    let flows = Series::of(context, flow);
    let stocks = Series::of(context, stock);
    let flow_table = context.table(&flow.table);
    for (period, (flow_value, cells)) in &flows.values {
        if cells.is_empty() {
            continue;
        }
        let Some(year) = year_of(period) else {
            continue;
        };
        // The stock at the end of the year before: its latest reference date in that year.
        let Some((date, (stock_value, _))) = stocks
            .values
            .iter()
            .rfind(|(date, _)| year_of(date) == Some(year - 1))
        else {
            continue;
        };
        if flow_value <= stock_value {
            continue;
        }
        let (cells, values) = cells_of(flow_table, cells);
        let params = params([
            ("table", Param::from(flow.table.as_str())),
            ("flow_table", Param::from(flow.table.as_str())),
            ("stock_table", Param::from(stock.table.as_str())),
            ("period", Param::from(period.as_str())),
            ("date", Param::from(date.as_str())),
            ("flow", Param::Int(*flow_value)),
            ("stock", Param::Int(*stock_value)),
        ]);
        out.push(Finding::new(rule, Some(&flow.table), cells, values, params));
    }
}

pub(super) fn rate_range(
    context: &Context<'_>,
    rule: &Rule,
    flows: &[Point],
    margin: f64,
    out: &mut Vec<Finding>,
) {
    let Some(first) = flows.first() else {
        return;
    };
    let series: Vec<Series> = flows.iter().map(|p| Series::of(context, p)).collect();
    let mut periods: Vec<&String> = series.iter().flat_map(|s| s.values.keys()).collect();
    periods.sort();
    periods.dedup();
    let rate = |period: &str| -> Option<(f64, Vec<usize>)> {
        let population = *context.population.get(period).filter(|p| **p > 0)?;
        let mut total = 0i64;
        let mut cells = Vec::new();
        for (s, point) in series.iter().zip(flows) {
            let (value, indices) = s.values.get(period)?;
            total += value;
            if point.table == first.table {
                cells.extend(indices);
            }
        }
        Some((total as f64 * 1000.0 / population as f64, cells))
    };
    let table = context.table(&first.table);
    for (position, period) in periods.iter().enumerate() {
        if !series.iter().any(|s| s.reported_in_dataset(period)) {
            continue;
        }
        let Some((current, cells)) = rate(period) else {
            continue;
        };
        let history: Vec<f64> = periods[..position]
            .iter()
            .filter_map(|p| rate(p).map(|(r, _)| r))
            .collect();
        if history.len() < 2 {
            continue;
        }
        let min = history.iter().copied().fold(f64::INFINITY, f64::min);
        let max = history.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        if current >= min * (1.0 - margin) && current <= max * (1.0 + margin) {
            continue;
        }
        let (cells, values) = cells_of(table, &cells);
        let params = params([
            ("table", Param::from(first.table.as_str())),
            ("period", Param::from(period.as_str())),
            ("rate", Param::from(format!("{current:.2}"))),
            ("min", Param::from(format!("{min:.2}"))),
            ("max", Param::from(format!("{max:.2}"))),
        ]);
        out.push(Finding::new(
            rule,
            Some(&first.table),
            cells,
            values,
            params,
        ));
    }
}

/// Sums a breakdown's rows selected by `include` in one period, with every other slice
/// dimension at its total. Returns `None` when the table does not report that period.
fn breakdown_sum(
    table: &TableGrid,
    breakdown: &Breakdown,
    period: &str,
    include: impl Fn(&str) -> bool,
) -> Option<i64> {
    let mut positions = vec![table.slices[0].position(period)?];
    for axis in &table.slices[1..] {
        positions.push(axis.total?);
    }
    let combo = table.combo_of(&positions);
    if !table.combo_present[combo] {
        return None;
    }
    let column = match &breakdown.column {
        Some(code) => table.columns.position(code)?,
        None => table.columns.total?,
    };
    let mut sum = 0;
    for (row, code) in table.rows.codes.iter().enumerate() {
        if table.rows.total == Some(row) || !include(code) || !table.row_is_present(combo, row) {
            continue;
        }
        sum += table.value(table.index(combo, row, column)).unwrap_or(0);
    }
    Some(sum)
}

pub(super) fn idb_indicator(
    context: &Context<'_>,
    rule: &Rule,
    flows: &[Breakdown],
    (region, years, threshold): (&str, usize, f64),
    unit_question: Option<&str>,
    out: &mut Vec<Finding>,
) {
    let Some(first) = flows.first() else {
        return;
    };
    let region: u16 = region.parse().unwrap_or(0);
    let first_table = context.table(&first.table);
    let codes = &first_table.slices[0].codes;
    let period_codes = &codes[codes.len().saturating_sub(years)..];
    let in_region = |code: &str| sicremi_codes::is_in_region(code, region);

    let mut inflows = 0i64;
    // Table id → the periods it does not report, for the message.
    let mut missing: Vec<(String, Vec<&str>)> = Vec::new();
    for breakdown in flows {
        let table = context.table(&breakdown.table);
        let mut absent = Vec::new();
        for period in period_codes {
            match breakdown_sum(table, breakdown, period, in_region) {
                Some(sum) => inflows += sum,
                None => absent.push(period.as_str()),
            }
        }
        if !absent.is_empty() {
            missing.push((breakdown.table.clone(), absent));
        }
    }
    let complete = missing.is_empty();
    let missing: Vec<String> = missing
        .iter()
        .map(|(table, periods)| format!("{table} ({})", periods.join(", ")))
        .collect();
    // The indicator counts persons: a table that counts permits cannot be added.
    let units_differ = flows.iter().any(|b| {
        let definition = context
            .questionnaire
            .table(&b.table)
            .expect("checked at load");
        let declared = unit_question
            .and_then(|q| context.answer(&b.table, q))
            .unwrap_or(definition.units[0].code());
        declared != crate::definition::Unit::Persons.code()
    });
    let last = period_codes.last().map(String::as_str).unwrap_or("");
    let population = context.population.get(last).copied().filter(|p| *p > 0);
    let status = if units_differ {
        "units_differ"
    } else if !complete {
        "incomplete"
    } else if population.is_none() {
        "no_population"
    } else if inflows as f64 >= threshold * population.unwrap_or(1) as f64 {
        "eligible"
    } else {
        "not_eligible"
    };
    let percent = population
        .map(|p| format!("{:.2}", inflows as f64 * 100.0 / p as f64))
        .unwrap_or_default();
    let params = params([
        ("table", Param::from(first.table.as_str())),
        ("years", Param::from(period_codes.join(", "))),
        ("inflows", Param::Int(inflows)),
        ("population", Param::Int(population.unwrap_or(0))),
        ("percent", Param::from(percent)),
        (
            "threshold_percent",
            Param::from(format!("{:.1}", threshold * 100.0)),
        ),
        ("status", Param::from(status)),
        ("missing", Param::from(missing.join("; "))),
    ]);
    out.push(Finding::new(
        rule,
        Some(&first.table),
        Vec::new(),
        Vec::new(),
        params,
    ));
}

pub(super) fn mirror(
    rule: &Rule,
    grids: &[Grid],
    outflows: &Breakdown,
    inflows: &[Breakdown],
    out: &mut Vec<Finding>,
) {
    for origin in grids {
        let Some(outflow_table) = origin.table(&outflows.table) else {
            continue;
        };
        for destination in grids.iter().filter(|g| g.country != origin.country) {
            let Some(row) = outflow_table.rows.position(&destination.country) else {
                continue;
            };
            for period in outflow_table.slices[0].codes.iter() {
                let by_origin = breakdown_sum(outflow_table, outflows, period, |code| {
                    code == outflow_table.rows.codes[row]
                });
                let by_destination: Option<i64> = inflows
                    .iter()
                    .map(|b| {
                        let table = destination.table(&b.table)?;
                        breakdown_sum(table, b, period, |code| code == origin.country)
                    })
                    .sum();
                let (Some(by_origin), Some(by_destination)) = (by_origin, by_destination) else {
                    continue;
                };
                if by_origin == by_destination {
                    continue;
                }
                let params = params([
                    ("table", Param::from(outflows.table.as_str())),
                    ("origin", Param::from(origin.country.as_str())),
                    ("destination", Param::from(destination.country.as_str())),
                    ("period", Param::from(period.as_str())),
                    ("reported_by_origin", Param::Int(by_origin)),
                    ("reported_by_destination", Param::Int(by_destination)),
                    ("difference", Param::Int(by_origin - by_destination)),
                ]);
                out.push(
                    Finding::new(rule, Some(&outflows.table), Vec::new(), Vec::new(), params)
                        .with_severity(Severity::Info),
                );
            }
        }
    }
}
