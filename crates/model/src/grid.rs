//! A dense index of a dataset, built once per validation, on which the rules run.
//!
//! Each table becomes flat arrays laid out as [slice combination][row][column], with every code
//! of an enumerated dimension at a fixed position, so the rules add and compare numbers without
//! parsing a key or allocating. Keys are rebuilt only for the cells a finding names.

use std::collections::HashMap;

use crate::dataset::{CellValue, Dataset, MAX_COUNT};
use crate::definition::{CodeListKind, DimensionRole, Questionnaire, TableDef, KEY_SEPARATOR};

/// Marks a cell with no number, or with a number outside the domain (kept in `invalid`).
pub const NONE: i64 = i64::MIN;

/// Most reference dates one stock table may hold.
pub const MAX_DATES: usize = 32;

/// Observation or confidentiality status of a cell: 0 for none, the code's position in the
/// definition's list plus one, or `UNKNOWN_STATUS` for a code the definition does not list.
pub const UNKNOWN_STATUS: u8 = u8::MAX;

const FLAG_PRESENT: u8 = 1;
const FLAG_NOTE: u8 = 2;

/// Failure to index a dataset. Validation reports it as a value-domain finding (problem
/// `too_many_dates`), so it never reaches the user as an error of its own.
#[derive(Debug, thiserror::Error)]
pub enum GridError {
    #[error("table {table} has {count} reference dates, at most {max} are accepted; report the stock at fewer dates")]
    TooManyDates {
        table: String,
        count: usize,
        max: usize,
    },
}

/// One dimension's codes and their positions.
#[derive(Debug, Clone)]
pub struct Axis {
    pub id: String,
    pub codes: Vec<String>,
    positions: HashMap<String, u32>,
    /// Position of the total code, if the dimension has one.
    pub total: Option<usize>,
    /// Rows of an open dimension exist only where the dataset has cells.
    pub open: bool,
}

