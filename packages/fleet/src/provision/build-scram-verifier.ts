import { createHash, createHmac, pbkdf2Sync, randomBytes } from "node:crypto";

export interface BuildScramVerifierOptions {
  /** Printable ASCII only: PostgreSQL would SASLprep other text, node-postgres does not. */
  password: string;
  iterations?: number;
}

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, PostgreSQL's
 * `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>` format). Sending this instead of the
 * password keeps the plain password out of server logs, pg_stat_statements and error reports,
 * which is what psql's \password does too.
 */
export function buildScramVerifier({ password, iterations = 4096 }: BuildScramVerifierOptions): string {
  const salt = randomBytes(16);
  const saltedPassword = pbkdf2Sync(password, salt, iterations, 32, "sha256");
  const clientKey = createHmac("sha256", saltedPassword).update("Client Key").digest();
  const storedKey = createHash("sha256").update(clientKey).digest();
  const serverKey = createHmac("sha256", saltedPassword).update("Server Key").digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString("base64")}$${storedKey.toString("base64")}:${serverKey.toString("base64")}`;
}
