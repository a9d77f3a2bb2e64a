// Generates assets/codelists/countries.json from the CLDR data in the npm packages
// cldr-core and cldr-localenames-full, at the exact versions pinned in package.json.
//
// Usage (from this folder):
//   npm ci
//   node generate.mjs           # rewrite ../../../assets/codelists/countries.json
//   node generate.mjs --check   # exit 1 if the checked-in file differs from the output
//
// The output depends only on the CLDR packages, so running the script twice writes
// byte-identical files.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

const LANGUAGES = ["en", "es", "pt", "fr"];
const OUTPUT_URL = new URL("../../../assets/codelists/countries.json", import.meta.url);

// Kosovo has no ISO 3166-1 entry. CLDR gives it XK with the user-assigned alpha-3 XKK and
// numeric 983, and marks XKK as an "overlong" alias of XK. Agencies do report Kosovo
// separately, and the World Bank's data files (for example API_SM.POP.NETM) code it XKX,
// so the list carries Kosovo as XKX. Its m49 field is CLDR's user-assigned 983, which is
// not an M49 code, because the UN counts Kosovo under Serbia (688).
const KOSOVO = { alpha2: "XK", alpha3: "XKX" };

function loadJson(modulePath) {
  return require(modulePath);
}

function cldrVersions() {
  const core = loadJson("cldr-core/package.json");
  const names = loadJson("cldr-localenames-full/package.json");
  const mappings = loadJson("cldr-core/supplemental/codeMappings.json");
  return {
    cldr: mappings.supplemental.version._cldrVersion,
    cldrCorePackage: core.version,
    cldrLocalenamesFullPackage: names.version,
  };
}

// ISO 3166-1 reserves these alpha-2 codes for user assignment: AA, QM to QZ, XA to XZ, ZZ.
function isUserAssignedAlpha2(code) {
  return code === "AA" || code === "ZZ" || (code[0] === "Q" && code[1] >= "M") || code[0] === "X";
}

// ISO 3166-1 reserves the alpha-3 ranges AAA-AAZ, QMA-QZZ, XAA-XZZ and ZZA-ZZZ and the
// numeric range 900-999 for user assignment.
function isUserAssignedAlpha3(code) {
  return isUserAssignedAlpha2(code.slice(0, 2));
}

function isUserAssignedNumeric(numeric) {
  return numeric >= 900;
}

function territoryNames(language) {
  const data = loadJson(`cldr-localenames-full/main/${language}/territories.json`);
  return data.main[language].localeDisplayNames.territories;
}

function deprecatedTerritories() {
  const aliases = loadJson("cldr-core/supplemental/aliases.json");
  const territoryAlias = aliases.supplemental.metadata.alias.territoryAlias;
  return new Set(
    Object.entries(territoryAlias)
      .filter(([, alias]) => alias._reason === "deprecated")
      .map(([code]) => code),
  );
}

// Returns a map from each territory or region code to the numeric regions that contain it
// directly. Entries marked "-status-deprecated" are skipped. Non-numeric containers (EU, EZ,
// UN, QO) are not M49 regions, so the walk does not pass through them. CLDR puts Antarctica
// in QO "Outlying Oceania" under 009, but M49 puts it in no region.
function numericParents() {
  const data = loadJson("cldr-core/supplemental/territoryContainment.json");
  const parents = new Map();
  for (const [key, entry] of Object.entries(data.supplemental.territoryContainment)) {
    if (key.includes("-status-deprecated")) {
      continue;
    }
    const container = key.split("-")[0];
    if (!/^[0-9]{3}$/.test(container)) {
      continue;
    }
    for (const member of entry._contains) {
      if (!parents.has(member)) {
        parents.set(member, new Set());
      }
      parents.get(member).add(Number(container));
    }
  }
  return parents;
}

