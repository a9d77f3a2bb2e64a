//! The fast pass of the sum rule: straight loops over the dense arrays that only find the
//! lines whose parts do not add up to their total. Each returns the cell of the line's total
//! as (combination, row, column).
//!
//! The rule they implement: a line is compared when its total has a number, at least one part
//! has a number, and no reported part lacks one. Parts in rows or slices that are not reported
//! count as nothing. A line differs when the total and the sum of the parts are further apart
//! than the rounding base times the number of cells involved.
//!
//! Rows are walked in runs of consecutive shown rows, so the inner loops run over contiguous
//! memory; tables with five columns (the sex breakdown) get loops the compiler unrolls.

use crate::grid::{TableGrid, NONE};

fn differs(total: i64, sum: i64, parts: i64, base: i64) -> bool {
    parts > 0 && (i128::from(total) - i128::from(sum)).abs() > i128::from(base * (parts + 1))
}

/// Splits a cell into its contribution to a sum: its number, or 0 and a blank mark.
fn part(value: i64) -> (i64, bool) {
    if value == NONE {
        (0, true)
    } else {
        (value, false)
    }
}

/// Lines along the column dimension: each shown row of each reported combination.
pub(super) fn along_columns(
    table: &TableGrid,
    total: usize,
    base: i64,
    out: &mut Vec<(usize, usize, usize)>,
) {
    let columns = table.columns.len();
    for combo in (0..table.combos).filter(|c| table.combo_present[*c]) {
        for run in table.row_runs(combo) {
            let cells =
                &table.values[table.index(combo, run.start, 0)..table.index(combo, run.end, 0)];
            let mut report = |offset: usize| out.push((combo, run.start + offset, total));
            if columns == 5 {
                rows_of::<5>(cells, total, base, &mut report);
            } else {
                for (offset, row) in cells.chunks_exact(columns).enumerate() {
                    if row_differs(row, total, base) {
                        report(offset);
                    }
                }
            }
        }
    }
}

fn rows_of<const N: usize>(cells: &[i64], total: usize, base: i64, report: &mut impl FnMut(usize)) {
    for (offset, row) in cells.chunks_exact(N).enumerate() {
        let row: &[i64; N] = row.try_into().expect("chunks of N");
        if row_differs(row, total, base) {
            report(offset);
        }
    }
}

fn row_differs(row: &[i64], total: usize, base: i64) -> bool {
    let total_value = row[total];
    // Wrapping adds keep the loop free of branches; a blank part (NONE) makes the sum
    // meaningless, and the line is then skipped.
    let mut sum = 0i64;
    let mut blank = false;
    for (column, value) in row.iter().enumerate() {
        let counted = column != total;
        sum = sum.wrapping_add(if counted { *value } else { 0 });
        blank |= counted & (*value == NONE);
    }
    total_value != NONE
        && !blank
        && sum != total_value
        && differs(total_value, sum, row.len() as i64 - 1, base)
}

/// Lines along the row dimension: each column of each reported combination, over the
/// shown rows.
pub(super) fn along_rows(
    table: &TableGrid,
    total: usize,
    base: i64,
    out: &mut Vec<(usize, usize, usize)>,
) {
    let columns = table.columns.len();
    let mut sums = vec![0i64; columns];
    let mut blanks = vec![false; columns];
    for combo in (0..table.combos).filter(|c| table.combo_present[*c]) {
        sums.fill(0);
        blanks.fill(false);
        let mut parts = 0i64;
        for run in table.row_runs(combo) {
            // The total row is not one of the parts.
            let pieces = [
                run.start..total.clamp(run.start, run.end),
                (total + 1).clamp(run.start, run.end)..run.end,
            ];
            for piece in pieces.into_iter().filter(|p| !p.is_empty()) {
                parts += piece.len() as i64;
                let cells = &table.values
                    [table.index(combo, piece.start, 0)..table.index(combo, piece.end, 0)];
                add_rows(cells, &mut sums, &mut blanks);
            }
        }
        for column in 0..columns {
            let total_value = table.values[table.index(combo, total, column)];
            if total_value != NONE
                && !blanks[column]
                && differs(total_value, sums[column], parts, base)
            {
                out.push((combo, total, column));
            }
        }
    }
}

/// Adds rows of cells into per-column sums and blank marks.
fn add_rows(cells: &[i64], sums: &mut [i64], blanks: &mut [bool]) {
    for row in cells.chunks_exact(sums.len()) {
        for ((sum, blank), value) in sums.iter_mut().zip(blanks.iter_mut()).zip(row) {
            let (value, missing) = part(*value);
            *sum += value;
            *blank |= missing;
        }
    }
}

