//! Contents of the generated country list and the code lookups.

use std::collections::HashSet;

use sicremi_codes::{
    by_alpha2, by_alpha3, by_m49, cldr_version, countries, is_in_region, name, region, regions,
    Lang, SpecialCode,
};

#[test]
fn list_has_iso_countries_and_kosovo() {
    // 249 ISO 3166-1 entries plus Kosovo.
    assert_eq!(countries().len(), 250);
}

#[test]
fn list_sorted_by_alpha3() {
    let codes: Vec<&str> = countries().iter().map(|c| c.alpha3.as_str()).collect();
    let mut sorted = codes.clone();
    sorted.sort_unstable();
    assert_eq!(codes, sorted);
}

#[test]
fn codes_unique_and_well_formed() {
    let mut alpha3s = HashSet::new();
    let mut alpha2s = HashSet::new();
    let mut m49s = HashSet::new();
    for country in countries() {
        assert!(alpha3s.insert(&country.alpha3), "{} twice", country.alpha3);
        assert!(alpha2s.insert(&country.alpha2), "{} twice", country.alpha2);
        assert!(m49s.insert(country.m49), "{} twice", country.m49);
        assert_eq!(country.alpha3.len(), 3, "{}", country.alpha3);
        assert!(country.alpha3.chars().all(|c| c.is_ascii_uppercase()));
        assert_eq!(country.alpha2.len(), 2, "{}", country.alpha2);
        assert!(country.alpha2.chars().all(|c| c.is_ascii_uppercase()));
        assert!(country.m49 > 0, "{} has M49 0", country.alpha3);
        assert!(
            country.m49 < 1000,
            "{} has M49 {}",
            country.alpha3,
            country.m49
        );
    }
}

#[test]
fn names_present_in_four_languages() {
    for country in countries() {
        for lang in Lang::ALL {
            let display = country.name(lang);
            assert!(
                !display.trim().is_empty(),
                "{} has no {lang} name",
                country.alpha3
            );
            assert_eq!(
                display,
                display.trim(),
                "{} {lang} name has spaces",
                country.alpha3
            );
        }
    }
}

#[test]
fn curacao_present() {
    let curacao = by_alpha3("CUW").expect("CUW");
    assert_eq!(curacao.alpha2, "CW");
    assert_eq!(curacao.m49, 531);
    assert_eq!(curacao.names.en, "Curaçao");
    assert_eq!(curacao.names.es, "Curazao");
    assert!(curacao.is_in_region(29));
}

#[test]
fn deprecated_and_reserved_codes_absent() {
    // Netherlands Antilles, Serbia and Montenegro, Soviet Union, European Union, unknown.
    for alpha3 in ["ANT", "SCG", "SUN", "QUU", "ZZZ", "XKK"] {
        assert!(by_alpha3(alpha3).is_none(), "{alpha3} listed");
    }
    for alpha2 in ["AN", "CS", "SU", "EU", "UN", "ZZ", "AC", "IC"] {
        assert!(by_alpha2(alpha2).is_none(), "{alpha2} listed");
    }
}

#[test]
fn kosovo_uses_xkx() {
    let kosovo = by_alpha3("XKX").expect("XKX");
    assert_eq!(kosovo.alpha2, "XK");
    assert_eq!(kosovo.m49, 983);
    assert_eq!(kosovo.names.en, "Kosovo");
    assert!(kosovo.is_in_region(39));
    assert!(kosovo.is_in_region(150));
}

#[test]
fn lookups_ignore_ascii_case() {
    assert_eq!(by_alpha3("arg").map(|c| c.m49), Some(32));
    assert_eq!(by_alpha2("ar").map(|c| c.alpha3.as_str()), Some("ARG"));
    assert_eq!(by_m49(32).map(|c| c.alpha3.as_str()), Some("ARG"));
    assert!(by_m49(999).is_none());
}

#[test]
fn name_in_each_language() {
    assert_eq!(name("DEU", Lang::En), Some("Germany"));
    assert_eq!(name("DEU", Lang::Es), Some("Alemania"));
    assert_eq!(name("DEU", Lang::Pt), Some("Alemanha"));
    assert_eq!(name("DEU", Lang::Fr), Some("Allemagne"));
    assert_eq!(name("XYZ", Lang::En), None);
}

#[test]
fn regions_transitive() {
    // Mexico: Central America, Latin America, Americas, and CLDR's North America grouping.
    let mexico = by_alpha3("MEX").expect("MEX");
    assert_eq!(mexico.regions, vec![1, 3, 13, 19, 419]);
    assert!(is_in_region("NGA", 202), "Nigeria in Sub-Saharan Africa");
    assert!(is_in_region("NGA", 2), "Nigeria in Africa");
    assert!(!is_in_region("NGA", 419));
    assert!(!is_in_region("XYZ", 1), "unknown code in World");
}

#[test]
fn every_country_in_world() {
    for country in countries() {
        assert!(country.is_in_region(1), "{} not in 001", country.alpha3);
    }
}

#[test]
fn antarctica_only_in_world() {
    assert_eq!(by_alpha3("ATA").expect("ATA").regions, vec![1]);
}

#[test]
fn region_names_and_list() {
    let latin_america = region(419).expect("419");
    assert_eq!(latin_america.names.es, "Latinoamérica");
    assert!(region(10).is_none(), "010 contains no country");
    for country in countries() {
        for code in &country.regions {
            assert!(
                region(*code).is_some(),
                "{} region {code} unnamed",
                country.alpha3
            );
        }
    }
    assert!(regions().windows(2).all(|pair| pair[0].m49 < pair[1].m49));
}

#[test]
fn cldr_version_recorded() {
    assert_eq!(cldr_version(), "48");
}

#[test]
fn special_codes_and_names() {
    let codes: Vec<&str> = SpecialCode::ALL.iter().map(|s| s.code()).collect();
    assert_eq!(codes, ["ZZO", "XXX", "XXA", "_T"]);
    for special in SpecialCode::ALL {
        assert_eq!(SpecialCode::from_code(special.code()), Some(special));
        assert!(
            by_alpha3(special.code()).is_none(),
            "{special} is a country"
        );
        for lang in Lang::ALL {
            assert!(
                !special.name(lang).is_empty(),
                "{special} has no {lang} name"
            );
        }
    }
    assert_eq!(
        SpecialCode::from_code("zzo"),
        Some(SpecialCode::OtherCountries)
    );
    assert_eq!(SpecialCode::from_code("ARG"), None);
    assert_eq!(SpecialCode::Stateless.name(Lang::Fr), "Apatride");
    assert_eq!(SpecialCode::Total.name(Lang::Es), "Total");
}

#[test]
fn lang_parses_locale_tags() {
    assert_eq!("es".parse::<Lang>(), Ok(Lang::Es));
    assert_eq!("es-AR".parse::<Lang>(), Ok(Lang::Es));
    assert_eq!("pt_BR".parse::<Lang>(), Ok(Lang::Pt));
    assert_eq!("FR".parse::<Lang>(), Ok(Lang::Fr));
    let error = "de".parse::<Lang>().unwrap_err();
    assert_eq!(error.code(), "codes.language_unsupported");
    assert!(error.to_string().contains("\"de\""), "{error}");
}