function regionsContaining(code, parents) {
  const found = new Set([1]);
  const pending = [code];
  while (pending.length > 0) {
    const current = pending.pop();
    for (const parent of parents.get(current) ?? []) {
      if (!found.has(parent)) {
        found.add(parent);
        pending.push(String(parent).padStart(3, "0"));
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}

function primaryAndAlternativeNames(code, namesByLanguage) {
  const names = {};
  const alternatives = new Set();
  for (const language of LANGUAGES) {
    const table = namesByLanguage[language];
    const primary = table[code];
    if (typeof primary !== "string" || primary.trim() === "") {
      throw new Error(`CLDR has no ${language} name for territory ${code}`);
    }
    names[language] = primary;
    for (const [key, value] of Object.entries(table)) {
      if (key.startsWith(`${code}-alt-`)) {
        alternatives.add(value);
      }
    }
  }
  for (const primary of Object.values(names)) {
    alternatives.delete(primary);
  }
  return { names, alternatives };
}

function collectCountries() {
  const mappings = loadJson("cldr-core/supplemental/codeMappings.json").supplemental.codeMappings;
  const deprecated = deprecatedTerritories();
  const parents = numericParents();
  const namesByLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, territoryNames(l)]));

  const countries = [];
  const excluded = {
    deprecated: [],
    user_assigned: [],
    no_alpha3_or_numeric: [],
  };

  for (const [alpha2, mapping] of Object.entries(mappings)) {
    // codeMappings also lists currencies (three letters) under the same key space.
    if (!/^[A-Z]{2}$/.test(alpha2)) {
      continue;
    }
    if (deprecated.has(alpha2)) {
      excluded.deprecated.push(alpha2);
      continue;
    }
    if (alpha2 === KOSOVO.alpha2) {
      countries.push({ alpha2, alpha3: KOSOVO.alpha3, numeric: Number(mapping._numeric) });
      continue;
    }
    if (mapping._alpha3 === undefined || mapping._numeric === undefined) {
      excluded.no_alpha3_or_numeric.push(alpha2);
      continue;
    }
    const numeric = Number(mapping._numeric);
    if (
      isUserAssignedAlpha2(alpha2) ||
      isUserAssignedAlpha3(mapping._alpha3) ||
      isUserAssignedNumeric(numeric)
    ) {
      excluded.user_assigned.push(alpha2);
      continue;
    }
    countries.push({ alpha2, alpha3: mapping._alpha3, numeric });
  }

  const alpha3Codes = new Set(countries.map((c) => c.alpha3));
  const alpha2Codes = new Set(countries.map((c) => c.alpha2));
  const droppedAlternatives = [];

  const records = countries.map(({ alpha2, alpha3, numeric }) => {
    const { names, alternatives } = primaryAndAlternativeNames(alpha2, namesByLanguage);
    // A short name that spells another country's code would turn a code into a name
    // match: Spanish CLDR abbreviates the United Kingdom as "RU", Russia's alpha-2.
    const otherNames = [...alternatives]
      .filter((name) => {
        const upper = name.toUpperCase();
        const spellsOtherCode =
          (alpha2Codes.has(upper) && upper !== alpha2) || (alpha3Codes.has(upper) && upper !== alpha3);
        if (spellsOtherCode) {
          droppedAlternatives.push({ alpha3, name });
        }
        return !spellsOtherCode;
      })
      .sort(compareStrings);
    return {
      alpha3,
      alpha2,
      m49: numeric,
      names,
      other_names: otherNames,
      regions: regionsContaining(alpha2, parents),
    };
  });
  records.sort((a, b) => compareStrings(a.alpha3, b.alpha3));

  // Lists the territory codes that have a display name but no codeMappings entry (CQ, EZ
  // and UN in CLDR 48), so that the header accounts for every entry.
  const covered = new Set([
    ...countries.map((c) => c.alpha2),
    ...excluded.deprecated,
    ...excluded.user_assigned,
    ...excluded.no_alpha3_or_numeric,
  ]);
  const otherTerritories = Object.keys(namesByLanguage.en)
    .filter((key) => !key.includes("-alt-"))
    .filter((key) => !/^[0-9]{3}$/.test(key))
    .filter((key) => !covered.has(key))
    .sort(compareStrings);

  for (const list of Object.values(excluded)) {
    list.sort(compareStrings);
  }
  return { records, excluded, otherTerritories, droppedAlternatives, namesByLanguage };
}

