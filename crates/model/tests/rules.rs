//! Each rule of the embedded questionnaire: a dataset that passes, one that fails with exactly
//! the expected finding, and the boundary case.

use sicremi_model::{
    validate, Assessment, CellValue, Dataset, Finding, Justification, Param, Questionnaire,
    Severity,
};

fn questionnaire() -> Questionnaire {
    Questionnaire::embedded()
}

/// Writes one T1 row: men, women, other, unknown and the total computed from them.
fn t1_row(data: &mut Dataset, year: &str, nationality: &str, sexes: [i64; 4]) {
    let codes = ["M", "F", "O", "U"];
    for (code, value) in codes.iter().zip(sexes) {
        data.set(
            "T1",
            &format!("{year}:{nationality}:{code}"),
            CellValue::number(value),
        );
    }
    data.set(
        "T1",
        &format!("{year}:{nationality}:_T"),
        CellValue::number(sexes.iter().sum()),
    );
}

/// A consistent T1 for `years`: two nationalities and their total, with metadata.
fn clean_t1(years: &[&str]) -> Dataset {
    let mut data = Dataset::new("ARG");
    for year in years {
        t1_row(&mut data, year, "BOL", [100, 120, 1, 0]);
        t1_row(&mut data, year, "PRY", [80, 90, 0, 2]);
        t1_row(&mut data, year, "_T", [180, 210, 1, 2]);
    }
    answer_metadata(&mut data, "T1");
    data
}

fn answer_metadata(data: &mut Dataset, table: &str) {
    let answers = data.metadata.entry(table.to_string()).or_default();
    answers.insert(
        "source_institution".into(),
        "Dirección Nacional de Migraciones".into(),
    );
    answers.insert("source_type".into(), "permits".into());
    answers.insert("counting_unit".into(), "persons".into());
}

fn rules_of(findings: &[Finding]) -> Vec<&str> {
    findings.iter().map(|f| f.rule.as_str()).collect()
}

fn param(finding: &Finding, name: &str) -> Param {
    finding
        .params
        .get(name)
        .cloned()
        .unwrap_or_else(|| panic!("finding {} has no parameter {name}", finding.id))
}

#[test]
fn embedded_definition_loads_with_stable_hash() {
    let first = questionnaire();
    let second = questionnaire();
    assert_eq!(first.hash(), second.hash());
    assert!(first.hash_hex().starts_with("sha256:"));
    assert_eq!(first.def.version, 1);
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
    changed["version"] = serde_json::json!(2);
    let changed = Questionnaire::from_json(&serde_json::to_vec(&changed).unwrap()).unwrap();
    assert_ne!(original.hash(), changed.hash());
}

#[test]
fn definition_missing_language_rejected() {
    let mut value: serde_json::Value =
        serde_json::from_str(sicremi_model::definition::EMBEDDED_DEFINITION).unwrap();
    value["tables"][0]["title"]
        .as_object_mut()
        .unwrap()
        .remove("pt");
    let error = Questionnaire::from_json(&serde_json::to_vec(&value).unwrap()).unwrap_err();
    assert_eq!(error.code(), "definition.invalid");
    assert!(error.to_string().contains("tables.T1"), "{error}");
    assert!(error.to_string().contains("pt"), "{error}");
}

#[test]
fn definition_rule_with_unknown_table_rejected() {
    let mut value: serde_json::Value =
        serde_json::from_str(sicremi_model::definition::EMBEDDED_DEFINITION).unwrap();
    value["rules"][1]["check"]["tables"] = serde_json::json!(["T42"]);
    let error = Questionnaire::from_json(&serde_json::to_vec(&value).unwrap()).unwrap_err();
    assert!(error.to_string().contains("unknown table T42"), "{error}");
}

