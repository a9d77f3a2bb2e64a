//! The 22 member countries of the SICREMI network.

use sicremi_codes::{by_alpha3, is_in_region, LATIN_AMERICA_AND_CARIBBEAN, NORTHERN_AMERICA};

const MEMBERS: [(&str, u16); 22] = [
    ("ARG", 32),
    ("BRB", 52),
    ("BLZ", 84),
    ("BOL", 68),
    ("BRA", 76),
    ("CAN", 124),
    ("CHL", 152),
    ("COL", 170),
    ("CRI", 188),
    ("DOM", 214),
    ("ECU", 218),
    ("SLV", 222),
    ("GTM", 320),
    ("HND", 340),
    ("JAM", 388),
    ("MEX", 484),
    ("PAN", 591),
    ("PRY", 600),
    ("PER", 604),
    ("USA", 840),
    ("TTO", 780),
    ("URY", 858),
];

#[test]
fn members_have_m49_codes() {
    for (alpha3, m49) in MEMBERS {
        let country = by_alpha3(alpha3).unwrap_or_else(|| panic!("{alpha3} missing"));
        assert_eq!(country.m49, m49, "M49 code of {alpha3}");
    }
}

#[test]
fn members_regions() {
    for (alpha3, _) in MEMBERS {
        let northern = alpha3 == "CAN" || alpha3 == "USA";
        assert_eq!(
            is_in_region(alpha3, LATIN_AMERICA_AND_CARIBBEAN),
            !northern,
            "{alpha3} in 419"
        );
        assert_eq!(
            is_in_region(alpha3, NORTHERN_AMERICA),
            northern,
            "{alpha3} in 021"
        );
        assert!(is_in_region(alpha3, 19), "{alpha3} in 019 Americas");
    }
}

#[test]
fn members_subregions() {
    let subregions = [
        ("ARG", 5),
        ("BOL", 5),
        ("BRA", 5),
        ("CHL", 5),
        ("COL", 5),
        ("ECU", 5),
        ("PRY", 5),
        ("PER", 5),
        ("URY", 5),
        ("BLZ", 13),
        ("CRI", 13),
        ("SLV", 13),
        ("GTM", 13),
        ("HND", 13),
        ("MEX", 13),
        ("PAN", 13),
        ("BRB", 29),
        ("DOM", 29),
        ("JAM", 29),
        ("TTO", 29),
    ];
    for (alpha3, m49) in subregions {
        assert!(is_in_region(alpha3, m49), "{alpha3} in {m49:03}");
    }
}
