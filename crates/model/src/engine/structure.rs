//! Checks within one table: completeness, the value domain, sums over a dimension, subsets,
//! residual shares, excluded codes, the asylum caseload, and the metadata.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::lines::{for_each_line, Axis, CellState, Line};
use super::sums;
use super::{cell, clamp, params, percent_text, Context};
use crate::definition::{MetadataKind, Unit};
use crate::findings::{Finding, Param, Severity};
use crate::grid::{TableGrid, NONE, UNKNOWN_STATUS};
use crate::rules::{Check, Rule};

pub(super) fn completeness(context: &Context<'_>, rule: &Rule, id: &str, out: &mut Vec<Finding>) {
    let definition = context.questionnaire.table(id).expect("checked at load");
    if !definition.mandatory {
        return;
    }
    let table = context.table(id);
    let per_period = table.combos_per_period();
    let missing: Vec<&str> = definition
        .mandatory_periods
        .iter()
        .filter(|period| {
            let Some(position) = table.slices[0].position(period) else {
                return true;
            };
            let combos = position * per_period..(position + 1) * per_period;
            !combos.into_iter().any(|c| table.combo_present[c])
        })
        .map(String::as_str)
        .collect();
    if missing.is_empty() {
        return;
    }
    let params = params([
        ("table", Param::from(id)),
        ("slices", Param::from(missing.join(", "))),
        ("count", Param::Int(missing.len() as i64)),
    ]);
    out.push(Finding::new(rule, Some(id), Vec::new(), Vec::new(), params));
}

pub(super) fn value_domain(context: &Context<'_>, rule: &Rule, id: &str, out: &mut Vec<Finding>) {
    let table = context.table(id);
    let missing = &context.grid.missing_status;
    let invalid: HashSet<usize> = table.invalid.iter().map(|(index, _)| *index).collect();
    let mut report = |index: usize, problem: &str, value: Option<i64>| {
        let params = params([
            ("table", Param::from(id)),
            ("problem", Param::from(problem)),
            ("value", value.map(Param::Int).unwrap_or(Param::from(""))),
        ]);
        out.push(Finding::new(
            rule,
            Some(id),
            vec![cell(table, index)],
            vec![value],
            params,
        ));
    };
    let mut blank_rows = Vec::new();
    for &(index, value) in &table.invalid {
        let problem = if value < 0 { "negative" } else { "too_large" };
        report(index, problem, Some(value));
    }
    for combo in (0..table.combos).filter(|c| table.combo_present[*c]) {
        // Runs of rows with numbers and no status, the common case, are checked in one pass
        // each. Only a run that fails is walked cell by cell.
        for run in table.row_runs(combo) {
            let cells = table.index(combo, run.start, 0)..table.index(combo, run.end, 0);
            if plain_cells(table, cells.clone()) {
                continue;
            }
            for row in run {
                let start = table.index(combo, row, 0);
                let mut blanks = Vec::new();
                for index in start..start + table.columns.len() {
                    let value = table.values[index];
                    let obs = table.obs[index];
                    let conf = table.conf[index];
                    let has_number = value != NONE;
                    if has_number != missing[usize::from(obs)]
                        && obs != UNKNOWN_STATUS
                        && conf != UNKNOWN_STATUS
                    {
                        continue;
                    }
                    if invalid.contains(&index) {
                        continue;
                    }
                    let problem = if obs == UNKNOWN_STATUS {
                        "unknown_obs_status"
                    } else if conf == UNKNOWN_STATUS {
                        "unknown_conf_status"
                    } else if has_number {
                        "value_with_missing_status"
                    } else {
                        blanks.push(index);
                        continue;
                    };
                    report(index, problem, has_number.then_some(value));
                }
                match blanks[..] {
                    [] => {}
                    [index] => report(index, "blank", None),
                    // Several empty cells of one row are one finding: a row left to fill.
                    _ => blank_rows.push((combo, row, blanks)),
                }
            }
        }
    }
    for (combo, row, blanks) in blank_rows {
        let params = params([
            ("table", Param::from(id)),
            ("problem", Param::from("blank_row")),
            ("value", Param::from("")),
            ("slice", Param::from(table.slice_key(combo))),
            ("code", Param::from(table.rows.codes[row].as_str())),
            ("count", Param::Int(blanks.len() as i64)),
        ]);
        out.push(Finding::new(
            rule,
            Some(id),
            blanks.iter().map(|i| cell(table, *i)).collect(),
            vec![None; blanks.len()],
            params,
        ));
    }
}

