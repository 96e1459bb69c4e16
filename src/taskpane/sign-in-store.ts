import { PaneStore } from "./local-store";

export const DEFAULT_ENDPOINT = "http://127.0.0.1:8787";

export interface SignIn {
  endpoint: string;
  /** Empty when signed out. */
  token: string;
}

/** How well the token is kept on this computer, for one sentence in the pane. */
export type TokenKeeping = "encrypted" | "session";

interface SealedToken {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const ENDPOINT = "endpoint";
const KEY = "token-key";
const TOKEN = "token";

/**
 * Remembers the exchange address and the access token between pane reloads, on this computer
 * only; nothing of it goes into the workbook.
 *
 * The token is encrypted with AES-GCM under a key generated in the webview as non-extractable and
 * kept in IndexedDB: script can use the key but never read its bytes, so the stored token is
 * useless if copied out of the pane's storage (a support dump, a synced profile, another origin,
 * another add-in). It does not protect against code running in the pane itself (which can ask for
 * a decryption), nor against someone with the user's operating-system account and files (the
 * browser keeps the key material on disk under that account). Where IndexedDB or crypto.subtle
 * is missing, the token is not written anywhere and lasts as long as the pane.
 */
export class SignInStore {
  private sessionToken = "";

  constructor(
    private readonly store: PaneStore,
    /** null where the webview has no Web Crypto (or tests want none). */
    private readonly subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null
  ) {}

  get keeping(): TokenKeeping {
    return this.store.kind === "indexeddb" && this.subtle ? "encrypted" : "session";
  }

  async load(): Promise<SignIn> {
    const endpoint =
      (await this.quietly(() => this.store.get<string>(ENDPOINT))) ?? DEFAULT_ENDPOINT;
    if (this.keeping === "session") return { endpoint, token: this.sessionToken };
    const token = await this.quietly(() => this.unseal());
    return { endpoint, token: token ?? this.sessionToken };
  }

  async save({ endpoint, token }: SignIn): Promise<void> {
    await this.quietly(() => this.store.set(ENDPOINT, endpoint.trim()));
    this.sessionToken = token.trim();
    if (this.keeping === "encrypted") await this.quietly(() => this.seal(token.trim()));
  }

  /** Forgets the token and its key; the address stays, as it is no secret. */
  async signOut(): Promise<void> {
    this.sessionToken = "";
    await this.quietly(() => this.store.delete(TOKEN));
    await this.quietly(() => this.store.delete(KEY));
  }

  private async key(): Promise<CryptoKey> {
    const existing = await this.store.get<CryptoKey>(KEY);
    if (existing) return existing;
    const key = await this.subtle!.generateKey({ name: "AES-GCM", length: 256 }, false, [
      "encrypt",
      "decrypt",
    ]);
    await this.store.set(KEY, key);
    return key;
  }

  private async seal(token: string): Promise<void> {
    if (!token) {
      await this.signOut();
      return;
    }
    const iv = crypto.getRandomValues(new Uint8Array(new ArrayBuffer(12)));
    const data = await this.subtle!.encrypt(
      { name: "AES-GCM", iv },
      await this.key(),
      new TextEncoder().encode(token)
    );
    await this.store.set(TOKEN, { iv, data } satisfies SealedToken);
  }

  private async unseal(): Promise<string | undefined> {
    const sealed = await this.store.get<SealedToken>(TOKEN);
    const key = await this.store.get<CryptoKey>(KEY);
    if (!sealed || !key) return undefined;
    const plain = await this.subtle!.decrypt({ name: "AES-GCM", iv: sealed.iv }, key, sealed.data);
    return new TextDecoder().decode(plain);
  }

  /** A storage failure costs the user a re-entry, never the pane. */
  private async quietly<T>(work: () => Promise<T>): Promise<T | undefined> {
    try {
      return await work();
    } catch {
      return undefined;
    }
  }
}
