import { FastifyRequest } from "fastify";
import { checkBearer } from "../auth";
import { HttpError } from "../http-error";
import { RateLimiter } from "../rate-limit";
import { ExchangeStore, TokenRecord } from "../store/exchange-store";

const tokens = new WeakMap<FastifyRequest, TokenRecord>();

/**
 * An onRequest hook that refuses the request with 401 unless it carries a valid token, and with
 * 429 once the token has used up its requests for the current window. It runs before the body
 * is read, so an unauthenticated client learns nothing about its payload.
 */
export function requireToken(store: ExchangeStore, limiter: RateLimiter) {
  return async (request: FastifyRequest): Promise<void> => {
    const check = await checkBearer(store, request.headers.authorization);
    if ("refusal" in check) {
      throw new HttpError(401, check.refusal, { tokenProblem: check.problem });
    }
    const rate = limiter.hit(check.token.id);
    if (!rate.allowed) {
      const seconds = rate.retryAfterSeconds;
      throw new HttpError(
        429,
        `This access token has made too many requests; try again in ${seconds} s.`,
        { retryAfterSeconds: seconds },
        { "Retry-After": String(seconds) }
      );
    }
    tokens.set(request, check.token);
  };
}

export type TokenHook = ReturnType<typeof requireToken>;

/** The token requireToken accepted for this request. */
export function tokenOf(request: FastifyRequest): TokenRecord {
  const token = tokens.get(request);
  if (!token) throw new Error(`Route ${request.routeOptions.url} reads a token it never required`);
  return token;
}
