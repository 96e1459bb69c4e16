import { excerpt as q, hasLine } from "./en";
import { counted, dimensionIn, P, wordIn } from "./wording";

/** Macedonian wording of every finding; our own translation. */
const figureRule = "Податокот е цел број лица, 0 или повеќе, или „:“ кога не е достапен.";
const fill = "со 0 каде што немало ниту едно или со : каде што податокот не е достапен";

const FREQUENCY = {
  "a monthly": "месечен",
  "a quarterly": "тромесечен",
  "an annual": "годишен",
};
const FIELD = {
  templateId: "образецот",
  templateVersion: "верзијата на образецот",
  country: "земјата",
  period: "периодот",
};
const field = (p: P) => wordIn(FIELD, p.field);

const L = "mk" as const;
const figures = (n: string | number) => counted(L, n, { one: "податок", other: "податоци" });
const cells = (n: string | number) => counted(L, n, { one: "ќелија", other: "ќелии" });
const periods = (n: string | number) =>
  counted(L, n, { one: "претходен период", other: "претходни периоди" });
const shorter = (n: string | number) =>
  counted(L, n, { one: "пократок период", other: "пократки периоди" });

const onLine = (p: P) => `ред ${p.line}: `;
const inComment = (p: P) => (hasLine(p) ? `${onLine(p)}COMMENT_OBS: ` : "");
const fields = (n: string | number) => counted(L, n, { one: "поле", other: "полиња" });
const characters = (n: string | number) => counted(L, n, { one: "знак", other: "знаци" });

