//! Each rule of the embedded questionnaire: a dataset that passes, one that fails with exactly
//! the expected finding, and the boundary case.
//!
//! Every case starts from the synthetic dataset of `fixtures`, which passes every rule (the
//! IDB indicator, an information, is always reported), and changes as few cells as the case
//! needs, keeping the other sums consistent so that only the rule under test fires.

use std::collections::BTreeMap;

use sicremi_model::fixtures::{consistent_dataset, FixtureOptions};
use sicremi_model::{
    validate, validate_network, validate_with, Assessment, CellValue, Dataset, Finding,
    Justification, Param, Questionnaire, Reference, Severity,
};

fn questionnaire() -> Questionnaire {
    Questionnaire::embedded()
}

fn clean() -> Dataset {
    consistent_dataset(&questionnaire(), &FixtureOptions::default())
}

fn value(data: &Dataset, table: &str, key: &str) -> i64 {
    data.value(table, key)
        .unwrap_or_else(|| panic!("{table}/{key} has no value"))
}

/// Adds `delta` to a cell.
fn add(data: &mut Dataset, table: &str, key: &str, delta: i64) {
    let new = value(data, table, key) + delta;
    data.set(table, key, CellValue::number(new));
}

/// Adds `delta` to a T1-shaped cell (period:row:column) and to the totals above it, so the
/// sums over rows and columns still hold.
fn add_consistently(
    data: &mut Dataset,
    table: &str,
    period: &str,
    row: &str,
    column: &str,
    delta: i64,
) {
    for (r, c) in [(row, column), (row, "_T"), ("_T", column), ("_T", "_T")] {
        add(data, table, &format!("{period}:{r}:{c}"), delta);
    }
}

fn of_rule<'f>(findings: &'f [Finding], rule: &str) -> Vec<&'f Finding> {
    findings.iter().filter(|f| f.rule == rule).collect()
}

/// The findings other than the IDB indicator, which is always reported.
fn problems(findings: &[Finding]) -> Vec<&Finding> {
    findings.iter().filter(|f| f.rule != "V19").collect()
}

fn param(finding: &Finding, name: &str) -> Param {
    finding
        .params
        .get(name)
        .cloned()
        .unwrap_or_else(|| panic!("finding {} has no parameter {name}", finding.id))
}

fn text(value: &str) -> Param {
    Param::Text(value.to_string())
}

/// The first nationalities of the fixture, by code-list order, without the reporting country.
const FIRST: &str = "ABW";
const SECOND: &str = "AFG";

#[test]
fn embedded_definition_loads_with_stable_hash() {
    let first = questionnaire();
    let second = questionnaire();
    assert_eq!(first.hash(), second.hash());
    assert!(first.hash_hex().starts_with("sha256:"));
    assert_eq!(first.def.tables.len(), 10);
    assert!(first.codes("nationality").iter().any(|c| c.code == "CUW"));
}

#[test]
fn hash_ignores_key_order_and_whitespace() {
    let original = questionnaire();
    let value: serde_json::Value =
        serde_json::from_str(sicremi_model::definition::EMBEDDED_DEFINITION).unwrap();
    let compact = serde_json::to_vec(&value).unwrap();
    let reloaded = Questionnaire::from_json(&compact).unwrap();
    assert_eq!(original.hash(), reloaded.hash());

    let mut changed = value.clone();
    changed["cycle"] = serde_json::json!(2099);
    let other = Questionnaire::from_json(&serde_json::to_vec(&changed).unwrap()).unwrap();
    assert_ne!(original.hash(), other.hash());
}

#[test]
fn every_rule_id_from_v00_to_v19_is_defined() {
    let q = questionnaire();
    for number in 0..=19 {
        let id = format!("V{number:02}");
        assert!(
            q.def.rules.iter().any(|r| r.id == id),
            "rule {id} is missing"
        );
    }
}

#[test]
fn fixture_passes_every_rule() {
    let findings = validate(&questionnaire(), &clean());
    assert_eq!(problems(&findings), Vec::<&Finding>::new());
    assert_eq!(of_rule(&findings, "V19").len(), 1);
}

#[test]
fn v00_missing_mandatory_year() {
    let mut data = clean();
    data.cells
        .get_mut("T1")
        .unwrap()
        .retain(|key, _| !key.starts_with("2025:"));
    let findings = validate(&questionnaire(), &data);
    let v00 = of_rule(&findings, "V00");
    assert_eq!(v00.len(), 1);
    assert_eq!(param(v00[0], "table"), text("T1"));
    assert_eq!(param(v00[0], "slices"), text("2025"));

    // Boundary: one cell is enough for the year to count as reported.
    let mut data = clean();
    data.cells
        .get_mut("T1")
        .unwrap()
        .retain(|key, _| !key.starts_with("2025:") || key == "2025:_T:_T");
    assert!(of_rule(&validate(&questionnaire(), &data), "V00").is_empty());
}

