/** Submission ids are UUIDs; anything else cannot name a stored submission. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id as stored (lower case), or undefined when it cannot be a submission id. */
export function submissionIdOf(id: string): string | undefined {
  return UUID.test(id) ? id.toLowerCase() : undefined;
}
