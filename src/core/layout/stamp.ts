import { Finding } from "../findings";
import { SheetData } from "./read-sheet";
import { cellAddress } from "./a1";
import { META } from "./sheet-layout";
import { CellValue } from "../values";
import { finding } from "../rules/finding-builder";

/**
 * What the generator wrote for each template sheet of a workbook. It is kept in two places that
 * survive independently of the sheet the user edits (a custom XML part and a hidden, protected
 * sheet), so a tampered or damaged sheet can be told apart from a real older template.
 */
export interface SheetStamp {
  sheet: string;
  templateId: string;
  templateVersion: string;
  country: string;
  period: string;
}

export const STAMP_NAMESPACE = "urn:wb-midex:workbook-stamp:1";
export const STAMP_SHEET = "midex-meta";
const FIELDS = ["sheet", "templateId", "templateVersion", "country", "period"] as const;
type Field = (typeof FIELDS)[number];
const COMPARED = ["templateId", "templateVersion", "country", "period"] as const;

function stampOf(value: (field: Field) => string): SheetStamp {
  return {
    sheet: value("sheet"),
    templateId: value("templateId"),
    templateVersion: value("templateVersion"),
    country: value("country"),
    period: value("period"),
  };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export function stampToXml(stamps: SheetStamp[]): string {
  const sheets = stamps
    .map((s) => `<sheet ${FIELDS.map((f) => `${f}="${escapeXml(s[f])}"`).join(" ")}/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><midex xmlns="${STAMP_NAMESPACE}">${sheets}</midex>`;
}

/** Reads the custom XML part back; anything unreadable yields no stamps, never a throw. */
export function stampFromXml(xml: string): SheetStamp[] {
  const stamps: SheetStamp[] = [];
  for (const match of xml.matchAll(/<sheet\s([^>]*?)\/>/g)) {
    const attributes = new Map(
      [...match[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], unescapeXml(a[2])])
    );
    if (FIELDS.every((f) => attributes.has(f))) stamps.push(stampOf((f) => attributes.get(f)!));
  }
  return stamps;
}

export function stampToGrid(stamps: SheetStamp[]): string[][] {
  return [[...FIELDS], ...stamps.map((s) => FIELDS.map((f) => s[f]))];
}

export function stampFromGrid(grid: CellValue[][]): SheetStamp[] {
  const [header, ...rows] = grid;
  if (!header || FIELDS.some((f, i) => header[i] !== f)) return [];
  return rows
    .filter((row) => row.some((v) => v !== null && v !== ""))
    .map((row) => stampOf((f) => String(row[FIELDS.indexOf(f)] ?? "")));
}

const STAMP_RULE = "workbook-stamp";
type Compared = (typeof COMPARED)[number];
type StampMessage =
  "stamp.mismatch" | "stamp.recordChanged" | "stamp.recordLost" | "stamp.unrecorded";

/** The sheet's cell each compared field is read from, so a retyped value is found where it is. */
const FIELD_CELL: Record<Compared, string> = {
  templateId: cellAddress(META.templateRow, META.valueCol),
  templateVersion: cellAddress(META.templateRow, META.versionCol),
  country: cellAddress(META.countryRow, META.valueCol),
  period: cellAddress(META.periodRow, META.valueCol),
};

function differs(a: SheetStamp, b: Omit<SheetStamp, "sheet">): Compared | undefined {
  return COMPARED.find((f) => a[f] !== b[f]);
}

/**
 * The finding, if any, about one sheet's two records (either may be missing) and what the
 * sheet itself says. A record that contradicts the sheet is an error: when both records agree
 * the sheet's cell was retyped, when they disagree a record was changed outside Excel. A record
 * lost while the other agrees with the sheet is only a warning: programs other than Excel may
 * drop the custom XML part on saving (exceljs does), and the other record still vouches for it.
 */
function sheetFinding(
  name: string,
  own: Omit<SheetStamp, "sheet">,
  xml: SheetStamp | undefined,
  grid: SheetStamp | undefined
): Finding | undefined {
  const report = (
    messageId: StampMessage,
    severity: "error" | "warning",
    params: Record<string, string> = {},
    address = FIELD_CELL.templateId
  ) => {
    const where = { sheet: name, address };
    return finding({ id: STAMP_RULE, severity }, messageId, { sheet: name, ...params }, where);
  };
  const records = [xml, grid].filter((r): r is SheetStamp => r !== undefined);
  if (records.length === 0) return report("stamp.unrecorded", "error");

  const wrong = records.find((r) => differs(r, own));
  if (wrong) {
    const field = differs(wrong, own)!;
    const params = { field, recorded: wrong[field], found: own[field], cell: FIELD_CELL[field] };
    const agreeing = records.some((r) => !differs(r, own));
    if (agreeing) return report("stamp.recordChanged", "error", params);
    return report("stamp.mismatch", "error", params, FIELD_CELL[field]);
  }
  if (records.length === 1) return report("stamp.recordLost", "warning");
  return undefined;
}

/**
 * Compares, for each template sheet, the two records of how it was made with what the sheet
 * itself says. A workbook made before stamps existed (neither place has one) is accepted.
 */
export function checkStamps(
  sheets: SheetData[],
  fromXml: SheetStamp[] | undefined,
  fromGrid: SheetStamp[] | undefined
): Finding[] {
  if (!fromXml?.length && !fromGrid?.length) return [];
  return sheets.flatMap((sheet) => {
    const name = sheet.sheetName ?? "";
    const own = {
      templateId: sheet.template.id,
      templateVersion: sheet.templateVersion,
      country: sheet.country,
      period: sheet.period,
    };
    const xml = fromXml?.find((s) => s.sheet === name);
    const grid = fromGrid?.find((s) => s.sheet === name);
    return sheetFinding(name, own, xml, grid) ?? [];
  });
}
