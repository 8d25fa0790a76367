import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FeedItem } from "@stepperslife/contracts";
import type { Upstream } from "../server/aggregation/types";

/** How a fake vertical answers its contract endpoints; tests change it between requests. */
export type Behaviour = "ok" | "empty" | "slow" | "invalid" | "foreign" | "error";

export interface FakeVertical {
  upstream: Upstream;
  behaviour: Behaviour;
  /** The headers of every request received, oldest first. */
  requests: IncomingHttpHeaders[];
  /** Stops listening and drops open connections: the port then refuses, like a stopped app. */
  stop(): Promise<void>;
  /** Listens again on the same port, like an app coming back. */
  start(): Promise<void>;
}

/** A long way past any timeout a test sets: a hung app. */
const slowMs = 5_000;

export function fakeCard(app: string, id: string): FeedItem {
  return {
    id,
    app,
    kind: "thing",
    title: `${app} ${id}`,
    summary: `The ${app} card ${id}`,
    image: null,
    url: `https://${app}.stepperslife.com/${id}`,
    startsAt: null,
    endsAt: null,
    price: { amountCents: 1299, currency: "USD" },
    updatedAt: "2026-11-22T18:00:00.000Z",
  };
}

function fakeOrder(app: string, id: string) {
  return {
    id,
    app,
    kind: "order",
    title: `${app} order ${id}`,
    status: "paid",
    url: `https://${app}.stepperslife.com/orders/${id}`,
    amount: { amountCents: 2598, currency: "USD" },
    occurredAt: "2026-11-22T18:00:00.000Z",
  };
}

function answer(app: string, behaviour: Behaviour, path: string, cookie: string | undefined): { status: number; body: unknown } {
  const items = behaviour === "empty" ? [] : [fakeCard(app, "1")];
  if (behaviour === "error") return { status: 500, body: { error: { code: "internal_error", message: "boom" } } };
  if (behaviour === "invalid") return { status: 200, body: { app, items: [{ ...fakeCard(app, "1"), url: "/relative" }] } };
  if (behaviour === "foreign") return { status: 200, body: { app, items: [fakeCard(app === "events" ? "store" : "events", "1")] } };
  if (path.startsWith("/api/me/activity")) {
    if (!cookie) return { status: 401, body: { error: { code: "unauthenticated", message: "Sign in to continue." } } };
    return { status: 200, body: { app, items: behaviour === "empty" ? [] : [fakeOrder(app, "1")] } };
  }
  if (path.startsWith("/api/search")) return { status: 200, body: { app, query: new URLSearchParams(path.split("?")[1]).get("q"), items } };
  return { status: 200, body: { app, items } };
}

/**
 * A real HTTP server answering the verticals' contract (GET /api/feed, /api/search, /api/me/activity: 401 without a cookie) as `app` would, or failing as
 * told. The portal's edge to the verticals is HTTP, so tests drive it over HTTP rather than replacing our code.
 */
export async function startFakeVertical(app: string, behaviour: Behaviour = "ok"): Promise<FakeVertical> {
  let server: Server | undefined;
  let port = 0;
  const vertical: FakeVertical = {
    upstream: {
      app,
      title: app.charAt(0).toUpperCase() + app.slice(1),
      section: { title: `From ${app}`, emptyText: `Nothing from ${app}.` },
      internalUrl: "",
      publicUrl: `https://${app}.stepperslife.com`,
    },
    behaviour,
    requests: [],
    async start() {
      server = createServer((request, response) => {
        vertical.requests.push(request.headers);
        const { status, body } = answer(app, vertical.behaviour, request.url ?? "/", request.headers.cookie);
        const send = () => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
        if (vertical.behaviour === "slow") setTimeout(send, slowMs).unref();
        else send();
      });
      await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
      port = (server.address() as AddressInfo).port;
      vertical.upstream.internalUrl = `http://127.0.0.1:${port}`;
    },
    async stop() {
      if (!server) return;
      const closing = new Promise((resolve) => server!.close(resolve));
      server.closeAllConnections();
      await closing;
      server = undefined;
    },
  };
  await vertical.start();
  return vertical;
}
