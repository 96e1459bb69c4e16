/** Excel.RequestContext: a command queue that `sync()` hands to the session. */
import type { Session } from "./session";
import { FakeRuntime, FakeWorkbook } from "./workbook";

export interface QueuedCommand {
  wire: unknown;
  run: () => void;
}

export class FakeRequestContext {
  readonly session: Session;
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private queue: QueuedCommand[] = [];

  constructor(session: Session) {
    this.session = session;
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  enqueue(wire: unknown, run: () => void): void {
    this.queue.push({ wire, run });
  }

  get pendingCommands(): number {
    return this.queue.length;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const commands = this.queue;
    this.queue = [];
    await this.session.execute(commands);
    return passThroughValue as T;
  }
}
