/**
 * Normalises the argument forms `load()` accepts: "a, b", ["a", "b/c"], { select, expand } and the
 * object form { a: true, b: { c: true } }. Paths use "/" to reach navigation properties.
 */
export type LoadArgument = string | string[] | Record<string, unknown> | undefined;

export function loadPaths(arg: LoadArgument): string[] | "all" {
  if (arg === undefined || arg === null) return "all";
  if (typeof arg === "string") return splitList(arg);
  if (Array.isArray(arg)) return arg.flatMap((item) => splitList(String(item)));
  const paths: string[] = [];
  if (typeof arg.select === "string") paths.push(...splitList(arg.select));
  if (typeof arg.expand === "string") paths.push(...splitList(arg.expand));
  for (const [key, value] of Object.entries(arg)) {
    if (key === "select" || key === "expand" || key === "$all" || !value) continue;
    if (typeof value === "object") {
      const inner = loadPaths(value as Record<string, unknown>);
      if (inner === "all") paths.push(key);
      else paths.push(...inner.map((p) => `${key}/${p}`));
    } else {
      paths.push(key);
    }
  }
  return paths.length === 0 ? "all" : paths;
}

function splitList(text: string): string[] {
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Groups paths by their first segment: "format/fill/color" → { format: ["fill/color"] }. */
export function groupPaths(paths: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of paths) {
    const slash = path.indexOf("/");
    const head = slash < 0 ? path : path.slice(0, slash);
    const rest = slash < 0 ? undefined : path.slice(slash + 1);
    const list = groups.get(head) ?? [];
    if (rest) list.push(rest);
    groups.set(head, list);
  }
  return groups;
}
