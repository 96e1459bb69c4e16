import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { SubmissionRequest } from "../core";
import { answerTo, CheckAnswer, outcomeOf } from "./check-answer";
import { CheckedSubmission } from "./check-submission";

/**
 * Checks submissions: parsing, placing and validating a large SDMX-CSV takes seconds of CPU, so
 * the server hands it to worker threads and keeps its event loop free for other requests.
 */
export interface SubmissionChecker {
  check(request: SubmissionRequest): Promise<CheckedSubmission>;
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
}

function compiledWorkerScript(): string | null {
  if (!__filename.endsWith(".js")) return null;
  const script = join(__dirname, "check-worker.js");
  return existsSync(script) ? script : null;
}

/** Checks on the calling thread: for tests from source, and as the fallback. */
function inThreadChecker(): SubmissionChecker {
  return {
    check: async (request) => outcomeOf(answerTo(request)),
    close: async () => undefined,
  };
}

interface Task {
  request: SubmissionRequest;
  resolve(checked: CheckedSubmission): void;
  reject(error: Error): void;
}

/** Up to `size` workers, started when first needed; tasks beyond them wait in order. */
class WorkerPool implements SubmissionChecker {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Task | undefined>();
  private readonly queue: Task[] = [];
  private closed = false;

  constructor(
    private readonly script: string,
    private readonly size: number
  ) {}

  check(request: SubmissionRequest): Promise<CheckedSubmission> {
    if (this.closed) return Promise.reject(new Error("The check pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
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
      worker.postMessage(task.request);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.script);
    // An idle worker must not keep the process alive; a busy one is awaited by its request.
    worker.unref();
    this.running.set(worker, undefined);
    worker.on("message", (answer: CheckAnswer) => this.settle(worker, answer));
    worker.on("error", (error) => this.lose(worker, error));
    worker.on("exit", (code) => this.lose(worker, new Error(`A check worker exited (${code})`)));
    return worker;
  }

  private settle(worker: Worker, answer: CheckAnswer): void {
    const task = this.running.get(worker);
    this.running.set(worker, undefined);
    this.idle.push(worker);
    if (task) {
      try {
        task.resolve(outcomeOf(answer));
      } catch (error) {
        task.reject(error as Error);
      }
    }
    this.dispatch();
  }

  /** A worker that failed takes its task with it; the next task starts a new one. */
  private lose(worker: Worker, error: Error): void {
    if (!this.running.has(worker)) return;
    const task = this.running.get(worker);
    this.running.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    task?.reject(error);
    if (!this.closed) this.dispatch();
  }
}

export function createChecker(options: CheckerOptions = {}): SubmissionChecker {
  const script = options.workerScript === undefined ? compiledWorkerScript() : options.workerScript;
  if (!script) return inThreadChecker();
  const threads = options.threads ?? availableParallelism() - 1;
  return new WorkerPool(script, Math.max(1, Math.floor(threads)));
}