/// Whether every cell of a range has a number and no status the value-domain rule rejects.
fn plain_cells(table: &TableGrid, range: std::ops::Range<usize>) -> bool {
    // Folds instead of short-circuiting, so the compiler can vectorise the loops.
    let numbers = table.values[range.clone()]
        .iter()
        .fold(true, |all, v| all & (*v != NONE));
    let no_status = table.obs[range.clone()].iter().fold(0u8, |any, o| any | o) == 0;
    let known = table.conf[range]
        .iter()
        .fold(true, |all, c| all & (*c != UNKNOWN_STATUS));
    numbers && no_status && known
}

pub(super) fn dimension_sum(
    context: &Context<'_>,
    rule: &Rule,
    id: &str,
    dimension: &str,
    rounding: Option<&str>,
    out: &mut Vec<Finding>,
) {
    let definition = context.questionnaire.table(id).expect("checked at load");
    let table = context.table(id);
    let axis = Axis::of(definition, dimension);
    let total = axis_of(table, axis)
        .total
        .expect("summed dimensions have a total, checked at load");
    let base = context.rounding_base(id, rounding);
    // A fast pass over the dense arrays finds the lines whose parts do not add up; only those
    // are walked again to name their cells.
    let mut mismatches = Vec::new();
    match axis {
        Axis::Column => sums::along_columns(table, total, base, &mut mismatches),
        Axis::Row => sums::along_rows(table, total, base, &mut mismatches),
        Axis::Slice(k) => sums::along_slice(table, k, total, base, &mut mismatches),
    }
    for (combo, row, column) in mismatches {
        let line = Line::through(table, axis, combo, row, column);
        report_sum(table, &line, total, base, (id, dimension), rule, out);
    }
}

/// Reports one line whose parts do not add up to its total.
fn report_sum(
    table: &TableGrid,
    line: &Line<'_>,
    total: usize,
    base: i64,
    (id, dimension): (&str, &str),
    rule: &Rule,
    out: &mut Vec<Finding>,
) {
    let CellState::Value(total_index, total_value) = line.state(total) else {
        return;
    };
    let mut cells = vec![cell(table, total_index)];
    let mut values = vec![Some(total_value)];
    let mut sum = 0i64;
    let mut parts = 0i64;
    for code in (0..line.len()).filter(|c| *c != total) {
        if let CellState::Value(index, value) = line.state(code) {
            sum += value;
            parts += 1;
            cells.push(cell(table, index));
            values.push(Some(value));
        }
    }
    let tolerance = base * (parts + 1);
    let difference = i128::from(total_value) - i128::from(sum);
    let params = params([
        ("table", Param::from(id)),
        ("slice", Param::from(table.slice_key(line.combo_at(total)))),
        ("code", Param::from(line.fixed_code())),
        ("dimension", Param::from(dimension)),
        ("total", Param::Int(total_value)),
        ("sum", Param::Int(sum)),
        ("difference", Param::Int(clamp(difference))),
        ("tolerance", Param::Int(tolerance)),
    ]);
    out.push(Finding::new(rule, Some(id), cells, values, params));
}

fn axis_of(table: &TableGrid, axis: Axis) -> &crate::grid::Axis {
    match axis {
        Axis::Slice(k) => &table.slices[k],
        Axis::Row => &table.rows,
        Axis::Column => &table.columns,
    }
}

/// Sums the cells of `codes` along a line: `None` when one of them is reported without a
/// number, or none of them is reported.
fn sum_codes(line: &Line<'_>, codes: &[usize]) -> Option<i64> {
    let mut sum = 0;
    let mut reported = false;
    for code in codes {
        match line.state(*code) {
            CellState::Absent => {}
            CellState::Blank(_) => return None,
            CellState::Value(_, value) => {
                sum += value;
                reported = true;
            }
        }
    }
    reported.then_some(sum)
}

/// Lists the cells of `codes` along a line that have a number.
fn indices_of(line: &Line<'_>, codes: &[usize]) -> Vec<usize> {
    codes
        .iter()
        .filter_map(|code| match line.state(*code) {
            CellState::Value(index, _) => Some(index),
            _ => None,
        })
        .collect()
}

fn positions(axis: &crate::grid::Axis, codes: &[String]) -> Vec<usize> {
    codes.iter().filter_map(|c| axis.position(c)).collect()
}

