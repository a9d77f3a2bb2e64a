//! Moving a country's cells from one questionnaire definition to a newer one.
//!
//! A definition may declare, in its `migrations` list, how the keys of an earlier version map
//! to its own: renamed tables, renamed codes and new dimensions with the code that the old
//! cells take. A stock table that gains an age dimension, for example, puts the old figures
//! under the age total. [`plan`] applies that declaration to a dataset and sorts every cell
//! into kept, moved or dropped. The caller stores dropped cells elsewhere, so no value is
//! lost.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::dataset::{CellValue, Dataset};
use crate::definition::{Questionnaire, TableDef, KEY_SEPARATOR};
use crate::findings::CellRef;

/// The mapping from the keys of definition version `from_version` to the definition that
/// declares it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MigrationDef {
    pub from_version: u32,
    /// Renamed tables: old table id to new table id. Tables not listed keep their id.
    #[serde(default)]
    pub tables: BTreeMap<String, String>,
    /// Renamed codes, named by the new table id and the dimension id.
    #[serde(default)]
    pub codes: Vec<CodeMove>,
    /// Dimensions the new table has and the old one lacked, with the code old cells take.
    #[serde(default)]
    pub added_dimensions: Vec<AddedDimension>,
}

/// A code renamed in one dimension of one table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeMove {
    /// Table id in the new definition.
    pub table: String,
    pub dimension: String,
    pub from: String,
    pub to: String,
}

/// A dimension added to a table, and the code that the cells of the older version take in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddedDimension {
    /// Table id in the new definition.
    pub table: String,
    pub dimension: String,
    pub code: String,
}

/// A cell that keeps its value under another table or key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MovedCell {
    pub from: CellRef,
    pub to: CellRef,
    pub value: CellValue,
}

/// A cell that has no place in the new definition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DroppedCell {
    pub cell: CellRef,
    pub value: CellValue,
}

/// A metadata answer whose table was renamed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MovedMetadata {
    pub from_table: String,
    pub to_table: String,
    pub field: String,
    pub value: String,
}

/// A metadata answer whose table or question is not in the new definition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DroppedMetadata {
    pub table: String,
    pub field: String,
    pub value: String,
}

/// A code of the new definition that the old one did not have.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct NewCode {
    pub table: String,
    pub dimension: String,
    pub code: String,
}

/// What moving a dataset to a new definition does to each of its cells and answers.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MigrationPlan {
    /// Cells whose table and key stay the same.
    pub kept: usize,
    pub moved: Vec<MovedCell>,
    pub dropped: Vec<DroppedCell>,
    pub moved_metadata: Vec<MovedMetadata>,
    pub dropped_metadata: Vec<DroppedMetadata>,
    /// Tables of the new definition that no old table maps to.
    pub new_tables: Vec<String>,
    /// New codes in the dimensions of tables that exist in both definitions.
    pub new_codes: Vec<NewCode>,
}

impl MigrationPlan {
    /// Whether applying the plan moves or drops any value or answer.
    pub fn changes_values(&self) -> bool {
        !self.moved.is_empty()
            || !self.dropped.is_empty()
            || !self.moved_metadata.is_empty()
            || !self.dropped_metadata.is_empty()
    }
}