impl Axis {
    fn new(id: &str, codes: Vec<String>, total: Option<&str>, open: bool) -> Axis {
        let positions = codes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.clone(), i as u32))
            .collect();
        let total = total.and_then(|t| codes.iter().position(|c| c == t));
        Axis {
            id: id.to_string(),
            codes,
            positions,
            total,
            open,
        }
    }

    pub fn position(&self, code: &str) -> Option<usize> {
        // A short list is searched faster than a hash is computed.
        if self.codes.len() <= 16 {
            return self.codes.iter().position(|c| c == code);
        }
        self.positions.get(code).map(|p| *p as usize)
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

/// The dense form of one table.
#[derive(Debug, Clone)]
pub struct TableGrid {
    pub id: String,
    /// Slice dimensions, the period first.
    pub slices: Vec<Axis>,
    pub rows: Axis,
    pub columns: Axis,
    /// Whether the definition lists the row dimension before the column dimension.
    row_first: bool,
    /// Number of slice combinations (the product of the slice axes' lengths).
    pub combos: usize,
    pub values: Vec<i64>,
    pub obs: Vec<u8>,
    pub conf: Vec<u8>,
    flags: Vec<u8>,
    /// Numbers outside 0..=MAX_COUNT, by cell index; their `values` entry is `NONE`.
    pub invalid: Vec<(usize, i64)>,
    /// Whether a slice combination has any cell.
    pub combo_present: Vec<bool>,
    /// Whether a row of a slice combination is shown: it has a cell, or the combination is
    /// present and the row is the total or belongs to a closed dimension.
    pub row_present: Vec<bool>,
}

impl TableGrid {
    fn empty(questionnaire: &Questionnaire, table: &TableDef, dates: Vec<String>) -> TableGrid {
        let axis_of = |dim: &crate::definition::DimensionDef, codes: Vec<String>| {
            Axis::new(&dim.id, codes, dim.total.as_deref(), dim.open)
        };
        let codes_of = |dim: &crate::definition::DimensionDef| -> Vec<String> {
            questionnaire
                .codes(&dim.codelist)
                .iter()
                .map(|c| c.code.clone())
                .collect()
        };
        let mut slices = Vec::new();
        for (index, dim) in table.slice_dims().iter().enumerate() {
            let is_date = questionnaire
                .codelist(&dim.codelist)
                .is_some_and(|l| l.kind == CodeListKind::Date);
            let codes = if index == 0 && is_date {
                dates.clone()
            } else {
                codes_of(dim)
            };
            slices.push(axis_of(dim, codes));
        }
        let rows = axis_of(table.row_dim(), codes_of(table.row_dim()));
        let columns = axis_of(table.column_dim(), codes_of(table.column_dim()));
        let combos: usize = slices.iter().map(Axis::len).product();
        let cells = combos * rows.len() * columns.len();
        TableGrid {
            id: table.id.clone(),
            row_first: table.dimensions[table.slice_count()].role == DimensionRole::Row,
            combos,
            values: vec![NONE; cells],
            obs: vec![0; cells],
            conf: vec![0; cells],
            flags: vec![0; cells],
            invalid: Vec::new(),
            combo_present: vec![false; combos],
            row_present: vec![false; combos * rows.len()],
            slices,
            rows,
            columns,
        }
    }

    /// Cells per slice combination.
    pub fn block(&self) -> usize {
        self.rows.len() * self.columns.len()
    }

    pub fn index(&self, combo: usize, row: usize, column: usize) -> usize {
        (combo * self.rows.len() + row) * self.columns.len() + column
    }

    /// Decodes a slice combination into one position per slice axis.
    pub fn combo_positions(&self, combo: usize) -> Vec<usize> {
        let mut rest = combo;
        let mut positions = vec![0; self.slices.len()];
        for (axis, position) in self.slices.iter().zip(positions.iter_mut()).rev() {
            *position = rest % axis.len();
            rest /= axis.len();
        }
        positions
    }

    /// Encodes one position per slice axis into a slice combination.
    pub fn combo_of(&self, positions: &[usize]) -> usize {
        self.slices
            .iter()
            .zip(positions)
            .fold(0, |acc, (axis, p)| acc * axis.len() + p)
    }

    /// Number of combinations sharing one period: the stride of the period in combinations.
    pub fn combos_per_period(&self) -> usize {
        self.slices[1..].iter().map(Axis::len).product()
    }

    /// Whether every slice dimension after the period is at its total (where it has one): the
    /// combinations that hold a table's main series.
    pub fn is_main_combo(&self, combo: usize) -> bool {
        let mut rest = combo;
        for axis in self.slices[1..].iter().rev() {
            let position = rest % axis.len();
            rest /= axis.len();
            if axis.total.is_some_and(|total| total != position) {
                return false;
            }
        }
        true
    }

    pub fn period_of_combo(&self, combo: usize) -> usize {
        combo / self.combos_per_period()
    }

    pub fn slice_key(&self, combo: usize) -> String {
        let positions = self.combo_positions(combo);
        let codes: Vec<&str> = self
            .slices
            .iter()
            .zip(&positions)
            .map(|(axis, p)| axis.codes[*p].as_str())
            .collect();
        codes.join(&KEY_SEPARATOR.to_string())
    }

    pub fn key(&self, combo: usize, row: usize, column: usize) -> String {
        let mut key = self.slice_key(combo);
        let (first, second) = if self.row_first {
            (&self.rows.codes[row], &self.columns.codes[column])
        } else {
            (&self.columns.codes[column], &self.rows.codes[row])
        };
        key.push(KEY_SEPARATOR);
        key.push_str(first);
        key.push(KEY_SEPARATOR);
        key.push_str(second);
        key
    }

    /// Builds the key of a cell given by its flat index.
    pub fn key_at(&self, index: usize) -> String {
        let columns = self.columns.len();
        let rows = self.rows.len();
        self.key(
            index / (rows * columns),
            (index / columns) % rows,
            index % columns,
        )
    }

    pub fn has_note(&self, index: usize) -> bool {
        self.flags[index] & FLAG_NOTE != 0
    }

    pub fn is_present(&self, index: usize) -> bool {
        self.flags[index] & FLAG_PRESENT != 0
    }

    /// Runs of consecutive shown rows of a combination, as row ranges.
    pub fn row_runs(&self, combo: usize) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        let rows = self.rows.len();
        let shown = &self.row_present[combo * rows..(combo + 1) * rows];
        let mut row = 0;
        std::iter::from_fn(move || {
            while row < rows && !shown[row] {
                row += 1;
            }
            if row == rows {
                return None;
            }
            let start = row;
            while row < rows && shown[row] {
                row += 1;
            }
            Some(start..row)
        })
    }

    pub fn row_is_present(&self, combo: usize, row: usize) -> bool {
        self.row_present[combo * self.rows.len() + row]
    }

    /// Returns the number of a cell, `None` for no number or one outside the domain.
    pub fn value(&self, index: usize) -> Option<i64> {
        let value = self.values[index];
        (value != NONE).then_some(value)
    }

    /// Finds a cell index from a slice given by codes and row and column codes.
    pub fn find(&self, slice_codes: &[&str], row: &str, column: &str) -> Option<usize> {
        let mut positions = Vec::with_capacity(self.slices.len());
        for (axis, code) in self.slices.iter().zip(slice_codes) {
            positions.push(axis.position(code)?);
        }
        if positions.len() != self.slices.len() {
            return None;
        }
        let combo = self.combo_of(&positions);
        Some(self.index(
            combo,
            self.rows.position(row)?,
            self.columns.position(column)?,
        ))
    }

    /// Finds the cell of `key`: (combination, row, column). Keys arrive sorted, so
    /// consecutive keys usually share everything but their last code; `cache` keeps the
    /// position of the last prefix parsed.
    fn locate(&self, key: &str, cache: &mut PrefixCache) -> Option<(usize, usize, usize)> {
        let split = key.bytes().rposition(|b| b == KEY_SEPARATOR as u8)?;
        let (prefix, last) = (&key[..split], &key[split + 1..]);
        if cache.prefix != prefix {
            cache.prefix.clear();
            cache.prefix.push_str(prefix);
            cache.position = self.locate_prefix(prefix);
        }
        let (combo, first) = cache.position?;
        if self.row_first {
            Some((combo, first, self.columns.position(last)?))
        } else {
            Some((combo, self.rows.position(last)?, first))
        }
    }

    /// Parses everything but the last code of a key: the combination and the position of the
    /// dimension that comes first of row and column.
    fn locate_prefix(&self, prefix: &str) -> Option<(usize, usize)> {
        let mut parts = prefix.split(KEY_SEPARATOR);
        let mut combo = 0;
        for axis in &self.slices {
            combo = combo * axis.len() + axis.position(parts.next()?)?;
        }
        let first = parts.next()?;
        if parts.next().is_some() {
            return None;
        }
        let first = if self.row_first {
            self.rows.position(first)?
        } else {
            self.columns.position(first)?
        };
        Some((combo, first))
    }

    fn insert(
        &mut self,
        questionnaire: &Questionnaire,
        key: &str,
        cell: &CellValue,
        cache: &mut PrefixCache,
    ) {
        let Some((combo, row, column)) = self.locate(key, cache) else {
            return;
        };
        let index = self.index(combo, row, column);
        if let Some(value) = cell.value {
            if (0..=MAX_COUNT).contains(&value) {
                self.values[index] = value;
            } else {
                self.invalid.push((index, value));
            }
        }
        let statuses = &questionnaire.def.statuses;
        self.obs[index] = status_index(&statuses.obs_status, cell.obs_status.as_deref());
        self.conf[index] = status_index(&statuses.conf_status, cell.conf_status.as_deref());
        let mut flags = FLAG_PRESENT;
        if cell.note.as_deref().is_some_and(|n| !n.trim().is_empty()) {
            flags |= FLAG_NOTE;
        }
        self.flags[index] = flags;
        self.combo_present[combo] = true;
        self.row_present[combo * self.rows.len() + row] = true;
    }

    /// Marks the total row and every row of a closed dimension as shown in present combinations.
    fn finish(&mut self) {
        let rows = self.rows.len();
        for combo in 0..self.combos {
            if !self.combo_present[combo] {
                continue;
            }
            for row in 0..rows {
                if !self.rows.open || self.rows.total == Some(row) {
                    self.row_present[combo * rows + row] = true;
                }
            }
        }
    }
}

