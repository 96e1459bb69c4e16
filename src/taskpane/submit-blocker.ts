import type { SheetReport } from "../excel";
import { Text, textIn } from "./i18n/pane-text";
import { summaryOf } from "./reports";

/**
 * Why Submit cannot be pressed yet, as a sentence for the pane; undefined when it can. Errors
 * come first, then warnings without a justification, then the sign-in.
 */
export function submitBlocker(
  target: SheetReport | undefined,
  endpoint: string,
  token: string,
  unjustified = 0,
  t: Text = textIn("en")
): string | undefined {
  if (!target) return t("submit.blockerLoad");
  const { errors } = summaryOf([target]);
  if (errors > 0) return t("submit.blockerErrors", { count: errors, sheet: target.sheet });
  if (unjustified > 0) return t("submit.blockerWarnings", { count: unjustified });
  if (!endpoint.trim() || !token.trim()) return t("signIn.needed");
  return undefined;
}
