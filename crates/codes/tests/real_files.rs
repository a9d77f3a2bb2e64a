//! Matches the country labels of real agency files, read in place from tests/realfiles at
//! the repository root.

use std::collections::BTreeSet;

use calamine::{open_workbook_auto, Data, Reader};
use sicremi_codes::{by_alpha3, by_m49, lookup_name, match_name, match_special, SpecialCode};

const RENAPER_CSV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/realfiles/ar_renaper_extranjeros_residiendo_enero_2023.csv"
);
const WORLD_BANK_XLS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/realfiles/wb_API_SM.POP.NETM_DS2_en_excel_v2_782.xls"
);
const UNHCR_CSV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/realfiles/unhcr-historical-data-2000-2013.csv"
);
const UN_DESA_STOCK_XLSX: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/realfiles/undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
);

fn renaper_origins() -> BTreeSet<String> {
    let mut reader = csv::Reader::from_path(RENAPER_CSV).expect("open the RENAPER file");
    let headers = reader.headers().expect("read the header row").clone();
    let column = headers
        .iter()
        .position(|h| h == "pais_origen")
        .expect("pais_origen column");
    reader
        .records()
        .map(|record| record.expect("read a row")[column].to_string())
        .collect()
}

#[test]
fn renaper_origins_all_match() {
    let origins = renaper_origins();
    assert!(origins.len() >= 10, "only {} origins read", origins.len());

    for origin in origins.iter().filter(|o| o.as_str() != "Otro país") {
        let result = lookup_name(origin);
        assert!(result.is_ok(), "{origin:?} does not match: {result:?}");
    }
}

#[test]
fn renaper_origins_expected_codes() {
    let expected = [
        ("Bolivia", "BOL"),
        ("Brasil", "BRA"),
        ("Chile", "CHL"),
        ("Colombia", "COL"),
        ("España", "ESP"),
        ("Italia", "ITA"),
        ("Paraguay", "PRY"),
        ("Perú", "PER"),
        ("Uruguay", "URY"),
        ("Venezuela", "VEN"),
    ];
    let origins = renaper_origins();
    for (label, alpha3) in expected {
        assert!(origins.contains(label), "{label:?} missing from the file");
        assert_eq!(match_name(label).map(|c| c.alpha3.as_str()), Some(alpha3));
    }
}

#[test]
fn renaper_other_country_is_special() {
    assert!(renaper_origins().contains("Otro país"));
    assert!(match_name("Otro país").is_none());
    assert_eq!(
        match_special("Otro país"),
        Some(SpecialCode::OtherCountries)
    );
}

#[test]
fn agency_name_cases() {
    // World Bank WDI (API_SM.POP.NETM) and UN DESA International Migrant Stock 2020 labels.
    let cases = [
        ("Cote d'Ivoire", "CIV"),
        ("Curacao", "CUW"),
        ("Korea, Rep.", "KOR"),
        ("Bahamas, The", "BHS"),
        ("Venezuela, RB", "VEN"),
        ("Turkiye", "TUR"),
        ("Côte d'Ivoire", "CIV"),
        ("Curaçao*", "CUW"),
        ("Réunion*", "REU"),
    ];
    for (label, alpha3) in cases {
        let result = lookup_name(label).map(|c| c.alpha3.as_str());
        assert_eq!(result, Ok(alpha3), "label {label:?}");
    }
}

