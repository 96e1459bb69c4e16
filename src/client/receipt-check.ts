import { Receipt, SubmissionRequest } from "../core";

/** SHA-256 (hex) of the UTF-8 text, through WebCrypto: the same in Node 20 and in the pane. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

const ECHOED = ["templateId", "templateVersion", "country", "period"] as const;

/** A forged field may be long; the message shows enough of it to tell what differs. */
function short(value: unknown): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * How a receipt differs from the request it answers, as short phrases; none when it matches.
 * The exchange stores the canonical SDMX-CSV and the CLI and the pane send canonical text, so
 * the receipt's SHA-256 must be that of the text sent.
 */
export async function receiptDifferences(
  receipt: Receipt,
  request: SubmissionRequest
): Promise<string[]> {
  const differences = ECHOED.filter((field) => receipt[field] !== request[field]).map(
    (field) => `${field} ${short(receipt[field])} instead of ${short(request[field])}`
  );
  if (receipt.observations < 1) differences.push("no observations");
  if (receipt.sha256 !== (await sha256Hex(request.sdmxCsv))) {
    differences.push("the SHA-256 of other data");
  }
  return differences;
}
