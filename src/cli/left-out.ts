import { describeKey, ParseProblem, render, Unplaced } from "../core";
import { Language } from "../core/i18n";
import { leftOutWord, reasonIn } from "./left-out-text";

/** "2–289", or "2, 5, 9–12" with at most a few runs and how many more lines there are. */
function lineList(lines: number[], language: Language): string {
  const runs: [number, number][] = [];
  for (const line of [...lines].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && line === last[1] + 1) last[1] = line;
    else runs.push([line, line]);
  }
  const shown = runs.slice(0, 4).map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`));
  const rest = runs.slice(4).reduce((n, [a, b]) => n + b - a + 1, 0);
  const more = rest > 0 ? leftOutWord(language, "more", { count: rest }) : "";
  const word = leftOutWord(language, lines.length === 1 ? "line" : "lines");
  return `${word} ${shown.join(", ")}${more}`;
}

/**
 * Each observation that did not reach the sheet, in the file's line order. Observations left out
 * for the same reason (a whole file of another country) make one line with their count. The
 * labels, the reasons the core gives and why a line could not be read are in the language.
 */
export function leftOutLines(
  problems: ParseProblem[],
  unplaced: Unplaced[],
  language: Language = "en"
): string[] {
  const byReason = new Map<string, Unplaced[]>();
  for (const u of unplaced) {
    const group = byReason.get(u.reason);
    if (group) group.push(u);
    else byReason.set(u.reason, [u]);
  }
  const labels = [leftOutWord(language, "notRead"), leftOutWord(language, "notPlaced")];
  const width = Math.max(...labels.map((l) => l.length));
  const [notRead, notPlaced] = labels.map((l) => l.padEnd(width));
  const lines = [
    ...problems.map((p) => ({
      line: p.line,
      text: `${notRead} ${render(p.messageId, p.params, language)}`,
    })),
    ...[...byReason.entries()].map(([given, group]) => {
      const reason = reasonIn(language, given);
      const numbers = group.map((u) => u.observation.line).filter((n) => n !== undefined);
      const first = Math.min(...numbers, Number.MAX_SAFE_INTEGER);
      if (group.length === 1) {
        const { observation } = group[0];
        const at =
          observation.line === undefined
            ? ""
            : `${leftOutWord(language, "line")} ${observation.line}: `;
        return { line: first, text: `${notPlaced} ${at}${describeKey(observation)}: ${reason}` };
      }
      const where = numbers.length > 0 ? ` (${lineList(numbers, language)})` : "";
      const count = leftOutWord(language, "observations", { count: group.length });
      return { line: first, text: `${notPlaced} ${count}: ${reason}${where}` };
    }),
  ];
  return lines.sort((a, b) => a.line - b.line).map((l) => l.text);
}
