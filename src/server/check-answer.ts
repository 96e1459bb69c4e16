import { SubmissionRequest } from "../core";
import { checkSubmission, CheckedSubmission } from "./check-submission";
import { HttpError } from "./http-error";
import { CheckContext } from "./related-checks";

/**
 * The outcome of one check as plain data, the form in which a worker thread sends it back:
 * the checked submission, a refusal to answer with, or the stack of a bug.
 */
export type CheckAnswer =
  | { checked: CheckedSubmission }
  | {
      refusal: {
        status: number;
        message: string;
        details: HttpError["details"];
        headers: Record<string, string>;
      };
    }
  | { failure: string };

/** What a check is given: the request, and the accepted data it is compared with. */
export interface CheckTask {
  request: SubmissionRequest;
  context: CheckContext;
}

export function answerTo({ request, context }: CheckTask): CheckAnswer {
  try {
    return { checked: checkSubmission(request, context) };
  } catch (error) {
    if (error instanceof HttpError) {
      const { status, message, details, headers } = error;
      return { refusal: { status, message, details, headers } };
    }
    return { failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

/** Turns an answer back into the result or the error the route expects. */
export function outcomeOf(answer: CheckAnswer): CheckedSubmission {
  if ("checked" in answer) return answer.checked;
  if ("refusal" in answer) {
    const { status, message, details, headers } = answer.refusal;
    throw new HttpError(status, message, details, headers);
  }
  throw new Error(`Checking a submission failed in a worker thread: ${answer.failure}`);
}