#[test]
fn v01_value_domain_cases() {
    let q = questionnaire();
    let key = format!("2024:{FIRST}:M");
    let case = |cell: CellValue| {
        let mut data = clean();
        data.set("T1", &key, cell);
        of_rule(&validate(&q, &data), "V01")
            .iter()
            .map(|f| param(f, "problem"))
            .collect::<Vec<_>>()
    };
    let status = |obs: &str, value: Option<i64>| CellValue {
        value,
        obs_status: Some(obs.into()),
        ..CellValue::default()
    };
    assert_eq!(case(CellValue::number(-1)), vec![text("negative")]);
    assert_eq!(
        case(CellValue::number(sicremi_model::MAX_COUNT + 1)),
        vec![text("too_large")]
    );
    assert_eq!(
        case(status("L", Some(5))),
        vec![text("value_with_missing_status")]
    );
    assert_eq!(
        case(status("ZZ", Some(5))),
        vec![text("unknown_obs_status")]
    );
    let note_only = CellValue {
        note: Some("figure to come".into()),
        ..CellValue::default()
    };
    assert_eq!(case(note_only), vec![text("blank")]);
    // Boundaries: zero, the largest count, and no number with a missing-value status pass.
    assert!(case(CellValue::number(0)).is_empty());
    assert!(case(CellValue::number(sicremi_model::MAX_COUNT)).is_empty());
    assert!(case(status("L", None)).is_empty());
    assert!(case(status("E", Some(5))).is_empty());
}

#[test]
fn v01_empty_row_is_one_finding() {
    let mut data = clean();
    for sex in ["M", "F", "O"] {
        data.set("T3", &format!("2024:FAMILY:{sex}"), CellValue::default());
    }
    let findings = validate(&questionnaire(), &data);
    let v01 = of_rule(&findings, "V01");
    assert_eq!(v01.len(), 1, "{v01:?}");
    assert_eq!(param(v01[0], "problem"), text("blank_row"));
    assert_eq!(param(v01[0], "count"), Param::Int(3));
    assert_eq!(param(v01[0], "code"), text("FAMILY"));
    assert_eq!(v01[0].cells.len(), 3);
}

#[test]
fn v02_sex_sum_and_rounding_tolerance() {
    let q = questionnaire();
    let mut data = clean();
    add(&mut data, "T1", &format!("2024:{FIRST}:_T"), 7);
    add(&mut data, "T1", "2024:_T:_T", 7);
    let findings = validate(&q, &data);
    let v02 = of_rule(&findings, "V02");
    assert_eq!(v02.len(), 2, "the row and the total row: {v02:?}");
    assert_eq!(param(v02[0], "difference"), Param::Int(7));
    assert_eq!(v02[0].cells[0].key, format!("2024:{FIRST}:_T"));
    // The grand total no longer matches T3's either.
    assert_eq!(problems(&findings).len(), 3, "{:?}", problems(&findings));
    assert_eq!(of_rule(&findings, "V06").len(), 1);

    // A rounding base of 1 allows 1 per cell: five cells give a tolerance of 5.
    let answers = |data: &mut Dataset, base: &str| {
        data.metadata
            .get_mut("T1")
            .unwrap()
            .insert("rounding_base".into(), base.into());
    };
    answers(&mut data, "2");
    assert!(of_rule(&validate(&q, &data), "V02").is_empty());
    answers(&mut data, "1");
    assert_eq!(of_rule(&validate(&q, &data), "V02").len(), 2);
}

#[test]
fn v03_nationality_sum() {
    let mut data = clean();
    // A whole row raised consistently across sexes: only the column sums break.
    for sex in ["M", "F", "O", "U", "_T"] {
        add(&mut data, "T2", &format!("2023:{SECOND}:{sex}"), 3);
    }
    add(&mut data, "T2", &format!("2023:{SECOND}:_T"), 9);
    let findings = validate(&questionnaire(), &data);
    let v03 = of_rule(&findings, "V03");
    assert_eq!(v03.len(), 5);
    assert!(v03.iter().all(|f| param(f, "table") == text("T2")));
    assert_eq!(param(v03[0], "slice"), text("2023"));
    // Each sex column is 3 short; the total column is 12 short.
    assert_eq!(param(v03[0], "difference"), Param::Int(-3));
    assert_eq!(param(v03[4], "difference"), Param::Int(-12));
    assert!(of_rule(&findings, "V02").is_empty());
}

#[test]
fn v04_category_sum() {
    let mut data = clean();
    add(&mut data, "T3", "2022:WORK:M", 4);
    add(&mut data, "T3", "2022:WORK:_T", 4);
    let findings = validate(&questionnaire(), &data);
    let v04 = of_rule(&findings, "V04");
    assert_eq!(v04.len(), 2);
    assert_eq!(
        param(v04[0], "total"),
        Param::Int(value(&data, "T3", "2022:TOT:M"))
    );
    assert_eq!(param(v04[0], "difference"), Param::Int(-4));
    assert_eq!(problems(&findings).len(), 2);
}

