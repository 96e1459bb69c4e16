/** The sentences an official reads when the exchange refuses a request or cannot be reached. */

export interface RefusalFacts {
  status: number;
  serverMessage?: string;
  /** Errors among the findings the exchange returned. */
  errorCount?: number;
  tokenCountry?: string;
  country?: string;
  submissionId?: string;
  /** From a 429 answer: how long the exchange asks the client to wait. */
  retryAfterSeconds?: number;
  /** From a 401 answer: why the token was refused (missing, unknown, revoked, expired). */
  tokenProblem?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function refusalMessage(facts: RefusalFacts): string {
  const server = facts.serverMessage;
  switch (facts.status) {
    case 400:
      return `The exchange could not read the request: ${server ?? "no reason given"}`;
    case 401:
      return tokenRefusalMessage(facts.tokenProblem, server);
    case 403:
      if (facts.tokenCountry && facts.country) {
        return (
          `This token may only submit data for ${facts.tokenCountry}, and this submission is ` +
          `for ${facts.country}. Use the token issued for ${facts.country}, or correct the ` +
          "reporting country on the sheet."
        );
      }
      return `The exchange did not allow this: ${server ?? "no reason given"}`;
    case 404:
      return facts.submissionId
        ? `The exchange has no submission with id ${facts.submissionId}.`
        : `The exchange did not find what was asked for: ${server ?? "no reason given"}`;
    case 409:
      return `The exchange refused this as a conflict: ${server ?? "no reason given"}`;
    case 413:
      return (
        "The submission is larger than the exchange accepts. Split it by reference period " +
        "or ask the exchange administrator."
      );
    case 422:
      if (facts.errorCount) {
        return (
          `The exchange found ${plural(facts.errorCount, "error")} in the data and stored ` +
          "nothing. Correct the cells listed and submit again."
        );
      }
      return `The exchange refused the data and stored nothing: ${server ?? "no reason given"}`;
    case 429:
      return (
        "The exchange received too many requests with this access token. " +
        (facts.retryAfterSeconds
          ? `Wait ${plural(facts.retryAfterSeconds, "second")} and try again.`
          : "Wait a moment and try again.")
      );
    default:
      if (facts.status >= 500) {
        return (
          `The exchange had an internal problem (HTTP ${facts.status}). Try again later; ` +
          "if it persists, tell the exchange administrator."
        );
      }
      return `The exchange answered HTTP ${facts.status}: ${server ?? "no reason given"}`;
  }
}

const NEW_TOKEN = "ask the exchange administrator for a new one";

function tokenRefusalMessage(problem: string | undefined, server: string | undefined): string {
  switch (problem) {
    case "unknown":
      return `The exchange does not know this access token; check that it was copied whole, or ${NEW_TOKEN}.`;
    case "revoked":
      return `This access token has been revoked; ${NEW_TOKEN}.`;
    case "expired":
      return `This access token has expired; ${NEW_TOKEN}.`;
    case "missing":
      return "The exchange received no access token; give the token issued for your country.";
    default:
      return (
        `The exchange refused the access token: ${server ?? "no reason given"} ` +
        `If it persists, ${NEW_TOKEN}.`
      );
  }
}

export function addressMessage(): string {
  return "The exchange address must start with http:// or https://, e.g. http://127.0.0.1:8787";
}

export function tokenCharactersMessage(): string {
  return "The access token contains characters a token never has; copy it again";
}

/** After the last try of a gateway failure (502, 503, 504). */
export function busyMessage(status: number, attempts: number): string {
  const tries = attempts > 1 ? ` after ${attempts} attempts` : "";
  return `The exchange is busy or down (${status})${tries}; try again later`;
}

export function receiptMismatchMessage(differences: string[]): string {
  return (
    `The exchange's receipt does not match what was sent (${differences.join("; ")}): the ` +
    "submission may not be stored as you sent it. Contact the regional centre."
  );
}

export function unreachableMessage(url: string): string {
  return (
    `Could not reach the exchange at ${url}. Check the address and your network connection, ` +
    "then try again."
  );
}

export function timeoutMessage(url: string, timeoutMs: number): string {
  return (
    `The exchange at ${url} did not answer within ${plural(Math.ceil(timeoutMs / 1000), "second")}. ` +
    "A submission may still have arrived: check before sending it again."
  );
}

export function unexpectedAnswerMessage(url: string, status: number): string {
  return (
    `The exchange at ${url} answered in a form this add-in does not understand ` +
    `(HTTP ${status}). Check that the address is the WB-MIDEX exchange.`
  );
}