/// Sorts every cell and metadata answer of `dataset`, entered under `old`, into kept, moved or
/// dropped under `new`.
///
/// Only the entry of `new.def.migrations` whose `from_version` equals `old`'s version is
/// applied. Without one, every table, dimension and code keeps its id, which is right for a
/// definition that only added codes or tables.
///
/// A cell is dropped when its table is gone, when one of its old dimensions is gone and its
/// code there was not that dimension's total, when a new dimension has no declared code, or
/// when the new key is not valid in `new`. When two old cells map to the same new cell, the
/// cell that keeps its key wins over a moved one, and among moved cells the first in table and
/// key order wins. The others are dropped, never added together, because their statuses and
/// notes cannot be summed.
pub fn plan(old: &Questionnaire, new: &Questionnaire, dataset: &Dataset) -> MigrationPlan {
    // NOTE: a workspace that skipped a version (from 1 straight to 3) gets only the
    // declaration for its own version, if the new definition carries one; chains of
    // declarations are not followed.
    let declaration = new
        .def
        .migrations
        .iter()
        .find(|m| m.from_version == old.def.version);
    let mapping = Mapping { declaration };

    let mut plan = MigrationPlan::default();
    let mut occupied: BTreeSet<(String, String)> = BTreeSet::new();
    let mut candidates = Vec::new();
    for (table_id, cells) in &dataset.cells {
        for (key, value) in cells {
            match mapping.target(old, new, table_id, key) {
                Some((new_table, new_key)) if &new_table == table_id && &new_key == key => {
                    occupied.insert((new_table, new_key));
                    plan.kept += 1;
                }
                Some(target) => candidates.push((table_id, key, value, Some(target))),
                None => candidates.push((table_id, key, value, None)),
            }
        }
    }
    for (table_id, key, value, target) in candidates {
        let from = CellRef {
            table: table_id.clone(),
            key: key.clone(),
        };
        match target {
            Some(target) if occupied.insert(target.clone()) => plan.moved.push(MovedCell {
                from,
                to: CellRef {
                    table: target.0,
                    key: target.1,
                },
                value: value.clone(),
            }),
            _ => plan.dropped.push(DroppedCell {
                cell: from,
                value: value.clone(),
            }),
        }
    }

    plan_metadata(&mapping, new, dataset, &mut plan);
    plan_new_tables_and_codes(&mapping, old, new, &mut plan);
    plan
}

/// The declaration that applies, if any, with lookups by old and new ids.
struct Mapping<'a> {
    declaration: Option<&'a MigrationDef>,
}

impl Mapping<'_> {
    fn table<'t>(&'t self, old_table: &'t str) -> &'t str {
        self.declaration
            .and_then(|d| d.tables.get(old_table))
            .map(String::as_str)
            .unwrap_or(old_table)
    }

    fn code<'c>(&'c self, table: &str, dimension: &str, code: &'c str) -> &'c str {
        self.declaration
            .and_then(|d| {
                d.codes
                    .iter()
                    .find(|m| m.table == table && m.dimension == dimension && m.from == code)
            })
            .map(|m| m.to.as_str())
            .unwrap_or(code)
    }

    fn added_code(&self, table: &str, dimension: &str) -> Option<&str> {
        self.declaration?
            .added_dimensions
            .iter()
            .find(|a| a.table == table && a.dimension == dimension)
            .map(|a| a.code.as_str())
    }

    /// Returns the table and key that an old cell takes in the new definition, or `None` when
    /// it has no place there.
    fn target(
        &self,
        old: &Questionnaire,
        new: &Questionnaire,
        table_id: &str,
        key: &str,
    ) -> Option<(String, String)> {
        let new_table_id = self.table(table_id);
        let new_table = new.table(new_table_id)?;
        let Some(old_table) = old.table(table_id) else {
            // A cell of a table the old definition does not know can only stay as it is.
            return new
                .accepts_key(new_table, key)
                .then(|| (new_table_id.to_string(), key.to_string()));
        };

        let codes: Vec<&str> = key.split(KEY_SEPARATOR).collect();
        if codes.len() != old_table.dimensions.len() {
            return None;
        }
        let by_dimension: BTreeMap<&str, &str> = old_table
            .dimensions
            .iter()
            .map(|d| d.id.as_str())
            .zip(codes)
            .collect();

        // A removed dimension keeps only its total: the figure without that breakdown.
        for dimension in &old_table.dimensions {
            if new_table.dimension(&dimension.id).is_none()
                && dimension.total.as_deref() != Some(by_dimension[dimension.id.as_str()])
            {
                return None;
            }
        }

        let mut new_codes = Vec::with_capacity(new_table.dimensions.len());
        for dimension in &new_table.dimensions {
            let code = match by_dimension.get(dimension.id.as_str()) {
                Some(code) => self.code(new_table_id, &dimension.id, code),
                None => self.added_code(new_table_id, &dimension.id)?,
            };
            new_codes.push(code);
        }
        let new_key = new_table.key_from_codes(&new_codes);
        new.accepts_key(new_table, &new_key)
            .then(|| (new_table_id.to_string(), new_key))
    }
}

