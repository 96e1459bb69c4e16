import { parseCodeList } from "./parse-code-list";
import type { CodeList } from "./schema";
import { shippedCodeLists } from "./shipped";

export class CodeListRegistry {
  private readonly lists = new Map<string, CodeList>();
  private readonly labels = new Map<string, Map<string, string>>();

  constructor(lists: unknown[]) {
    for (const raw of lists) {
      const list = parseCodeList(raw);
      this.lists.set(list.id, list);
    }
  }

  get(id: string): CodeList {
    const list = this.lists.get(id);
    if (!list) throw new Error(`Code list "${id}" is not shipped with this version`);
    return list;
  }

  has(listId: string, code: string): boolean {
    return this.labelsOf(listId)?.has(code) ?? false;
  }

  label(listId: string, code: string): string | undefined {
    return this.labelsOf(listId)?.get(code);
  }

  /** Built on first use: the pane's first render needs few of the lists. */
  private labelsOf(listId: string): Map<string, string> | undefined {
    let labels = this.labels.get(listId);
    if (!labels) {
      const list = this.lists.get(listId);
      if (!list) return undefined;
      labels = new Map(list.codes.map((c) => [c.code, c.label]));
      this.labels.set(listId, labels);
    }
    return labels;
  }

  isAggregate(listId: string, code: string): boolean {
    return this.get(listId).codes.some((c) => c.code === code && c.aggregate === true);
  }
}

export const codeLists = new CodeListRegistry(shippedCodeLists);
