import { FastifyError, FastifyInstance } from "fastify";
import { MAX_SUBMISSION_CSV_BYTES } from "../core";
import { HttpError } from "./http-error";

const LIMIT_MB = Math.round(MAX_SUBMISSION_CSV_BYTES / (1024 * 1024));

/** Fastify's own refusals (body parsing), in words an official can act on. */
const FRAMEWORK_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: `The request is larger than the exchange accepts (at most ${LIMIT_MB} MB of SDMX-CSV).`,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "Send the request as JSON (Content-Type: application/json).",
  FST_ERR_CTP_INVALID_JSON_BODY: "The request body is not valid JSON.",
  FST_ERR_CTP_EMPTY_JSON_BODY: "The request body is empty; it must be a JSON object.",
};

/**
 * Every error becomes `{error: "<plain message>"}`: refusals keep their status and details, and
 * anything unexpected is logged with its stack for the operator and answered with a 500 that
 * reveals no stack, SQL or file path.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
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
    return reply.code(500).send({
      error: "The exchange had an internal problem and stored nothing. Please try again later.",
    });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: `There is nothing at ${request.method} ${request.url}.` })
  );
}
