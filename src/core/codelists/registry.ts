import applicant from "../../../templates/codelists/applicant.json";
import ageAsylum from "../../../templates/codelists/age-asylum.json";
import citizen from "../../../templates/codelists/citizen.json";
import freq from "../../../templates/codelists/freq.json";
import geo from "../../../templates/codelists/geo.json";
import sex from "../../../templates/codelists/sex.json";
import unit from "../../../templates/codelists/unit.json";
import { CodeList, CodeListSchema } from "./schema";

/**
 * The code lists shipped with the product. They are bundled as data (never read from disk at run
 * time) so the task pane, the CLI and the server all see exactly the same codes.
 */
const shipped: unknown[] = [applicant, ageAsylum, citizen, freq, geo, sex, unit];

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

export const codeLists = new CodeListRegistry(shipped);
