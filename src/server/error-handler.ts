import { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { MAX_SUBMISSION_CSV_BYTES } from "../core";
import { excerpt } from "./excerpt";
import { HttpError } from "./http-error";
import { logRequest } from "./request-log";
import { SECURITY_HEADERS } from "./security-headers";

const LIMIT_MB = Math.round(MAX_SUBMISSION_CSV_BYTES / (1024 * 1024));

/** Fastify's own refusals (routing, body parsing), in words an official can act on. */
const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: `The request is larger than the exchange accepts (at most ${LIMIT_MB} MB of SDMX-CSV).`,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "Send the request as JSON (Content-Type: application/json).",
  FST_ERR_CTP_INVALID_JSON_BODY: "The request body is not valid JSON.",
  FST_ERR_CTP_EMPTY_JSON_BODY: "The request body is empty; it must be a JSON object.",
  FST_ERR_BAD_URL: "The address is not a valid URL: a % must be followed by two hex digits.",
  FST_ERR_MAX_PARAM_LENGTH: "A part of the address is longer than any the exchange serves.",
};

const INTERNAL = "The exchange had an internal problem and stored nothing. Please try again later.";

function answerError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpError) {
    if (error.status === 401) reply.header("WWW-Authenticate", 'Bearer realm="wb-midex"');
    reply.headers(error.headers);
    return reply.code(error.status).send({ error: error.message, ...error.details });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const message = FRAMEWORK_MESSAGES[error.code] ?? "The exchange could not read the request.";
    return reply.code(status).send({ error: message });
  }
  request.log.error({ err: error }, "unexpected error");
  return reply.code(500).send({ error: INTERNAL });
}

/**
 * Errors Fastify meets while routing (a malformed or oversized address) go to `frameworkErrors`,
 * which must be given when the instance is created; they are answered like every other error.
 * No hook runs for them, so the security headers and the request's log line are done here.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  reply.headers(SECURITY_HEADERS);
  answerError(error, request, reply);
  logRequest(request, reply);
}

/**
 * Every error becomes `{error: "<plain message>"}`: refusals keep their status and details,
 * Fastify's own refusals carry neither its code nor the echoed input, and anything unexpected
 * is logged with its stack for the operator and answered with a 500 that reveals no stack, SQL
 * or file path.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(answerError);
  app.setNotFoundHandler((request, reply) => {
    const path = excerpt(request.url.split("?", 1)[0], 60);
    return reply.code(404).send({ error: `There is nothing at ${request.method} ${path}.` });
  });
}
