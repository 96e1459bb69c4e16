/** Collection proxies: `items` is loaded as a whole and each item carries the requested fields. */
import { groupPaths } from "./load-options";
import { FakeClientResult, ProxyBase } from "./proxy";

export abstract class CollectionBase<C, T, P extends ProxyBase<T>> extends ProxyBase<C> {
  private loadedItems: P[] | undefined;

  protected abstract listTargets(container: C): T[];

  protected abstract itemProxy(target: T, index: number): P;

  protected scalarNames(): string[] {
    return ["items"];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  get items(): P[] {
    return this.read<P[]>("items");
  }

  /** "items", "items/name" and plain "name" all mean: load these fields on every item. */
  override applyLoad(paths: string[] | "all"): void {
    let itemPaths: string[] | "all" = "all";
    if (paths !== "all") {
      const groups = groupPaths(paths);
      const rest = [...groups].flatMap(([head, tail]) =>
        head === "items" ? tail : [head, ...tail.map((t) => `${head}/${t}`)]
      );
      itemPaths = rest.length > 0 ? rest : "all";
    }
    const items = this.listTargets(this.resolve()).map((target, i) => {
      const proxy = this.itemProxy(target, i);
      proxy.resolveOrNull();
      proxy.applyLoad(itemPaths);
      return proxy;
    });
    this.loadedItems = items;
    this.remember("items", items);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.enqueue({ o: this.path, m: "getCount" }, () =>
      result.settle(this.listTargets(this.resolve()).length)
    );
    return result;
  }

  protected override navigation(): undefined {
    return undefined;
  }

  protected cachedItems(): P[] | undefined {
    return this.loadedItems;
  }
}
