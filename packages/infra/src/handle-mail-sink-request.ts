import type { IncomingMessage, ServerResponse } from "node:http";
import { renderMailInboxPage } from "./render-mail-inbox-page";
import { renderMailMessagePage } from "./render-mail-message-page";
import type { StoredMailMessage } from "./stored-mail-message";

export interface MailSinkInbox {
  /** Newest first. */
  list(): StoredMailMessage[];
  get(id: string): StoredMailMessage | undefined;
  /** Removes every message, files included; returns how many there were. */
  clear(): Promise<number>;
}

// Mail HTML inherits this policy inside its srcdoc iframe: no scripts anywhere, remote images allowed.
const htmlHeaders = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; frame-src 'self'; form-action 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

/**
 * GET / (inbox page), GET /messages/:id (one message), GET /api/messages[?to=address],
 * GET /api/messages/:id, DELETE /api/messages.
 */
export async function handleMailSinkRequest(
  request: IncomingMessage,
  response: ServerResponse,
  inbox: MailSinkInbox,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://mail-sink.invalid");
  const method = request.method ?? "GET";
  const messagePage = /^\/messages\/([^/]+)$/.exec(url.pathname);
  const messageApi = /^\/api\/messages\/([^/]+)$/.exec(url.pathname);

  if (url.pathname === "/" && method === "GET") {
    return send(response, 200, htmlHeaders, renderMailInboxPage(inbox.list()));
  }
  if (messagePage && method === "GET") {
    const message = inbox.get(messagePage[1] ?? "");
    if (!message) return sendJson(response, 404, { error: "No such message" });
    return send(response, 200, htmlHeaders, renderMailMessagePage(message));
  }
  if (url.pathname === "/api/messages" && method === "GET") {
    const recipient = url.searchParams.get("to")?.trim().toLowerCase();
    const messages = recipient
      ? inbox.list().filter((message) => [...message.to, ...message.cc, ...message.envelope.to].includes(recipient))
      : inbox.list();
    return sendJson(response, 200, messages);
  }
  if (url.pathname === "/api/messages" && method === "DELETE") {
    return sendJson(response, 200, { deleted: await inbox.clear() });
  }
  if (messageApi && method === "GET") {
    const message = inbox.get(messageApi[1] ?? "");
    return message ? sendJson(response, 200, message) : sendJson(response, 404, { error: "No such message" });
  }
  return sendJson(response, 404, { error: `No route for ${method} ${url.pathname}` });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(
    response,
    status,
    { "content-type": "application/json; charset=utf-8", "x-content-type-options": "nosniff", "cache-control": "no-store" },
    JSON.stringify(body),
  );
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  response.writeHead(status, { ...headers, "content-length": Buffer.byteLength(body) });
  response.end(body);
}
