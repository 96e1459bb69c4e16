/**
 * Storage that outlives a pane reload, on this computer only (never in the workbook). IndexedDB
 * where the webview has it: it holds structured values, including non-extractable CryptoKeys, and
 * far more than localStorage's few megabytes (a queued submission may be 2 MB of SDMX-CSV).
 * localStorage otherwise, and memory as the last resort (some Office webviews refuse both).
 */
export interface PaneStore {
  /** "indexeddb" can keep CryptoKeys; the others keep JSON only. */
  readonly kind: "indexeddb" | "localstorage" | "memory";
  get<T>(name: string): Promise<T | undefined>;
  set(name: string, value: unknown): Promise<void>;
  delete(name: string): Promise<void>;
}

const DATABASE = "wb-midex";
const TABLE = "pane";
const PREFIX = "wb-midex.";

export function memoryStore(): PaneStore {
  const values = new Map<string, unknown>();
  return {
    kind: "memory",
    get: async <T>(name: string) => values.get(name) as T | undefined,
    set: async (name, value) => void values.set(name, value),
    delete: async (name) => void values.delete(name),
  };
}

function requestDone<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  const request = factory.open(DATABASE, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(TABLE);
  return requestDone(request);
}

export function indexedDbStore(factory: IDBFactory): PaneStore {
  let opened: Promise<IDBDatabase> | undefined;
  const table = async (mode: IDBTransactionMode) => {
    opened ??= openDatabase(factory);
    return (await opened).transaction(TABLE, mode).objectStore(TABLE);
  };
  return {
    kind: "indexeddb",
    get: async <T>(name: string) => (await requestDone((await table("readonly")).get(name))) as T,
    set: async (name, value) =>
      void (await requestDone((await table("readwrite")).put(value, name))),
    delete: async (name) => void (await requestDone((await table("readwrite")).delete(name))),
  };
}

export function localStorageStore(storage: Storage): PaneStore {
  return {
    kind: "localstorage",
    get: async <T>(name: string) => {
      const text = storage.getItem(PREFIX + name);
      return text === null ? undefined : (JSON.parse(text) as T);
    },
    set: async (name, value) => storage.setItem(PREFIX + name, JSON.stringify(value)),
    delete: async (name) => storage.removeItem(PREFIX + name),
  };
}

/** Whether a storage can be used at all: some webviews throw on first use, not on access. */
function usable<T>(get: () => T | undefined, probe: (value: T) => void): T | undefined {
  try {
    const value = get();
    if (value === undefined || value === null) return undefined;
    probe(value);
    return value;
  } catch {
    return undefined;
  }
}

/** The best storage this webview offers. */
export function paneStore(): PaneStore {
  const factory = usable(
    () => globalThis.indexedDB,
    (f) => void f.cmp(1, 2)
  );
  if (factory) return indexedDbStore(factory);
  const storage = usable(
    () => globalThis.localStorage,
    (s) => void s.getItem(PREFIX)
  );
  return storage ? localStorageStore(storage) : memoryStore();
}