/// The last key prefix parsed while indexing a table, and where it points.
#[derive(Default)]
struct PrefixCache {
    prefix: String,
    position: Option<(usize, usize)>,
}

fn status_index(codes: &[crate::definition::Code], code: Option<&str>) -> u8 {
    match code {
        None => 0,
        Some(code) => codes
            .iter()
            .position(|c| c.code == code)
            .and_then(|p| u8::try_from(p + 1).ok())
            .filter(|p| *p != UNKNOWN_STATUS)
            .unwrap_or(UNKNOWN_STATUS),
    }
}

/// The dense form of a dataset, one `TableGrid` per table of the definition, in its order.
/// It is built for one definition and must be used with that definition only.
#[derive(Debug, Clone)]
pub struct Grid {
    pub country: String,
    pub tables: Vec<TableGrid>,
    /// For each observation status position (as in `TableGrid::obs`), whether it replaces a
    /// value.
    pub missing_status: [bool; 256],
}

impl Grid {
    /// Builds the index. Cells whose key does not fit the definition are left out: payloads
    /// and imports check keys before they reach the dataset.
    pub fn build(questionnaire: &Questionnaire, dataset: &Dataset) -> Result<Self, GridError> {
        let mut tables = Vec::with_capacity(questionnaire.def.tables.len());
        for table in &questionnaire.def.tables {
            tables.push(TableGrid::build(questionnaire, table, dataset)?);
        }
        let mut missing_status = [false; 256];
        for (position, code) in questionnaire.def.statuses.obs_status.iter().enumerate() {
            if questionnaire.def.statuses.missing.contains(&code.code) {
                if let Some(slot) = missing_status.get_mut(position + 1) {
                    *slot = true;
                }
            }
        }
        Ok(Grid {
            country: dataset.country.clone(),
            tables,
            missing_status,
        })
    }

