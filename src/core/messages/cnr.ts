import { excerpt as q, hasLine } from "./en";
import { counted, dimensionIn, P, wordIn } from "./wording";

/**
 * Montenegrin (ijekavian) wording of every finding; our own translation.
 */
const figureRule = "Podatak je cio broj lica, 0 ili veći, ili „:“ kada nije dostupan.";
const fill = "sa 0 gdje ih nije bilo ili sa : gdje podatak nije dostupan";

const FREQUENCY = {
  "a monthly": "mjesečni",
  "a quarterly": "tromjesečni",
  "an annual": "godišnji",
};
const FIELD = {
  templateId: "šablon",
  templateVersion: "verzija šablona",
  country: "država",
  period: "period",
};
const field = (p: P) => wordIn(FIELD, p.field);

const L = "cnr" as const;
const figures = (n: string | number) =>
  counted(L, n, { one: "podatka", few: "podatka", other: "podataka" });
const cells = (n: string | number) =>
  counted(L, n, { one: "ćelija", few: "ćelije", other: "ćelija" });
const periods = (n: string | number) =>
  counted(L, n, { one: "prethodni period", few: "prethodna perioda", other: "prethodnih perioda" });
const shorter = (n: string | number) =>
  counted(L, n, { one: "kraći period", few: "kraća perioda", other: "kraćih perioda" });

const onLine = (p: P) => `red ${p.line}: `;
const inComment = (p: P) => (hasLine(p) ? `${onLine(p)}COMMENT_OBS: ` : "");
const fields = (n: string | number) =>
  counted(L, n, { one: "polje", few: "polja", other: "polja" });
const characters = (n: string | number) =>
  counted(L, n, { one: "znak", few: "znaka", other: "znakova" });

