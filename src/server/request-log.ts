import { FastifyReply, FastifyRequest } from "fastify";

/** The one line logged per request: no URL (it may carry ids or junk), no headers, no body. */
export function logRequest(request: FastifyRequest, reply: FastifyReply): void {
  request.log.info(
    {
      method: request.method,
      route: request.routeOptions.url ?? null,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    },
    "request"
  );
}
