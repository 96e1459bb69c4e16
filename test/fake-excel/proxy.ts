/**
 * Proxy objects with Office.js batch semantics: property writes and method calls are queued and
 * applied at `context.sync()`; a scalar can be read only after a sync that loaded it, and then
 * shows the document as it was when that load ran.
 */
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, notLoaded } from "./errors";
import { groupPaths, LoadArgument, loadPaths } from "./load-options";

export type Resolver<T> = () => T | null;

export abstract class ProxyBase<T> {
  private readonly loadedValues = new Map<string, unknown>();
  private resolution: { value: T | null } | undefined;

  constructor(
    readonly context: FakeRequestContext,
    readonly path: string,
    private readonly resolver: Resolver<T>
  ) {}

  /** Scalar properties that `load()` without arguments brings back. */
  protected abstract scalarNames(): string[];

  protected abstract readScalar(name: string, target: T): unknown;

  /** Child proxies reachable through load paths such as "format/fill/color". */
  protected navigation(name: string): ProxyBase<unknown> | undefined {
    void name;
    return undefined;
  }

  /** Stale-object check: a resolved worksheet that was since deleted is no longer usable. */
  protected isAlive(target: T): boolean {
    void target;
    return true;
  }

  get isNullObject(): boolean {
    if (!this.resolution) throw notLoaded("isNullObject");
    return this.resolution.value === null;
  }

  /** Resolves the target during a sync; null only for a `...OrNullObject` result that is null. */
  resolveOrNull(): T | null {
    if (!this.resolution) this.resolution = { value: this.resolver() };
    const value = this.resolution.value;
    if (value !== null && !this.isAlive(value)) {
      throw new FakeOfficeError("ItemNotFound", `The object at ${this.path} no longer exists.`);
    }
    return value;
  }

  resolve(): T {
    const value = this.resolveOrNull();
    if (value === null) {
      throw new FakeOfficeError("ItemNotFound", `${this.path} is a null object.`);
    }
    return value;
  }

  load(arg?: LoadArgument): this {
    const paths = loadPaths(arg);
    this.context.enqueue({ o: this.path, l: paths }, () => this.applyLoad(paths));
    return this;
  }

  /** Runs inside a sync: snapshots the requested properties from the document. */
  applyLoad(paths: string[] | "all"): void {
    const target = this.resolveOrNull();
    const groups = paths === "all" ? undefined : groupPaths(paths);
    const names = groups ? [...groups.keys()] : this.scalarNames();
    for (const name of names) {
      const child = this.navigation(name);
      if (child) {
        const rest = groups?.get(name) ?? [];
        if (target !== null) child.applyLoad(rest.length > 0 ? rest : "all");
        continue;
      }
      if (!this.scalarNames().includes(name)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `'${name}' is not a property of ${this.path}.`
        );
      }
      const value = target === null ? null : snapshot(this.readScalar(name, target));
      this.context.session.addResponseBytes(JSON.stringify({ [name]: value }).length);
      this.loadedValues.set(name, value);
    }
  }

  /** Stores an already-computed value (used for loaded collection items). */
  protected remember(name: string, value: unknown): void {
    this.loadedValues.set(name, value);
  }

  protected read<V>(name: string): V {
    if (!this.loadedValues.has(name)) throw notLoaded(name);
    return this.loadedValues.get(name) as V;
  }

  /** Queues a property write; like Office.js the proxy shows the written value at once. */
  protected write(name: string, value: unknown, apply: (target: T) => void): void {
    this.loadedValues.set(name, snapshot(value));
    this.context.enqueue({ o: this.path, s: name, v: value }, () => apply(this.resolve()));
  }

  protected call(method: string, args: unknown[], apply: (target: T) => void): void {
    this.context.enqueue({ o: this.path, m: method, a: args }, () => apply(this.resolve()));
  }

  /** Office.js `set({...})`: assigns each given property through its setter. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const child = this.navigation(key);
      if (child && value && typeof value === "object" && !Array.isArray(value)) {
        child.set(value as Record<string, unknown>);
      } else {
        (this as unknown as Record<string, unknown>)[key] = value;
      }
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

function snapshot(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snapshot);
  if (value && typeof value === "object") return JSON.parse(JSON.stringify(value));
  return value;
}

/** Office.js `ClientResult`: `value` is readable only after the sync that produced it. */
export class FakeClientResult<V> {
  private state: { value: V } | undefined;

  get value(): V {
    if (!this.state) throw notLoaded("value");
    return this.state.value;
  }

  settle(value: V): void {
    this.state = { value };
  }
}

export function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * Objects returned by methods are instantiated in the batch, like Office.js does: a missing item
 * fails the sync even if unused, and `isNullObject` is known after the next sync.
 */
export function instantiate<P extends ProxyBase<unknown>>(proxy: P): P {
  proxy.context.enqueue({ o: proxy.path, i: 1 }, () => proxy.resolveOrNull());
  return proxy;
}
