import { useCallback, useState } from "react";
import { Finding, Receipt, SubmissionRequest, summarise } from "../core";
import type { SheetReport } from "../excel";
import { buildRequest } from "./build-request";
import type { Refusal } from "./SubmitPanel";

export const DEFAULT_ENDPOINT = "http://127.0.0.1:8787";
const ENDPOINT_KEY = "wb-midex.endpoint";

export type SubmitFn = (call: {
  endpoint: string;
  token: string;
  request: SubmissionRequest;
}) => Promise<Receipt>;

function storedEndpoint(): string {
  try {
    return sessionStorage.getItem(ENDPOINT_KEY) ?? DEFAULT_ENDPOINT;
  } catch {
    return DEFAULT_ENDPOINT;
  }
}

function storeEndpoint(value: string): void {
  try {
    sessionStorage.setItem(ENDPOINT_KEY, value);
  } catch {
    // Some Office webviews refuse storage; the address then lasts as long as the pane.
  }
}

/**
 * Submission state. The token lives in memory only: it is never put in storage or the workbook.
 * The sheet is re-read and re-validated just before sending, as a change event may have been
 * missed (drop-down picks and some fills raise none).
 */
export function useSubmission(submit: SubmitFn, reread: (sheetId: string) => Promise<SheetReport>) {
  const [endpoint, setEndpointState] = useState(storedEndpoint);
  const [token, setToken] = useState("");
  const [receipt, setReceipt] = useState<Receipt>();
  const [refusal, setRefusal] = useState<Refusal>();
  const [busy, setBusy] = useState(false);

  const setEndpoint = useCallback((value: string) => {
    setEndpointState(value);
    storeEndpoint(value);
  }, []);

  const send = useCallback(
    async (sheetId: string) => {
      setBusy(true);
      setReceipt(undefined);
      setRefusal(undefined);
      try {
        const report = await reread(sheetId);
        if (report.kind !== "template") {
          setRefusal({ message: `Sheet ${report.sheet} cannot be submitted as it is; see above.` });
          return;
        }
        const { errors } = summarise(report.findings);
        if (errors > 0) {
          setRefusal({ message: "The sheet has errors; correct the cells listed above first." });
          return;
        }
        const request = buildRequest(report.data);
        setReceipt(await submit({ endpoint: endpoint.trim(), token: token.trim(), request }));
      } catch (error) {
        const findings = (error as { findings?: Finding[] }).findings;
        setRefusal({ message: (error as Error).message, findings });
      } finally {
        setBusy(false);
      }
    },
    [submit, reread, endpoint, token]
  );

  return { endpoint, setEndpoint, token, setToken, receipt, refusal, busy, send };
}
