//! The fast pass of the sum rule: straight loops over the dense arrays that only find the
//! lines whose parts do not add up to their total. Each returns the cell of the line's total
//! as (combination, row, column).
//!
//! The rule they implement: a line is compared when its total has a number, at least one part
//! has a number, and no reported part lacks one; parts in rows or slices that are not reported
//! count as nothing. A line differs when the total and the sum of the parts are further apart
//! than the rounding base times the number of cells involved.

use crate::grid::{TableGrid, NONE};

fn differs(total: i64, sum: i64, parts: i64, base: i64) -> bool {
    parts > 0 && (i128::from(total) - i128::from(sum)).abs() > i128::from(base * (parts + 1))
}

/// Lines along the column dimension: each reported row of each reported combination.
pub(super) fn along_columns(
    table: &TableGrid,
    total: usize,
    base: i64,
    out: &mut Vec<(usize, usize, usize)>,
) {
    let columns = table.columns.len();
    for combo in (0..table.combos).filter(|c| table.combo_present[*c]) {
        for row in 0..table.rows.len() {
            if !table.row_is_present(combo, row) {
                continue;
            }
            let start = table.index(combo, row, 0);
            let cells = &table.values[start..start + columns];
            let total_value = cells[total];
            if total_value == NONE {
                continue;
            }
            let mut sum = 0i64;
            let mut blank = false;
            for (column, value) in cells.iter().enumerate() {
                if column != total {
                    blank |= *value == NONE;
                    sum += if *value == NONE { 0 } else { *value };
                }
            }
            if !blank && differs(total_value, sum, columns as i64 - 1, base) {
                out.push((combo, row, total));
            }
        }
    }
}

/// Lines along the row dimension: each column of each reported combination, over the
/// reported rows.
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
        for row in 0..table.rows.len() {
            if row == total || !table.row_is_present(combo, row) {
                continue;
            }
            parts += 1;
            let start = table.index(combo, row, 0);
            let cells = &table.values[start..start + columns];
            for ((sum, blank), value) in sums.iter_mut().zip(blanks.iter_mut()).zip(cells) {
                *blank |= *value == NONE;
                *sum += if *value == NONE { 0 } else { *value };
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
        for part in part_combos {
            for (row, count) in parts.iter_mut().enumerate() {
                if !table.row_is_present(part, row) {
                    continue;
                }
                *count += 1;
                let start = table.index(part, row, 0);
                let cells = &table.values[start..start + columns];
                let at = row * columns;
                for ((sum, blank), value) in sums[at..at + columns]
                    .iter_mut()
                    .zip(&mut blanks[at..at + columns])
                    .zip(cells)
                {
                    *blank |= *value == NONE;
                    *sum += if *value == NONE { 0 } else { *value };
                }
            }
        }
        for (row, count) in parts.iter().enumerate() {
            if !table.row_is_present(combo, row) {
                continue;
            }
            for column in 0..columns {
                let total_value = table.values[table.index(combo, row, column)];
                let at = row * columns + column;
                if total_value != NONE
                    && !blanks[at]
                    && differs(total_value, sums[at], *count, base)
                {
                    out.push((combo, row, column));
                }
            }
        }
    }
}
