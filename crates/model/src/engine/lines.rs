//! Lines of cells that differ only in the code of one dimension: the unit the sum, subset,
//! share and caseload checks work on, whichever dimension they name.

use crate::definition::TableDef;
use crate::grid::{TableGrid, NONE};

/// A dimension of a table, by its place in the dense layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Axis {
    /// A slice dimension by position (0 is the period).
    Slice(usize),
    Row,
    Column,
}

impl Axis {
    pub fn of(table: &TableDef, dimension: &str) -> Axis {
        let position = table
            .dimension_index(dimension)
            .expect("rule dimensions are checked at load");
        if position < table.slice_count() {
            Axis::Slice(position)
        } else if table.dimensions[position].role == crate::definition::DimensionRole::Row {
            Axis::Row
        } else {
            Axis::Column
        }
    }
}

/// The state of one cell of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CellState {
    /// The cell's row or slice is not reported: it counts as nothing.
    Absent,
    /// The row is reported but the cell has no number (blank, flagged missing, or invalid).
    Blank(usize),
    Value(usize, i64),
}

impl CellState {
    pub fn index(self) -> Option<usize> {
        match self {
            CellState::Absent => None,
            CellState::Blank(index) | CellState::Value(index, _) => Some(index),
        }
    }

    pub fn value(self) -> Option<i64> {
        match self {
            CellState::Value(_, value) => Some(value),
            _ => None,
        }
    }
}

/// One line: the cells at (combo, row, column) with the line's axis varying.
pub(crate) struct Line<'t> {
    pub table: &'t TableGrid,
    axis: Axis,
    /// Combination with the line's slice coordinate at 0 when the axis is a slice.
    pub combo: usize,
    pub row: usize,
    pub column: usize,
    /// Combinations between two codes of a slice axis.
    slice_stride: usize,
}

impl<'t> Line<'t> {
    /// The line along `axis` through a cell. For a slice axis, `combo` may have any code of
    /// that slice; the line starts from the axis's first code.
    pub fn through(
        table: &'t TableGrid,
        axis: Axis,
        combo: usize,
        row: usize,
        column: usize,
    ) -> Line<'t> {
        let (combo, slice_stride) = match axis {
            Axis::Slice(k) => {
                let stride: usize = table.slices[k + 1..].iter().map(|a| a.len()).product();
                let code = (combo / stride) % table.slices[k].len();
                (combo - code * stride, stride)
            }
            _ => (combo, 0),
        };
        Line {
            table,
            axis,
            combo,
            row,
            column,
            slice_stride,
        }
    }

    pub fn len(&self) -> usize {
        match self.axis {
            Axis::Slice(k) => self.table.slices[k].len(),
            Axis::Row => self.table.rows.len(),
            Axis::Column => self.table.columns.len(),
        }
    }

    pub fn state(&self, code: usize) -> CellState {
        let table = self.table;
        let (combo, row, column) = match self.axis {
            Axis::Slice(_) => (self.combo + code * self.slice_stride, self.row, self.column),
            Axis::Row => (self.combo, code, self.column),
            Axis::Column => (self.combo, self.row, code),
        };
        if !table.row_is_present(combo, row) {
            return CellState::Absent;
        }
        let index = table.index(combo, row, column);
        match table.values[index] {
            NONE => CellState::Blank(index),
            value => CellState::Value(index, value),
        }
    }

    /// The slice combination of the line's cell at `code`: the place findings describe.
    pub fn combo_at(&self, code: usize) -> usize {
        match self.axis {
            Axis::Slice(_) => self.combo + code * self.slice_stride,
            _ => self.combo,
        }
    }

    /// The code fixed along the line in the other grid dimension, for messages: the row
    /// for lines along a column or slice, the column for lines along the rows.
    pub fn fixed_code(&self) -> &str {
        match self.axis {
            Axis::Row => &self.table.columns.codes[self.column],
            _ => &self.table.rows.codes[self.row],
        }
    }
}

/// Calls `visit` for every line along `axis` that crosses a reported row.
pub(crate) fn for_each_line(table: &TableGrid, axis: Axis, mut visit: impl FnMut(&Line<'_>)) {
    let rows = table.rows.len();
    let columns = table.columns.len();
    let mut line = Line {
        table,
        axis,
        combo: 0,
        row: 0,
        column: 0,
        slice_stride: 0,
    };
    match axis {
        Axis::Row => {
            for combo in (0..table.combos).filter(|c| table.combo_present[*c]) {
                line.combo = combo;
                for column in 0..columns {
                    line.column = column;
                    visit(&line);
                }
            }
        }
        Axis::Column => {
            for combo in (0..table.combos).filter(|c| table.combo_present[*c]) {
                line.combo = combo;
                for row in (0..rows).filter(|r| table.row_is_present(combo, *r)) {
                    line.row = row;
                    visit(&line);
                }
            }
        }
        Axis::Slice(k) => {
            let stride: usize = table.slices[k + 1..].iter().map(|a| a.len()).product();
            let length = table.slices[k].len();
            line.slice_stride = stride;
            for combo in 0..table.combos {
                if !(combo / stride).is_multiple_of(length) {
                    continue;
                }
                let along = |i: usize| combo + i * stride;
                if !(0..length).any(|i| table.combo_present[along(i)]) {
                    continue;
                }
                line.combo = combo;
                for row in 0..rows {
                    if !(0..length).any(|i| table.row_is_present(along(i), row)) {
                        continue;
                    }
                    line.row = row;
                    for column in 0..columns {
                        line.column = column;
                        visit(&line);
                    }
                }
            }
        }
    }
}
