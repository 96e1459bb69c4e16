import { Observation } from "../core";
import {
  AcceptedData,
  AcceptedDataQuery,
  ExchangeCall,
  fetchLatestAccepted,
} from "./exchange-client";

/** How many periods are asked for at once: a year of months in three rounds of four. */
const AT_ONCE = 4;

export interface HistoryQuery extends ExchangeCall {
  templateId: string;
  country: string;
  /** The earlier periods a plausibility check reads (see historyPeriods), any order. */
  periods: string[];
}

type FetchAccepted = (query: AcceptedDataQuery) => Promise<AcceptedData | null>;

/**
 * A country's accepted figures of one template over several periods, as the exchange publishes
 * them, for the pane's plausibility check before sending. The data API answers one period per
 * request, so the periods are asked for a few at a time; a period with nothing accepted yet is
 * simply absent. Any failure (the exchange unreachable, the token refused) is thrown, so the
 * caller can fall back to what the workbook holds rather than judge on part of the history.
 */
export async function fetchAcceptedHistory(
  query: HistoryQuery,
  fetchAccepted: FetchAccepted = fetchLatestAccepted
): Promise<Observation[]> {
  const { periods, ...call } = query;
  const observations: Observation[] = [];
  for (let start = 0; start < periods.length; start += AT_ONCE) {
    const round = periods.slice(start, start + AT_ONCE);
    const answers = await Promise.all(round.map((period) => fetchAccepted({ ...call, period })));
    for (const answer of answers) if (answer) observations.push(...answer.observations);
  }
  return observations;
}