/// Returns (label, code) for each data row of a sheet, from the given columns.
fn sheet_pairs(path: &str, sheet: &str, label_col: usize, code_col: usize) -> Vec<(String, Data)> {
    let mut workbook = open_workbook_auto(path).expect("open the workbook");
    let range = workbook.worksheet_range(sheet).expect("read the sheet");
    range
        .rows()
        .filter_map(|row| match (row.get(label_col), row.get(code_col)) {
            (Some(Data::String(label)), Some(code)) => Some((label.clone(), code.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn world_bank_countries_all_match() {
    let pairs = sheet_pairs(WORLD_BANK_XLS, "Data", 0, 1);
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for (label, code) in &pairs {
        let Data::String(alpha3) = code else { continue };
        // Aggregates such as "Latin America & Caribbean" (LCN) have codes of their own.
        if by_alpha3(alpha3).is_none() {
            continue;
        }
        let result = lookup_name(label).map(|c| c.alpha3.as_str());
        if result != Ok(alpha3.as_str()) {
            mismatches.push(format!("{label:?} ({alpha3}): {result:?}"));
        }
        checked += 1;
    }
    assert!(
        checked >= 210,
        "only {checked} World Bank countries checked"
    );
    assert_eq!(mismatches, Vec::<String>::new());
}

#[test]
fn un_desa_countries_all_match() {
    let pairs = sheet_pairs(UN_DESA_STOCK_XLSX, "Table 1", 1, 3);
    let mut checked = 0;
    let mut mismatches = Vec::new();
    for (label, code) in &pairs {
        let m49 = match code {
            Data::Float(value) => *value as u16,
            Data::Int(value) => *value as u16,
            _ => continue,
        };
        // Codes from 900 up are UN DESA aggregates; 830 is the Channel Islands, which
        // ISO 3166-1 splits into Guernsey and Jersey.
        if m49 >= 900 || m49 == 830 {
            continue;
        }
        let expected = by_m49(m49).unwrap_or_else(|| panic!("no country has M49 {m49}"));
        let result = lookup_name(label).map(|c| c.alpha3.as_str());
        if result != Ok(expected.alpha3.as_str()) {
            mismatches.push(format!("{label:?} ({}): {result:?}", expected.alpha3));
        }
        checked += 1;
    }
    assert!(checked >= 230, "only {checked} UN DESA countries checked");
    assert_eq!(mismatches, Vec::<String>::new());
}

/// Returns the distinct labels of the residence and origin columns of the UNHCR file, which
/// has four preamble lines before its header row.
fn unhcr_labels() -> BTreeSet<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(UNHCR_CSV)
        .expect("open the UNHCR file");
    let mut labels = BTreeSet::new();
    let mut in_table = false;
    for record in reader.records() {
        let record = record.expect("read a row");
        if record.get(0) == Some("Country / territory of residence") {
            in_table = true;
            continue;
        }
        if !in_table || record.len() < 3 {
            continue;
        }
        labels.insert(record[0].to_string());
        labels.insert(record[1].to_string());
    }
    labels
}

#[test]
fn unhcr_labels_all_match() {
    // Labels that name no current country: former states, ethnic groups, a repeated
    // header and a catch-all.
    let no_country = [
        "Federal Republic of Yugoslavia",
        "Origin / Returned from",
        "Palestinian",
        "Serbia and Montenegro",
        "Stateless",
        "Tibetan",
        "Various",
    ];
    let labels = unhcr_labels();
    assert!(labels.len() >= 200, "only {} labels read", labels.len());

    let mut unmatched = Vec::new();
    for label in labels.iter().filter(|l| !no_country.contains(&l.as_str())) {
        if let Err(error) = lookup_name(label) {
            unmatched.push(format!("{label:?}: {error}"));
        }
    }
    assert_eq!(unmatched, Vec::<String>::new());
}

#[test]
fn unhcr_label_cases() {
    let cases = [
        ("Bolivarian Republic of Venezuela", "VEN"),
        ("Plurinational State of Bolivia", "BOL"),
        ("Serbia (and Kosovo: S/RES/1244 (1999))", "SRB"),
        ("The former Yugoslav Republic of Macedonia", "MKD"),
        ("Libyan Arab Jamahiriya", "LBY"),
        ("Occupied Palestinian Territory", "PSE"),
        ("Swaziland", "SWZ"),
        ("Turkey", "TUR"),
    ];
    let labels = unhcr_labels();
    for (label, alpha3) in cases {
        assert!(labels.contains(label), "{label:?} missing from the file");
        let result = lookup_name(label).map(|c| c.alpha3.as_str());
        assert_eq!(result, Ok(alpha3), "label {label:?}");
    }
}

#[test]
fn unhcr_stateless_is_special() {
    assert!(unhcr_labels().contains("Stateless"));
    assert!(match_name("Stateless").is_none());
    assert_eq!(match_special("Stateless"), Some(SpecialCode::Stateless));
}