#[test]
fn v05_breakdown_sums_over_slices() {
    let mut data = clean();
    let key = |application: &str, age: &str, row: &str, column: &str| {
        format!("2024:{application}:{age}:{row}:{column}")
    };
    // One cell of one age group and application kind, with the sums inside its block.
    for (row, column) in [(FIRST, "M"), (FIRST, "_T"), ("_T", "M"), ("_T", "_T")] {
        add(&mut data, "T5", &key("FIRST", "Y0T14", row, column), 2);
    }
    let findings = validate(&questionnaire(), &data);
    let v05 = of_rule(&findings, "V05");
    // Four cells differ from their total over age groups and over application kinds.
    assert_eq!(v05.len(), 8, "{v05:?}");
    assert!(v05.iter().all(|f| param(f, "difference") == Param::Int(-2)));
    assert!(of_rule(&findings, "V02").is_empty());
    assert!(of_rule(&findings, "V03").is_empty());
}

#[test]
fn v06_category_total_and_waiver() {
    let q = questionnaire();
    let mut data = clean();
    for key in ["2025:WORK:M", "2025:WORK:_T", "2025:TOT:M", "2025:TOT:_T"] {
        add(&mut data, "T3", key, 10);
    }
    let findings = validate(&q, &data);
    let v06 = of_rule(&findings, "V06");
    assert_eq!(v06.len(), 1);
    assert_eq!(v06[0].severity, Severity::Error);
    assert_eq!(param(v06[0], "period"), text("2025"));
    assert_eq!(param(v06[0], "difference"), Param::Int(10));
    assert_eq!(problems(&findings).len(), 1);

    // A stated coverage difference turns it into a warning to justify.
    data.metadata.get_mut("T3").unwrap().insert(
        "coverage_difference".into(),
        "T3 also counts renewals of the MERCOSUR residence".into(),
    );
    let v06 = validate(&q, &data);
    assert_eq!(of_rule(&v06, "V06")[0].severity, Severity::Warning);
}

#[test]
fn v07_recognised_within_decisions() {
    let mut data = clean();
    let decided = value(&data, "T6", &format!("2023:{FIRST}:DECIDED"));
    let recognised = value(&data, "T6", &format!("2023:{FIRST}:RECOG"));
    let complementary = value(&data, "T6", &format!("2023:{FIRST}:COMPL"));
    // Exactly equal is the boundary and passes.
    let to_boundary = decided - recognised - complementary;
    add(&mut data, "T6", &format!("2023:{FIRST}:RECOG"), to_boundary);
    add(&mut data, "T6", "2023:_T:RECOG", to_boundary);
    let findings = validate(&questionnaire(), &data);
    assert!(
        of_rule(&findings, "V07").is_empty(),
        "{:?}",
        of_rule(&findings, "V07")
    );

    add(&mut data, "T6", &format!("2023:{FIRST}:RECOG"), 1);
    add(&mut data, "T6", "2023:_T:RECOG", 1);
    let findings = validate(&questionnaire(), &data);
    let v07: Vec<&Finding> = of_rule(&findings, "V07")
        .into_iter()
        .filter(|f| param(f, "code") == text(FIRST))
        .collect();
    assert_eq!(v07.len(), 1);
    assert_eq!(param(v07[0], "part"), Param::Int(decided + 1));
    assert_eq!(param(v07[0], "whole"), Param::Int(decided));
}

#[test]
fn v07_temporary_workers_within_inflows() {
    let mut data = clean();
    let t2_total = value(&data, "T2", "2024:_T:_T");
    let work: i64 = ["WORK_HOLIDAY", "ICT", "TRAINEE", "SEASONAL", "OTHER_WORK"]
        .iter()
        .map(|c| value(&data, "T4", &format!("2024:{c}:_T")))
        .sum();
    // Move every student into seasonal work and then some: the worker categories exceed T2.
    let excess = t2_total - work + 1;
    for key in [
        "2024:SEASONAL:M",
        "2024:SEASONAL:_T",
        "2024:TOT:M",
        "2024:TOT:_T",
    ] {
        add(&mut data, "T4", key, excess);
    }
    let findings = validate(&questionnaire(), &data);
    let workers: Vec<&Finding> = of_rule(&findings, "V07")
        .into_iter()
        .filter(|f| f.message == "finding-temporary-workers")
        .collect();
    assert_eq!(workers.len(), 1);
    assert_eq!(param(workers[0], "difference"), Param::Int(1));
}

