#!/usr/bin/env node
// Regenerates templates/codelists/*.json from Eurostat's dissemination dictionaries (.dic files,
// code TAB label). Run by a developer when the dictionaries change; the product never reads them
// at run time. Usage: node scripts/build-codelists.js ../shared/reference/eurostat/codelists
const fs = require("fs");
const path = require("path");

const dicDir = process.argv[2];
if (!dicDir) {
  console.error("usage: node scripts/build-codelists.js <folder with Eurostat .dic files>");
  process.exit(2);
}
const outDir = path.join(__dirname, "..", "templates", "codelists");
const SOURCE =
  "Eurostat dissemination dictionaries (dic/en/*.dic, Nov 2023 snapshot via GitHub " +
  "healthfacts/dictionaries_eurostat_hlth, CC BY 4.0). Source: Eurostat.";

function readDic(name) {
  const text = fs.readFileSync(path.join(dicDir, `${name}.dic`), "utf8");
  const labels = new Map();
  for (const line of text.split(/\r?\n/)) {
    const tab = line.indexOf("\t");
    if (tab > 0) labels.set(line.slice(0, tab), line.slice(tab + 1).trim());
  }
  return labels;
}

function pick(dic, codes, aggregates = []) {
  return codes.map((code) => {
    const label = dic.get(code);
    if (!label) throw new Error(`${code} is not in the dictionary`);
    return aggregates.includes(code) ? { code, label, aggregate: true } : { code, label };
  });
}

function write(id, title, codes, extra = {}) {
  const list = { id, title, source: SOURCE, ...extra, codes };
  fs.writeFileSync(path.join(outDir, `${id}.json`), JSON.stringify(list, null, 2) + "\n");
  console.log(`${id}: ${codes.length} codes`);
}

// Two-letter codes of the GEO dictionary that are groupings, historical or uninhabited areas
// rather than a citizenship or a reporting country.
const NOT_A_COUNTRY = new Set(
  "EU EA FX FZ IF AN CP AQ BV HM GS TF UM IO CX CC NF SJ PN".split(" ")
);

fs.mkdirSync(outDir, { recursive: true });
const geo = readDic("citizen");
const countries = [...geo.keys()].filter((c) => c.length === 2 && !NOT_A_COUNTRY.has(c));
const participants = ["AL", "BA", "XK", "ME", "MK", "RS"];
const others = countries.filter((c) => !participants.includes(c));

write("geo", "Reporting country", pick(geo, [...participants, ...others]), {
  note: "The six WB-MIDEX participants come first; codes are Eurostat's (EL, UK, XK).",
});
write(
  "citizen",
  "Country of citizenship",
  pick(
    geo,
    ["TOTAL", "EU27_2020", "EXT_EU27_2020", ...countries, "UK_OCT", "RNC", "STLS", "UNK"],
    ["EU27_2020", "EXT_EU27_2020"]
  ),
  { note: "EU27_2020 and EXT_EU27_2020 are aggregates: never added into the total." }
);
write("sex", "Sex", pick(readDic("sex"), ["T", "M", "F", "UNK"]));
write(
  "age-asylum",
  "Age class",
  pick(
    readDic("age"),
    ["TOTAL", "Y_LT14", "Y14-17", "Y18-34", "Y35-64", "Y_GE65", "UNK", "Y_LT18"],
    ["Y_LT18"]
  ),
  { note: "Y_LT18 (less than 18 years) is an aggregate of Y_LT14 and Y14-17." }
);
write("applicant", "Type of applicant", pick(readDic("applicant"), ["TOTAL", "FRST", "SSEQ"]), {
  legacy: {
    dimension: "asyl_app",
    codes: { ASY_APP: "TOTAL", NASY_APP: "FRST" },
    note: "Before 2023 Eurostat published this dimension as asyl_app with ASY_APP and NASY_APP.",
  },
});
write("freq", "Time frequency", pick(readDic("freq"), ["A", "Q", "M"]));
write("unit", "Unit of measure", pick(readDic("unit"), ["PER"]));
