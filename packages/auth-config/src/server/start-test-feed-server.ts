import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { decodeSessionToken } from "./decode-session-token";
import { verifyRevocationFeedToken } from "./verify-revocation-feed-token";

type UserChanges = { sessionsValidAfter: number | null; rolesChangedAt: number | null };
type RevokedSession = { id: string; revokedAt: number; expiresAt: number };

/**
 * For tests only: a real HTTP server speaking the portal's session contract on a free port of 127.0.0.1 — the
 * revocation feed (bearer check, `now`, the users and sessions changed since `since`), POST /api/session/revoke (decodes the session token it is
 * sent, as the portal does, and lists that session as revoked) and POST /api/session/last-used — that records what
 * it was asked and how many feed requests overlapped.
 */
export async function startTestFeedServer(secret: string) {
  const users = new Map<string, UserChanges>();
  const sessions = new Map<string, RevokedSession>();
  const state = {
    delayMs: 0,
    requests: [] as { since: string | null; at: number }[],
    inFlight: 0,
    maxInFlight: 0,
    revokeRequests: [] as { sessionId: string | null; at: number }[],
    usageReports: [] as { id: string; lastUsedAt: number }[][],
  };

  const server = createServer(async (request, response) => {
    const json = (status: number, body: unknown) =>
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    const refuse = () => json(401, { error: { code: "unauthorized", message: "missing or wrong feed token" } });
    const authorized = verifyRevocationFeedToken(request.headers.authorization, secret);
    const url = new URL(request.url ?? "/", "http://feed");
    if (request.method === "POST" && !authorized) return refuse();
    if (request.method === "POST" && url.pathname === "/api/session/revoke") {
      const claims = await decodeSessionToken({ token: String(((await readJson(request)) as { token?: unknown })?.token), secret });
      state.revokeRequests.push({ sessionId: claims?.sid ?? null, at: Date.now() });
      if (!claims) return json(422, { error: { code: "invalid_token", message: "not a session token" } });
      const revoked = { id: claims.sid, revokedAt: Date.now(), expiresAt: claims.exp * 1000 };
      sessions.set(claims.sid, revoked);
      return json(200, { session: revoked });
    }
    if (request.method === "POST" && url.pathname === "/api/session/last-used") {
      state.usageReports.push(((await readJson(request)) as { sessions: { id: string; lastUsedAt: number }[] }).sessions);
      return void response.writeHead(204).end();
    }

    state.inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    state.requests.push({ since: url.searchParams.get("since"), at: Date.now() });
    response.on("close", () => (state.inFlight -= 1));
    // As the portal does: only what changed at or after `since`, so later polls stay small.
    const since = Number(url.searchParams.get("since") ?? 0);
    setTimeout(() => {
      if (!authorized) return refuse();
      const changedUsers = [...users].filter(([, changes]) => Math.max(changes.sessionsValidAfter ?? 0, changes.rolesChangedAt ?? 0) >= since);
      json(200, {
        now: Date.now(),
        users: changedUsers.map(([id, changes]) => ({ id, ...changes })),
        sessions: [...sessions.values()].filter((session) => session.revokedAt >= since),
      });
    }, state.delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    state,
    setUser(id: string, changes: Partial<UserChanges>) {
      users.set(id, { sessionsValidAfter: null, rolesChangedAt: null, ...users.get(id), ...changes });
    },
    /** Lists one signed-out session, as the portal does after a device signs out. */
    setRevokedSession(session: RevokedSession) {
      sessions.set(session.id, session);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return null;
  }
}