#[test]
fn v08_caseload_gap_and_excess() {
    let q = questionnaire();
    let key = |code: &str| format!("2022:{FIRST}:{code}");
    let mut data = clean();
    let end = value(&data, "T6", &key("PEND_END"));
    let expected = end;
    // Within 5% of the expected figure passes; beyond it is a warning.
    let allowed = (expected.max(1) as f64 * 0.05) as i64;
    add(&mut data, "T6", &key("PEND_END"), allowed);
    add(&mut data, "T6", "2022:_T:PEND_END", allowed);
    assert!(of_rule(&validate(&q, &data), "V08").is_empty());
    add(&mut data, "T6", &key("PEND_END"), allowed + 10);
    add(&mut data, "T6", "2022:_T:PEND_END", allowed + 10);
    let findings = validate(&q, &data);
    let v08 = of_rule(&findings, "V08");
    assert!(!v08.is_empty());
    assert_eq!(v08[0].severity, Severity::Warning);
    assert_eq!(param(v08[0], "problem"), text("gap"));

    // More decisions than cases to decide is an error.
    let mut data = clean();
    let available = value(&data, "T6", &key("PEND_START")) + value(&data, "T6", &key("APPLIED"));
    let decided = value(&data, "T6", &key("DECIDED"));
    let closed = value(&data, "T6", &key("CLOSED"));
    let excess = available - decided - closed + 1;
    for code in ["DECIDED", "REJECT"] {
        add(&mut data, "T6", &key(code), excess);
        add(&mut data, "T6", &format!("2022:_T:{code}"), excess);
    }
    let findings = validate(&q, &data);
    let mine: Vec<&Finding> = of_rule(&findings, "V08")
        .into_iter()
        .filter(|f| param(f, "code") == text(FIRST))
        .collect();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].severity, Severity::Error);
    assert_eq!(param(mine[0], "problem"), text("exceeds"));
}

#[test]
fn v08_excess_reported_before_closures() {
    let key = |code: &str| format!("2022:{FIRST}:{code}");
    let mut data = clean();
    let available = value(&data, "T6", &key("PEND_START")) + value(&data, "T6", &key("APPLIED"));
    let decided = value(&data, "T6", &key("DECIDED"));
    for code in ["DECIDED", "REJECT"] {
        add(&mut data, "T6", &key(code), available - decided + 1);
        add(
            &mut data,
            "T6",
            &format!("2022:_T:{code}"),
            available - decided + 1,
        );
    }
    // The closures and the end-of-year figure are not known yet.
    for code in ["CLOSED", "PEND_END"] {
        let status = CellValue {
            obs_status: Some("L".into()),
            ..CellValue::default()
        };
        data.set("T6", &key(code), status);
    }
    let findings = validate(&questionnaire(), &data);
    let mine: Vec<&Finding> = of_rule(&findings, "V08")
        .into_iter()
        .filter(|f| param(f, "code") == text(FIRST))
        .collect();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].severity, Severity::Error);
    assert_eq!(param(mine[0], "decided"), Param::Int(available + 1));
}

/// Sets a T1 row's total for one year to `target`, keeping the sums, by changing men.
fn set_row_total(data: &mut Dataset, year: &str, row: &str, target: i64) {
    let delta = target - value(data, "T1", &format!("{year}:{row}:_T"));
    add_consistently(data, "T1", year, row, "M", delta);
}

#[test]
fn v09_year_on_year_thresholds() {
    let q = questionnaire();
    let run = |previous: i64, current: i64, status: Option<&str>| {
        let mut data = clean();
        set_row_total(&mut data, "2024", FIRST, previous);
        set_row_total(&mut data, "2025", FIRST, current);
        if let Some(status) = status {
            let key = format!("2025:{FIRST}:_T");
            let mut cell = data.cell("T1", &key).unwrap().clone();
            cell.obs_status = Some(status.into());
            data.set("T1", &key, cell);
        }
        let findings = validate(&q, &data);
        of_rule(&findings, "V09")
            .into_iter()
            .filter(|f| f.table.as_deref() == Some("T1") && param(f, "code") == text(FIRST))
            .filter(|f| param(f, "period") == text("2025"))
            .cloned()
            .collect::<Vec<Finding>>()
    };
    // 30% exactly and 100 exactly are the boundaries and pass.
    assert!(run(1000, 1300, None).is_empty());
    assert!(run(200, 300, None).is_empty());
    let found = run(1000, 1301, None);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Warning);
    assert_eq!(param(&found[0], "previous"), Param::Int(1000));
    assert_eq!(param(&found[0], "value"), Param::Int(1301));
    assert_eq!(param(&found[0], "percent"), Param::Int(30));
    // A break in series or an estimate explains the change.
    assert!(run(1000, 2000, Some("B")).is_empty());
    assert!(run(1000, 2000, Some("E")).is_empty());
}

#[test]
fn v09_compares_with_accepted_values() {
    let q = questionnaire();
    let accepted = clean();
    let mut data = clean();
    data.cells
        .get_mut("T1")
        .unwrap()
        .retain(|key, _| key.starts_with("2025:"));
    let before = value(&accepted, "T1", &format!("2024:{FIRST}:_T"));
    set_row_total(&mut data, "2025", FIRST, before * 2 + 200);
    let reference = Reference {
        accepted,
        population: BTreeMap::new(),
    };
    let findings = validate_with(&q, &data, &reference);
    let v09: Vec<&Finding> = of_rule(&findings, "V09")
        .into_iter()
        .filter(|f| f.table.as_deref() == Some("T1") && param(f, "code") == text(FIRST))
        .collect();
    assert_eq!(v09.len(), 1);
    assert_eq!(param(v09[0], "previous"), Param::Int(before));
    assert_eq!(
        v09[0].cells.len(),
        1,
        "the earlier value is not in this dataset"
    );
}

