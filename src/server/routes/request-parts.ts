import { z } from "zod";
import { HttpError } from "../http-error";

type Part = "query parameter" | "path parameter";

/** Why a value of the query or the path was refused, naming the parameter. */
function refusalOf(part: Part, name: string, value: unknown, issue: z.core.$ZodIssue): string {
  if (Array.isArray(value)) return `The ${part} "${name}" is given more than once; give it once.`;
  if (issue.code === "too_big" && typeof issue.maximum === "number") {
    return `The ${part} "${name}" is longer than ${issue.maximum} characters.`;
  }
  return `The ${part} "${name}" is not valid: ${issue.message}.`;
}

/**
 * Reads the query or path parameters with a schema. Fastify hands over a repeated parameter
 * as an array and a nested one as an object, so nothing may be used unchecked; a refusal is a
 * 400 naming the parameter.
 */
export function partOf<T>(part: Part, schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = String(issue.path[0] ?? "");
  const value = (input as Record<string, unknown> | undefined)?.[name];
  throw new HttpError(400, refusalOf(part, name, value, issue));
}