export const cnr = {
  "value.negative": (p: P) => `${p.cell} sadrži ${q(p.value)}, negativan broj. ${figureRule}`,
  "value.decimal": (p: P) => `${p.cell} sadrži ${q(p.value)}, što nije cio broj. ${figureRule}`,
  "value.text": (p: P) => `${p.cell} sadrži tekst „${q(p.value)}“. ${figureRule}`,
  "value.boolean": (p: P) =>
    `${p.cell} sadrži ${q(p.value)}, logičku vrijednost (tačno/netačno). ${figureRule}`,
  "value.tooLarge": (p: P) => `${p.cell} sadrži ${q(p.value)}, što je previše da bi bio broj lica.`,
  "code.unknown": (p: P) =>
    p.code === ""
      ? `${p.address} nema šifru za ${dimensionIn(L, p.dimension)}. ` +
        `Upišite šifru iz liste ${p.list}.`
      : `${p.address}: „${q(p.code)}“ nije šifra za ${dimensionIn(L, p.dimension)}. ` +
        `Upišite šifru iz liste ${p.list}.`,
  "code.duplicate": (p: P) =>
    `${p.address}: ${dimensionIn(L, p.dimension)} „${q(p.code)}“ se pojavljuje dva puta ` +
    `(i u ${p.other}); zadržite jedan red i saberite podatke.`,
  "meta.unknownTemplateVersion": (p: P) =>
    `List je napravljen verzijom šablona ${q(p.found)}; ovaj dodatak ima verziju ${p.current}.`,
  "template.earlierVersion": (p: P) =>
    `List „${q(p.sheet)}“ je napravljen verzijom šablona ${p.version}; pokrenite ` +
    `midex migrate da prenesete podatke u verziju ${p.current}.`,
  "meta.templateVersion": (p: P) =>
    `${p.address}: „${q(p.found)}“ nije verzija šablona (verzije izgledaju kao ${p.current}). ` +
    "Vratite verziju kojom je list napravljen ili ponovo učitajte šablon.",
  "meta.country": (p: P) =>
    `${p.address}: „${q(p.value)}“ nije šifra države izvještavanja. ` +
    "Upišite Eurostatovu geo šifru, na primjer ME.",
  "meta.period": (p: P) =>
    `${p.address}: „${q(p.value)}“ nije ${wordIn(FREQUENCY, p.frequency)} referentni period; ` +
    `upišite ga kao ${p.example}.`,
  "stamp.mismatch": (p: P) =>
    `List „${p.sheet}“: ${field(p)} u ${p.cell} je „${q(p.found)}“, a list je napravljen za ` +
    `„${q(p.recorded)}“. Vratite „${q(p.recorded)}“ u ${p.cell}. Za druge podatke kopirajte ` +
    `podatke u list napravljen za njih dodatkom ili komandom midex template.`,
  "stamp.recordChanged": (p: P) =>
    `List „${p.sheet}“: skriveni zapisi radne sveske o tome kako je list napravljen se ne ` +
    `slažu: jedan kaže ${field(p)} „${q(p.recorded)}“, drugi „${q(p.found)}“, kao ${p.cell}. ` +
    `Oni se ne mogu promijeniti u Excelu, pa je neki drugi program promijenio jedan. Kopirajte ` +
    `podatke u list napravljen dodatkom ili komandom midex template.`,
  "stamp.recordLost": (p: P) =>
    `List „${p.sheet}“: jedan od dva skrivena zapisa radne sveske o tome kako je list ` +
    `napravljen je nestao, što se dešava kada radnu svesku sačuva neki program koji nije Excel. ` +
    `Drugi zapis se slaže sa listom, pa se podaci mogu provjeriti i poslati takvi kakvi jesu.`,
  "stamp.unrecorded": (p: P) =>
    `List „${p.sheet}“ nije među listovima s kojima je ova radna sveska napravljena: ` +
    "preimenovan je ili kopiran iz druge radne sveske. Ako je preimenovan, vratite mu raniji " +
    "naziv; inače kopirajte njegove podatke u list napravljen za njih dodatkom ili komandom " +
    "midex template.",
  "sum.mismatch": (p: P) =>
    `${p.totalLabel} za ${p.context} iznosi ${p.actual}, ali ${p.parts} zajedno daju ` +
    `${p.expected} (razlika ${p.difference}).`,
  "sum.partsEmpty": (p: P) =>
    `${p.totalLabel} za ${p.context} iznosi ${p.actual}, ali su ${p.parts} svi prazni. ` +
    `Popunite ih, ${fill}.`,
  "sum.totalBlank": (p: P) =>
    `${p.totalLabel} za ${p.context} je prazno, ali ${p.parts} zajedno daju ${p.expected}. ` +
    "Upišite ukupan broj, ili : kada nije dostupan.",
  "sum.mismatchRounded": (p: P) =>
    `${p.totalLabel} za ${p.context} iznosi ${p.actual}, ali ${p.parts} zajedno daju ` +
    `${p.expected} (razlika ${p.difference}). Ako su podaci zaokruženi na ${p.base}, kako ih ` +
    `Eurostat objavljuje, zaokruživanje ${figures(p.count)} može objasniti razliku do ` +
    `${p.maxDifference}, pa ova razlika možda potiče od zaokruživanja.`,
  "complete.blank": (p: P) =>
    `${p.cell} je prazna. Prije slanja svaka ćelija za podatak mora biti popunjena, ${fill}.`,
  "complete.blankRow": (p: P) =>
    `Red ${p.row} (${p.context}) je prazan: ${cells(p.count)} za podatke nije popunjeno. ` +
    `Popunite ih prije slanja, ${fill}.`,
  "complete.blankSheet": (p: P) =>
    `List „${p.sheet}“ još nema podataka: ${cells(p.count)} za podatke je prazno. ` +
    `Popunite ih prije slanja, ${fill}.`,
  "atMost.exceeds": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}) ima više nego ${p.wholeLabel} (${p.expected}). ` +
    `Oni se računaju u ${p.wholeLabel}, pa ih ne može biti više.`,
  "atMost.exceedsRounded": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}) ima više nego ${p.wholeLabel} (${p.expected}). ` +
    `Ako su podaci zaokruženi na ${p.base}, kako ih Eurostat objavljuje, zaokruživanje može ` +
    `objasniti razliku do ${p.maxDifference}, pa ova razlika možda potiče od zaokruživanja.`,
  "package.exceeds": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}, list „${p.sheet}“ ${p.address}) ima više nego ` +
    `${p.wholeLabel} (${p.expected}, list „${p.otherSheet}“ ${p.otherAddress}). ` +
    "Prvi se računaju u druge, pa ih ne može biti više.",
  "package.exceedsUsually": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}, list „${p.sheet}“ ${p.address}) ima više nego ` +
    `${p.wholeLabel} (${p.expected}, list „${p.otherSheet}“ ${p.otherAddress}). ` +
    "Prvi se obično računaju u druge: provjerite oba podatka ili objasnite razliku pri slanju.",
  "package.differs": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}, list „${p.sheet}“ ${p.address}) razlikuje se ` +
    `od ${p.wholeLabel} (${p.expected}, list „${p.otherSheet}“ ${p.otherAddress}). Oba broje ` +
    "ista lica, pa treba da budu jednaka.",
  "period.sumOfParts": (p: P) =>
    `${p.context}: ${p.actual} za ${p.period}, ali ${shorter(p.count)} od ${p.first} do ` +
    `${p.last} zajedno daje ${p.expected}. Broj događaja za ${p.period} treba da bude zbir ` +
    "njegovih dijelova.",
  "plausibility.high": (p: P) =>
    `${p.context}: ${p.actual} je daleko iznad uobičajenog raspona ove ćelije, ` +
    `${p.low}–${p.high} (${periods(p.count)}, od ${p.first} do ${p.last}). Provjerite podatak ` +
    "ili ga objasnite pri slanju.",
  "plausibility.low": (p: P) =>
    `${p.context}: ${p.actual} je daleko ispod uobičajenog raspona ove ćelije, ` +
    `${p.low}–${p.high} (${periods(p.count)}, od ${p.first} do ${p.last}). Provjerite podatak ` +
    "ili ga objasnite pri slanju.",

  "sdmx.fieldCount": (p: P) => `${onLine(p)}${fields(p.count)}, a zaglavlje ima ${p.expected}`,
  "sdmx.otherStructure": (p: P) =>
    `${onLine(p)}struktura „${q(p.structure)}“ razlikuje se od strukture u prvom redu`,
  "sdmx.action": (p: P) =>
    `${onLine(p)}radnja „${q(p.action)}“ nije podržana (koristite I, A ili R)`,
  "sdmx.period": (p: P) =>
    `${onLine(p)}„${q(p.value)}“ nije ${wordIn(FREQUENCY, p.frequency)} period; upišite ga ` +
    `kao ${p.example}`,
  "sdmx.notNumber": (p: P) => `${onLine(p)}OBS_VALUE „${q(p.value)}“ nije broj`,
  "sdmx.tooLarge": (p: P) => `${onLine(p)}OBS_VALUE ${q(p.value)} je prevelik da bi bio broj lica`,
  "sdmx.status": (p: P) =>
    `${onLine(p)}OBS_STATUS „${q(p.status)}“ nije podržan; koristite A (podatak) ili ` +
    "M (nedostaje)",
  "sdmx.missingWithValue": (p: P) =>
    `${onLine(p)}OBS_STATUS M (nedostaje), a OBS_VALUE je ${q(p.value)}; ostavite ` +
    "vrijednost praznu ili koristite A",
  "comment.tooLong": (p: P) =>
    `${inComment(p)}komentar ima ${characters(p.length)}; dozvoljeno je najviše ${p.max}`,
  "comment.control": (p: P) =>
    `${inComment(p)}komentar sadrži kontrolni znak (U+${p.code}) na mjestu ${p.position}; ` +
    "napišite ga u jednom redu, bez tabulatora i prijeloma reda",
  "comment.layout": (p: P) =>
    `${inComment(p)}komentar sadrži nevidljivi znak koji mijenja prikaz teksta ` +
    `(U+${p.code}) na mjestu ${p.position}; uklonite ga`,
  "comment.notText": (p: P) =>
    `${inComment(p)}komentar sadrži kôd koji nije znak (U+${p.code}) na mjestu ${p.position}, ` +
    "često ostao nakon kopiranja iz drugog programa; ponovo otkucajte tekst na tom mjestu",
  "comment.formula": (p: P) =>
    `${inComment(p)}komentar ne smije da počinje sa =, +, - ili @, jer bi ga programi za ` +
    "tabele izvršili kao formulu; počnite riječju",
};