/// Lines along slice dimension `k`: each cell of each combination whose code for `k` is the
/// total, against the same cell of the combinations with the other codes.
pub(super) fn along_slice(
    table: &TableGrid,
    k: usize,
    total: usize,
    base: i64,
    out: &mut Vec<(usize, usize, usize)>,
) {
    let stride: usize = table.slices[k + 1..].iter().map(|a| a.len()).product();
    let length = table.slices[k].len();
    let (rows, columns) = (table.rows.len(), table.columns.len());
    let block = rows * columns;
    let mut sums = vec![0i64; block];
    let mut blanks = vec![false; block];
    let mut parts = vec![0i64; rows];
    for combo in 0..table.combos {
        if (combo / stride) % length != total || !table.combo_present[combo] {
            continue;
        }
        let first = combo - total * stride;
        let part_combos: Vec<usize> = (0..length)
            .filter(|code| *code != total)
            .map(|code| first + code * stride)
            .filter(|c| table.combo_present[*c])
            .collect();
        if part_combos.is_empty() {
            continue;
        }
        sums.fill(0);
        blanks.fill(false);
        parts.fill(0);
        for part_combo in part_combos {
            let offset = part_combo * block;
            for run in table.row_runs(part_combo) {
                for count in &mut parts[run.clone()] {
                    *count += 1;
                }
                let (from, to) = (run.start * columns, run.end * columns);
                let cells = &table.values[offset + from..offset + to];
                for ((sum, blank), value) in sums[from..to]
                    .iter_mut()
                    .zip(&mut blanks[from..to])
                    .zip(cells)
                {
                    let (value, missing) = part(*value);
                    *sum += value;
                    *blank |= missing;
                }
            }
        }
        let offset = combo * block;
        for run in table.row_runs(combo) {
            for at in run.start * columns..run.end * columns {
                let total_value = table.values[offset + at];
                let row = at / columns;
                if total_value != NONE
                    && !blanks[at]
                    && differs(total_value, sums[at], parts[row], base)
                {
                    out.push((combo, row, at % columns));
                }
            }
        }
    }
}

/// Sums of some codes of a slice dimension, cell by cell over a block.
struct BlockSum {
    sums: Vec<i64>,
    blanks: Vec<bool>,
    reported: Vec<bool>,
}

impl BlockSum {
    fn new(block: usize) -> BlockSum {
        BlockSum {
            sums: vec![0; block],
            blanks: vec![false; block],
            reported: vec![false; block],
        }
    }

    /// Adds the shown rows of the combinations `combos` (those reported).
    fn fill(&mut self, table: &TableGrid, combos: impl Iterator<Item = usize>) {
        self.sums.fill(0);
        self.blanks.fill(false);
        self.reported.fill(false);
        let (columns, block) = (table.columns.len(), table.block());
        for combo in combos.filter(|c| table.combo_present[*c]) {
            for run in table.row_runs(combo) {
                let (from, to) = (run.start * columns, run.end * columns);
                let cells = &table.values[combo * block + from..combo * block + to];
                for (((sum, blank), reported), value) in self.sums[from..to]
                    .iter_mut()
                    .zip(&mut self.blanks[from..to])
                    .zip(&mut self.reported[from..to])
                    .zip(cells)
                {
                    let (value, missing) = part(*value);
                    *sum += value;
                    *blank |= missing;
                    *reported = true;
                }
            }
        }
    }

    /// Returns the sum at a cell of the block, when every added cell had a number.
    fn at(&self, at: usize) -> Option<i64> {
        (self.reported[at] && !self.blanks[at]).then_some(self.sums[at])
    }
}

/// Cells where the `part` codes of slice dimension `k` add up to more than its `whole` codes,
/// as (combination with code 0 for `k`, row, column).
pub(super) fn subset_along_slice(
    table: &TableGrid,
    k: usize,
    part_codes: &[usize],
    whole_codes: &[usize],
    out: &mut Vec<(usize, usize, usize)>,
) {
    let stride: usize = table.slices[k + 1..].iter().map(|a| a.len()).product();
    let length = table.slices[k].len();
    let (block, columns) = (table.block(), table.columns.len());
    let mut part = BlockSum::new(block);
    let mut whole = BlockSum::new(block);
    for first in 0..table.combos {
        if !(first / stride).is_multiple_of(length) {
            continue;
        }
        let along = |codes: &[usize]| -> Vec<usize> {
            codes.iter().map(|code| first + code * stride).collect()
        };
        let (parts, wholes) = (along(part_codes), along(whole_codes));
        let reported = |combos: &[usize]| combos.iter().any(|c| table.combo_present[*c]);
        if !reported(&parts) || !reported(&wholes) {
            continue;
        }
        part.fill(table, parts.into_iter());
        whole.fill(table, wholes.into_iter());
        for at in 0..block {
            if let (Some(p), Some(w)) = (part.at(at), whole.at(at)) {
                if p > w {
                    out.push((first, at / columns, at % columns));
                }
            }
        }
    }
}
