import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { SubmissionRequest } from "../core";
import { answerTo, CheckAnswer, CheckTask, outcomeOf } from "./check-answer";
import { CheckedSubmission } from "./check-submission";
import { CheckContext, NO_CONTEXT } from "./related-checks";

/**
 * Checks submissions: parsing, placing and validating a large SDMX-CSV takes seconds of CPU, so
 * the server hands it to worker threads and keeps its event loop free for other requests.
 */
export interface SubmissionChecker {
  /**
   * `context`: the accepted data the submission is compared with (earlier periods, related
   * tables, shorter periods), as plain data so that it can be posted to a worker thread.
   */
  check(request: SubmissionRequest, context?: CheckContext): Promise<CheckedSubmission>;
  close(): Promise<void>;
}

export interface CheckerOptions {
  /**
   * The compiled worker script (check-worker.js). By default the one beside this module when it
   * runs compiled; when it runs from TypeScript source (under ts-jest) there is none, because a
   * worker thread cannot load TypeScript, and checks run on the event loop. null forces that.
   */
  workerScript?: string | null;
  /** Worker threads; one fewer than the CPUs by default, leaving one to the event loop. */
  threads?: number;
  /** Where a worker's failure is reported (the server's log). */
  report?: (error: Error) => void;
}

function compiledWorkerScript(): string | null {
  if (!__filename.endsWith(".js")) return null;
  const script = join(__dirname, "check-worker.js");
  return existsSync(script) ? script : null;
}

/** Checks on the calling thread: for tests from source, and as the fallback. */
function inThreadChecker(): SubmissionChecker {
  return {
    check: async (request, context = NO_CONTEXT) => outcomeOf(answerTo({ request, context })),
    close: async () => undefined,
  };
}

interface Task {
  task: CheckTask;
  resolve(checked: CheckedSubmission): void;
  reject(error: Error): void;
}

/**
 * `size` workers, started at once so that the first submission does not wait for one to load
 * the core; tasks beyond them wait in order. A worker that dies is replaced when next needed.
 */
class WorkerPool implements SubmissionChecker {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Task | undefined>();
  private readonly ready = new Set<Worker>();
  private readonly queue: Task[] = [];
  private closed = false;

  constructor(
    private readonly script: string,
    private readonly size: number,
    private readonly report: (error: Error) => void
  ) {
    for (let n = 0; n < size; n++) this.idle.push(this.spawn());
  }

  check(request: SubmissionRequest, context = NO_CONTEXT): Promise<CheckedSubmission> {
    if (this.closed) return Promise.reject(new Error("The check pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ task: { request, context }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error("The server is closing"));
    await Promise.all([...this.running.keys()].map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.running.size < this.size ? this.spawn() : undefined);
      if (!worker) return;
      const task = this.queue.shift()!;
      this.running.set(worker, task);
      worker.postMessage(task.task);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.script);
    // An idle worker must not keep the process alive; a busy one is awaited by its request.
    worker.unref();
    this.running.set(worker, undefined);
    worker.on("message", (answer: CheckAnswer | "ready") => {
      if (answer === "ready") this.ready.add(worker);
      else this.settle(worker, answer);
    });
    worker.on("error", (error) => this.lose(worker, error));
    worker.on("exit", (code) => this.lose(worker, new Error(`A check worker exited (${code})`)));
    return worker;
  }

  private settle(worker: Worker, answer: CheckAnswer): void {
    const task = this.running.get(worker);
    this.running.set(worker, undefined);
    this.idle.push(worker);
    if (task) settle(task, () => outcomeOf(answer));
    this.dispatch();
  }

  /**
   * A worker that could not load the core (a broken or half-replaced build) leaves its task to
   * be checked here, on the event loop, so the submission is still answered; one that failed
   * while checking takes its task with it, which is answered as an internal problem.
   */
  private lose(worker: Worker, error: Error): void {
    if (!this.running.has(worker)) return;
    const task = this.running.get(worker);
    const loaded = this.ready.has(worker);
    this.running.delete(worker);
    this.ready.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    if (this.closed) {
      task?.reject(error);
      return;
    }
    this.report(error);
    if (task && loaded) task.reject(error);
    else if (task) settle(task, () => outcomeOf(answerTo(task.task)));
    this.dispatch();
  }
}

function settle(task: Task, outcome: () => CheckedSubmission): void {
  try {
    task.resolve(outcome());
  } catch (error) {
    task.reject(error as Error);
  }
}

export function createChecker(options: CheckerOptions = {}): SubmissionChecker {
  const script = options.workerScript === undefined ? compiledWorkerScript() : options.workerScript;
  if (!script) return inThreadChecker();
  const threads = options.threads ?? availableParallelism() - 1;
  const report = options.report ?? (() => undefined);
  return new WorkerPool(script, Math.max(1, Math.floor(threads)), report);
}
