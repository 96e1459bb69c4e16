/** Minimal RFC 4180 reading and writing: quoted fields, doubled quotes, CRLF or LF. */

/** How a line breaks RFC 4180's quoting, so a reader can say what to fix and where. */
export type QuotingFault = "quoteNotClosed" | "textAfterQuote";

/**
 * Quoting the text cannot be read with. Reading on would guess where a field ends and could put
 * a figure or a comment in the wrong column without a word, so the whole text is refused.
 */
export class CsvQuotingError extends Error {
  constructor(
    readonly fault: QuotingFault,
    readonly line: number
  ) {
    super(`line ${line}: ${fault}`);
  }
}

/**
 * The records of a CSV text, each with the line it starts on. Any field may be quoted, the
 * header's too, with spaces around the quotes; inside a quoted field a quote is doubled. Text
 * after a field's closing quote is refused; a quote inside a field that does not start with one
 * is read as it stands, as spreadsheet programs read it.
 */
export function parseCsv(text: string, separator: string): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let closed = false;
  let line = 1;
  let recordLine = 1;
  let fieldLine = 1;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
        closed = true;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === separator) {
      fields.push(field);
      field = "";
      closed = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && input[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== "") records.push({ fields, line: recordLine });
      fields = [];
      field = "";
      closed = false;
      line++;
      recordLine = line;
    } else if (closed) {
      if (ch !== " ") throw new CsvQuotingError("textAfterQuote", line);
    } else if (ch === '"' && field.trim() === "") {
      // Blanks around a quoted field (`a, "b"`) are layout, as they are around any other field.
      field = "";
      quoted = true;
      fieldLine = line;
    } else {
      field += ch;
    }
  }
  if (quoted) throw new CsvQuotingError("quoteNotClosed", fieldLine);
  fields.push(field);
  if (fields.length > 1 || fields[0] !== "") records.push({ fields, line: recordLine });
  return records;
}

export function csvField(value: string, separator = ","): string {
  return /["\r\n]/.test(value) || value.includes(separator)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

export function csvLine(values: string[], separator = ","): string {
  return values.map((v) => csvField(v, separator)).join(separator);
}
