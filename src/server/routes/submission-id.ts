import { z } from "zod";
import { excerpt } from "../excerpt";
import { HttpError } from "../http-error";
import { partOf } from "./request-parts";

/** Submission ids are UUIDs; anything else cannot name a stored submission. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ParamsSchema = z.object({ id: z.string() });

/** The id as stored (lower case), or undefined when it cannot be a submission id. */
export function submissionIdOf(id: string): string | undefined {
  return UUID.test(id) ? id.toLowerCase() : undefined;
}

/** The `:id` of the path as given, and as stored when it can be a submission id. */
export function submissionParamOf(params: unknown): { id: string; submissionId?: string } {
  const { id } = partOf("path parameter", ParamsSchema, params);
  return { id, submissionId: submissionIdOf(id) };
}

export function noSuchSubmission(id: string): HttpError {
  return new HttpError(404, `There is no submission with id "${excerpt(id)}".`);
}
