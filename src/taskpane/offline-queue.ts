import { ExchangeError } from "../client/exchange-error";
import { delayBefore, isRetryable } from "../client/retry";
import { Receipt, SubmissionRequest } from "../core";
import { PaneStore } from "./local-store";

/**
 * A submission the exchange could not be reached for. Its Idempotency-Key is kept with it: if an
 * earlier try did reach the exchange and only the answer was lost, the resend gets that first
 * receipt back instead of storing a second copy.
 */
export interface QueuedSubmission {
  idempotencyKey: string;
  /** The worksheet it came from, for the pane and for recording the receipt. */
  sheet: string;
  request: SubmissionRequest;
  queuedAt: string;
}

const QUEUE = "queue";

function sameData(a: SubmissionRequest, b: SubmissionRequest): boolean {
  return a.templateId === b.templateId && a.country === b.country && a.period === b.period;
}

/**
 * The queue, in the pane's storage on this computer, so it survives a pane reload. Should the
 * storage fail (quota, a webview that refuses it), the queue carries on in memory: the
 * submission then waits only as long as the pane is open, which is still better than losing it.
 */
export class OfflineQueue {
  private fallback: QueuedSubmission[] | undefined;

  constructor(private readonly store: PaneStore) {}

  async list(): Promise<QueuedSubmission[]> {
    if (this.fallback) return this.fallback;
    try {
      return (await this.store.get<QueuedSubmission[]>(QUEUE)) ?? [];
    } catch {
      this.fallback = [];
      return this.fallback;
    }
  }

  /** A newer submission of the same data replaces a waiting one: only the latest is meant. */
  async add(entry: QueuedSubmission): Promise<QueuedSubmission[]> {
    const kept = (await this.list()).filter((e) => !sameData(e.request, entry.request));
    return this.keep([...kept, entry]);
  }

  async remove(idempotencyKey: string): Promise<QueuedSubmission[]> {
    return this.keep((await this.list()).filter((e) => e.idempotencyKey !== idempotencyKey));
  }

  private async keep(entries: QueuedSubmission[]): Promise<QueuedSubmission[]> {
    if (!this.fallback) {
      try {
        await this.store.set(QUEUE, entries);
        return entries;
      } catch {
        // Falls through to memory, below.
      }
    }
    this.fallback = entries;
    return entries;
  }
}

/** No answer, or a gateway that could not reach the exchange: worth keeping and sending later. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ExchangeError && isRetryable(error.status);
}

export interface QueueRunnerOptions {
  queue: OfflineQueue;
  /** Sends one entry (with its own Idempotency-Key); throws an ExchangeError when refused. */
  send: (entry: QueuedSubmission) => Promise<Receipt>;
  onChange: (entries: QueuedSubmission[]) => void;
  onSent: (entry: QueuedSubmission, receipt: Receipt) => void | Promise<void>;
  onRefused: (entry: QueuedSubmission, error: Error) => void;
  /** setTimeout by default; tests pass one they control. */
  schedule?: (run: () => void, ms: number) => () => void;
  /** The first pause after a failed round (then doubling, up to maxDelayMs, half of it random). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
}

const defaultSchedule = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/**
 * Sends what is waiting: when started, when the browser says it is online again, and after a
 * growing pause while the exchange stays out of reach. One round at a time, oldest first; a round
 * stops at the first entry that cannot be sent, as the others would fail the same way.
 */
export class QueueRunner {
  private failures = 0;
  private cancel: (() => void) | undefined;
  private round: Promise<void> | undefined;
  private stopped = false;
  private readonly onlineAgain = () => void this.flush();

  constructor(private readonly options: QueueRunnerOptions) {}

  start(events: Pick<EventTarget, "addEventListener"> | undefined = globalThis): void {
    this.stopped = false;
    events?.addEventListener?.("online", this.onlineAgain);
    void this.flush();
  }

  stop(events: Pick<EventTarget, "removeEventListener"> | undefined = globalThis): void {
    this.stopped = true;
    this.cancel?.();
    events?.removeEventListener?.("online", this.onlineAgain);
  }

  /** Adds an entry and shows it; it is sent by the next round. */
  async enqueue(entry: QueuedSubmission): Promise<void> {
    this.options.onChange(await this.options.queue.add(entry));
    this.retryLater();
  }

  /** Runs a round now, or joins the one running. */
  flush(): Promise<void> {
    this.round ??= this.sendAll().finally(() => (this.round = undefined));
    return this.round;
  }

  private async sendAll(): Promise<void> {
    this.cancel?.();
    this.cancel = undefined;
    const { queue, send, onChange, onSent, onRefused } = this.options;
    for (const entry of await queue.list()) {
      if (this.stopped) return;
      try {
        const receipt = await send(entry);
        onChange(await queue.remove(entry.idempotencyKey));
        await onSent(entry, receipt);
      } catch (error) {
        if (isUnreachable(error)) {
          this.failures++;
          this.retryLater();
          return;
        }
        onChange(await queue.remove(entry.idempotencyKey));
        onRefused(entry, error as Error);
      }
    }
    this.failures = 0;
  }

  private retryLater(): void {
    if (this.stopped) return;
    const { schedule = defaultSchedule, baseDelayMs = 15_000, maxDelayMs = 300_000 } = this.options;
    const ms = delayBefore(Math.max(1, this.failures), {
      baseDelayMs,
      maxDelayMs,
      random: this.options.random,
    });
    this.cancel?.();
    this.cancel = schedule(() => void this.flush(), ms);
  }
}
