import type { SheetReport } from "../excel";
import { summaryOf } from "./reports";

const TEXT = {
  load: "Load a template first.",
  oneError: (sheet: string) => `Correct the error on ${sheet} first.`,
  errors: (count: number, sheet: string) => `Correct the ${count} errors on ${sheet} first.`,
  oneWarning: "Write why the figure with a warning is right, in the box under Warnings.",
  warnings: (count: number) =>
    `Write why each of the ${count} figures with a warning is right, in the boxes under Warnings.`,
  signIn: "Enter the exchange address and your access token.",
};

/**
 * Why Submit cannot be pressed yet, as a sentence for the pane; undefined when it can. Errors
 * come first, then warnings without a justification, then the sign-in.
 */
export function submitBlocker(
  target: SheetReport | undefined,
  endpoint: string,
  token: string,
  unjustified = 0
): string | undefined {
  if (!target) return TEXT.load;
  const { errors } = summaryOf([target]);
  if (errors === 1) return TEXT.oneError(target.sheet);
  if (errors > 1) return TEXT.errors(errors, target.sheet);
  if (unjustified === 1) return TEXT.oneWarning;
  if (unjustified > 1) return TEXT.warnings(unjustified);
  if (!endpoint.trim() || !token.trim()) return TEXT.signIn;
  return undefined;
}
