import type { SheetReport } from "../excel";
import { summaryOf } from "./reports";

/** Why Submit cannot be pressed yet, as a sentence for the pane; undefined when it can. */
export function submitBlocker(
  target: SheetReport | undefined,
  endpoint: string,
  token: string
): string | undefined {
  if (!target) return "Load a template first.";
  const { errors } = summaryOf([target]);
  if (errors === 1) return `Correct the error on ${target.sheet} first.`;
  if (errors > 1) return `Correct the ${errors} errors on ${target.sheet} first.`;
  if (!endpoint.trim() || !token.trim()) return "Enter the exchange address and your access token.";
  return undefined;
}
