import cors from "@fastify/cors";
import Fastify, { FastifyInstance, LogController } from "fastify";
import { MAX_SUBMISSION_CSV_BYTES } from "../core";
import { abandonStaleReceived } from "./abandon-received";
import { CheckerOptions, createChecker, SubmissionChecker } from "./check-pool";
import { frameworkErrors, installErrorHandler } from "./error-handler";
import { DEFAULT_SUBMISSIONS_IN_FLIGHT, InFlightLimit } from "./in-flight";
import { logRequest } from "./request-log";
import { DEFAULT_RATE_LIMIT, RateLimiter, RateLimitOptions } from "./rate-limit";
import { dataRoutes } from "./routes/data";
import { healthRoute } from "./routes/health";
import { readSubmissionRoute } from "./routes/read-submission";
import { requireToken } from "./routes/require-token";
import { reviewRoutes } from "./routes/review";
import { submissionRoutes } from "./routes/submissions";
import { installSecurityHeaders } from "./security-headers";
import { ExchangeStore } from "./store/exchange-store";

export const DEFAULT_CORS_ORIGIN = "https://localhost:3000";

/**
 * JSON escaping can double the SDMX-CSV (every quote and line end takes two bytes), plus room
 * for the other fields; the SDMX-CSV's own limit is enforced exactly on its bytes by the route.
 */
const BODY_LIMIT_BYTES = 2 * MAX_SUBMISSION_CSV_BYTES + 64 * 1024;

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
  /** Submissions one token may have being checked at once; beyond, 429 (default 2). */
  submissionsInFlight?: number;
  /** Where submissions are checked: worker threads by default (see check-pool.ts). */
  checks?: CheckerOptions;
  /** A checker to use instead, closed with the app; for tests that pace the checks. */
  checker?: SubmissionChecker;
}

/** The exchange endpoint as a Fastify instance, ready to listen or to be injected into. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    frameworkErrors,
    logger: {
      level: options.logLevel ?? "info",
      redact: ["req.headers.authorization", "headers.authorization"],
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    // Fastify's own lines (one on arrival, one on completion) are replaced by one line per request.
    logController: new LogController({ disableRequestLogging: true }),
  });

  app.addHook("onResponse", async (request, reply) => logRequest(request, reply));
  installSecurityHeaders(app);
  installErrorHandler(app);
  await app.register(cors, {
    origin: options.corsOrigin ?? DEFAULT_CORS_ORIGIN,
    methods: ["GET", "POST"],
    allowedHeaders: ["Authorization", "Content-Type", "Idempotency-Key"],
    exposedHeaders: ["Retry-After", "Idempotent-Replayed"],
    maxAge: 600,
  });

  abandonStaleReceived(app, options.store);
  healthRoute(app);
  const onRequest = requireToken(
    options.store,
    new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT)
  );
  const report = (error: Error) => app.log.error({ err: error }, "check worker failed");
  const checker = options.checker ?? createChecker({ report, ...options.checks });
  app.addHook("onClose", () => checker.close());
  submissionRoutes(app, {
    store: options.store,
    checker,
    inFlight: new InFlightLimit(options.submissionsInFlight ?? DEFAULT_SUBMISSIONS_IN_FLIGHT),
    onRequest,
  });
  readSubmissionRoute(app, options.store, onRequest);
  reviewRoutes(app, options.store, onRequest);
  dataRoutes(app, options.store, onRequest);
  return app;
}
