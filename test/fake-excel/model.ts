/** Plain state of the fake workbook: what a saved .xlsx would hold, plus the session's UI state. */
import { Rect } from "./addresses";
import { CellStore } from "./cell-store";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface ConditionalFormatState {
  id: string;
  type: string;
  ranges: Rect[];
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue: boolean;
  priority: number;
}

export interface ValidationState {
  id: number;
  rule: Record<string, unknown> | null;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  prompt: { showPrompt: boolean; title: string; message: string };
  ignoreBlanks: boolean;
}

/** A cell note (ExcelApi 1.18): one per cell, moving with its cell when rows shift. */
export interface NoteState {
  row: number;
  column: number;
  content: string;
  authorName: string;
  visible: boolean;
  width: number;
  height: number;
}

export interface ProtectionState {
  protected: boolean;
  password?: string;
  options: Record<string, unknown>;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: Visibility;
  tabColor: string;
  cells: CellStore;
  conditionalFormats: ConditionalFormatState[];
  notes: NoteState[];
  protection: ProtectionState;
  frozen: { rows: number; columns: number };
  columnWidths: Map<number, number>;
  autofitColumns: Rect[];
  merges: Rect[];
}

export interface NameState {
  name: string;
  sheetId: string;
  rect: Rect;
  comment: string;
  visible: boolean;
}

export interface CustomXmlPartState {
  id: string;
  namespaceUri: string;
  xml: string;
}

export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new CellStore(),
    conditionalFormats: [],
    notes: [],
    protection: { protected: false, options: {} },
    frozen: { rows: 0, columns: 0 },
    columnWidths: new Map(),
    autofitColumns: [],
    merges: [],
  };
}

/** Namespace of the root element (`xmlns="…"` on the first element), as Excel indexes parts. */
export function rootNamespace(xml: string): string {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*(\s[^>]*)?>/.exec(
    xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "")
  );
  if (!root) return "";
  const prefix = root[1] ? root[1].slice(0, -1) : undefined;
  const attribute = prefix ? `xmlns:${prefix}` : "xmlns";
  const match = new RegExp(`\\s${attribute}\\s*=\\s*["']([^"']*)["']`).exec(root[2] ?? "");
  return match ? match[1] : "";
}