pub(super) fn subset(
    context: &Context<'_>,
    rule: &Rule,
    id: &str,
    dimension: &str,
    part: &[String],
    whole: &[String],
    out: &mut Vec<Finding>,
) {
    let definition = context.questionnaire.table(id).expect("checked at load");
    let table = context.table(id);
    let axis = Axis::of(definition, dimension);
    let part_codes = positions(axis_of(table, axis), part);
    let whole_codes = positions(axis_of(table, axis), whole);
    let mut report = |line: &Line<'_>| {
        let (Some(part_sum), Some(whole_sum)) =
            (sum_codes(line, &part_codes), sum_codes(line, &whole_codes))
        else {
            return;
        };
        if part_sum <= whole_sum {
            return;
        }
        let mut indices = indices_of(line, &part_codes);
        indices.extend(indices_of(line, &whole_codes));
        let params = params([
            ("table", Param::from(id)),
            ("slice", Param::from(table.slice_key(line.combo))),
            ("code", Param::from(line.fixed_code())),
            ("part", Param::Int(part_sum)),
            ("whole", Param::Int(whole_sum)),
            ("part_codes", Param::from(part.join(" + "))),
            ("whole_codes", Param::from(whole.join(" + "))),
        ]);
        out.push(Finding::new(
            rule,
            Some(id),
            indices.iter().map(|i| cell(table, *i)).collect(),
            indices.iter().map(|i| table.value(*i)).collect(),
            params,
        ));
    };
    match axis {
        // Along a slice dimension, whole blocks are added first; only the lines found too
        // large are walked again.
        Axis::Slice(k) => {
            let mut found = Vec::new();
            sums::subset_along_slice(table, k, &part_codes, &whole_codes, &mut found);
            for (combo, row, column) in found {
                report(&Line::through(table, axis, combo, row, column));
            }
        }
        _ => for_each_line(table, axis, report),
    }
}

pub(super) fn share(
    context: &Context<'_>,
    rule: &Rule,
    id: &str,
    dimension: &str,
    limits: &BTreeMap<String, f64>,
    out: &mut Vec<Finding>,
) {
    let definition = context.questionnaire.table(id).expect("checked at load");
    let table = context.table(id);
    let axis = Axis::of(definition, dimension);
    let codes = axis_of(table, axis);
    let total = codes.total.expect("checked at load");
    let column_total = table.columns.total;
    let limits: Vec<(usize, &str, f64)> = limits
        .iter()
        .filter_map(|(code, limit)| Some((codes.position(code)?, code.as_str(), *limit)))
        .collect();
    for_each_line(table, axis, |line| {
        // Shares are judged on the totals of the other dimension only.
        if axis == Axis::Row && column_total.is_some_and(|c| c != line.column) {
            return;
        }
        let Some(total_value) = line.state(total).value().filter(|v| *v > 0) else {
            return;
        };
        for (position, code, limit) in &limits {
            let CellState::Value(index, value) = line.state(*position) else {
                continue;
            };
            if (value as f64) <= limit * total_value as f64 {
                continue;
            }
            let total_index = line.state(total).index().expect("total has a value");
            let params = params([
                ("table", Param::from(id)),
                ("slice", Param::from(table.slice_key(line.combo))),
                ("code", Param::from(*code)),
                ("value", Param::Int(value)),
                ("total", Param::Int(total_value)),
                (
                    "percent",
                    Param::from(percent_text(value as f64, total_value as f64)),
                ),
                ("max_percent", Param::from(format!("{:.0}", limit * 100.0))),
            ]);
            out.push(Finding::new(
                rule,
                Some(id),
                vec![cell(table, index), cell(table, total_index)],
                vec![Some(value), Some(total_value)],
                params,
            ));
        }
    });
}

pub(super) fn excluded_code(
    context: &Context<'_>,
    rule: &Rule,
    id: &str,
    code: &str,
    out: &mut Vec<Finding>,
) {
    let table = context.table(id);
    let Some(row) = table.rows.position(code) else {
        return;
    };
    for combo in (0..table.combos).filter(|c| table.combo_present[*c]) {
        let reported =
            (0..table.columns.len()).any(|c| table.is_present(table.index(combo, row, c)));
        if !reported {
            continue;
        }
        let indices: Vec<usize> = (0..table.columns.len())
            .map(|column| table.index(combo, row, column))
            .collect();
        let params = params([
            ("table", Param::from(id)),
            ("slice", Param::from(table.slice_key(combo))),
            ("code", Param::from(code)),
        ]);
        out.push(Finding::new(
            rule,
            Some(id),
            indices.iter().map(|i| cell(table, *i)).collect(),
            indices.iter().map(|i| table.value(*i)).collect(),
            params,
        ));
    }
}

