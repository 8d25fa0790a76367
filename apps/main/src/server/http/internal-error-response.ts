import { logInternalError } from "./log-internal-error";

/** A 500 that never shows the error: it is logged with a request id, and only the id goes back to the caller. */
export function internalErrorResponse(error: unknown, where: string): Response {
  const requestId = logInternalError(error, where);
  return Response.json(
    { error: { code: "internal_error", message: `Something went wrong on our side. Reference: ${requestId}` } },
    { status: 500, headers: { "cache-control": "no-store", "x-request-id": requestId } },
  );
}
