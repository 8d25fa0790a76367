import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyRevocationFeedToken } from "./verify-revocation-feed-token";

type UserChanges = { sessionsValidAfter: number | null; rolesChangedAt: number | null };

/**
 * For tests only: a real HTTP server speaking the portal's revocation feed contract (bearer check, `now`, users),
 * on a free port of 127.0.0.1, that records what the watcher asked and how many requests overlapped.
 */
export async function startTestFeedServer(secret: string) {
  const users = new Map<string, UserChanges>();
  const state = { delayMs: 0, requests: [] as { since: string | null; at: number }[], inFlight: 0, maxInFlight: 0 };

  const server = createServer((request, response) => {
    state.inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    state.requests.push({ since: new URL(request.url ?? "/", "http://feed").searchParams.get("since"), at: Date.now() });
    response.on("close", () => (state.inFlight -= 1));
    setTimeout(() => {
      const json = (status: number, body: unknown) =>
        response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      if (!verifyRevocationFeedToken(request.headers.authorization, secret)) {
        return json(401, { error: { code: "unauthorized", message: "missing or wrong feed token" } });
      }
      json(200, { now: Date.now(), users: [...users].map(([id, changes]) => ({ id, ...changes })) });
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
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
