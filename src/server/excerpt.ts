/** Control characters, which must never reach a terminal or a log through an echoed value. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A short, printable excerpt of something the client sent, for a message that names it: enough
 * to recognise it, never the whole of an oversized or hostile value.
 */
export function excerpt(text: string, max = 40): string {
  const printable = text.replace(CONTROL, "?");
  return printable.length > max ? `${printable.slice(0, max)}…` : printable;
}