#[test]
fn v10_series_that_vanish_or_appear() {
    let q = questionnaire();
    let mut data = clean();
    // The largest nationality of 2024 is not reported in 2025.
    let largest = [
        "ABW", "AFG", "AGO", "AIA", "ALA", "ALB", "AND", "ARE", "ARM", "ASM", "ATA", "ATF",
    ]
    .iter()
    .max_by_key(|code| value(&data, "T1", &format!("2024:{code}:_T")))
    .unwrap()
    .to_string();
    for sex in ["M", "F", "O", "U", "_T"] {
        let removed = value(&data, "T1", &format!("2025:{largest}:{sex}"));
        add(&mut data, "T1", &format!("2025:_T:{sex}"), -removed);
        data.set("T1", &format!("2025:{largest}:{sex}"), CellValue::default());
    }
    let findings = validate(&q, &data);
    let v10: Vec<&Finding> = of_rule(&findings, "V10")
        .into_iter()
        .filter(|f| f.table.as_deref() == Some("T1"))
        .collect();
    assert_eq!(v10.len(), 1);
    assert_eq!(param(v10[0], "problem"), text("left_top"));
    assert_eq!(param(v10[0], "rank"), Param::Int(1));
    assert_eq!(param(v10[0], "code"), text(&largest));

    // A series that was zero and is not any more.
    let mut data = clean();
    for sex in ["M", "F", "O", "U"] {
        let delta = -value(&data, "T1", &format!("2024:{SECOND}:{sex}"));
        add_consistently(&mut data, "T1", "2024", SECOND, sex, delta);
    }
    assert_eq!(value(&data, "T1", &format!("2024:{SECOND}:_T")), 0);
    let findings = validate(&q, &data);
    let appeared: Vec<&Finding> = of_rule(&findings, "V10")
        .into_iter()
        .filter(|f| param(f, "problem") == text("appeared"))
        .collect();
    assert_eq!(appeared.len(), 1, "{appeared:?}");
    assert_eq!(param(appeared[0], "period"), text("2025"));
}

#[test]
fn v11_own_nationality() {
    let mut data = clean();
    for sex in ["M", "F", "O", "U"] {
        data.set("T1", &format!("2023:ARG:{sex}"), CellValue::number(1));
        add(&mut data, "T1", &format!("2023:_T:{sex}"), 1);
    }
    data.set("T1", "2023:ARG:_T", CellValue::number(4));
    add(&mut data, "T1", "2023:_T:_T", 4);
    let findings = validate(&questionnaire(), &data);
    let v11 = of_rule(&findings, "V11");
    assert_eq!(v11.len(), 1);
    assert_eq!(param(v11[0], "code"), text("ARG"));
    assert_eq!(v11[0].cells.len(), 5);
    // Boundary: another country's own nationality is fine.
    let mut other = data.clone();
    other.country = "BRA".into();
    assert!(of_rule(&validate(&questionnaire(), &other), "V11").is_empty());
}

#[test]
fn v12_unknown_share() {
    let q = questionnaire();
    let run = |unknown: i64| {
        let mut data = clean();
        let total = value(&data, "T1", "2024:_T:_T");
        let _ = total;
        data.set("T1", "2024:XXX:M", CellValue::number(unknown));
        for sex in ["F", "O", "U"] {
            data.set("T1", &format!("2024:XXX:{sex}"), CellValue::number(0));
        }
        data.set("T1", "2024:XXX:_T", CellValue::number(unknown));
        add(&mut data, "T1", "2024:_T:M", unknown);
        add(&mut data, "T1", "2024:_T:_T", unknown);
        of_rule(&validate(&q, &data), "V12")
            .into_iter()
            .filter(|f| f.table.as_deref() == Some("T1"))
            .cloned()
            .collect::<Vec<Finding>>()
    };
    let others = value(&clean(), "T1", "2024:_T:_T");
    // Unknown at exactly 10% of the new total passes; one more is a warning.
    let at_limit = others / 9;
    let exact = others % 9 == 0;
    if exact {
        assert!(run(at_limit).is_empty());
    }
    assert!(run(at_limit - 1).is_empty());
    let found = run(at_limit + 2);
    assert_eq!(found.len(), 1);
    assert_eq!(param(&found[0], "code"), text("XXX"));
    assert_eq!(param(&found[0], "max_percent"), text("10"));
}

