import { Code, codeLists, SheetData } from "../core";

/**
 * The codes that could be added as rows to a sheet: those of its row dimension's code list that
 * are not on it. Undefined when rows cannot be added (two row dimensions, or a fixed set).
 */
export function addableCodes(sheet: SheetData): Code[] | undefined {
  const { layout, template } = sheet;
  if (layout.rowDims.length !== 1) return undefined;
  const dimension = template.dimensions.find((d) => d.id === layout.rowDims[0]);
  if (!dimension || dimension.codes) return undefined;
  const shown = new Set(layout.rowKeys.map((key) => key[dimension.id]));
  const missing = codeLists.get(dimension.codeList).codes.filter((c) => !shown.has(c.code));
  return missing.length > 0 ? missing : undefined;
}

/** Codes whose code or label contains the typed text: the exact code, then prefixes, then the rest. */
export function searchCodes(codes: Code[], query: string): Code[] {
  const q = query.trim().toLowerCase();
  if (!q) return codes;
  const hits = codes.filter(
    (c) => c.code.toLowerCase().includes(q) || c.label.toLowerCase().includes(q)
  );
  const rank = (c: Code) => {
    if (c.code.toLowerCase() === q) return 0;
    return c.code.toLowerCase().startsWith(q) || c.label.toLowerCase().startsWith(q) ? 1 : 2;
  };
  return hits
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
}
