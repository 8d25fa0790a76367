import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { requestUpstreamText } from "./request-upstream-text";

const servers: http.Server[] = [];

async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/feed`;
}

afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

describe("requestUpstreamText", () => {
  it("reads a whole answer with its status and sends the given headers", async () => {
    const url = await serve((request, response) => response.writeHead(203).end(JSON.stringify({ accept: request.headers.accept })));
    expect(await requestUpstreamText(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(1000) })).toEqual({
      status: 203,
      text: '{"accept":"application/json"}',
    });
  });

  it("gives up when the body trickles in past the deadline, not only when the headers are late", async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200).write("{");
      const drip = setInterval(() => response.write(" "), 50);
      response.on("close", () => clearInterval(drip));
    });
    const started = performance.now();
    await expect(requestUpstreamText(url, { headers: {}, signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("does not follow a redirect", async () => {
    const url = await serve((_request, response) => response.writeHead(302, { location: "http://example.com/" }).end());
    expect((await requestUpstreamText(url, { headers: {}, signal: AbortSignal.timeout(1000) })).status).toBe(302);
  });
});
