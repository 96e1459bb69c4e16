import {
  findTemplate,
  getTemplate,
  historyPeriods,
  normalisePeriod,
  SubmissionRequest,
  subPeriods,
} from "../core";
import { AcceptedTable, CheckContext, partnerTemplates, partsTemplate } from "./related-checks";
import { ExchangeStore, StoredSubmission, TableKey } from "./store/exchange-store";

export function tableOf(stored: StoredSubmission): AcceptedTable {
  const { templateId, period, version, sdmxCsv } = stored;
  return { templateId, period, version, sdmxCsv };
}

async function acceptedTables(
  store: ExchangeStore,
  templateId: string,
  country: string,
  periods: string[]
): Promise<AcceptedTable[]> {
  const found = await Promise.all(periods.map((p) => store.latestAccepted(templateId, country, p)));
  return found.flatMap((stored) => (stored ? [tableOf(stored)] : []));
}

/**
 * The tables related to `templateId` by a cross-template rule, for the same country and
 * `period` (normalised to each related template's frequency).
 */
export function partnerKeys(templateId: string, country: string, period: string): TableKey[] {
  return partnerTemplates(templateId).flatMap((id) => {
    const partnerPeriod = normalisePeriod(period, getTemplate(id).frequency);
    return partnerPeriod ? [{ templateId: id, country, period: partnerPeriod }] : [];
  });
}

/** The latest accepted data of each table related to `templateId` (see partnerKeys). */
export async function acceptedPartners(
  store: ExchangeStore,
  templateId: string,
  country: string,
  period: string
): Promise<AcceptedTable[]> {
  const keys = partnerKeys(templateId, country, period);
  const tables = await Promise.all(
    keys.map((key) => acceptedTables(store, key.templateId, key.country, [key.period]))
  );
  return tables.flat();
}

/**
 * The accepted data a submission is compared with, read before the check so that the check
 * itself (in a worker thread) needs no store: the template's earlier periods when it has a
 * plausibility rule; the related tables of the same country and period (cross-template rules);
 * the accepted months of a year (sum rule). Periods are looked up as the store keeps them,
 * normalised to the template's frequency. A period that cannot be read gets nothing here; the
 * check refuses it.
 */
export async function acceptedContext(
  store: ExchangeStore,
  request: SubmissionRequest
): Promise<CheckContext> {
  const template = findTemplate(request.templateId);
  const period = template && normalisePeriod(request.period, template.frequency);
  if (!template || !period) return { history: [], partners: [], parts: [] };
  const { country } = request;

  const plausible = template.rules.some((r) => r.kind === "plausibility");
  const history = plausible
    ? await acceptedTables(store, template.id, country, historyPeriods(period, template.frequency))
    : [];

  const partners = await acceptedPartners(store, template.id, country, period);

  const partsId = partsTemplate(template.id);
  const parts = partsId
    ? await acceptedTables(
        store,
        partsId,
        country,
        subPeriods(period, template, getTemplate(partsId))
      )
    : [];

  return { history: history.map((t) => t.sdmxCsv), partners, parts };
}
