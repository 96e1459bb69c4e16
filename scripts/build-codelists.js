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
// The citizenships a new sheet starts with: the six participants and every citizenship with at
// least one asylum applicant in the real regional figures the tests ship (Montenegro 2018-2022,
// Austria and Bulgaria 2022, Eurostat migr_asyappctza). Users add rows for any other code.
const citizenOrder = [
  "TOTAL",
  "EU27_2020",
  "EXT_EU27_2020",
  ...countries,
  "UK_OCT",
  "RNC",
  "STLS",
  "UNK",
];
const regionalFigures = path.join(
  __dirname,
  "..",
  "test",
  "fixtures",
  "eurostat",
  "eurostat_migr_asyappctza_full_ME2018-2022_AT-BG2022.csv"
);
const seen = new Set(participants);
for (const line of fs.readFileSync(regionalFigures, "utf8").trim().split(/\r?\n/).slice(1)) {
  const fields = line.split(",");
  if (Number(fields[9]) > 0) seen.add(fields[3]);
}
write(
  "citizen",
  "Country of citizenship",
  pick(geo, citizenOrder, ["EU27_2020", "EXT_EU27_2020"]),
  {
    note: "EU27_2020 and EXT_EU27_2020 are aggregates: never added into the total.",
    common: citizenOrder.filter((code) => seen.has(code)),
  }
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

// Lists for the rest of the catalogue (Art. 3–7). Subsets follow the codes each Eurostat dataset
// uses; "aggregate" marks codes that group other codes on the same sheet.
const age = readDic("age");
const reason = readDic("reason");
const decision = readDic("decision");
const applicant = readDic("applicant");

write(
  "withdraw",
  "Type of withdrawal",
  pick(readDic("withdraw"), ["TOTAL", "EXPLC", "IMPLC", "UNK"])
);
write(
  "age-minors",
  "Age class of the minor",
  pick(age, ["Y_LT18", "Y_LT14", "Y14-17", "Y14-15", "Y16-17", "UNK"], ["Y_LT18", "Y14-17"]),
  {
    note:
      "Unaccompanied minors' tables have no TOTAL age: Y_LT18 = Y_LT14 + Y14-17 and " +
      "Y14-17 = Y14-15 + Y16-17; UNK is a minor of unknown age.",
  }
);
write(
  "age-permits",
  "Age class",
  pick(age, ["TOTAL", "Y_LT18", "Y18-34", "Y35-64", "Y_GE65", "UNK"])
);
write(
  "age-groups",
  "Age class (five-year groups)",
  pick(age, [
    "TOTAL",
    "Y_LT5",
    "Y5-9",
    "Y10-14",
    "Y15-19",
    "Y20-24",
    "Y25-29",
    "Y30-34",
    "Y35-39",
    "Y40-44",
    "Y45-49",
    "Y50-54",
    "Y55-59",
    "Y60-64",
    "Y65-69",
    "Y70-74",
    "Y75-79",
    "Y80-84",
    "Y_GE85",
    "UNK",
  ])
);
write("duration", "Length of validity", pick(age, ["TOTAL", "M3-5", "M6-11", "M_GE12"]), {
  note: "Eurostat's duration codes share the age dictionary.",
});
write(
  "decision-asylum",
  "Decision on the application",
  pick(decision, ["TOTAL", "POS", "POS_RFG", "POS_SPROT", "POS_HUM", "NEG"], ["POS"]),
  { note: "POS = POS_RFG + POS_SPROT + POS_HUM; TOTAL = POS + NEG." }
);
write(
  "decision-status",
  "Type of status withdrawn",
  pick(decision, ["TOTAL", "POS_RFG", "POS_SPROT", "POS_HUM"])
);
write("decision-dublin", "Decision on the request", pick(decision, ["TOTAL", "ACC", "REF"]));
write(
  "reason-permit",
  "Reason for the permit",
  pick(reason, ["TOTAL", "FAM", "EDUC", "EMP", "OTH"])
);
write(
  "reason-change",
  "Change of reason for the permit",
  pick(
    reason,
    [
      "TOTAL",
      ...["FAM", "EDUC", "EMP", "OTH"].flatMap((from) => [
        `CHG_${from}`,
        ...["FAM", "EDUC", "EMP", "OTH"]
          .filter((to) => to !== from)
          .map((to) => `CHG_${from}_${to}`),
      ]),
    ],
    ["CHG_FAM", "CHG_EDUC", "CHG_EMP", "CHG_OTH"]
  )
);
write(
  "reason-refusal",
  "Reason for refusal of entry",
  pick(reason, [
    "TOTAL",
    "DOC_NV",
    "DOC_FLS",
    "VISA_RPRM_NV",
    "VISA_RPRM_FLS",
    "STAY_NJ",
    "STAY_M3",
    "SUBS_NS",
    "ALERT",
    "PUB_THRT",
  ]),
  { note: "A person may be refused for several reasons, so the reasons need not add up to TOTAL." }
);
write(
  "reason-withdrawal",
  "Reason for withdrawing the status",
  pick(reason, ["TOTAL", "WDN_RVOC", "WDN_END", "WDN_REF_RNEW", "UNK"])
);
write(
  "reason-apprehension",
  "Grounds for apprehension",
  pick(reason, ["TOTAL", "ENTRY_NLEG", "OSTAY", "OTH"])
);
write("border", "Type of border", pick(readDic("border"), ["TOTAL", "LAND", "SEA", "AIR"]));
write(
  "apprehen",
  "Place of apprehension",
  pick(readDic("apprehen"), ["TOTAL", "BRD_EXT", "BCP_SLA", "BCP_S", "BCP_L", "INL"], ["BRD_EXT"]),
  { note: "BRD_EXT = BCP_SLA + BCP_S + BCP_L; TOTAL = BRD_EXT + INL." }
);
write(
  "return",
  "Type of return",
  pick(
    readDic("return"),
    ["TOTAL", "VOLU", "ASSI_VOLU", "NASSI_VOLU", "FORC", "ASSI_FORC", "ASSI", "NASSI", "UNK"],
    ["VOLU", "FORC", "ASSI", "NASSI"]
  ),
  { note: "Type of return and assistance share one dimension since 2021." }
);
write("c_dest", "Country of destination", pick(geo, ["TOTAL", "THRD"]));
const EU27 =
  "BE BG CZ DK DE EE IE EL ES FR HR IT CY LV LT LU HU MT NL AT PL PT RO SI SK FI SE".split(" ");
const dublinStates = [...countries.filter((c) => EU27.includes(c)), "IS", "LI", "NO", "CH"];
write("partner-dublin", "Partner country", pick(geo, ["TOTAL", ...dublinStates]), {
  note: "The states applying the Dublin Regulation: the EU Member States, Iceland, Liechtenstein, Norway and Switzerland.",
});
write("request", "Type of request", pick(readDic("request"), ["TOTAL", "REQ", "RX_REQ"]));
write(
  "leg_prov",
  "Legal provision",
  pick(
    readDic("leg_prov"),
    [
      "TOTAL",
      "CHRG",
      "CHRG_FAM",
      "CHRG_FAM_8",
      "CHRG_FAM_9",
      "CHRG_FAM_10",
      "CHRG_FAM_11",
      "CHRG_DOC",
      "CHRG_DOC_121",
      "CHRG_DOC_122",
      "CHRG_DOC_123",
      "CHRG_DOC_124",
      "CHRG_DOC_14",
      "CHRG_131",
      "CHRG_132",
      "CHRG_15",
      "CHRG_16",
      "CHRG_172",
      "CHRG_UNK",
      "BACK",
      "BACK_181B",
      "BACK_181C",
      "BACK_181D",
      "BACK_205",
      "BACK_UNK",
    ],
    ["CHRG", "CHRG_FAM", "CHRG_DOC", "BACK"]
  )
);
write("applicant-minor", "Type of applicant", pick(applicant, ["TOTAL", "UAM", "AM"]), {
  note: "UAM and AM are 'of which' groups of TOTAL (adults are not shown), so they never add up to it.",
});
write("leg_fram", "Legal framework", pick(readDic("leg_fram"), ["TOTAL", "EU", "NAT"]));
write("unit-number", "Unit of measure", pick(readDic("unit"), ["NR"]));
fs.writeFileSync(
  path.join(outDir, "agedef.json"),
  JSON.stringify(
    {
      id: "agedef",
      title: "Age definition",
      source:
        "Eurostat dissemination API, dimension agedef of migr_imm1ctz and migr_emi1ctz (no " +
        "dictionary file in the reference snapshot). Source: Eurostat.",
      codes: [
        { code: "REACH", label: "Age reached during the year" },
        { code: "COMPLET", label: "Age in completed years" },
      ],
    },
    null,
    2
  ) + "\n"
);
console.log("agedef: 2 codes");
