import { FastifyRequest } from "fastify";
import { checkBearer } from "../auth";
import { HttpError } from "../http-error";
import { ExchangeStore, TokenRecord } from "../store/exchange-store";

const tokens = new WeakMap<FastifyRequest, TokenRecord>();

/**
 * An onRequest hook that refuses the request with 401 unless it carries a valid token. It runs
 * before the body is read, so an unauthenticated client learns nothing about its payload.
 */
export function requireToken(store: ExchangeStore) {
  return async (request: FastifyRequest): Promise<void> => {
    const check = await checkBearer(store, request.headers.authorization);
    if ("refusal" in check) throw new HttpError(401, check.refusal);
    tokens.set(request, check.token);
  };
}

/** The token requireToken accepted for this request. */
export function tokenOf(request: FastifyRequest): TokenRecord {
  const token = tokens.get(request);
  if (!token) throw new Error(`Route ${request.routeOptions.url} reads a token it never required`);
  return token;
}