// Lists every numeric container that some country belongs to, with its CLDR names.
function collectRegions(records, namesByLanguage) {
  const codes = new Set(records.flatMap((r) => r.regions));
  return [...codes]
    .sort((a, b) => a - b)
    .map((m49) => {
      const key = String(m49).padStart(3, "0");
      const names = {};
      for (const language of LANGUAGES) {
        const name = namesByLanguage[language][key];
        if (typeof name !== "string" || name.trim() === "") {
          throw new Error(`CLDR has no ${language} name for region ${key}`);
        }
        names[language] = name;
      }
      return { m49, names };
    });
}

// Compares by UTF-16 code units, which does not depend on the machine's locale.
function compareStrings(a, b) {
  if (a < b) {
    return -1;
  }
  return a > b ? 1 : 0;
}

function buildDocument() {
  const versions = cldrVersions();
  const { records, excluded, otherTerritories, droppedAlternatives, namesByLanguage } =
    collectCountries();
  const regions = collectRegions(records, namesByLanguage);

  return {
    header: {
      description:
        "ISO 3166-1 countries with UN M49 numeric codes, M49 region membership and names in " +
        "English, Spanish, Portuguese and French. Generated from CLDR; do not edit by hand.",
      generator: "crates/codes/tools/generate.mjs",
      cldr_version: versions.cldr,
      npm_packages: {
        "cldr-core": versions.cldrCorePackage,
        "cldr-localenames-full": versions.cldrLocalenamesFullPackage,
      },
      selection:
        "A country is a two-letter code in CLDR codeMappings that has an alpha-3 and a numeric " +
        "code, is not deprecated in CLDR territoryAlias, and whose alpha-2, alpha-3 and numeric " +
        "codes are outside the ISO 3166-1 user-assigned ranges (AA, QM-QZ, XA-XZ, ZZ; numeric " +
        "900-999). Kosovo is the one exception.",
      kosovo:
        "Kosovo has no ISO 3166-1 code. CLDR gives it XK with the user-assigned XKK and 983. " +
        "The list carries it as alpha-3 XKX, the code in the World Bank's data files, with " +
        "m49 983, which is CLDR's user-assigned number and not an M49 code. The UN counts " +
        "Kosovo under Serbia (688).",
      names:
        "names are CLDR's territory display names. other_names are CLDR's alternative forms " +
        "(alt short, alt variant and similar) in the four languages, except those equal to one " +
        "of its display names and those that spell another country's alpha-2 or alpha-3 code.",
      regions:
        "regions lists every numeric container in CLDR territoryContainment that contains the " +
        "country, directly or through other numeric containers, including the CLDR groupings " +
        "003, 202 and 419, and always 001 (World). Non-numeric containers (EU, EZ, UN, QO) are " +
        "not followed, so Antarctica is only in 001.",
      excluded: {
        deprecated: excluded.deprecated,
        user_assigned: excluded.user_assigned,
        no_alpha3_or_numeric: excluded.no_alpha3_or_numeric,
        not_in_code_mappings: otherTerritories,
        numeric_regions: "all three-digit codes; see the regions list",
      },
      dropped_other_names: droppedAlternatives,
    },
    regions,
    countries: records,
  };
}

function render(document) {
  return `${JSON.stringify(document, null, 2)}\n`;
}

function main() {
  const output = render(buildDocument());
  if (process.argv.includes("--check")) {
    const current = readFileSync(OUTPUT_URL, "utf8");
    if (current !== output) {
      console.error(`${OUTPUT_URL.pathname} is out of date; run: node generate.mjs`);
      process.exit(1);
    }
    console.log(`${OUTPUT_URL.pathname} is up to date`);
    return;
  }
  writeFileSync(OUTPUT_URL, output);
  const count = JSON.parse(output).countries.length;
  console.log(`wrote ${count} countries to ${OUTPUT_URL.pathname}`);
}

main();
