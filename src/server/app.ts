import cors from "@fastify/cors";
import Fastify, { FastifyInstance, LogController } from "fastify";
import { MAX_SUBMISSION_CSV_BYTES } from "../core";
import { installErrorHandler } from "./error-handler";
import { DEFAULT_RATE_LIMIT, RateLimiter, RateLimitOptions } from "./rate-limit";
import { dataRoutes } from "./routes/data";
import { healthRoute } from "./routes/health";
import { requireToken } from "./routes/require-token";
import { reviewRoutes } from "./routes/review";
import { submissionRoutes } from "./routes/submissions";
import { installSecurityHeaders } from "./security-headers";
import { ExchangeStore } from "./store/exchange-store";

export const DEFAULT_CORS_ORIGIN = "https://localhost:3000";

/** Room for the JSON fields around the SDMX-CSV and for its escaping. */
const BODY_OVERHEAD_BYTES = 64 * 1024;

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

export interface AppOptions {
  store: ExchangeStore;
  /** The add-in's origin, the only one a browser may call the API from. */
  corsOrigin?: string;
  logLevel?: LogLevel;
  /** Where log lines go (stdout when omitted). */
  logStream?: { write(line: string): void };
  /** Requests per token and window; generous by default. */
  rateLimit?: RateLimitOptions;
}

/** The exchange endpoint as a Fastify instance, ready to listen or to be injected into. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: MAX_SUBMISSION_CSV_BYTES + BODY_OVERHEAD_BYTES,
    logger: {
      level: options.logLevel ?? "info",
      redact: ["req.headers.authorization", "headers.authorization"],
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    // Fastify's own lines (one on arrival, one on completion) are replaced by one line per request.
    logController: new LogController({ disableRequestLogging: true }),
  });

  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      "request"
    );
  });
  installSecurityHeaders(app);
  installErrorHandler(app);
  await app.register(cors, {
    origin: options.corsOrigin ?? DEFAULT_CORS_ORIGIN,
    methods: ["GET", "POST"],
    allowedHeaders: ["Authorization", "Content-Type", "Idempotency-Key"],
    exposedHeaders: ["Retry-After", "Idempotent-Replayed"],
    maxAge: 600,
  });

  healthRoute(app);
  const onRequest = requireToken(
    options.store,
    new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT)
  );
  submissionRoutes(app, options.store, onRequest);
  reviewRoutes(app, options.store, onRequest);
  dataRoutes(app, options.store, onRequest);
  return app;
}
