import { randomUUID } from "node:crypto";
import { AppError } from "./app-error";

const noStore = { "cache-control": "no-store" };

/** The JSON answer for an error: AppErrors as they are, anything else as a 500 logged under a reference id. */
export function errorResponse(error: unknown, where: string): Response {
  if (error instanceof AppError) {
    const body = { error: { code: error.code, message: error.userMessage, ...(error.fields ? { fields: error.fields } : {}) } };
    return Response.json(body, { status: error.status, headers: { ...noStore, ...error.headers } });
  }
  const requestId = randomUUID();
  console.error(`[${requestId}] ${where} failed:`, error);
  return Response.json(
    { error: { code: "internal_error", message: `Something went wrong on our side. Reference: ${requestId}` } },
    { status: 500, headers: { ...noStore, "x-request-id": requestId } },
  );
}
