//! Checks over time: year-on-year changes, series that appear or vanish, and revisions of
//! values the secretariat accepted earlier.

use super::{cell, clamp, params, Context};
use crate::definition::CodeListKind;
use crate::findings::{CellRef, Finding, Param};
use crate::grid::TableGrid;
use crate::rules::Rule;

/// The value of the same series in the period before: from the dataset when it reports that
/// period, from the secretariat's accepted values otherwise.
struct Previous<'a> {
    period: &'a str,
    value: i64,
    /// The cell in the dataset, when the value comes from it.
    index: Option<usize>,
}

fn is_date_table(context: &Context<'_>, id: &str) -> bool {
    let table = context.questionnaire.table(id).expect("checked at load");
    context
        .questionnaire
        .codelist(&table.period_dim().codelist)
        .is_some_and(|l| l.kind == CodeListKind::Date)
}

/// Finds the combination of `reference` for the period `code` with the other slice
/// coordinates of `combo` in `table`.
fn combo_in(table: &TableGrid, reference: &TableGrid, combo: usize, code: &str) -> Option<usize> {
    let position = reference.slices[0].position(code)?;
    let per_period = table.combos_per_period();
    Some(position * per_period + combo % per_period)
}

/// The two indexed versions of one table: the dataset's and the reference's.
struct Versions<'a> {
    table: &'a TableGrid,
    reference: &'a TableGrid,
    dates: bool,
}

impl<'a> Versions<'a> {
    fn of(context: &'a Context<'_>, id: &str) -> Versions<'a> {
        Versions {
            table: context.table(id),
            reference: context.reference_table(id),
            dates: is_date_table(context, id),
        }
    }
}

fn previous<'a>(
    versions: &Versions<'a>,
    combo: usize,
    row: usize,
    column: usize,
) -> Option<Previous<'a>> {
    let (table, reference) = (versions.table, versions.reference);
    let per_period = table.combos_per_period();
    let period = table.period_of_combo(combo);
    let code = &table.slices[0].codes[period];

    if period > 0 {
        let before = combo - per_period;
        if table.row_is_present(before, row) {
            let index = table.index(before, row, column);
            if let Some(value) = table.value(index) {
                return Some(Previous {
                    period: &table.slices[0].codes[period - 1],
                    value,
                    index: Some(index),
                });
            }
        }
    }
    // Year lists are the same in the dataset and the reference. Reference dates are their own:
    // the latest one before this period's date is the one compared.
    let earlier = if versions.dates {
        reference.slices[0]
            .codes
            .iter()
            .filter(|c| c.as_str() < code.as_str())
            .max()?
            .as_str()
    } else {
        table.slices[0].codes.get(period.checked_sub(1)?)?.as_str()
    };
    let before = combo_in(table, reference, combo, earlier)?;
    if !reference.row_is_present(before, row) {
        return None;
    }
    let value = reference.value(reference.index(before, row, column))?;
    Some(Previous {
        period: earlier,
        value,
        index: None,
    })
}

pub(super) fn year_on_year(
    context: &Context<'_>,
    rule: &Rule,
    id: &str,
    column: &str,
    (min_relative, min_absolute): (f64, i64),
    exempt_statuses: &[String],
    out: &mut Vec<Finding>,
) {
    let versions = Versions::of(context, id);
    let table = versions.table;
    let column = table.columns.position(column).expect("checked at load");
    let exempt: Vec<u8> = exempt_statuses
        .iter()
        .filter_map(|code| {
            let statuses = &context.questionnaire.def.statuses.obs_status;
            let position = statuses.iter().position(|s| &s.code == code)?;
            u8::try_from(position + 1).ok()
        })
        .collect();
    for combo in main_combos(table) {
        for row in (0..table.rows.len()).filter(|r| table.row_is_present(combo, *r)) {
            let index = table.index(combo, row, column);
            let Some(after) = table.value(index) else {
                continue;
            };
            if exempt.contains(&table.obs[index]) {
                continue;
            }
            let Some(before) = previous(&versions, combo, row, column) else {
                continue;
            };
            let change = clamp(i128::from(after) - i128::from(before.value));
            let relative_exceeded = before.value == 0
                || (change.unsigned_abs() as f64) > min_relative * before.value as f64;
            if change.unsigned_abs() <= min_absolute.unsigned_abs() || !relative_exceeded {
                continue;
            }
            let code = table.rows.codes[row].as_str();
            let mut params = params([
                ("table", Param::from(id)),
                ("code", Param::from(code)),
                ("row", Param::from(code)),
                ("previous_slice", Param::from(before.period)),
                ("previous_period", Param::from(before.period)),
                ("slice", Param::from(table.slice_key(combo))),
                (
                    "period",
                    Param::from(table.slices[0].codes[table.period_of_combo(combo)].as_str()),
                ),
                ("previous", Param::Int(before.value)),
                ("value", Param::Int(after)),
                ("change", Param::Int(change)),
            ]);
            // Rounded to a whole percent for display. A series that appears from zero has no
            // percentage.
            if before.value != 0 {
                let percent = ((change as f64) * 100.0 / before.value as f64).round() as i64;
                params.insert("percent".to_string(), Param::Int(percent));
            }
            let mut cells = vec![cell(table, index)];
            if let Some(previous_index) = before.index {
                cells.push(cell(table, previous_index));
            }
            let values = vec![Some(after), Some(before.value)];
            out.push(Finding::new(rule, Some(id), cells, values, params));
        }
    }
}

