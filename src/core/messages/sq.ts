import { excerpt as q, hasLine } from "./en";
import { counted, dimensionIn, P, wordIn } from "./wording";

/** Albanian wording of every finding; our own translation. */
const figureRule =
  "Një shifër është numër i plotë personash, 0 ose më shumë, ose „:“ kur nuk është e disponueshme.";
const fill = "me 0 kur nuk ka pasur asnjë, ose me : kur shifra nuk është e disponueshme";

const FREQUENCY = {
  "a monthly": "mujore",
  "a quarterly": "tremujore",
  "an annual": "vjetore",
};
const FIELD = {
  templateId: "shablloni",
  templateVersion: "versioni i shabllonit",
  country: "vendi",
  period: "periudha",
};
const field = (p: P) => wordIn(FIELD, p.field);

const L = "sq" as const;
const figures = (n: string | number) => counted(L, n, { one: "shifre", other: "shifrave" });
const cells = (n: string | number) => counted(L, n, { one: "qelizë", other: "qeliza" });
const periods = (n: string | number) =>
  counted(L, n, { one: "periudhë e mëparshme", other: "periudha të mëparshme" });
const shorter = (n: string | number) =>
  counted(L, n, { one: "periudhë më e shkurtër", other: "periudha më të shkurtra" });

const onLine = (p: P) => `rreshti ${p.line}: `;
const inComment = (p: P) => (hasLine(p) ? `${onLine(p)}COMMENT_OBS: ` : "");
const fields = (n: string | number) => counted(L, n, { one: "fushë", other: "fusha" });
const characters = (n: string | number) => counted(L, n, { one: "karakter", other: "karaktere" });

