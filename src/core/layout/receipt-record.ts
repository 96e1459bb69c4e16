import { CellValue } from "../values";

/**
 * What the workbook keeps about each submission of one of its sheets: the exchange's receipt
 * (the proof to quote when asking about it) and the review status last seen. It is kept in a
 * custom XML part and on a very hidden sheet, as the stamps are, so it is still there when the
 * file is opened elsewhere; the access token never is.
 */
export interface ReceiptRecord {
  sheet: string;
  templateId: string;
  templateVersion: string;
  country: string;
  period: string;
  submissionId: string;
  version: number;
  receivedAt: string;
  sha256: string;
  observations: number;
  /** received, validated, accepted or returned, as last heard from the exchange. */
  status: string;
  /** The reviewer's comment on a returned or accepted submission, when there is one. */
  reviewComment?: string;
}

/**
 * The justification of one warning, written by the official before submitting. It describes the
 * figures, not the person, so it is kept in the workbook with them (next to the receipts) and
 * travels with the file; it is keyed by rule and cell so an unrelated edit does not lose it.
 */
export interface SavedJustification {
  sheet: string;
  ruleId: string;
  /** The warned cell's dimension codes, as `keyText` writes them. */
  key: string;
  text: string;
}

export interface SubmissionRecords {
  receipts: ReceiptRecord[];
  justifications: SavedJustification[];
}

export const NO_RECORDS: SubmissionRecords = { receipts: [], justifications: [] };
export const RECEIPT_NAMESPACE = "urn:wb-midex:submission-record:1";
export const RECEIPT_SHEET = "midex-receipts";

/**
 * Column order of the receipt table. The template id is kept out of column B: a sheet whose B2
 * names a template is read as a template sheet.
 */
const FIELDS = [
  "submissionId",
  "version",
  "sheet",
  "templateId",
  "templateVersion",
  "country",
  "period",
  "receivedAt",
  "sha256",
  "observations",
  "status",
  "reviewComment",
] as const;
type Field = (typeof FIELDS)[number];
const JUSTIFICATION_FIELDS = ["sheet", "ruleId", "key"] as const;

/** A warned cell's dimension codes as one stable text: `age=Y14-17;citizen=SY;sex=F`. */
export function keyText(key: Record<string, string>): string {
  return Object.keys(key)
    .sort()
    .map((d) => `${d}=${key[d]}`)
    .join(";");
}

// What XML 1.0 does not allow in a document, even written as a character reference: C0 controls
// other than tab and line breaks, a surrogate without its other half, and U+FFFE and U+FFFF. A
// justification is checked before it is saved, but one such character would make the whole
// part unreadable, so the writer never writes one.
const NOT_XML = new RegExp(
  [
    "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]",
    "[\\ud800-\\udbff](?![\\udc00-\\udfff])",
    "(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
  ].join("|"),
  "g"
);

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "\ufffd")
    .replace(/[<>&"'\r\n\t]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const NAMED_ENTITIES = new Map([
  ["quot", '"'],
  ["apos", "'"],
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
]);

/**
 * Each reference decoded once, in one pass: decoding them one kind after another would decode
 * again what an earlier step produced ("&#38;lt;" is the text "&lt;", not "<").
 */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (reference, name: string) => {
    if (!name.startsWith("#")) return NAMED_ENTITIES.get(name) ?? reference;
    const code = name.startsWith("#x") ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  });
}

function attributesOf(text: string): Map<string, string> {
  return new Map([...text.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], unescapeXml(a[2])]));
}

function recordOf(value: (field: Field) => string | undefined): ReceiptRecord | undefined {
  const required = FIELDS.filter((f) => f !== "reviewComment");
  if (required.some((f) => !value(f))) return undefined;
  const version = Number(value("version"));
  const observations = Number(value("observations"));
  if (!Number.isInteger(version) || !Number.isInteger(observations)) return undefined;
  const comment = value("reviewComment");
  return {
    sheet: value("sheet")!,
    templateId: value("templateId")!,
    templateVersion: value("templateVersion")!,
    country: value("country")!,
    period: value("period")!,
    submissionId: value("submissionId")!,
    version,
    receivedAt: value("receivedAt")!,
    sha256: value("sha256")!,
    observations,
    status: value("status")!,
    ...(comment ? { reviewComment: comment } : {}),
  };
}