    /// Indexes one table again after its cells changed in `dataset`, so an edit costs the size
    /// of its table and not of the whole questionnaire. An unknown table id changes nothing.
    pub fn rebuild_table(
        &mut self,
        questionnaire: &Questionnaire,
        dataset: &Dataset,
        table: &str,
    ) -> Result<(), GridError> {
        let Some(position) = questionnaire.def.tables.iter().position(|t| t.id == table) else {
            return Ok(());
        };
        let definition = &questionnaire.def.tables[position];
        self.tables[position] = TableGrid::build(questionnaire, definition, dataset)?;
        self.country = dataset.country.clone();
        Ok(())
    }
}

impl TableGrid {
    fn build(
        questionnaire: &Questionnaire,
        table: &TableDef,
        dataset: &Dataset,
    ) -> Result<TableGrid, GridError> {
        let cells = dataset.cells.get(&table.id);
        let dates = match questionnaire.codelist(&table.period_dim().codelist) {
            Some(list) if list.kind == CodeListKind::Date => {
                let mut dates: Vec<String> = cells
                    .into_iter()
                    .flat_map(|c| c.keys())
                    .map(|key| table.period_of(key).to_string())
                    .filter(|date| crate::definition::is_iso_date(date))
                    .collect();
                dates.sort();
                dates.dedup();
                if dates.len() > MAX_DATES {
                    return Err(GridError::TooManyDates {
                        table: table.id.clone(),
                        count: dates.len(),
                        max: MAX_DATES,
                    });
                }
                dates
            }
            _ => Vec::new(),
        };
        let mut grid = TableGrid::empty(questionnaire, table, dates);
        let mut cache = PrefixCache::default();
        for (key, cell) in cells.into_iter().flatten() {
            if !cell.is_empty() {
                grid.insert(questionnaire, key, cell, &mut cache);
            }
        }
        grid.finish();
        Ok(grid)
    }
}

impl Grid {
    pub fn table(&self, id: &str) -> Option<&TableGrid> {
        self.tables.iter().find(|t| t.id == id)
    }

    /// Sums every number of every table: the baseline the validation benchmark compares with.
    pub fn plain_sum(&self) -> i64 {
        self.tables
            .iter()
            .flat_map(|t| t.values.iter())
            .filter(|v| **v != NONE)
            .fold(0i64, |acc, v| acc.wrapping_add(*v))
    }

    /// Number of cells that hold something.
    pub fn cell_count(&self) -> usize {
        self.tables
            .iter()
            .map(|t| t.flags.iter().filter(|f| **f & FLAG_PRESENT != 0).count())
            .sum()
    }
}
