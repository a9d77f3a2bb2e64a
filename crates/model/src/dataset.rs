//! The figures of one country's submission: cells and per-table metadata answers.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::definition::{Questionnaire, TableDef};

/// Largest count a cell may hold: above the world's population by two orders of magnitude, and
/// small enough that no sum over a table approaches the limits of i64.
pub const MAX_COUNT: i64 = 1_000_000_000_000;

/// One cell: a count, or no count and a status saying why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CellValue {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
    /// SDMX OBS_STATUS code, such as "E" (estimated) or "L" (data exist but were not collected).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub obs_status: Option<String>,
    /// SDMX CONF_STATUS code, such as "C" (confidential).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conf_status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl CellValue {
    pub fn number(value: i64) -> Self {
        CellValue {
            value: Some(value),
            ..CellValue::default()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.value.is_none()
            && self.obs_status.is_none()
            && self.conf_status.is_none()
            && self.note.is_none()
    }
}

/// Cells keyed by table id then cell key, and metadata keyed by table id then question id.
///
/// Deserialization rejects a key that appears twice in any of these maps: JSON allows it, and
/// a map would silently keep the last value, so a package could show one figure to a reader
/// of its text and import another.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// ISO 3166-1 alpha-3 code of the reporting country.
    pub country: String,
    #[serde(deserialize_with = "unique::nested")]
    pub cells: BTreeMap<String, BTreeMap<String, CellValue>>,
    #[serde(default, deserialize_with = "unique::nested")]
    pub metadata: BTreeMap<String, BTreeMap<String, String>>,
}

/// Deserializers of string-keyed maps that fail on a repeated key.
pub mod unique {
    use std::collections::BTreeMap;
    use std::fmt;
    use std::marker::PhantomData;

    use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

    struct UniqueVisitor<V>(PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for UniqueVisitor<V> {
        type Value = BTreeMap<String, V>;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str("a map whose keys appear once")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
            let mut map = BTreeMap::new();
            while let Some(key) = access.next_key::<String>()? {
                if map.contains_key(&key) {
                    return Err(de::Error::custom(format!("duplicate key {key:?}")));
                }
                let value = access.next_value()?;
                map.insert(key, value);
            }
            Ok(map)
        }
    }

    /// A string-keyed map whose keys appear once.
    pub struct UniqueMap<V>(pub BTreeMap<String, V>);

    impl<'de, V: Deserialize<'de>> Deserialize<'de> for UniqueMap<V> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer
                .deserialize_map(UniqueVisitor(PhantomData))
                .map(UniqueMap)
        }
    }

    /// Deserializes a map of string-keyed maps, rejecting a repeated key at either level.
    pub fn nested<'de, D, V>(
        deserializer: D,
    ) -> Result<BTreeMap<String, BTreeMap<String, V>>, D::Error>
    where
        D: Deserializer<'de>,
        V: Deserialize<'de>,
    {
        let outer: UniqueMap<UniqueMap<V>> = UniqueMap::deserialize(deserializer)?;
        Ok(outer
            .0
            .into_iter()
            .map(|(key, inner)| (key, inner.0))
            .collect())
    }

    /// Deserializes a string-keyed map, rejecting a repeated key.
    pub fn flat<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
    where
        D: Deserializer<'de>,
        V: Deserialize<'de>,
    {
        Ok(UniqueMap::deserialize(deserializer)?.0)
    }
}

impl Dataset {
    pub fn new(country: &str) -> Self {
        Dataset {
            country: country.to_string(),
            ..Dataset::default()
        }
    }

    pub fn cell(&self, table: &str, key: &str) -> Option<&CellValue> {
        self.cells.get(table)?.get(key)
    }

    pub fn value(&self, table: &str, key: &str) -> Option<i64> {
        self.cell(table, key)?.value
    }

    /// Sets a cell; an empty value removes it.
    pub fn set(&mut self, table: &str, key: &str, cell: CellValue) {
        let cells = self.cells.entry(table.to_string()).or_default();
        if cell.is_empty() {
            cells.remove(key);
        } else {
            cells.insert(key.to_string(), cell);
        }
    }

    pub fn metadata(&self, table: &str, field: &str) -> Option<&str> {
        self.metadata.get(table)?.get(field).map(String::as_str)
    }
}

/// The slices and rows of a table that contain data, from which the rules decide which cells
/// must be filled.
#[derive(Debug, Default)]
pub struct TableShape {
    /// Slice codes with at least one cell, in code-list order for enumerated slices and in date
    /// order for date slices.
    pub slices: Vec<String>,
    /// For each slice, the row codes present: rows with a cell, plus the total row.
    pub rows: BTreeMap<String, Vec<String>>,
    /// Column codes, all of them (column dimensions are never open).
    pub columns: Vec<String>,
}

impl TableShape {
    pub fn of(questionnaire: &Questionnaire, table: &TableDef, dataset: &Dataset) -> TableShape {
        let row_dim = table.row_dim();
        let mut present: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        if let Some(cells) = dataset.cells.get(&table.id) {
            for key in cells.keys() {
                if let Some((slice, row, _)) = table.split_key(key) {
                    present
                        .entry(slice.to_string())
                        .or_default()
                        .insert(row.to_string());
                }
            }
        }

        let slice_order = questionnaire.codes(&table.period_dim().codelist);
        let mut slices: Vec<String> = present.keys().cloned().collect();
        if !slice_order.is_empty() {
            slices.sort_by_key(|code| slice_order.iter().position(|c| &c.code == code));
        }

        let row_order = questionnaire.codes(&row_dim.codelist);
        let mut rows = BTreeMap::new();
        for slice in &slices {
            let found = &present[slice];
            let ordered: Vec<String> = row_order
                .iter()
                .filter(|code| {
                    !row_dim.open
                        || found.contains(&code.code)
                        || row_dim.total.as_deref() == Some(code.code.as_str())
                })
                .map(|code| code.code.clone())
                .collect();
            rows.insert(slice.clone(), ordered);
        }

        let columns = questionnaire
            .codes(&table.column_dim().codelist)
            .iter()
            .map(|c| c.code.clone())
            .collect();
        TableShape {
            slices,
            rows,
            columns,
        }
    }
}
