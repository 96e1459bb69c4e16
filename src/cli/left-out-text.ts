import { Language, pseudoText, toCyrillic } from "../core/i18n";
import { derivedCatalogue } from "../core/messages/derived";

/**
 * The words of `midex import`'s "not read:" and "not placed:" lines, and of the reasons the core
 * and the import command give for an observation left out, in each language. The reasons come as
 * English sentences (Unplaced.reason); those recognised here are said again in the language,
 * any other keeps its English.
 */
type P = Record<string, string | number>;

const en = {
  notRead: () => "not read:",
  notPlaced: () => "not placed:",
  line: () => "line",
  lines: () => "lines",
  more: (p: P) => ` and ${p.count} more`,
  observations: (p: P) => `${p.count} observations`,
  otherFixed: (p: P) => `${p.dimension} is ${p.code}, the sheet's is ${p.sheet}`,
  otherPeriod: (p: P) => `period ${p.period} is not the sheet's ${p.sheet}`,
  noCell: () => "the sheet has no cell for this key",
  noCellFor: (p: P) => `the sheet has no cell for ${p.key}`,
  secondObservation: (p: P) => `a second observation for the cell ${p.cell}`,
  noCode: (p: P) => `it has no ${p.dimension} code`,
};

type LeftOutText = Record<keyof typeof en, (p: P) => string>;

const srLatn: LeftOutText = {
  notRead: () => "nije pročitano:",
  notPlaced: () => "nije upisano:",
  line: () => "red",
  lines: () => "redovi",
  more: (p) => ` i još ${p.count}`,
  observations: (p) => `opservacija: ${p.count}`,
  otherFixed: (p) => `${p.dimension} je ${p.code}, a na listu je ${p.sheet}`,
  otherPeriod: (p) => `period ${p.period} nije period lista (${p.sheet})`,
  noCell: () => "list nema ćeliju za ovaj ključ",
  noCellFor: (p) => `list nema ćeliju za ${p.key}`,
  secondObservation: (p) => `druga opservacija za ćeliju ${p.cell}`,
  noCode: (p) => `nema šifru za ${p.dimension}`,
};

const sq: LeftOutText = {
  notRead: () => "nuk u lexua:",
  notPlaced: () => "nuk u vendos:",
  line: () => "rreshti",
  lines: () => "rreshtat",
  more: (p) => ` dhe ${p.count} të tjerë`,
  observations: (p) => `vëzhgime: ${p.count}`,
  otherFixed: (p) => `${p.dimension} është ${p.code}, ndërsa në fletë është ${p.sheet}`,
  otherPeriod: (p) => `periudha ${p.period} nuk është ajo e fletës (${p.sheet})`,
  noCell: () => "fleta nuk ka qelizë për këtë çelës",
  noCellFor: (p) => `fleta nuk ka qelizë për ${p.key}`,
  secondObservation: (p) => `një vëzhgim i dytë për qelizën ${p.cell}`,
  noCode: (p) => `nuk ka kod për ${p.dimension}`,
};

const mk: LeftOutText = {
  notRead: () => "не е прочитано:",
  notPlaced: () => "не е внесено:",
  line: () => "ред",
  lines: () => "редови",
  more: (p) => ` и уште ${p.count}`,
  observations: (p) => `набљудувања: ${p.count}`,
  otherFixed: (p) => `${p.dimension} е ${p.code}, а на листот е ${p.sheet}`,
  otherPeriod: (p) => `периодот ${p.period} не е периодот на листот (${p.sheet})`,
  noCell: () => "листот нема ќелија за овој клуч",
  noCellFor: (p) => `листот нема ќелија за ${p.key}`,
  secondObservation: (p) => `второ набљудување за ќелијата ${p.cell}`,
  noCode: (p) => `нема шифра за ${p.dimension}`,
};

const TEXT: Record<Language, LeftOutText> = {
  en,
  sq,
  "sr-Latn": srLatn,
  "sr-Cyrl": derivedCatalogue(srLatn, toCyrillic),
  mk,
  bs: srLatn,
  cnr: srLatn,
  qps: derivedCatalogue(en, pseudoText),
};

export type LeftOutWord = keyof typeof en;

export function leftOutWord(language: Language, word: LeftOutWord, params: P = {}): string {
  return TEXT[language][word](params);
}

/** The English reasons as they are given, each with the word that says it again. */
const REASONS: [RegExp, LeftOutWord, string[]][] = [
  [/^(\S+) is (\S*), the sheet's is (\S*)$/, "otherFixed", ["dimension", "code", "sheet"]],
  [/^period (\S+) is not the sheet's (\S+)$/, "otherPeriod", ["period", "sheet"]],
  [/^the sheet has no cell for this key$/, "noCell", []],
  [/^the sheet has no cell for (.+)$/, "noCellFor", ["key"]],
  [/^a second observation for the cell (\S+)$/, "secondObservation", ["cell"]],
  [/^it has no (\S+) code$/, "noCode", ["dimension"]],
];

/** A left-out observation's reason in the language, or as given when it is not one we know. */
export function reasonIn(language: Language, reason: string): string {
  if (language === "en") return reason;
  for (const [pattern, word, names] of REASONS) {
    const match = pattern.exec(reason);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, match[i + 1]]));
    return leftOutWord(language, word, params);
  }
  return reason;
}
