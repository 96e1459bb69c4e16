/** C0 and C1 control characters and DEL, except tab and line feed. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text from the exchange without control characters, so that a hostile or broken server cannot
 * move the cursor, recolour a terminal or hide text in what the CLI or the pane shows.
 */
export function plainText(text: string): string {
  return text.replace(CONTROL, "");
}

/**
 * Applies plainText to every string of a parsed JSON answer, except the fields named in `data`:
 * those are data handed on byte for byte (the stored SDMX-CSV), never shown as a message.
 */
export function withPlainText(value: unknown, data: ReadonlySet<string>): unknown {
  if (typeof value === "string") return plainText(value);
  if (Array.isArray(value)) return value.map((item) => withPlainText(item, data));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      data.has(key) ? field : withPlainText(field, data),
    ])
  );
}
