import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

type Handler = (request: Request) => Promise<Response>;

export interface PortalSessionServer {
  /** What the other apps' PORTAL_INTERNAL_URL would be. */
  url: string;
  close(): Promise<void>;
}

/**
 * For tests: the portal's real session endpoints (GET /api/session/revocations, POST /api/session/revoke,
 * POST /api/session/last-used) on a free loopback port, so auth-config's watcher and sign-out route talk to them over
 * HTTP exactly as a vertical does. The route modules are imported on the first request, after the test set the env.
 */
export async function startPortalSessionServer(): Promise<PortalSessionServer> {
  let routes: Record<string, Handler> | undefined;
  const loadRoutes = async () => ({
    "GET /api/session/revocations": (await import("../app/api/session/revocations/route")).GET,
    "POST /api/session/revoke": (await import("../app/api/session/revoke/route")).POST,
    "POST /api/session/last-used": (await import("../app/api/session/last-used/route")).POST,
  });

  const server: Server = createServer(async (incoming, outgoing) => {
    routes ??= await loadRoutes();
    const url = new URL(incoming.url ?? "/", "http://127.0.0.1");
    const handler = routes[`${incoming.method} ${url.pathname}`];
    if (!handler) return void outgoing.writeHead(404).end();
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request = new Request(`http://127.0.0.1${incoming.url}`, {
      method: incoming.method,
      headers: incoming.headers as Record<string, string>,
      body: incoming.method === "GET" ? undefined : Buffer.concat(chunks),
    });
    const response = await handler(request);
    outgoing.writeHead(response.status, Object.fromEntries(response.headers)).end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