function fieldText(record: ReceiptRecord, field: Field): string {
  const value = record[field];
  return value === undefined ? "" : String(value);
}

export function recordsToXml(records: SubmissionRecords): string {
  const receipts = records.receipts
    .map((r) => `<receipt ${FIELDS.map((f) => `${f}="${escapeXml(fieldText(r, f))}"`).join(" ")}/>`)
    .join("");
  const justifications = records.justifications
    .map(
      (j) =>
        `<justification ${JUSTIFICATION_FIELDS.map((f) => `${f}="${escapeXml(j[f])}"`).join(" ")}>` +
        `${escapeXml(j.text)}</justification>`
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8"?><submissions xmlns="${RECEIPT_NAMESPACE}">` +
    `${receipts}${justifications}</submissions>`
  );
}

/** Reads the custom XML part back; anything unreadable is left out, never thrown. */
export function recordsFromXml(xml: string): SubmissionRecords {
  const receipts: ReceiptRecord[] = [];
  for (const match of xml.matchAll(/<receipt\s([^>]*?)\/>/g)) {
    const attributes = attributesOf(match[1]);
    const record = recordOf((f) => attributes.get(f));
    if (record) receipts.push(record);
  }
  const justifications: SavedJustification[] = [];
  for (const match of xml.matchAll(/<justification\s([^>]*?)>([^<]*)<\/justification>/g)) {
    const attributes = attributesOf(match[1]);
    const [sheet, ruleId, key] = JUSTIFICATION_FIELDS.map((f) => attributes.get(f));
    const text = unescapeXml(match[2]);
    if (sheet && ruleId && key && text) justifications.push({ sheet, ruleId, key, text });
  }
  return { receipts, justifications };
}

export function receiptsToGrid(receipts: ReceiptRecord[]): string[][] {
  return [[...FIELDS], ...receipts.map((r) => FIELDS.map((f) => fieldText(r, f)))];
}

export function receiptsFromGrid(grid: CellValue[][]): ReceiptRecord[] {
  const [header, ...rows] = grid;
  if (!header || FIELDS.some((f, i) => header[i] !== f)) return [];
  return rows.flatMap((row) => {
    const record = recordOf((f) => {
      const cell = row[FIELDS.indexOf(f)];
      return cell === null || cell === undefined ? undefined : String(cell);
    });
    return record ? [record] : [];
  });
}

/** The same submission (by id) is recorded once, with what was heard last. */
export function withReceipt(records: SubmissionRecords, record: ReceiptRecord): SubmissionRecords {
  const others = records.receipts.filter((r) => r.submissionId !== record.submissionId);
  return { ...records, receipts: [...others, record] };
}

/** The latest version recorded for a sheet, if any. */
export function latestReceipt(
  records: SubmissionRecords,
  sheet: string
): ReceiptRecord | undefined {
  return records.receipts
    .filter((r) => r.sheet === sheet)
    .reduce<ReceiptRecord | undefined>(
      (latest, r) => (!latest || r.version > latest.version ? r : latest),
      undefined
    );
}

/** Replaces a sheet's justifications; blank texts are dropped. */
export function withSavedJustifications(
  records: SubmissionRecords,
  sheet: string,
  justifications: Omit<SavedJustification, "sheet">[]
): SubmissionRecords {
  const kept = records.justifications.filter((j) => j.sheet !== sheet);
  const added = justifications
    .filter((j) => j.text.trim() !== "")
    .map((j) => ({ sheet, ruleId: j.ruleId, key: j.key, text: j.text }));
  return { ...records, justifications: [...kept, ...added] };
}
