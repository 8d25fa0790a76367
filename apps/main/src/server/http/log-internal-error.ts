import { randomUUID } from "node:crypto";

/** Logs an unexpected error under a fresh request id and returns the id: people see the id, never the error. */
export function logInternalError(error: unknown, where: string): string {
  const requestId = randomUUID();
  console.error(`[${requestId}] ${where} failed:`, error);
  return requestId;
}