pub(super) fn caseload(context: &Context<'_>, rule: &Rule, out: &mut Vec<Finding>) {
    let Check::Caseload {
        table: id,
        dimension,
        pending_start,
        applied,
        decided,
        closed,
        pending_end,
        max_gap_relative,
    } = &rule.check
    else {
        return;
    };
    let definition = context.questionnaire.table(id).expect("checked at load");
    let table = context.table(id);
    let axis = Axis::of(definition, dimension);
    let codes = axis_of(table, axis);
    let named = [pending_start, applied, decided, closed, pending_end];
    let positions: Vec<usize> = named
        .iter()
        .map(|code| codes.position(code).expect("checked at load"))
        .collect();
    let positions: [usize; 5] = positions.try_into().expect("five codes");
    for_each_line(table, axis, |line| {
        let states = positions.map(|p| line.state(p));
        let values = states.map(CellState::value);
        let [Some(start), Some(applications), Some(decisions), closures, end] = values else {
            return;
        };
        // Decisions alone can already exceed the caseload, before the closures are known.
        let available = start + applications;
        let leaving = decisions + closures.unwrap_or(0);
        let expected = available - leaving;
        let (problem, severity, end) = if leaving > available {
            ("exceeds", Severity::Error, end.unwrap_or(0))
        } else if let (Some(_), Some(end)) = (closures, end) {
            if (end - expected).abs() as f64 <= max_gap_relative * expected.max(1) as f64 {
                return;
            }
            ("gap", rule.severity, end)
        } else {
            return;
        };
        let indices: Vec<usize> = states.iter().filter_map(|s| s.index()).collect();
        let params = params([
            ("table", Param::from(id.as_str())),
            ("period", Param::from(table.slice_key(line.combo))),
            ("code", Param::from(line.fixed_code())),
            ("problem", Param::from(problem)),
            ("available", Param::Int(available)),
            ("decided", Param::Int(leaving)),
            ("expected", Param::Int(expected)),
            ("reported", Param::Int(end)),
            ("difference", Param::Int(end - expected)),
            (
                "percent",
                Param::from(percent_text(
                    (end - expected).abs() as f64,
                    expected.max(1) as f64,
                )),
            ),
        ]);
        let finding = Finding::new(
            rule,
            Some(id),
            indices.iter().map(|i| cell(table, *i)).collect(),
            indices.iter().map(|i| table.value(*i)).collect(),
            params,
        );
        out.push(finding.with_severity(severity));
    });
}

fn has_data(table: &TableGrid) -> bool {
    table.combo_present.iter().any(|p| *p)
}

pub(super) fn required_metadata(
    context: &Context<'_>,
    rule: &Rule,
    id: &str,
    out: &mut Vec<Finding>,
) {
    if !has_data(context.table(id)) {
        return;
    }
    for question in context
        .questionnaire
        .def
        .metadata
        .iter()
        .filter(|q| q.required && q.applies_to(id))
    {
        let answer = context.answer(id, &question.id).unwrap_or("");
        let answered = match question.kind {
            MetadataKind::Choice => question.choices.iter().any(|c| c.code == answer),
            MetadataKind::Date => crate::definition::is_iso_date(answer),
            MetadataKind::Integer => answer.parse::<u64>().is_ok(),
            MetadataKind::Text | MetadataKind::LongText => !answer.is_empty(),
        };
        if answered {
            continue;
        }
        let params = params([
            ("table", Param::from(id)),
            ("field", Param::from(question.id.as_str())),
        ]);
        out.push(Finding::new(rule, Some(id), Vec::new(), Vec::new(), params));
    }
}

pub(super) fn unit_consistency(
    context: &Context<'_>,
    rule: &Rule,
    groups: &[Vec<String>],
    question: &str,
    out: &mut Vec<Finding>,
) {
    let mut reported = BTreeSet::new();
    for id in groups.iter().flatten() {
        if !reported.insert(id.as_str()) || !has_data(context.table(id)) {
            continue;
        }
        let definition = context.questionnaire.table(id).expect("checked at load");
        let Some(answer) = context.answer(id, question) else {
            continue;
        };
        if Unit::from_code(answer).is_some_and(|u| definition.units.contains(&u)) {
            continue;
        }
        let allowed: Vec<&str> = definition.units.iter().map(|u| u.code()).collect();
        let params = params([
            ("table", Param::from(id.as_str())),
            ("problem", Param::from("not_allowed")),
            ("unit", Param::from(answer)),
            ("units", Param::from(allowed.join(", "))),
            ("tables", Param::from(id.as_str())),
        ]);
        out.push(Finding::new(rule, Some(id), Vec::new(), Vec::new(), params));
    }
    for group in groups {
        let declared: Vec<(&str, &str)> = group
            .iter()
            .filter(|id| has_data(context.table(id)))
            .filter_map(|id| Some((id.as_str(), context.answer(id, question)?)))
            .collect();
        let units: BTreeSet<&str> = declared.iter().map(|(_, unit)| *unit).collect();
        if units.len() < 2 {
            continue;
        }
        let tables: Vec<&str> = declared.iter().map(|(id, _)| *id).collect();
        let described: Vec<String> = declared
            .iter()
            .map(|(id, u)| format!("{id}: {u}"))
            .collect();
        let params = params([
            ("table", Param::from(tables[0])),
            ("problem", Param::from("differ")),
            ("tables", Param::from(tables.join(", "))),
            ("units", Param::from(described.join(", "))),
            ("unit", Param::from("")),
        ]);
        out.push(Finding::new(
            rule,
            Some(tables[0]),
            Vec::new(),
            Vec::new(),
            params,
        ));
    }
}