fn plan_metadata(
    mapping: &Mapping<'_>,
    new: &Questionnaire,
    dataset: &Dataset,
    plan: &mut MigrationPlan,
) {
    for (table_id, answers) in &dataset.metadata {
        let new_table = mapping.table(table_id);
        let table_exists = new.table(new_table).is_some();
        for (field, value) in answers {
            let question_applies = table_exists
                && new
                    .def
                    .metadata
                    .iter()
                    .any(|q| &q.id == field && q.applies_to(new_table));
            if !question_applies {
                plan.dropped_metadata.push(DroppedMetadata {
                    table: table_id.clone(),
                    field: field.clone(),
                    value: value.clone(),
                });
            } else if new_table != table_id {
                plan.moved_metadata.push(MovedMetadata {
                    from_table: table_id.clone(),
                    to_table: new_table.to_string(),
                    field: field.clone(),
                    value: value.clone(),
                });
            }
        }
    }
}

fn plan_new_tables_and_codes(
    mapping: &Mapping<'_>,
    old: &Questionnaire,
    new: &Questionnaire,
    plan: &mut MigrationPlan,
) {
    let sources: BTreeMap<&str, &TableDef> = old
        .def
        .tables
        .iter()
        .map(|t| (mapping.table(&t.id), t))
        .collect();
    let mut new_codes = BTreeSet::new();
    for table in &new.def.tables {
        let Some(source) = sources.get(table.id.as_str()) else {
            plan.new_tables.push(table.id.clone());
            continue;
        };
        for dimension in &table.dimensions {
            let old_codes: BTreeSet<&str> = match source.dimension(&dimension.id) {
                Some(old_dimension) => old
                    .codes(&old_dimension.codelist)
                    .iter()
                    .map(|c| mapping.code(&table.id, &dimension.id, &c.code))
                    .collect(),
                None => BTreeSet::new(),
            };
            for code in new.codes(&dimension.codelist) {
                if !old_codes.contains(code.code.as_str()) {
                    new_codes.insert(NewCode {
                        table: table.id.clone(),
                        dimension: dimension.id.clone(),
                        code: code.code.clone(),
                    });
                }
            }
        }
    }
    plan.new_codes = new_codes.into_iter().collect();
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;

    fn text(en: &str) -> Value {
        json!({"en": en, "es": en, "pt": en, "fr": en})
    }

    fn codes(list: &[&str]) -> Value {
        Value::Array(
            list.iter()
                .map(|c| json!({"code": c, "label": text(c)}))
                .collect(),
        )
    }

    fn dimension(id: &str, role: &str, total: Option<&str>) -> Value {
        let mut value = json!({"id": id, "codelist": id, "role": role});
        if let Some(total) = total {
            value["total"] = json!(total);
        }
        value
    }

    fn table(id: &str, dimensions: Vec<Value>) -> Value {
        json!({"id": id, "title": text(id), "units": ["persons"], "period": "year",
               "dimensions": dimensions})
    }

    /// Version 1: T1 year × category × sex, T4 year × nationality × sex.
    fn version_1() -> Value {
        json!({
            "format": "sicremi-questionnaire/1", "id": "test", "version": 1, "cycle": 2026,
            "title": text("Test"),
            "codelists": {
                "year": {"label": text("Year"), "codes": codes(&["2023", "2024"])},
                "category": {"label": text("Category"),
                             "codes": codes(&["WORK", "ACC_FAM", "TOT"])},
                "sex": {"label": text("Sex"), "codes": codes(&["M", "F", "_T"])},
                "nationality": {"label": text("Nationality"),
                                "codes": codes(&["ARG", "BOL", "_T"])},
                "age": {"label": text("Age"), "codes": codes(&["Y0T14", "Y_GE15", "_T"])}
            },
            "statuses": {"obs_status": codes(&["A", "L"]), "conf_status": codes(&["C"]),
                         "missing": ["L"]},
            "metadata": [{"id": "source", "label": text("Source"), "kind": "text"}],
            "tables": [
                table("T1", vec![dimension("year", "slice", None),
                                 dimension("category", "row", Some("TOT")),
                                 dimension("sex", "column", Some("_T"))]),
                table("T4", vec![dimension("year", "slice", None),
                                 dimension("nationality", "row", Some("_T")),
                                 dimension("sex", "column", Some("_T"))]),
                table("T9", vec![dimension("year", "slice", None),
                                 dimension("nationality", "row", Some("_T")),
                                 dimension("sex", "column", Some("_T"))])
            ],
            "rules": []
        })
    }

    /// Version 2: ACC_FAM renamed FAMILY, T4 removed, T9 renamed T9S and given an age slice,
    /// and a new table T10.
    fn version_2() -> Value {
        let mut def = version_1();
        def["version"] = json!(2);
        def["codelists"]["category"]["codes"] = codes(&["WORK", "FAMILY", "OTHER", "TOT"]);
        def["tables"] = json!([
            table(
                "T1",
                vec![
                    dimension("year", "slice", None),
                    dimension("category", "row", Some("TOT")),
                    dimension("sex", "column", Some("_T"))
                ]
            ),
            table(
                "T9S",
                vec![
                    dimension("year", "slice", None),
                    dimension("age", "slice", Some("_T")),
                    dimension("nationality", "row", Some("_T")),
                    dimension("sex", "column", Some("_T"))
                ]
            ),
            table(
                "T10",
                vec![
                    dimension("year", "slice", None),
                    dimension("nationality", "row", Some("_T")),
                    dimension("sex", "column", Some("_T"))
                ]
            )
        ]);
        def["migrations"] = json!([{
            "from_version": 1,
            "tables": {"T9": "T9S"},
            "codes": [{"table": "T1", "dimension": "category", "from": "ACC_FAM",
                       "to": "FAMILY"}],
            "added_dimensions": [{"table": "T9S", "dimension": "age", "code": "_T"}]
        }]);
        def
    }

    fn questionnaire(value: &Value) -> Questionnaire {
        Questionnaire::from_json(value.to_string().as_bytes()).expect("test definition loads")
    }

    fn cell_ref(table: &str, key: &str) -> CellRef {
        CellRef {
            table: table.to_string(),
            key: key.to_string(),
        }
    }

    fn sample() -> Dataset {
        let mut dataset = Dataset::new("ARG");
        dataset.set("T1", "2024:WORK:F", CellValue::number(10));
        dataset.set("T1", "2024:ACC_FAM:F", CellValue::number(7));
        dataset.set("T4", "2024:BOL:M", CellValue::number(3));
        dataset.set("T9", "2023:BOL:_T", CellValue::number(99));
        dataset
            .metadata
            .entry("T9".to_string())
            .or_default()
            .insert("source".to_string(), "Census".to_string());
        dataset
            .metadata
            .entry("T4".to_string())
            .or_default()
            .insert("source".to_string(), "Registry".to_string());
        dataset
    }

    #[test]
    fn renamed_code_moves_cell() {
        let plan = plan(
            &questionnaire(&version_1()),
            &questionnaire(&version_2()),
            &sample(),
        );
        assert_eq!(plan.kept, 1, "T1 2024:WORK:F stays");
        assert!(plan.moved.contains(&MovedCell {
            from: cell_ref("T1", "2024:ACC_FAM:F"),
            to: cell_ref("T1", "2024:FAMILY:F"),
            value: CellValue::number(7),
        }));
    }

    #[test]
    fn added_dimension_takes_declared_code() {
        let plan = plan(
            &questionnaire(&version_1()),
            &questionnaire(&version_2()),
            &sample(),
        );
        assert!(plan.moved.contains(&MovedCell {
            from: cell_ref("T9", "2023:BOL:_T"),
            to: cell_ref("T9S", "2023:_T:BOL:_T"),
            value: CellValue::number(99),
        }));
    }

    #[test]
    fn removed_table_drops_cells() {
        let plan = plan(
            &questionnaire(&version_1()),
            &questionnaire(&version_2()),
            &sample(),
        );
        assert_eq!(
            plan.dropped,
            vec![DroppedCell {
                cell: cell_ref("T4", "2024:BOL:M"),
                value: CellValue::number(3),
            }]
        );
        assert!(plan.changes_values());
    }

    #[test]
    fn metadata_follows_renamed_table() {
        let plan = plan(
            &questionnaire(&version_1()),
            &questionnaire(&version_2()),
            &sample(),
        );
        assert_eq!(plan.moved_metadata.len(), 1);
        assert_eq!(plan.moved_metadata[0].to_table, "T9S");
        assert_eq!(plan.dropped_metadata.len(), 1);
        assert_eq!(plan.dropped_metadata[0].table, "T4");
    }

    #[test]
    fn new_tables_and_codes_listed() {
        let plan = plan(
            &questionnaire(&version_1()),
            &questionnaire(&version_2()),
            &Dataset::new("ARG"),
        );
        assert_eq!(plan.new_tables, vec!["T10".to_string()]);
        let other = NewCode {
            table: "T1".to_string(),
            dimension: "category".to_string(),
            code: "OTHER".to_string(),
        };
        assert!(plan.new_codes.contains(&other), "{:?}", plan.new_codes);
        assert!(
            !plan.new_codes.iter().any(|c| c.code == "FAMILY"),
            "a renamed code is not new"
        );
        assert!(plan
            .new_codes
            .iter()
            .any(|c| c.table == "T9S" && c.dimension == "age"));
    }

    #[test]
    fn collision_keeps_unmoved_cell() {
        let mut dataset = sample();
        dataset.set("T1", "2024:FAMILY:F", CellValue::number(1));
        // FAMILY is not a code of version 1, so the old cell would be dropped anyway; use a
        // same-version definition where ACC_FAM is renamed onto an existing code instead.
        let mut old = version_2();
        old["version"] = json!(1);
        old["migrations"] = json!([]);
        old["codelists"]["category"]["codes"] = codes(&["WORK", "FAMILY", "ACC_FAM", "TOT"]);
        old["tables"] = version_1()["tables"].clone();
        let plan = plan(&questionnaire(&old), &questionnaire(&version_2()), &dataset);
        assert!(plan.dropped.contains(&DroppedCell {
            cell: cell_ref("T1", "2024:ACC_FAM:F"),
            value: CellValue::number(7),
        }));
        assert!(!plan.moved.iter().any(|m| m.to.key == "2024:FAMILY:F"));
    }

    #[test]
    fn same_definition_keeps_everything() {
        let definition = questionnaire(&version_1());
        let plan = plan(&definition, &definition, &sample());
        assert_eq!(plan.kept, 4);
        assert!(!plan.changes_values());
        assert!(plan.new_tables.is_empty());
        assert!(plan.new_codes.is_empty());
    }

    #[test]
    fn removed_dimension_keeps_only_total() {
        let old = questionnaire(&version_2());
        let mut newer = version_2();
        newer["version"] = json!(3);
        newer["migrations"] = json!([{"from_version": 2, "tables": {"T9S": "T9"}}]);
        newer["tables"] = version_1()["tables"].clone();
        let mut dataset = Dataset::new("ARG");
        dataset.set("T9S", "2023:_T:BOL:F", CellValue::number(5));
        dataset.set("T9S", "2023:Y0T14:BOL:F", CellValue::number(2));
        let plan = plan(&old, &questionnaire(&newer), &dataset);
        assert_eq!(plan.moved.len(), 1);
        assert_eq!(plan.moved[0].to, cell_ref("T9", "2023:BOL:F"));
        assert_eq!(plan.dropped.len(), 1);
        assert_eq!(plan.dropped[0].cell.key, "2023:Y0T14:BOL:F");
    }
}
