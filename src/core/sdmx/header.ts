/** What the first field of an SDMX-CSV header says: the format and the separator after it. */
export interface SdmxHeaderStart {
  /** "2.0" for SDMX-CSV 2.0; "1.0" for Eurostat's dissemination SDMX-CSV. */
  format: "2.0" | "1.0";
  separator: string;
}

const FORMATS = { STRUCTURE: "2.0", DATAFLOW: "1.0" } as const;

/**
 * The format a text's first line announces, or undefined when it is not SDMX-CSV. The first
 * field may be quoted, as some tools quote every field; SDMX-CSV 2.0 lets the file choose its
 * separator, which is the character after that field. A quote that does not end right after the
 * keyword is left for the CSV reader to refuse, with its line.
 */
export function sdmxHeaderStart(text: string): SdmxHeaderStart | undefined {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const quoted = firstLine.startsWith('"');
  const unquoted = quoted ? firstLine.slice(1) : firstLine;
  const keyword = (Object.keys(FORMATS) as (keyof typeof FORMATS)[]).find((k) =>
    unquoted.startsWith(k)
  );
  if (!keyword) return undefined;

  const format = FORMATS[keyword];
  let after = unquoted.slice(keyword.length);
  if (quoted) after = after.startsWith('"') ? after.slice(1).replace(/^ +/, "") : "";
  const separator = format === "2.0" ? after.charAt(0) || "," : ",";
  return { format, separator };
}