#[test]
fn clean_t1_has_no_findings() {
    let findings = validate(&questionnaire(), &clean_t1(&["2023", "2024", "2025"]));
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn completeness_reports_missing_mandatory_years() {
    let findings = validate(&questionnaire(), &clean_t1(&["2025"]));
    assert_eq!(rules_of(&findings), ["V00"]);
    assert_eq!(findings[0].severity, Severity::Warning);
    assert_eq!(param(&findings[0], "slices"), Param::from("2023, 2024"));
}

#[test]
fn value_domain_blank_negative_and_status() {
    let q = questionnaire();
    let mut data = clean_t1(&["2023", "2024", "2025"]);

    // A blank cell in a present row.
    data.set("T1", "2025:BOL:U", CellValue::default());
    let findings = validate(&q, &data);
    let domain: Vec<&Finding> = findings.iter().filter(|f| f.rule == "V01").collect();
    assert_eq!(domain.len(), 1, "{findings:#?}");
    assert_eq!(domain[0].cells[0].key, "2025:BOL:U");
    assert_eq!(param(domain[0], "problem"), Param::from("blank"));

    // The same cell flagged as not collected passes the value-domain rule.
    data.set(
        "T1",
        "2025:BOL:U",
        CellValue {
            obs_status: Some("L".into()),
            ..CellValue::default()
        },
    );
    assert!(!rules_of(&validate(&q, &data)).contains(&"V01"));

    // A negative count.
    data.set("T1", "2025:BOL:U", CellValue::number(-1));
    let findings = validate(&q, &data);
    let domain: Vec<&Finding> = findings.iter().filter(|f| f.rule == "V01").collect();
    assert_eq!(domain.len(), 1);
    assert_eq!(param(domain[0], "problem"), Param::from("negative"));

    // Zero is the boundary and passes.
    data.set("T1", "2025:BOL:U", CellValue::number(0));
    assert!(validate(&q, &data).is_empty());
}

#[test]
fn sex_sum_mismatch_reports_total_and_parts() {
    let q = questionnaire();
    let mut data = clean_t1(&["2023", "2024", "2025"]);
    data.set("T1", "2025:BOL:M", CellValue::number(101));
    let findings = validate(&q, &data);
    let sex: Vec<&Finding> = findings.iter().filter(|f| f.rule == "V02").collect();
    assert_eq!(sex.len(), 1, "{findings:#?}");
    assert_eq!(sex[0].cells[0].key, "2025:BOL:_T");
    assert_eq!(sex[0].cells.len(), 5);
    assert_eq!(param(sex[0], "total"), Param::Int(221));
    assert_eq!(param(sex[0], "sum"), Param::Int(222));
    assert_eq!(param(sex[0], "difference"), Param::Int(-1));
    // The changed men's cell also breaks the nationality sum of the men's column.
    let nationality: Vec<&Finding> = findings.iter().filter(|f| f.rule == "V03").collect();
    assert_eq!(nationality.len(), 1);
    assert_eq!(nationality[0].cells[0].key, "2025:_T:M");
    assert_eq!(findings.len(), 2);
}

#[test]
fn other_sex_counts_in_total() {
    let q = questionnaire();
    let mut data = clean_t1(&["2023", "2024", "2025"]);
    // Dropping the one person registered with sex X from the total is an error.
    data.set("T1", "2025:BOL:_T", CellValue::number(220));
    let findings = validate(&q, &data);
    assert!(findings
        .iter()
        .any(|f| f.rule == "V02" && f.cells[0].key == "2025:BOL:_T"));
}

#[test]
fn category_sum_and_cross_table() {
    let q = questionnaire();
    let mut data = clean_t1(&["2023", "2024", "2025"]);
    answer_metadata(&mut data, "T3");
    let categories = [("WORK", [100, 50, 0, 0]), ("FAMILY", [80, 160, 1, 2])];
    for (category, sexes) in categories {
        for (code, value) in ["M", "F", "O", "U"].iter().zip(sexes) {
            data.set(
                "T3",
                &format!("2025:{category}:{code}"),
                CellValue::number(value),
            );
        }
        data.set(
            "T3",
            &format!("2025:{category}:_T"),
            CellValue::number(sexes.iter().sum()),
        );
    }
    for (code, value) in [("M", 180), ("F", 210), ("O", 1), ("U", 2), ("_T", 393)] {
        data.set("T3", &format!("2025:TOT:{code}"), CellValue::number(value));
    }
    // Categories that are not reported must still carry a value or a status.
    for category in ["ACC_FAM", "HUMAN", "FREE_MOV", "OTHER", "UNK"] {
        for code in ["M", "F", "O", "U", "_T"] {
            data.set(
                "T3",
                &format!("2025:{category}:{code}"),
                CellValue::number(0),
            );
        }
    }
    assert!(validate(&q, &data).is_empty(), "{:#?}", validate(&q, &data));

    // T3's grand total no longer equals T1's.
    data.set("T3", "2025:WORK:M", CellValue::number(101));
    data.set("T3", "2025:WORK:_T", CellValue::number(151));
    data.set("T3", "2025:TOT:M", CellValue::number(181));
    data.set("T3", "2025:TOT:_T", CellValue::number(394));
    let findings = validate(&q, &data);
    assert_eq!(rules_of(&findings), ["V06"], "{findings:#?}");
    assert_eq!(param(&findings[0], "difference"), Param::Int(1));

    // The category breakdown no longer adds up.
    data.set("T3", "2025:TOT:_T", CellValue::number(393));
    data.set("T3", "2025:TOT:M", CellValue::number(180));
    let findings = validate(&q, &data);
    assert!(findings.iter().any(|f| f.rule == "V04"), "{findings:#?}");
}

#[test]
fn year_on_year_thresholds() {
    let q = questionnaire();
    let mut data = clean_t1(&["2023", "2024", "2025"]);
    // BOL total is 221 in 2024. +101 is over 100 persons and over 30% (66.3): a warning.
    t1_row(&mut data, "2025", "BOL", [150, 170, 2, 0]);
    t1_row(&mut data, "2025", "_T", [230, 260, 2, 2]);
    let findings = validate(&q, &data);
    let yoy: Vec<&Finding> = findings.iter().filter(|f| f.rule == "V09").collect();
    // The grand total grows by 101 of 393, under 30%, so only Bolivia's row is reported.
    assert_eq!(yoy.len(), 1, "{findings:#?}");
    assert!(yoy.iter().all(|f| f.severity == Severity::Warning));
    let bol = yoy
        .iter()
        .find(|f| param(f, "code") == Param::from("BOL"))
        .unwrap();
    assert_eq!(param(bol, "change"), Param::Int(101));
    assert_eq!(param(bol, "percent"), Param::Int(46));

    // Exactly 100 more persons is the boundary and passes.
    t1_row(&mut data, "2025", "BOL", [150, 169, 2, 0]);
    t1_row(&mut data, "2025", "_T", [230, 259, 2, 2]);
    let findings = validate(&q, &data);
    assert!(!findings
        .iter()
        .any(|f| f.rule == "V09" && param(f, "code") == Param::from("BOL")));
}

#[test]
fn own_nationality_is_an_error() {
    let q = questionnaire();
    let mut data = clean_t1(&["2023", "2024", "2025"]);
    t1_row(&mut data, "2025", "ARG", [0, 0, 0, 0]);
    let findings = validate(&q, &data);
    assert_eq!(rules_of(&findings), ["V11"]);
    assert_eq!(param(&findings[0], "code"), Param::from("ARG"));
    assert_eq!(findings[0].cells.len(), 5);
}

#[test]
fn required_metadata_missing() {
    let q = questionnaire();
    let mut data = clean_t1(&["2023", "2024", "2025"]);
    data.metadata.get_mut("T1").unwrap().remove("source_type");
    data.metadata
        .get_mut("T1")
        .unwrap()
        .insert("counting_unit".into(), "heads".into());
    let findings = validate(&q, &data);
    assert_eq!(rules_of(&findings), ["M01", "M01"]);
    let fields: Vec<Param> = findings.iter().map(|f| param(f, "field")).collect();
    assert_eq!(
        fields,
        [Param::from("source_type"), Param::from("counting_unit")]
    );
    assert_ne!(findings[0].id, findings[1].id);
}

#[test]
fn every_finding_reported_not_only_first() {
    let q = questionnaire();
    let mut data = clean_t1(&["2023", "2024", "2025"]);
    data.set("T1", "2023:BOL:_T", CellValue::number(1));
    data.set("T1", "2024:PRY:_T", CellValue::number(1));
    data.set("T1", "2025:_T:F", CellValue::number(1));
    let findings = validate(&q, &data);
    let sex_sums: Vec<&str> = findings
        .iter()
        .filter(|f| f.rule == "V02")
        .map(|f| f.cells[0].key.as_str())
        .collect();
    assert_eq!(sex_sums, ["2023:BOL:_T", "2024:PRY:_T", "2025:_T:_T"]);
}

#[test]
fn justification_covers_only_same_values() {
    let q = questionnaire();
    let data = clean_t1(&["2025"]);
    let findings = validate(&q, &data);
    let warning = &findings[0];
    assert!(!Assessment::of(&findings, &[]).can_seal());
    let justification = Justification {
        finding_id: warning.id.clone(),
        rule: warning.rule.clone(),
        cells: warning.cells.clone(),
        values: warning.values.clone(),
        text: "Earlier years are in the registry's archive and arrive next cycle.".into(),
        at: "2026-12-04T10:00:00Z".into(),
    };
    assert!(Assessment::of(&findings, std::slice::from_ref(&justification)).can_seal());

    let blank = Justification {
        text: "   ".into(),
        ..justification.clone()
    };
    assert!(!Assessment::of(&findings, &[blank]).can_seal());
    let stale = Justification {
        values: vec![Some(1)],
        ..justification
    };
    assert!(!Assessment::of(&findings, &[stale]).can_seal());
}

#[test]
fn stock_table_with_date_slice() {
    let q = questionnaire();
    let mut data = Dataset::new("ARG");
    for (code, value) in [("M", 10), ("F", 12), ("O", 1), ("U", 0), ("_T", 23)] {
        data.set(
            "T9",
            &format!("2023-01-31:PER:{code}"),
            CellValue::number(value),
        );
        data.set(
            "T9",
            &format!("2023-01-31:_T:{code}"),
            CellValue::number(value),
        );
    }
    answer_metadata(&mut data, "T9");
    let findings = validate(&q, &data);
    // T1 is mandatory and empty.
    assert_eq!(rules_of(&findings), ["V00"], "{findings:#?}");
    assert!(q.accepts_code(q.table("T9").unwrap().period_dim(), "2023-01-31"));
    assert!(!q.accepts_code(q.table("T9").unwrap().period_dim(), "2023-02-30"));
}

#[test]
fn extreme_values_do_not_overflow() {
    let q = questionnaire();
    let mut data = clean_t1(&["2023", "2024", "2025"]);
    // i64::MAX + 1 would wrap to i64::MIN; the mismatch must still be found.
    data.set("T1", "2025:BOL:F", CellValue::number(i64::MAX));
    data.set("T1", "2025:BOL:M", CellValue::number(1));
    data.set("T1", "2025:BOL:_T", CellValue::number(i64::MAX));
    data.set("T1", "2024:PRY:_T", CellValue::number(i64::MIN + 1));
    let findings = validate(&q, &data);
    assert!(
        findings
            .iter()
            .any(|f| f.rule == "V02" && f.cells[0].key == "2025:BOL:_T"),
        "{findings:#?}"
    );
    assert!(findings.iter().any(|f| f.rule == "V09"), "{findings:#?}");
}