#[test]
fn v13_stock_against_flows() {
    let mut data = clean();
    let date = "2024-12-31";
    for key in [
        "_T:ABW:M",
        "_T:ABW:_T",
        "_T:_T:M",
        "_T:_T:_T",
        "Y0T14:ABW:M",
        "Y0T14:ABW:_T",
        "Y0T14:_T:M",
        "Y0T14:_T:_T",
    ] {
        add(&mut data, "T9", &format!("{date}:{key}"), 50_000);
    }
    let findings = validate(&questionnaire(), &data);
    let v13 = of_rule(&findings, "V13");
    // The stock jumps at the end of 2024 and falls back at the end of 2025.
    assert_eq!(v13.len(), 2, "{v13:?}");
    assert_eq!(param(v13[0], "to"), text(date));
    assert!(of_rule(&findings, "V05").is_empty());

    // Boundary: a gap of exactly half the expected change (and above 1,000) passes.
    let clean = clean();
    let total = |table: &str, key: &str| value(&clean, table, key);
    let expected =
        total("T1", "2024:_T:_T") + total("T2", "2024:_T:_T") - total("T8", "2024:_T:_T");
    let limit = (expected.abs() / 2).max(1000);
    let gaps = |jump: i64| {
        let mut data = clean.clone();
        for key in ["_T:ABW:M", "_T:ABW:_T", "_T:_T:M", "_T:_T:_T"] {
            add(&mut data, "T9", &format!("{date}:{key}"), jump);
        }
        for key in ["Y0T14:ABW:M", "Y0T14:ABW:_T", "Y0T14:_T:M", "Y0T14:_T:_T"] {
            add(&mut data, "T9", &format!("{date}:{key}"), jump);
        }
        of_rule(&validate(&questionnaire(), &data), "V13")
            .into_iter()
            .filter(|f| param(f, "to") == text(date))
            .count()
    };
    assert_eq!(gaps(limit), 0, "a gap of {limit} is within the tolerance");
    assert_eq!(gaps(limit + 2), 1);
}

#[test]
fn v14_acquisitions_within_stock() {
    let mut data = clean();
    let stock = value(&data, "T9", "2023-12-31:_T:_T:_T");
    let acquisitions = value(&data, "T8", "2024:_T:_T");
    add_consistently(
        &mut data,
        "T8",
        "2024",
        FIRST,
        "F",
        stock - acquisitions + 1,
    );
    let findings = validate(&questionnaire(), &data);
    let v14 = of_rule(&findings, "V14");
    assert_eq!(v14.len(), 1);
    // Boundary: acquisitions equal to the stock pass.
    let mut equal = data.clone();
    add_consistently(&mut equal, "T8", "2024", FIRST, "F", -1);
    assert!(of_rule(&validate(&questionnaire(), &equal), "V14").is_empty());
    assert_eq!(param(v14[0], "flow"), Param::Int(stock + 1));
    assert_eq!(param(v14[0], "date"), text("2023-12-31"));
}

#[test]
fn v15_units_must_match_and_be_allowed() {
    let q = questionnaire();
    let mut data = clean();
    data.metadata
        .get_mut("T3")
        .unwrap()
        .insert("counting_unit".into(), "permits".into());
    let findings = validate(&q, &data);
    let v15 = of_rule(&findings, "V15");
    assert_eq!(v15.len(), 1);
    assert_eq!(param(v15[0], "problem"), text("differ"));
    assert_eq!(param(v15[0], "tables"), text("T1, T3"));

    let mut data = clean();
    data.metadata
        .get_mut("T5")
        .unwrap()
        .insert("counting_unit".into(), "decisions".into());
    let v15 = validate(&q, &data);
    let v15 = of_rule(&v15, "V15");
    // Asylum applications cannot be counted in decisions, and T5 no longer matches T6.
    assert_eq!(v15.len(), 2);
    assert_eq!(param(v15[0], "problem"), text("not_allowed"));
    assert_eq!(param(v15[0], "table"), text("T5"));
    assert_eq!(param(v15[1], "problem"), text("differ"));
}

#[test]
fn v16_revision_needs_a_note() {
    let q = questionnaire();
    let accepted = clean();
    let reference = Reference {
        accepted: accepted.clone(),
        population: BTreeMap::new(),
    };
    assert!(of_rule(&validate_with(&q, &accepted, &reference), "V16").is_empty());

    let mut data = accepted.clone();
    add_consistently(&mut data, "T1", "2022", FIRST, "F", 3);
    let findings = validate_with(&q, &data, &reference);
    let v16 = of_rule(&findings, "V16");
    assert_eq!(v16.len(), 4, "the cell and the three totals above it");
    assert!(v16.iter().all(|f| f.severity == Severity::Error));
    let cell = v16
        .iter()
        .find(|f| f.cells[0].key == format!("2022:{FIRST}:F"))
        .unwrap();
    assert_eq!(
        param(cell, "previous"),
        Param::Int(value(&accepted, "T1", &format!("2022:{FIRST}:F")))
    );

    for key in [
        format!("2022:{FIRST}:F"),
        format!("2022:{FIRST}:_T"),
        "2022:_T:F".into(),
        "2022:_T:_T".into(),
    ] {
        let mut cell = data.cell("T1", &key).unwrap().clone();
        cell.note = Some("Late registrations added by the registry in 2025".into());
        data.set("T1", &key, cell);
    }
    assert!(of_rule(&validate_with(&q, &data, &reference), "V16").is_empty());
}

