import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { warmUpRoutes } from "./warm-up-routes";

let servers: Server[] = [];

/** A real HTTP server on a loopback port that records each request's path and connection. */
async function startServer(handle: (request: IncomingMessage, response: ServerResponse) => void) {
  const seen: { path: string; socket: number }[] = [];
  const sockets = new Map<object, number>();
  const server = createServer((request, response) => {
    if (!sockets.has(request.socket)) sockets.set(request.socket, sockets.size);
    seen.push({ path: request.url ?? "", socket: sockets.get(request.socket)! });
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return { port: (server.address() as AddressInfo).port, seen };
}

afterEach(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  servers = [];
});

describe("warmUpRoutes", () => {
  it("GETs every path once per worker, each on a new connection, and reads each answer to its end", async () => {
    const { port, seen } = await startServer((request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<p>first chunk</p>");
      setTimeout(() => response.end("<p>last chunk</p>"), 50);
    });
    const answers = await warmUpRoutes({ targets: [{ app: "shop", port, paths: ["/", "/api/feed"], workers: 2 }], timeoutMs: 5000 });
    expect(answers.map((answer) => [answer.path, answer.status, answer.problem])).toEqual([
      ["/", 200, undefined],
      ["/", 200, undefined],
      ["/api/feed", 200, undefined],
      ["/api/feed", 200, undefined],
    ]);
    expect(answers.every((answer) => answer.ms >= 45)).toBe(true);
    expect(seen.map((request) => request.path).sort()).toEqual(["/", "/", "/api/feed", "/api/feed"]);
    expect(new Set(seen.map((request) => request.socket)).size).toBe(4);
  });

  it("gives up on a path that does not answer in time, reports it and still reports the others", async () => {
    const { port } = await startServer((request, response) => {
      if (request.url === "/slow") return; // never answers
      if (request.url === "/stalls") return void response.writeHead(200).write("half a page"); // never ends
      response.writeHead(request.url === "/broken" ? 500 : 200).end("ok");
    });
    const started = performance.now();
    const answers = await warmUpRoutes({ targets: [{ app: "shop", port, paths: ["/slow", "/stalls", "/broken", "/"] }], timeoutMs: 300 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(answers.map((answer) => [answer.path, answer.status, answer.problem])).toEqual([
      ["/slow", null, "no answer within 0.3 s"],
      ["/stalls", null, "no answer within 0.3 s"],
      ["/broken", 500, "answered 500"],
      ["/", 200, undefined],
    ]);
  });

  it("reports an app that refuses connections instead of throwing", async () => {
    const { port } = await startServer((_request, response) => response.end());
    const closed = servers.pop()!;
    await new Promise((resolve) => closed.close(resolve));
    const [answer] = await warmUpRoutes({ targets: [{ app: "gone", port, paths: ["/"] }], timeoutMs: 1000 });
    expect(answer).toMatchObject({ app: "gone", path: "/", status: null });
    expect(answer!.problem).toMatch(/^could not connect \(.*ECONNREFUSED/);
  });
});
