/**
 * What the exchange endpoint keeps: access tokens (as hashes) and accepted submissions. The
 * interface names no database, so a PostgreSQL store can replace the SQLite one; its methods are
 * asynchronous for that reason even though SQLite answers synchronously.
 */

export type TokenRole = "submitter" | "reader";

export interface TokenRecord {
  id: string;
  /** SHA-256 (hex) of the plain token; the plain token itself is never stored. */
  hash: string;
  country: string;
  role: TokenRole;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** A submission the endpoint has checked and is about to store; the store assigns its version. */
export interface NewSubmission {
  id: string;
  templateId: string;
  templateVersion: string;
  country: string;
  period: string;
  receivedAt: string;
  /** The canonical SDMX-CSV 2.0 text and its SHA-256 (hex). */
  sdmxCsv: string;
  sha256: string;
  observations: number;
  errors: number;
  warnings: number;
  /** The findings (warnings only, once accepted) as JSON. */
  findingsJson: string;
  /** Id (not the token) of the token that submitted it. */
  tokenId: string;
}

export interface StoredSubmission extends NewSubmission {
  /** 1, 2, … per template, country and period. */
  version: number;
}

export interface ExchangeStore {
  insertToken(token: TokenRecord): Promise<void>;
  findTokenByHash(hash: string): Promise<TokenRecord | undefined>;
  revokeToken(id: string, revokedAt: string): Promise<boolean>;
  /**
   * Stores a submission as the next version of its template, country and period, atomically:
   * two concurrent submissions for the same key never get the same version.
   */
  insertSubmission(submission: NewSubmission): Promise<StoredSubmission>;
  findSubmission(id: string): Promise<StoredSubmission | undefined>;
  countSubmissions(): Promise<number>;
  close(): Promise<void>;
}