export const mk = {
  "value.negative": (p: P) => `${p.cell} содржи ${q(p.value)}, негативен број. ${figureRule}`,
  "value.decimal": (p: P) => `${p.cell} содржи ${q(p.value)}, што не е цел број. ${figureRule}`,
  "value.text": (p: P) => `${p.cell} содржи текст „${q(p.value)}“. ${figureRule}`,
  "value.boolean": (p: P) =>
    `${p.cell} содржи ${q(p.value)}, логичка вредност (точно/неточно). ${figureRule}`,
  "value.tooLarge": (p: P) =>
    `${p.cell} содржи ${q(p.value)}, што е преголемо за да биде број на лица.`,
  "code.unknown": (p: P) =>
    p.code === ""
      ? `${p.address} нема шифра за ${dimensionIn(L, p.dimension)}. ` +
        `Внесете шифра од листата ${p.list}.`
      : `${p.address}: „${q(p.code)}“ не е шифра за ${dimensionIn(L, p.dimension)}. ` +
        `Внесете шифра од листата ${p.list}.`,
  "code.duplicate": (p: P) =>
    `${p.address}: ${dimensionIn(L, p.dimension)} „${q(p.code)}“ се појавува двапати ` +
    `(и во ${p.other}); задржете еден ред и соберете ги податоците.`,
  "meta.unknownTemplateVersion": (p: P) =>
    `Листот е направен со верзија ${q(p.found)} на образецот; овој додаток има верзија ` +
    `${p.current}.`,
  "template.earlierVersion": (p: P) =>
    `Листот „${q(p.sheet)}“ е направен со верзијата ${p.version} на образецот; извршете ` +
    `midex migrate за да ги преместите податоците во верзијата ${p.current}.`,
  "meta.templateVersion": (p: P) =>
    `${p.address}: „${q(p.found)}“ не е верзија на образец (верзиите изгледаат како ` +
    `${p.current}). Вратете ја верзијата со која е направен листот или повторно вчитајте го ` +
    "образецот.",
  "meta.country": (p: P) =>
    `${p.address}: „${q(p.value)}“ не е шифра на земјата што известува. ` +
    "Внесете geo-шифра на Евростат, на пример ME.",
  "meta.period": (p: P) =>
    `${p.address}: „${q(p.value)}“ не е ${wordIn(FREQUENCY, p.frequency)} референтен период; ` +
    `напишете го како ${p.example}.`,
  "stamp.mismatch": (p: P) =>
    `Листот „${p.sheet}“: ${field(p)} во ${p.cell} е „${q(p.found)}“, а листот е направен ` +
    `за „${q(p.recorded)}“. Вратете „${q(p.recorded)}“ во ${p.cell}. За други податоци, ` +
    "копирајте ги податоците во лист направен за нив со додатокот или со midex template.",
  "stamp.recordChanged": (p: P) =>
    `Листот „${p.sheet}“: скриените записи на работната книга за тоа како е направен листот ` +
    `не се согласуваат: едниот вели ${field(p)} „${q(p.recorded)}“, другиот „${q(p.found)}“, ` +
    `како ${p.cell}. Тие не можат да се променат во Excel, па друга програма променила еден. ` +
    "Копирајте ги податоците во лист направен со додатокот или со midex template.",
  "stamp.recordLost": (p: P) =>
    `Листот „${p.sheet}“: еден од двата скриени записи на работната книга за тоа како е ` +
    "направен листот го нема, што се случува кога работната книга ја зачувува програма што не " +
    "е Excel. Другиот запис се совпаѓа со листот, па податоците може да се проверат и испратат " +
    "такви какви што се.",
  "stamp.unrecorded": (p: P) =>
    `Листот „${p.sheet}“ не е меѓу листовите со кои е направена оваа работна книга: ` +
    "преименуван е или копиран од друга работна книга. Ако е преименуван, вратете му го " +
    "претходното име; инаку копирајте ги податоците во лист направен за нив со додатокот или " +
    "со midex template.",
  "sum.mismatch": (p: P) =>
    `${p.totalLabel} за ${p.context} изнесува ${p.actual}, но ${p.parts} заедно даваат ` +
    `${p.expected} (разлика ${p.difference}).`,
  "sum.partsEmpty": (p: P) =>
    `${p.totalLabel} за ${p.context} изнесува ${p.actual}, но ${p.parts} се сите празни. ` +
    `Пополнете ги, ${fill}.`,
  "sum.totalBlank": (p: P) =>
    `${p.totalLabel} за ${p.context} е празно, но ${p.parts} заедно даваат ${p.expected}. ` +
    "Впишете го вкупниот број, или : кога не е достапен.",
  "sum.mismatchRounded": (p: P) =>
    `${p.totalLabel} за ${p.context} изнесува ${p.actual}, но ${p.parts} заедно даваат ` +
    `${p.expected} (разлика ${p.difference}). Ако податоците се заокружени на ${p.base}, како ` +
    `што ги објавува Евростат, заокружувањето на ${figures(p.count)} може да објасни разлика ` +
    `до ${p.maxDifference}, па оваа разлика можеби доаѓа од заокружувањето.`,
  "complete.blank": (p: P) =>
    `${p.cell} е празна. Пред испраќањето секоја ќелија за податок мора да има податок, ${fill}.`,
  "complete.blankRow": (p: P) =>
    `Редот ${p.row} (${p.context}) е празен: ${cells(p.count)} за податоци се празни. ` +
    `Пополнете ги пред испраќањето, ${fill}.`,
  "complete.blankSheet": (p: P) =>
    `Листот „${p.sheet}“ сè уште нема податоци: сите ${cells(p.count)} за податоци се празни. ` +
    `Пополнете ги пред испраќањето, ${fill}.`,
  "atMost.exceeds": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}) се повеќе од ${p.wholeLabel} (${p.expected}). ` +
    `Тие се бројат во ${p.wholeLabel}, па не може да ги има повеќе.`,
  "atMost.exceedsRounded": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}) се повеќе од ${p.wholeLabel} (${p.expected}). ` +
    `Ако податоците се заокружени на ${p.base}, како што ги објавува Евростат, заокружувањето ` +
    `може да објасни разлика до ${p.maxDifference}, па оваа разлика можеби доаѓа од ` +
    "заокружувањето.",
  "package.exceeds": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}, лист „${p.sheet}“ ${p.address}) се повеќе од ` +
    `${p.wholeLabel} (${p.expected}, лист „${p.otherSheet}“ ${p.otherAddress}). ` +
    "Првите се бројат во вторите, па не може да ги има повеќе.",
  "package.exceedsUsually": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}, лист „${p.sheet}“ ${p.address}) се повеќе од ` +
    `${p.wholeLabel} (${p.expected}, лист „${p.otherSheet}“ ${p.otherAddress}). ` +
    "Првите обично се бројат во вторите: проверете ги двата податока или објаснете при " +
    "испраќањето.",
  "package.differs": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}, лист „${p.sheet}“ ${p.address}) се разликуваат ` +
    `од ${p.wholeLabel} (${p.expected}, лист „${p.otherSheet}“ ${p.otherAddress}). Двата ги ` +
    "бројат истите лица, па треба да бидат еднакви.",
  "period.sumOfParts": (p: P) =>
    `${p.context}: ${p.actual} за ${p.period}, но ${shorter(p.count)} од ${p.first} до ` +
    `${p.last} заедно даваат ${p.expected}. Бројот на настани за ${p.period} треба да биде ` +
    "збир од неговите делови.",
  "plausibility.high": (p: P) =>
    `${p.context}: ${p.actual} е многу над вообичаениот опсег на оваа ќелија, ` +
    `${p.low}–${p.high} (${periods(p.count)}, од ${p.first} до ${p.last}). Проверете го ` +
    "податокот или објаснете го при испраќањето.",
  "plausibility.low": (p: P) =>
    `${p.context}: ${p.actual} е многу под вообичаениот опсег на оваа ќелија, ` +
    `${p.low}–${p.high} (${periods(p.count)}, од ${p.first} до ${p.last}). Проверете го ` +
    "податокот или објаснете го при испраќањето.",

  "sdmx.fieldCount": (p: P) => `${onLine(p)}${fields(p.count)}, а заглавието има ${p.expected}`,
  "sdmx.otherStructure": (p: P) =>
    `${onLine(p)}структурата „${q(p.structure)}“ се разликува од онаа во првиот ред`,
  "sdmx.action": (p: P) =>
    `${onLine(p)}дејството „${q(p.action)}“ не е поддржано (користете I, A или R)`,
  "sdmx.period": (p: P) =>
    `${onLine(p)}„${q(p.value)}“ не е ${wordIn(FREQUENCY, p.frequency)} период; напишете го ` +
    `како ${p.example}`,
  "sdmx.notNumber": (p: P) => `${onLine(p)}OBS_VALUE „${q(p.value)}“ не е број`,
  "sdmx.tooLarge": (p: P) =>
    `${onLine(p)}OBS_VALUE ${q(p.value)} е преголем за да биде број на лица`,
  "sdmx.status": (p: P) =>
    `${onLine(p)}OBS_STATUS „${q(p.status)}“ не е поддржан; користете A (податок) или ` +
    "M (недостасува)",
  "sdmx.missingWithValue": (p: P) =>
    `${onLine(p)}OBS_STATUS M (недостасува), но OBS_VALUE е ${q(p.value)}; оставете ја ` +
    "вредноста празна или користете A",
  "comment.tooLong": (p: P) =>
    `${inComment(p)}коментарот има ${characters(p.length)}; дозволени се најмногу ${p.max}`,
  "comment.control": (p: P) =>
    `${inComment(p)}коментарот содржи контролен знак (U+${p.code}) на позиција ` +
    `${p.position}; напишете го во еден ред, без табулатори и преломи на редот`,
  "comment.layout": (p: P) =>
    `${inComment(p)}коментарот содржи невидлив знак што го менува приказот на текстот ` +
    `(U+${p.code}) на позиција ${p.position}; отстранете го`,
  "comment.notText": (p: P) =>
    `${inComment(p)}коментарот содржи код што не е знак (U+${p.code}) на позиција ` +
    `${p.position}, често останат по копирање од друга програма; повторно внесете го ` +
    "текстот на тоа место",
  "comment.formula": (p: P) =>
    `${inComment(p)}коментарот не смее да почнува со =, +, - или @, бидејќи програмите за ` +
    "табели би го извршиле како формула; почнете со збор",
};
