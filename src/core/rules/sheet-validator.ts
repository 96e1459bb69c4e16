import { Finding } from "../findings";
import { SheetData } from "../layout/read-sheet";
import { CellValue } from "../values";
import { AtMostCheck, atMostCells, atMostLines, checkAtMostAt, planAtMost } from "./at-most-rule";
import { checkCodes } from "./code-rule";
import { checkMetadata } from "./metadata-rule";
import { planSums, SumCheck } from "./sum-plan";
import { checkSumAt, sumCells, sumLines, SumOptions } from "./sum-rule";
import { checkValueAt, ValueRule } from "./value-rule";

/** One rule applied at one place: a figure cell, or an identity on one line. */
type Check =
  | { kind: "value"; rule: ValueRule; rank: number; r: number; c: number }
  | { kind: "sum"; check: SumCheck; rank: number; line: number }
  | { kind: "atMost"; check: AtMostCheck; rank: number; line: number };

export interface CellChange {
  row: number;
  col: number;
  value: CellValue;
}

/**
 * Validates a sheet and keeps its findings up to date as cells change. An index from each figure
 * cell to the checks that read it means an edit re-runs only those checks, so the cost of an
 * edit does not grow with the sheet. Codes and metadata depend on the sheet's structure, not its
 * figures, and are checked once; a structural change (a row added) needs a new validator.
 */
export class SheetValidator {
  private readonly checks: Check[] = [];
  private readonly byCell = new Map<number, number[]>();
  private readonly results = new Map<number, Finding>();
  private readonly structural: Finding[];
  private readonly width: number;

  constructor(
    readonly sheet: SheetData,
    private readonly options: SumOptions = {}
  ) {
    this.width = sheet.layout.colKeys.length;
    const { rules } = sheet.template;
    this.structural = rules.flatMap((rule) => {
      if (rule.kind === "codes") return checkCodes(sheet, rule);
      if (rule.kind === "metadata") return checkMetadata(sheet, rule);
      return [];
    });
    rules.forEach((rule, rank) => {
      if (rule.kind !== "value") return;
      sheet.values.forEach((row, r) =>
        row.forEach((_, c) => this.add({ kind: "value", rule, rank, r, c }, [[r, c]]))
      );
    });
    for (const check of planSums(sheet.template, sheet.layout)) {
      const rank = rules.indexOf(check.rule);
      for (let line = 0; line < sumLines(sheet, check); line++) {
        this.add({ kind: "sum", check, rank, line }, sumCells(check, line));
      }
    }
    for (const check of planAtMost(sheet.template, sheet.layout)) {
      const rank = rules.indexOf(check.rule);
      for (let line = 0; line < atMostLines(sheet, check); line++) {
        this.add({ kind: "atMost", check, rank, line }, atMostCells(check, line));
      }
    }
    this.checks.forEach((_, id) => this.run(id));
  }

  /** Applies edits and re-runs the checks that read the edited cells; returns how many ran. */
  setCells(changes: CellChange[]): number {
    const affected = new Set<number>();
    for (const { row, col, value } of changes) {
      if (row >= this.sheet.values.length || col >= this.width) continue;
      this.sheet.values[row][col] = value;
      for (const id of this.byCell.get(row * this.width + col) ?? []) affected.add(id);
    }
    affected.forEach((id) => this.run(id));
    return affected.size;
  }

  /** Current findings, structural first, then in rule order and sheet order. */
  findings(): Finding[] {
    const ids = [...this.results.keys()].sort((a, b) => this.compare(a, b));
    return [...this.structural, ...ids.map((id) => this.results.get(id)!)];
  }

  private compare(a: number, b: number): number {
    const ca = this.checks[a];
    const cb = this.checks[b];
    return ca.rank - cb.rank || a - b;
  }

  private add(check: Check, cells: [number, number][]): void {
    const id = this.checks.push(check) - 1;
    for (const [r, c] of cells) {
      const cell = r * this.width + c;
      const list = this.byCell.get(cell);
      if (list) list.push(id);
      else this.byCell.set(cell, [id]);
    }
  }

  private run(id: number): void {
    const check = this.checks[id];
    const result =
      check.kind === "value"
        ? checkValueAt(this.sheet, check.rule, check.r, check.c)
        : check.kind === "sum"
          ? checkSumAt(this.sheet, check.check, check.line, this.options)
          : checkAtMostAt(this.sheet, check.check, check.line, this.options);
    if (result) this.results.set(id, result);
    else this.results.delete(id);
  }
}