#[test]
fn v17_mirror_across_countries() {
    let q = questionnaire();
    let argentina = clean();
    let mut bolivia = consistent_dataset(
        &q,
        &FixtureOptions {
            country: "BOL".into(),
            seed: 7,
            ..FixtureOptions::default()
        },
    );
    // Bolivia reports emigrants to Argentina; Argentina reports no Bolivian immigrants.
    for sex in ["M", "F", "O", "U"] {
        bolivia.set("T10", &format!("2024:ARG:{sex}"), CellValue::number(10));
        add(&mut bolivia, "T10", &format!("2024:_T:{sex}"), 10);
    }
    bolivia.set("T10", "2024:ARG:_T", CellValue::number(40));
    add(&mut bolivia, "T10", "2024:_T:_T", 40);
    assert!(
        of_rule(&validate(&q, &bolivia), "V17").is_empty(),
        "needs several countries"
    );

    // Argentina lists no Bolivian immigrants in 2024: the 40 emigrants are not mirrored.
    let mirrored = |argentina: &Dataset| {
        validate_network(&q, &[argentina.clone(), bolivia.clone()])
            .into_iter()
            .filter(|f| param(f, "origin") == text("BOL") && param(f, "period") == text("2024"))
            .collect::<Vec<Finding>>()
    };
    let v17 = mirrored(&argentina);
    assert_eq!(v17.len(), 1);
    assert_eq!(v17[0].rule, "V17");
    assert_eq!(v17[0].severity, Severity::Info);
    assert_eq!(param(&v17[0], "destination"), text("ARG"));
    assert_eq!(param(&v17[0], "reported_by_origin"), Param::Int(40));
    assert_eq!(param(&v17[0], "reported_by_destination"), Param::Int(0));

    // 20 permanent and 20 temporary Bolivian immigrants agree with the 40 emigrants.
    let mut argentina = argentina;
    for table in ["T1", "T2"] {
        for sex in ["M", "F", "O", "U"] {
            argentina.set(table, &format!("2024:BOL:{sex}"), CellValue::number(5));
            add(&mut argentina, table, &format!("2024:_T:{sex}"), 5);
        }
        argentina.set(table, "2024:BOL:_T", CellValue::number(20));
        add(&mut argentina, table, "2024:_T:_T", 20);
    }
    assert!(mirrored(&argentina).is_empty());
    add_consistently(&mut argentina, "T2", "2024", "BOL", "F", 1);
    let v17 = mirrored(&argentina);
    assert_eq!(v17.len(), 1);
    assert_eq!(param(&v17[0], "difference"), Param::Int(-1));
}

#[test]
fn v18_rate_outside_history() {
    let q = questionnaire();
    let data = clean();
    let inflows = |year: &str| {
        value(&data, "T1", &format!("{year}:_T:_T")) + value(&data, "T2", &format!("{year}:_T:_T"))
    };
    // Populations that keep 2021–2024 at their usual rate and make 2025's rate double.
    let mut population = BTreeMap::new();
    for year in ["2021", "2022", "2023", "2024"] {
        population.insert(year.to_string(), inflows(year) * 1000);
    }
    population.insert("2025".to_string(), inflows("2025") * 500);
    let reference = Reference {
        accepted: Dataset::new("ARG"),
        population,
    };
    let findings = validate_with(&q, &data, &reference);
    let v18 = of_rule(&findings, "V18");
    assert_eq!(v18.len(), 1, "{v18:?}");
    assert_eq!(param(v18[0], "period"), text("2025"));
    assert_eq!(param(v18[0], "rate"), text("2.00"));
    assert_eq!(param(v18[0], "max"), text("1.00"));

    // Within 25% of the range passes.
    let mut reference = reference;
    reference
        .population
        .insert("2025".to_string(), inflows("2025") * 800);
    assert!(of_rule(&validate_with(&q, &data, &reference), "V18").is_empty());
}

