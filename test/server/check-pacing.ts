import { SubmissionChecker } from "../../src/server/check-pool";

/**
 * Wraps a checker to record when checks start and finish, and to hold them until released, so
 * tests can order events without timing anything.
 */
export class PacedChecker implements SubmissionChecker {
  readonly events: string[] = [];
  private readonly held: (() => void)[] = [];
  private readonly waiting: { count: number; resolve: () => void }[] = [];

  constructor(
    private readonly inner: SubmissionChecker,
    private readonly hold = false
  ) {}

  async check(...[request, context]: Parameters<SubmissionChecker["check"]>) {
    this.events.push("check started");
    const held = this.hold ? new Promise<void>((resolve) => this.held.push(resolve)) : undefined;
    this.notify();
    if (held) await held;
    const checked = await this.inner.check(request, context);
    this.events.push("check finished");
    return checked;
  }

  /** Resolves once `count` checks have started (and, when holding, are held). */
  started(count: number): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push({ count, resolve });
      this.notify();
    });
  }

  release(): void {
    for (const resolve of this.held.splice(0)) resolve();
  }

  close(): Promise<void> {
    this.release();
    return this.inner.close();
  }

  private notify(): void {
    const started = this.hold
      ? this.held.length
      : this.events.filter((e) => e === "check started").length;
    for (const waiter of this.waiting.filter((w) => w.count <= started)) {
      this.waiting.splice(this.waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  }
}
