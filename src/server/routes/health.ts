import { FastifyInstance } from "fastify";

export function healthRoute(app: FastifyInstance): void {
  app.get("/api/v1/health", async () => ({ status: "ok" }));
}