#[test]
fn v19_idb_indicator_counts_regional_inflows() {
    let q = questionnaire();
    let mut data = clean();
    // Bolivia (South America) and Canada (Northern America) rows in every mandatory year.
    for year in ["2023", "2024", "2025"] {
        for (table, country, count) in
            [("T1", "BOL", 1000), ("T2", "BOL", 500), ("T1", "CAN", 7000)]
        {
            data.set(
                table,
                &format!("{year}:{country}:M"),
                CellValue::number(count),
            );
            for sex in ["F", "O", "U"] {
                data.set(
                    table,
                    &format!("{year}:{country}:{sex}"),
                    CellValue::number(0),
                );
            }
            data.set(
                table,
                &format!("{year}:{country}:_T"),
                CellValue::number(count),
            );
            add(&mut data, table, &format!("{year}:_T:M"), count);
            add(&mut data, table, &format!("{year}:_T:_T"), count);
        }
    }
    // Fixture nationalities in region 419 (Latin America and the Caribbean): Aruba, Anguilla.
    let fixture_regional: i64 = ["2023", "2024", "2025"]
        .iter()
        .flat_map(|year| {
            ["ABW", "AIA"].iter().flat_map(move |code| {
                ["T1", "T2"].map(|table| (table, format!("{year}:{code}:_T")))
            })
        })
        .map(|(table, key)| data.value(table, &key).unwrap_or(0))
        .sum();
    let expected = 3 * 1500 + fixture_regional;
    let run = |data: &Dataset, population: Option<i64>| {
        let reference = Reference {
            accepted: Dataset::new("ARG"),
            population: population
                .map(|p| BTreeMap::from([("2025".to_string(), p)]))
                .unwrap_or_default(),
        };
        let findings = validate_with(&q, data, &reference);
        let v19 = of_rule(&findings, "V19");
        assert_eq!(v19.len(), 1);
        assert_eq!(v19[0].severity, Severity::Info);
        v19[0].clone()
    };
    let none = run(&data, None);
    assert_eq!(param(&none, "status"), text("no_population"));
    assert_eq!(param(&none, "missing"), text(""));
    assert_eq!(param(&none, "inflows"), Param::Int(expected));
    assert_eq!(param(&none, "years"), text("2023, 2024, 2025"));
    // 0.5% exactly is eligible; a larger population is not.
    assert_eq!(
        param(&run(&data, Some(expected * 200)), "status"),
        text("eligible")
    );
    assert_eq!(
        param(&run(&data, Some(expected * 200)), "percent"),
        text("0.50")
    );
    assert_eq!(
        param(&run(&data, Some(expected * 200 + 1)), "status"),
        text("not_eligible")
    );

    // A year T2 does not report is named.
    let mut partial = data.clone();
    partial
        .cells
        .get_mut("T2")
        .unwrap()
        .retain(|key, _| !key.starts_with("2024:"));
    let incomplete = run(&partial, Some(expected * 200));
    assert_eq!(param(&incomplete, "status"), text("incomplete"));
    assert_eq!(param(&incomplete, "missing"), text("T2 (2024)"));

    // Permits cannot be added as persons.
    data.metadata
        .get_mut("T2")
        .unwrap()
        .insert("counting_unit".into(), "permits".into());
    assert_eq!(
        param(&run(&data, Some(1_000_000)), "status"),
        text("units_differ")
    );
}

#[test]
fn m01_required_metadata() {
    let mut data = clean();
    data.metadata
        .get_mut("T1")
        .unwrap()
        .remove("source_institution");
    let findings = validate(&questionnaire(), &data);
    let m01 = of_rule(&findings, "M01");
    assert_eq!(m01.len(), 1);
    assert_eq!(param(m01[0], "field"), text("source_institution"));
    assert_eq!(problems(&findings).len(), 1);
    // Questions of other tables are not asked of T1.
    assert!(!m01.iter().any(|f| param(f, "field") == text("stock_basis")));
}

#[test]
fn justification_covers_warning_until_values_change() {
    let q = questionnaire();
    let mut data = clean();
    let tripled = value(&data, "T1", &format!("2024:{FIRST}:_T")) * 3 + 500;
    set_row_total(&mut data, "2025", FIRST, tripled);
    let findings = validate(&q, &data);
    let warning = of_rule(&findings, "V09")
        .into_iter()
        .find(|f| param(f, "code") == text(FIRST))
        .unwrap()
        .clone();
    let justification = Justification {
        finding_id: warning.id.clone(),
        rule: warning.rule.clone(),
        cells: warning.cells.clone(),
        values: warning.values.clone(),
        text: "A regularisation programme opened in March 2025".into(),
        at: "2026-03-01T10:00:00Z".into(),
    };
    assert!(justification.covers(&warning));
    let justifications = [justification.clone()];
    let unjustified = Assessment::of(&findings, &justifications).unjustified_warnings;

    add_consistently(&mut data, "T1", "2025", FIRST, "F", 1);
    let findings = validate(&q, &data);
    let changed = of_rule(&findings, "V09")
        .into_iter()
        .find(|f| param(f, "code") == text(FIRST))
        .unwrap();
    assert_eq!(changed.id, warning.id, "same rule and cells, same id");
    assert!(!justification.covers(changed));
    assert_eq!(
        Assessment::of(&findings, &justifications).unjustified_warnings,
        unjustified + 1
    );
}

#[test]
fn too_many_reference_dates_is_one_error() {
    let mut data = Dataset::new("ARG");
    for day in 1..=40 {
        data.set(
            "T9",
            &format!("2024-01-{:02}:_T:_T:_T", day.min(28)),
            CellValue::number(1),
        );
        data.set(
            "T9",
            &format!("2023-{:02}-01:_T:_T:_T", (day % 12) + 1),
            CellValue::number(1),
        );
        data.set(
            "T9",
            &format!("20{:02}-06-30:_T:_T:_T", day + 30),
            CellValue::number(1),
        );
    }
    let findings = validate(&questionnaire(), &data);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].severity, Severity::Error);
    assert_eq!(param(&findings[0], "problem"), text("too_many_dates"));
}
