import { FastifyInstance } from "fastify";
import { z } from "zod";
import {
  allTemplates,
  codeLists,
  normalisePeriod,
  periodExample,
  SDMX_CSV_MEDIA_TYPE,
  Template,
} from "../../core";
import { HttpError } from "../http-error";
import { publishedJsonStream } from "../published-json";
import { receiptOf } from "../receipt";
import { ExchangeStore } from "../store/exchange-store";
import { partOf } from "./request-parts";
import { TokenHook } from "./require-token";

/** Each parameter once, as text; a missing one is refused below with what to write. */
const DataQuerySchema = z.object({
  dataset: z.string().max(64).optional(),
  country: z.string().max(16).optional(),
  period: z.string().max(16).optional(),
});

type DataQuery = z.infer<typeof DataQuerySchema>;

/**
 * The template id (ASYAPPCTZM) or the dataset code (MIGR_ASYAPPCTZM) names a template. Some
 * datasets hold two tables (MIGR_EIRTN1: EIRTN1, and EIRTN1_AS for persons who applied for
 * asylum): their dataset code names the table of the same name, the other is named by its id.
 */
function templateOf(dataset: string | undefined): Template {
  const code = (dataset ?? "").trim().toUpperCase();
  const templates = allTemplates();
  const template =
    templates.find((t) => t.id === code) ??
    templates.find((t) => t.dataset === code && `MIGR_${t.id}` === code) ??
    templates.find((t) => t.dataset === code);
  if (template) return template;
  const known = templates.map((t) => t.id).join(", ");
  throw new HttpError(400, `Name a table with ?dataset= (a template id: ${known}).`);
}

function selectionOf(query: DataQuery) {
  const template = templateOf(query.dataset);
  const country = (query.country ?? "").trim().toUpperCase();
  if (!codeLists.has("geo", country)) {
    throw new HttpError(400, "Name a reporting country with ?country= (a geo code such as ME).");
  }
  const period = normalisePeriod(query.period ?? "", template.frequency);
  if (!period) {
    throw new HttpError(
      400,
      `Name a reference period with ?period=, written like ${periodExample(template.frequency)}.`
    );
  }
  return { template, country, period };
}

function wantsCsv(accept: string | undefined): boolean {
  return /application\/vnd\.sdmx\.data\+csv/i.test(accept ?? "");
}

/**
 * Publication: the latest accepted version of a dataset, country and period, for any valid
 * token. Versions not yet accepted, or returned, are never published.
 */
export function dataRoutes(app: FastifyInstance, store: ExchangeStore, onRequest: TokenHook) {
  app.get("/api/v1/data", { onRequest }, async (request, reply) => {
    const query = partOf("query parameter", DataQuerySchema, request.query);
    const { template, country, period } = selectionOf(query);
    const stored = await store.latestAccepted(template.id, country, period);
    if (!stored) {
      throw new HttpError(
        404,
        `No accepted data of ${template.id} (${template.dataset}) for ${country} ${period} yet.`
      );
    }

    reply.header("Vary", "Accept");
    if (wantsCsv(request.headers.accept)) {
      return reply.type(SDMX_CSV_MEDIA_TYPE).send(stored.sdmxCsv);
    }
    const json = publishedJsonStream(template, receiptOf(stored), stored.sdmxCsv);
    return reply.type("application/json; charset=utf-8").send(json);
  });
}
