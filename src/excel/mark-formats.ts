import { emptyPlan, localCell, MarkPlan, MarkReader } from "./mark-plan";
import { ruleCells } from "./payload";
import { Sync } from "./run";

/** Names the add-in inside the formula of its marks, so they are told apart from other rules. */
const MARK_TAG = "WB-MIDEX plausibility";

/** Always true: the mark shows for as long as it exists, and the pane decides that. */
export const MARK_FORMULA = `=ISTEXT("${MARK_TAG}")`;

/**
 * Excel's own "Yellow fill with dark yellow text": read as "check this" rather than "wrong",
 * and distinct from the light red of the template's own highlight rules.
 */
export const MARK_FILL = "#FFEB9C";
export const MARK_FONT = "#9C5700";

export function isOurFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.includes(MARK_TAG);
}

/**
 * Reads the sheet's conditional formats: their types with the caller's next sync, then the formula
 * and range of each custom one. Loading a custom rule's formula fails on a collection that also
 * holds rules of other types (office-js #2180), hence the two steps.
 */
export function queueFormatRead(
  worksheet: Excel.Worksheet,
  wanted: Map<string, string>
): MarkReader {
  const formats = worksheet.getRange().conditionalFormats;
  formats.load("items/type");

  return {
    async plan(sync: Sync): Promise<MarkPlan> {
      const custom = formats.items
        .filter((format) => format.type === Excel.ConditionalFormatType.custom)
        .map((format) => ({
          format,
          rule: format.custom.rule.load("formula"),
          range: format.getRangeOrNullObject().load("address"),
        }));
      if (custom.length > 0) await sync();

      const plan = emptyPlan();
      const marked = new Set<string>();
      for (const { format, rule, range } of custom) {
        if (!isOurFormula(rule.formula)) continue;
        // A mark on several ranges (a marked cell copied elsewhere) has no single cell: it goes,
        // and the wanted cells are marked afresh.
        const address = range.isNullObject ? undefined : localCell(range.address);
        if (address !== undefined && wanted.has(address) && !marked.has(address)) {
          marked.add(address);
          continue;
        }
        if (address !== undefined) plan.removed.push(address);
        plan.writes.push({ cells: ruleCells(""), queue: () => format.delete() });
      }

      // Past the last priority, so a new mark goes after every rule the sheet has: where the
      // template already shows a cell as wrong, its light red wins over the mark.
      const last = formats.items.length + wanted.size;
      for (const address of wanted.keys()) {
        if (marked.has(address)) continue;
        plan.added.push(address);
        plan.writes.push({
          cells: ruleCells(MARK_FORMULA),
          queue: () => {
            const mark = worksheet
              .getRange(address)
              .conditionalFormats.add(Excel.ConditionalFormatType.custom);
            mark.custom.rule.formula = MARK_FORMULA;
            mark.custom.format.fill.color = MARK_FILL;
            mark.custom.format.font.color = MARK_FONT;
            // Last: after a change of priority Office.js wants a fresh copy of the object.
            mark.priority = last;
          },
        });
      }
      return plan;
    },
  };
}