export const sq = {
  "value.negative": (p: P) => `${p.cell} përmban ${q(p.value)}, një numër negativ. ${figureRule}`,
  "value.decimal": (p: P) =>
    `${p.cell} përmban ${q(p.value)}, që nuk është numër i plotë. ${figureRule}`,
  "value.text": (p: P) => `${p.cell} përmban tekstin „${q(p.value)}“. ${figureRule}`,
  "value.boolean": (p: P) =>
    `${p.cell} përmban ${q(p.value)}, një vlerë e vërtetë/e gabuar. ${figureRule}`,
  "value.tooLarge": (p: P) =>
    `${p.cell} përmban ${q(p.value)}, që është shumë i madh për të qenë numër personash.`,
  "code.unknown": (p: P) =>
    p.code === ""
      ? `${p.address} nuk ka kod për ${dimensionIn(L, p.dimension)}. ` +
        `Përdorni një kod nga lista ${p.list}.`
      : `${p.address}: „${q(p.code)}“ nuk është kod i ${dimensionIn(L, p.dimension)}. ` +
        `Përdorni një kod nga lista ${p.list}.`,
  "code.duplicate": (p: P) =>
    `${p.address}: ${dimensionIn(L, p.dimension)} „${q(p.code)}“ shfaqet dy herë ` +
    `(edhe në ${p.other}); mbani një rresht dhe mblidhni shifrat e tyre.`,
  "meta.unknownTemplateVersion": (p: P) =>
    `Fleta është bërë me versionin ${q(p.found)} të shabllonit; kjo shtesë ka versionin ` +
    `${p.current}.`,
  "template.earlierVersion": (p: P) =>
    `Fleta "${q(p.sheet)}" është bërë me versionin ${p.version} të shabllonit; ekzekutoni ` +
    `midex migrate për t'i kaluar shifrat në versionin ${p.current}.`,
  "meta.templateVersion": (p: P) =>
    `${p.address}: „${q(p.found)}“ nuk është version shablloni (versionet duken si ` +
    `${p.current}). Vendosni përsëri versionin me të cilin është bërë fleta, ose ngarkoni ` +
    "shabllonin përsëri.",
  "meta.country": (p: P) =>
    `${p.address}: „${q(p.value)}“ nuk është kod i vendit raportues. ` +
    "Përdorni një kod geo të Eurostat-it, p.sh. ME.",
  "meta.period": (p: P) =>
    `${p.address}: „${q(p.value)}“ nuk është periudhë reference ` +
    `${wordIn(FREQUENCY, p.frequency)}; shkruajeni si ${p.example}.`,
  "stamp.mismatch": (p: P) =>
    `Fleta „${p.sheet}“: ${field(p)} në ${p.cell} është „${q(p.found)}“, por fleta u bë për ` +
    `„${q(p.recorded)}“. Shkruani përsëri „${q(p.recorded)}“ në ${p.cell}. Për të dhëna të ` +
    "tjera, kopjoni shifrat në një fletë të bërë për to me shtesën ose me midex template.",
  "stamp.recordChanged": (p: P) =>
    `Fleta „${p.sheet}“: shënimet e fshehura të librit të punës për mënyrën si u bë fleta nuk ` +
    `përputhen: njëri thotë ${field(p)} „${q(p.recorded)}“, tjetri „${q(p.found)}“, ` +
    `si ${p.cell}. Ato nuk mund të ndryshohen në Excel, prandaj një program tjetër ndryshoi ` +
    "njërin. Kopjoni shifrat në një fletë të bërë me shtesën ose me midex template.",
  "stamp.recordLost": (p: P) =>
    `Fleta „${p.sheet}“: një nga dy shënimet e fshehura të librit të punës për mënyrën si u bë ` +
    "fleta mungon, siç ndodh kur libri i punës ruhet nga një program tjetër nga Excel. Shënimi " +
    "tjetër përputhet me fletën, prandaj shifrat mund të kontrollohen dhe dërgohen siç janë.",
  "stamp.unrecorded": (p: P) =>
    `Fleta „${p.sheet}“ nuk është nga fletët me të cilat u bë ky libër pune: është riemërtuar ` +
    "ose kopjuar nga një libër tjetër pune. Nëse është riemërtuar, kthejini emrin e mëparshëm; " +
    "përndryshe kopjoni shifrat e saj në një fletë të bërë për to me shtesën ose me " +
    "midex template.",
  "sum.mismatch": (p: P) =>
    `${p.totalLabel} për ${p.context} është ${p.actual}, por ${p.parts} mblidhen në ` +
    `${p.expected} (diferenca ${p.difference}).`,
  "sum.partsEmpty": (p: P) =>
    `${p.totalLabel} për ${p.context} është ${p.actual}, por ${p.parts} janë të gjitha bosh. ` +
    `Plotësojini, ${fill}.`,
  "sum.totalBlank": (p: P) =>
    `${p.totalLabel} për ${p.context} është bosh, por ${p.parts} mblidhen në ${p.expected}. ` +
    "Shkruani totalin aty, ose : kur nuk është i disponueshëm.",
  "sum.mismatchRounded": (p: P) =>
    `${p.totalLabel} për ${p.context} është ${p.actual}, por ${p.parts} mblidhen në ` +
    `${p.expected} (diferenca ${p.difference}). Nëse shifrat janë të rrumbullakosura në ` +
    `${p.base}, siç i publikon Eurostat-i, rrumbullakimi i ${figures(p.count)} mund të ` +
    `shpjegojë një diferencë deri në ${p.maxDifference}, ndaj kjo mund të vijë nga ` +
    "rrumbullakimi.",
  "complete.blank": (p: P) =>
    `${p.cell} është bosh. Para dërgimit, çdo qelizë shifre duhet të ketë një shifër, ${fill}.`,
  "complete.blankRow": (p: P) =>
    `Rreshti ${p.row} (${p.context}) është bosh: ${cells(p.count)} e shifrave janë bosh. ` +
    `Plotësojini para dërgimit, ${fill}.`,
  "complete.blankSheet": (p: P) =>
    `Fleta „${p.sheet}“ nuk ka ende shifra: të gjitha ${cells(p.count)} e shifrave janë bosh. ` +
    `Plotësojini para dërgimit, ${fill}.`,
  "atMost.exceeds": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}) janë më shumë se ${p.wholeLabel} ` +
    `(${p.expected}). Ata numërohen brenda ${p.wholeLabel}, ndaj nuk mund të jenë më shumë.`,
  "atMost.exceedsRounded": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}) janë më shumë se ${p.wholeLabel} ` +
    `(${p.expected}). Nëse shifrat janë të rrumbullakosura në ${p.base}, siç i publikon ` +
    `Eurostat-i, rrumbullakimi mund të shpjegojë një diferencë deri në ${p.maxDifference}, ` +
    "ndaj kjo mund të vijë nga rrumbullakimi.",
  "package.exceeds": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}, fleta „${p.sheet}“ ${p.address}) janë më ` +
    `shumë se ${p.wholeLabel} (${p.expected}, fleta „${p.otherSheet}“ ${p.otherAddress}). ` +
    "Të parët numërohen brenda të dytëve, ndaj nuk mund të jenë më shumë.",
  "package.exceedsUsually": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}, fleta „${p.sheet}“ ${p.address}) janë më ` +
    `shumë se ${p.wholeLabel} (${p.expected}, fleta „${p.otherSheet}“ ${p.otherAddress}). ` +
    "Të parët zakonisht numërohen brenda të dytëve: kontrolloni të dyja, ose shpjegojeni " +
    "gjatë dërgimit.",
  "package.differs": (p: P) =>
    `${p.context}: ${p.partLabel} (${p.actual}, fleta „${p.sheet}“ ${p.address}) ndryshojnë ` +
    `nga ${p.wholeLabel} (${p.expected}, fleta „${p.otherSheet}“ ${p.otherAddress}). Të dyja ` +
    "numërojnë të njëjtët persona, ndaj duhet të jenë të barabarta.",
  "period.sumOfParts": (p: P) =>
    `${p.context}: ${p.actual} për ${p.period}, por ${shorter(p.count)} nga ${p.first} deri ` +
    `në ${p.last} mblidhen në ${p.expected}. Numri i ngjarjeve për ${p.period} duhet të jetë ` +
    "shuma e pjesëve të tij.",
  "plausibility.high": (p: P) =>
    `${p.context}: ${p.actual} është shumë mbi intervalin e zakonshëm të kësaj qelize, ` +
    `${p.low}–${p.high} (${periods(p.count)}, ${p.first} deri në ${p.last}). Kontrolloni ` +
    "shifrën, ose shpjegojeni gjatë dërgimit.",
  "plausibility.low": (p: P) =>
    `${p.context}: ${p.actual} është shumë nën intervalin e zakonshëm të kësaj qelize, ` +
    `${p.low}–${p.high} (${periods(p.count)}, ${p.first} deri në ${p.last}). Kontrolloni ` +
    "shifrën, ose shpjegojeni gjatë dërgimit.",

  "sdmx.fieldCount": (p: P) => `${onLine(p)}${fields(p.count)}, ndërsa koka ka ${p.expected}`,
  "sdmx.otherStructure": (p: P) =>
    `${onLine(p)}struktura „${q(p.structure)}“ ndryshon nga ajo e rreshtit të parë`,
  "sdmx.action": (p: P) =>
    `${onLine(p)}veprimi „${q(p.action)}“ nuk mbështetet (përdorni I, A ose R)`,
  "sdmx.period": (p: P) =>
    `${onLine(p)}„${q(p.value)}“ nuk është periudhë ${wordIn(FREQUENCY, p.frequency)}; ` +
    `shkruajeni si ${p.example}`,
  "sdmx.notNumber": (p: P) => `${onLine(p)}OBS_VALUE „${q(p.value)}“ nuk është numër`,
  "sdmx.tooLarge": (p: P) =>
    `${onLine(p)}OBS_VALUE ${q(p.value)} është shumë i madh për të qenë numër personash`,
  "sdmx.status": (p: P) =>
    `${onLine(p)}OBS_STATUS „${q(p.status)}“ nuk mbështetet; përdorni A (shifër) ose ` +
    "M (mungon)",
  "sdmx.missingWithValue": (p: P) =>
    `${onLine(p)}OBS_STATUS M (mungon), por OBS_VALUE është ${q(p.value)}; lëreni vlerën ` +
    "bosh ose përdorni A",
  "comment.tooLong": (p: P) =>
    `${inComment(p)}komenti ka ${characters(p.length)}; lejohen të shumtën ${p.max}`,
  "comment.control": (p: P) =>
    `${inComment(p)}komenti përmban një karakter kontrolli (U+${p.code}) në pozicionin ` +
    `${p.position}; shkruajeni në një rresht, pa tabulatorë ose ndërprerje rreshti`,
  "comment.layout": (p: P) =>
    `${inComment(p)}komenti përmban një karakter të padukshëm që ndryshon si shfaqet teksti ` +
    `(U+${p.code}) në pozicionin ${p.position}; hiqeni`,
  "comment.notText": (p: P) =>
    `${inComment(p)}komenti përmban një kod që nuk është karakter (U+${p.code}) në ` +
    `pozicionin ${p.position}, shpesh i mbetur nga kopjimi prej një programi tjetër; ` +
    "shkruajeni përsëri tekstin në atë vend",
  "comment.formula": (p: P) =>
    `${inComment(p)}komenti nuk mund të fillojë me =, +, - ose @, sepse programet e tabelave ` +
    "do ta ekzekutonin si formulë; filloni me një fjalë",
};
