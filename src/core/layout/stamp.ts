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

const STAMP_RULE = { id: "workbook-stamp", severity: "error" as const };

function differs(
  a: SheetStamp,
  b: Omit<SheetStamp, "sheet">
): (typeof COMPARED)[number] | undefined {
  return COMPARED.find((f) => a[f] !== b[f]);
}

/**
 * Compares, for each template sheet, the two stamps with what the sheet itself says. A workbook
 * made before stamps existed (neither place has one) is accepted; any disagreement is an error.
 */
export function checkStamps(
  sheets: SheetData[],
  fromXml: SheetStamp[] | undefined,
  fromGrid: SheetStamp[] | undefined
): Finding[] {
  if (!fromXml?.length && !fromGrid?.length) return [];
  const findings: Finding[] = [];
  for (const sheet of sheets) {
    const name = sheet.sheetName ?? "";
    const own = {
      templateId: sheet.template.id,
      templateVersion: sheet.templateVersion,
      country: sheet.country,
      period: sheet.period,
    };
    const xml = fromXml?.find((s) => s.sheet === name);
    const grid = fromGrid?.find((s) => s.sheet === name);
    const address = cellAddress(META.templateRow, META.valueCol);
    const report = (
      messageId: "stamp.missing" | "stamp.mismatch",
      params: Record<string, string>
    ) =>
      findings.push(
        finding(STAMP_RULE, messageId, { sheet: name, ...params }, { sheet: name, address })
      );
    if (!xml || !grid) {
      report("stamp.missing", { place: !xml ? "custom XML part" : `hidden sheet ${STAMP_SHEET}` });
      continue;
    }
    const betweenStamps = differs(xml, grid);
    const field = betweenStamps ?? differs(xml, own);
    if (field) {
      const found = betweenStamps ? grid[field] : own[field];
      report("stamp.mismatch", { field, recorded: xml[field], found });
    }
  }
  return findings;
}
