import { createHash, randomBytes, randomUUID } from "node:crypto";
import { codeLists, UserError } from "../core";
import { ExchangeStore, TokenRecord, TokenRole } from "./store/exchange-store";

const TOKEN_PREFIX = "midex_";

export interface NewTokenOptions {
  country: string;
  role?: TokenRole;
  /** When the token stops working; it never expires when omitted. */
  expiresAt?: Date;
}

export function hashToken(plain: string): string {
  return createHash("sha256").update(plain, "utf8").digest("hex");
}

/**
 * Creates an access token for a reporting country and returns it in plain text, the only time it
 * exists: the store keeps its SHA-256 hash, so a leaked database yields no usable token.
 */
export async function createToken(store: ExchangeStore, options: NewTokenOptions): Promise<string> {
  const country = options.country.trim().toUpperCase();
  if (!codeLists.has("geo", country)) {
    throw new UserError(`"${options.country}" is not a reporting country code (geo code list).`);
  }
  const plain = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  await store.insertToken({
    id: randomUUID(),
    hash: hashToken(plain),
    country,
    role: options.role ?? "submitter",
    createdAt: new Date().toISOString(),
    expiresAt: options.expiresAt ? options.expiresAt.toISOString() : null,
    revokedAt: null,
  });
  return plain;
}

/** Revokes a token given in plain text; false when the store does not know it. */
export async function revokeToken(store: ExchangeStore, plain: string): Promise<boolean> {
  const token = await store.findTokenByHash(hashToken(plain));
  return token ? store.revokeToken(token.id, new Date().toISOString()) : false;
}

/** Why a token was refused, sent with the 401 so that a client can word it in its language. */
export type TokenProblem = "missing" | "unknown" | "revoked" | "expired";

export type TokenCheck = { token: TokenRecord } | { refusal: string; problem: TokenProblem };

/** Reads a "Bearer …" header and finds the token it carries, if it is known and still valid. */
export async function checkBearer(
  store: ExchangeStore,
  authorization: string | undefined,
  now: Date = new Date()
): Promise<TokenCheck> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) {
    return {
      refusal: 'An access token is required: send the header "Authorization: Bearer …".',
      problem: "missing",
    };
  }
  const token = await store.findTokenByHash(hashToken(match[1]));
  if (!token)
    return { refusal: "The access token is not known to this exchange.", problem: "unknown" };
  if (token.revokedAt) return { refusal: "The access token has been revoked.", problem: "revoked" };
  if (token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) {
    return {
      refusal: `The access token expired on ${token.expiresAt.slice(0, 10)}.`,
      problem: "expired",
    };
  }
  return { token };
}
