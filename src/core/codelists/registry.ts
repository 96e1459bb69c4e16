import { CodeList, CodeListSchema } from "./schema";
import { shippedCodeLists } from "./shipped";

export class CodeListRegistry {
  private readonly lists = new Map<string, CodeList>();
  private readonly labels = new Map<string, Map<string, string>>();

  constructor(lists: unknown[]) {
    for (const raw of lists) {
      const list = CodeListSchema.parse(raw);
      this.lists.set(list.id, list);
      this.labels.set(list.id, new Map(list.codes.map((c) => [c.code, c.label])));
    }
  }

  get(id: string): CodeList {
    const list = this.lists.get(id);
    if (!list) throw new Error(`Code list "${id}" is not shipped with this version`);
    return list;
  }

  has(listId: string, code: string): boolean {
    return this.labels.get(listId)?.has(code) ?? false;
  }

  label(listId: string, code: string): string | undefined {
    return this.labels.get(listId)?.get(code);
  }

  isAggregate(listId: string, code: string): boolean {
    return this.get(listId).codes.some((c) => c.code === code && c.aggregate === true);
  }
}

export const codeLists = new CodeListRegistry(shippedCodeLists);
