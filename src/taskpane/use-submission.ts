import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { fetchLatestAccepted, fetchSubmission } from "../client/exchange-client";
import { fetchAcceptedHistory } from "../client/history";
import { Finding, SubmissionRecords } from "../core";
import { readSubmissionRecords, SheetReport, updateSubmissionRecords } from "../excel";
import { useText } from "./i18n/LanguageContext";
import { paneStore } from "./local-store";
import { OfflineQueue, QueuedSubmission } from "./offline-queue";
import { DEFAULT_ENDPOINT, SignInStore, TokenKeeping } from "./sign-in-store";
import {
  FlowState,
  PendingDiff,
  RecordsPort,
  Refusal,
  SubmissionFlow,
  SubmitFn,
} from "./submission-flow";
import type { HistorySource } from "./sheet-history";
import { JustificationTexts } from "./warnings";

/**
 * How long the history check waits for typing to stop: each keystroke in a cell or in the token
 * field changes what it reads, and only the last one needs an answer.
 */
const CHECK_PAUSE_MS = 300;

export { DEFAULT_ENDPOINT } from "./sign-in-store";
export type { SubmitFn } from "./submission-flow";

/** What the hook needs besides the exchange client; tests and other hosts may pass their own. */
export interface SubmissionPorts {
  signIn: SignInStore;
  queue: OfflineQueue;
  records: RecordsPort;
}

let defaults: SubmissionPorts | undefined;

/** One store per pane load: the sign-in and the queue share this computer's storage. */
function defaultPorts(): SubmissionPorts {
  if (!defaults) {
    const store = paneStore();
    defaults = {
      signIn: new SignInStore(store),
      queue: new OfflineQueue(store),
      records: { read: () => readSubmissionRecords(), update: updateSubmissionRecords },
    };
  }
  return defaults;
}

/**
 * Submission state for the pane. The sign-in is kept on this computer (see SignInStore), never in
 * the workbook; the receipts and the justifications are kept in the workbook. The sheet is
 * re-read and re-checked just before sending, as a change event may have been missed.
 */
export function useSubmission(
  submit: SubmitFn,
  reread: (sheetId: string) => Promise<SheetReport>,
  ports: SubmissionPorts = defaultPorts()
) {
  const [endpoint, setEndpointState] = useState(DEFAULT_ENDPOINT);
  const [token, setTokenState] = useState("");
  const [remembered, setRemembered] = useState(false);
  const [busy, setBusy] = useState(false);
  const [flowState, setFlowState] = useState<FlowState>({});
  const [texts, setTexts] = useState<Record<string, JustificationTexts>>({});
  const signIn = useRef({ endpoint, token });
  signIn.current = { endpoint, token };
  const t = useText();
  const text = useRef(t);
  text.current = t;

  const flow = useMemo(
    () =>
      new SubmissionFlow(
        {
          submit,
          reread,
          records: ports.records,
          queue: ports.queue,
          latestAccepted: fetchLatestAccepted,
          fetchSubmission,
          acceptedHistory: (query) => fetchAcceptedHistory(query),
          signIn: () => signIn.current,
          text: () => text.current,
        },
        (change) => setFlowState((state) => ({ ...state, ...change }))
      ),
    [submit, reread, ports]
  );

  useEffect(() => {
    let live = true;
    void ports.signIn.load().then(async (saved) => {
      if (!live) return;
      signIn.current = saved;
      setEndpointState(saved.endpoint);
      setTokenState(saved.token);
      setRemembered(saved.token !== "");
      await flow.open();
    });
    return () => {
      live = false;
      flow.close();
    };
  }, [flow, ports]);

  const setEndpoint = useCallback(
    (value: string) => {
      setEndpointState(value);
      void ports.signIn.save({ endpoint: value, token: signIn.current.token });
    },
    [ports]
  );

  const setToken = useCallback(
    (value: string) => {
      setTokenState(value);
      void ports.signIn.save({ endpoint: signIn.current.endpoint, token: value });
    },
    [ports]
  );

  const signOut = useCallback(async () => {
    await ports.signIn.signOut();
    setTokenState("");
    setRemembered(false);
  }, [ports]);

  const records: SubmissionRecords = flowState.records ?? { receipts: [], justifications: [] };

  const textsFor = useCallback(
    (sheet: string): JustificationTexts => texts[sheet] ?? flow.justificationsOf(sheet),
    [texts, flow]
  );

  const setJustification = useCallback(
    (sheet: string, id: string, text: string) =>
      setTexts((all) => ({
        ...all,
        [sheet]: { ...(all[sheet] ?? flow.justificationsOf(sheet)), [id]: text },
      })),
    [flow]
  );

  const saveJustifications = useCallback(
    (sheet: string) => {
      const current = texts[sheet];
      if (current) void flow.saveJustifications(sheet, current).catch(() => undefined);
    },
    [texts, flow]
  );

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setFlowState((state) => ({ ...state, refusal: { message: (error as Error).message } }));
    } finally {
      setBusy(false);
    }
  }, []);

  const send = useCallback(
    (sheetId: string, sheet: string) => run(() => flow.prepare(sheetId, textsFor(sheet))),
    [run, flow, textsFor]
  );
  const confirm = useCallback(
    (pending: PendingDiff) => run(() => flow.confirm(pending)),
    [run, flow]
  );
  const cancel = useCallback(() => flow.cancel(), [flow]);

  const exchangeWarnings = useCallback(
    (sheet: string) => flowState.exchangeWarnings?.[sheet] ?? [],
    [flowState.exchangeWarnings]
  );

  // What the last history check read; the same sheet, workbook and sign-in need no new one.
  const checked = useRef<unknown[]>([]);
  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(pause.current), []);

  /**
   * Checks a sheet against its history before it is sent (see SubmissionFlow.checkHistory), once
   * typing pauses. May be called on every render: unchanged inputs are not checked again.
   */
  const checkHistory = useCallback(
    (report: SheetReport, workbook: SheetReport[]) => {
      const inputs = [flow, report, endpoint, token, ...workbook];
      const last = checked.current;
      if (inputs.length === last.length && inputs.every((x, i) => x === last[i])) return;
      checked.current = inputs;
      clearTimeout(pause.current);
      pause.current = setTimeout(() => {
        flow.checkHistory(report, workbook).catch(() => undefined);
      }, CHECK_PAUSE_MS);
    },
    [flow, endpoint, token]
  );

  const historyWarnings = useCallback(
    (sheet: string): Finding[] => flowState.historyChecks?.[sheet]?.warnings ?? [],
    [flowState.historyChecks]
  );

  const historySource = useCallback(
    (sheet: string): HistorySource | undefined => flowState.historyChecks?.[sheet]?.source,
    [flowState.historyChecks]
  );

  return {
    endpoint,
    setEndpoint,
    token,
    setToken,
    remembered,
    keeping: ports.signIn.keeping as TokenKeeping,
    signOut,
    records,
    queued: flowState.queued ?? ([] as QueuedSubmission[]),
    refusal: flowState.refusal as Refusal | undefined,
    notice: flowState.notice,
    pendingDiff: flowState.pendingDiff,
    busy,
    send,
    confirm,
    cancel,
    textsFor,
    exchangeWarnings,
    checkHistory,
    historyWarnings,
    historySource,
    setJustification,
    saveJustifications,
  };
}

export type Submission = ReturnType<typeof useSubmission>;
