import { localStorageStore, memoryStore, PaneStore } from "../../src/taskpane/local-store";
import { DEFAULT_ENDPOINT, SignInStore } from "../../src/taskpane/sign-in-store";

const TOKEN = "midex_tok_7f3a9c1e5b2d4f6a8c0e";

/** Stands in for IndexedDB: keeps structured values (CryptoKeys included) as they are. */
function structuredStore(): PaneStore & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    kind: "indexeddb",
    values,
    get: async <T>(name: string) => values.get(name) as T | undefined,
    set: async (name, value) => void values.set(name, structuredClone(value)),
    delete: async (name) => void values.delete(name),
  };
}

function bytesOf(value: unknown): string {
  if (value instanceof ArrayBuffer) return Buffer.from(value).toString("latin1");
  if (ArrayBuffer.isView(value)) return Buffer.from(value.buffer).toString("latin1");
  if (value && typeof value === "object") return Object.values(value).map(bytesOf).join("|");
  return String(value);
}

describe("the sign-in kept in the pane", () => {
  it("starts with the default address and no token", async () => {
    expect(await new SignInStore(structuredStore()).load()).toEqual({
      endpoint: DEFAULT_ENDPOINT,
      token: "",
    });
  });

  it("remembers address and token across a pane reload, the token only encrypted", async () => {
    const store = structuredStore();
    const first = new SignInStore(store);
    expect(first.keeping).toBe("encrypted");
    await first.save({ endpoint: " https://exchange.example.org ", token: `${TOKEN} ` });

    const stored = [...store.values.values()].map(bytesOf).join("\n");
    expect(stored).not.toContain(TOKEN);
    const key = store.values.get("token-key") as CryptoKey;
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey("raw", key)).rejects.toThrow();

    const reloaded = new SignInStore(store);
    expect(await reloaded.load()).toEqual({
      endpoint: "https://exchange.example.org",
      token: TOKEN,
    });
  });

  it("cannot be read back with another key: the stored bytes are useless elsewhere", async () => {
    const store = structuredStore();
    await new SignInStore(store).save({ endpoint: DEFAULT_ENDPOINT, token: TOKEN });
    const elsewhere = structuredStore();
    elsewhere.values.set("token", store.values.get("token"));
    await new SignInStore(elsewhere).save({ endpoint: DEFAULT_ENDPOINT, token: "other" });
    elsewhere.values.set("token", store.values.get("token"));

    expect((await new SignInStore(elsewhere).load()).token).toBe("");
  });

  it("forgets the token and its key on sign-out, and keeps the address", async () => {
    const store = structuredStore();
    const signIn = new SignInStore(store);
    await signIn.save({ endpoint: "https://x.example", token: TOKEN });
    await signIn.signOut();

    expect([...store.values.keys()]).toEqual(["endpoint"]);
    expect(await new SignInStore(store).load()).toEqual({
      endpoint: "https://x.example",
      token: "",
    });
    expect((await signIn.load()).token).toBe("");
  });

  it("never writes the token where keys cannot be kept: it lasts as long as the pane", async () => {
    const values = new Map<string, string>();
    const storage = {
      getItem: (k: string) => values.get(k) ?? null,
      setItem: (k: string, v: string) => void values.set(k, v),
      removeItem: (k: string) => void values.delete(k),
    } as unknown as Storage;
    const signIn = new SignInStore(localStorageStore(storage));
    expect(signIn.keeping).toBe("session");
    await signIn.save({ endpoint: "https://x.example", token: TOKEN });

    expect([...values.values()].join()).not.toContain(TOKEN);
    expect((await signIn.load()).token).toBe(TOKEN);
    expect((await new SignInStore(localStorageStore(storage)).load()).token).toBe("");
  });

  it("keeps working when crypto.subtle is missing or storage fails", async () => {
    const signIn = new SignInStore(structuredStore(), null);
    expect(signIn.keeping).toBe("session");
    await signIn.save({ endpoint: "https://x.example", token: TOKEN });
    expect((await signIn.load()).token).toBe(TOKEN);

    const broken: PaneStore = {
      ...memoryStore(),
      kind: "indexeddb",
      get: () => Promise.reject(new Error("quota")),
      set: () => Promise.reject(new Error("quota")),
    };
    const fragile = new SignInStore(broken);
    await fragile.save({ endpoint: "https://x.example", token: TOKEN });
    expect(await fragile.load()).toEqual({ endpoint: DEFAULT_ENDPOINT, token: TOKEN });
  });
});