pub(super) fn series_change(
    context: &Context<'_>,
    rule: &Rule,
    id: &str,
    column: &str,
    top: usize,
    out: &mut Vec<Finding>,
) {
    let versions = Versions::of(context, id);
    let table = versions.table;
    let column = table.columns.position(column).expect("checked at load");
    for combo in main_combos(table) {
        let earlier: Vec<(usize, Previous)> = (0..table.rows.len())
            .filter(|r| table.rows.total != Some(*r))
            .filter_map(|row| Some((row, previous(&versions, combo, row, column)?)))
            .collect();
        for (row, before) in &earlier {
            let present = table.row_is_present(combo, *row);
            let index = table.index(combo, *row, column);
            let now = if present { table.value(index) } else { Some(0) };
            let Some(now) = now else {
                continue;
            };
            // Rank among the rows of the period before, 1 for the largest; computed only for
            // the rows that change.
            let rank = || {
                1 + earlier
                    .iter()
                    .filter(|(_, p)| p.value > before.value)
                    .count()
            };
            let problem = if before.value > 0 && !present && rank() <= top {
                "left_top"
            } else if before.value > 0 && now == 0 {
                "vanished"
            } else if before.value == 0 && now > 0 {
                "appeared"
            } else {
                continue;
            };
            let code = table.rows.codes[*row].as_str();
            let params = params([
                ("table", Param::from(id)),
                ("code", Param::from(code)),
                ("row", Param::from(code)),
                ("slice", Param::from(table.slice_key(combo))),
                ("previous_period", Param::from(before.period)),
                (
                    "period",
                    Param::from(table.slices[0].codes[table.period_of_combo(combo)].as_str()),
                ),
                ("previous", Param::Int(before.value)),
                ("value", Param::Int(now)),
                ("problem", Param::from(problem)),
                ("rank", Param::Int(rank() as i64)),
            ]);
            let cells: Vec<CellRef> = if present {
                vec![cell(table, index)]
            } else {
                Vec::new()
            };
            let values = if present { vec![Some(now)] } else { Vec::new() };
            out.push(Finding::new(rule, Some(id), cells, values, params));
        }
    }
}

/// The reported combinations that hold the main series: breakdowns such as age groups are
/// compared over time through their totals only.
fn main_combos(table: &TableGrid) -> impl Iterator<Item = usize> + '_ {
    (0..table.combos).filter(|c| table.combo_present[*c] && table.is_main_combo(*c))
}

pub(super) fn revision(context: &Context<'_>, rule: &Rule, id: &str, out: &mut Vec<Finding>) {
    let table = context.table(id);
    let reference = context.reference_table(id);
    let columns = table.columns.len();
    for old_combo in (0..reference.combos).filter(|c| reference.combo_present[*c]) {
        let period = &reference.slices[0].codes[reference.period_of_combo(old_combo)];
        let Some(combo) = combo_in(reference, table, old_combo, period) else {
            continue;
        };
        if !table.combo_present[combo] {
            continue;
        }
        // Most blocks are unchanged since the secretariat accepted them.
        let block = table.block();
        let (start, old_start) = (combo * block, old_combo * block);
        let unchanged = table.values[start..start + block]
            == reference.values[old_start..old_start + block]
            && table.obs[start..start + block] == reference.obs[old_start..old_start + block];
        if unchanged && reference.invalid.is_empty() {
            continue;
        }
        for row in (0..reference.rows.len()).filter(|r| reference.row_is_present(old_combo, *r)) {
            for column in 0..columns {
                let old_index = reference.index(old_combo, row, column);
                if !reference.is_present(old_index) {
                    continue;
                }
                let index = table.index(combo, row, column);
                let old_value = reference.value(old_index);
                let value = table.value(index);
                let same = table.is_present(index)
                    && value == old_value
                    && table.obs[index] == reference.obs[old_index];
                if same || table.has_note(index) {
                    continue;
                }
                let params = params([
                    ("table", Param::from(id)),
                    ("slice", Param::from(table.slice_key(combo))),
                    ("code", Param::from(table.rows.codes[row].as_str())),
                    ("row", Param::from(table.rows.codes[row].as_str())),
                    ("column", Param::from(table.columns.codes[column].as_str())),
                    (
                        "previous",
                        old_value.map(Param::Int).unwrap_or(Param::from("")),
                    ),
                    ("value", value.map(Param::Int).unwrap_or(Param::from(""))),
                    (
                        "problem",
                        Param::from(match (old_value, value) {
                            (Some(_), None) => "cleared",
                            (None, Some(_)) => "filled",
                            _ => "changed",
                        }),
                    ),
                ]);
                out.push(Finding::new(
                    rule,
                    Some(id),
                    vec![cell(table, index)],
                    vec![value],
                    params,
                ));
            }
        }
    }
}
