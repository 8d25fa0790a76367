import { once } from "node:events";
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppRequestListener } from "./create-app-request-listener.cjs";
import { findMalformedUrl } from "./find-malformed-url.cjs";
import { DEFAULT_TRUSTED_PROXIES, parseTrustedProxies } from "./parse-trusted-proxies.cjs";

// A real server on 127.0.0.1 with the listener in front of a handler that reports what it was given, as Next would
// be. Clients connect from 127.0.0.1 (a trusted proxy by default) or from 127.0.0.2 (a stranger on the same host).
let server: Server;
let port: number;
const seen: Array<{ url: string | undefined; headers: IncomingHttpHeaders }> = [];

beforeAll(async () => {
  const listener = createAppRequestListener({
    trustedProxies: parseTrustedProxies(DEFAULT_TRUSTED_PROXIES),
    handle: async (request, response) => {
      seen.push({ url: request.url, headers: { ...request.headers } });
      if (request.url === "/api/throws") throw new Error("handler failed");
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ forwardedFor: request.headers["x-forwarded-for"] }));
    },
    logError: () => {},
  });
  server = createServer(listener);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(path: string, { from = "127.0.0.1", headers = {} }: { from?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; body: string; type: string | undefined }>((resolve, reject) => {
    const outgoing = httpRequest({ host: "127.0.0.1", port, path, localAddress: from, headers, agent: false }, (incoming) => {
      let body = "";
      incoming.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, body, type: incoming.headers["content-type"] }));
    });
    outgoing.on("error", reject).end();
  });
}

describe("createAppRequestListener: the client address", () => {
  it("ignores X-Forwarded-For (and the other proxy headers) from a peer that is not a trusted proxy", async () => {
    const forged = { "x-forwarded-for": "203.0.113.50", "x-forwarded-proto": "https", "x-real-ip": "203.0.113.50" };
    const answer = await send("/api/echo", { from: "127.0.0.2", headers: forged });
    expect(JSON.parse(answer.body)).toEqual({ forwardedFor: "127.0.0.2" });
    expect(seen.at(-1)?.headers).not.toHaveProperty("x-forwarded-proto");
    expect(seen.at(-1)?.headers).not.toHaveProperty("x-real-ip");
  });

  it("eight requests with eight forged addresses from one stranger all count as that stranger", async () => {
    const addresses = await Promise.all(
      Array.from({ length: 8 }, (_, index) => send("/api/echo", { from: "127.0.0.2", headers: { "x-forwarded-for": `198.51.100.${index}` } })),
    );
    expect(new Set(addresses.map((answer) => JSON.parse(answer.body).forwardedFor))).toEqual(new Set(["127.0.0.2"]));
  });

  it("through a trusted proxy, the address that proxy appended counts", async () => {
    const answer = await send("/api/echo", { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.7", "x-forwarded-proto": "https" } });
    expect(JSON.parse(answer.body)).toEqual({ forwardedFor: "203.0.113.7" });
    expect(seen.at(-1)?.headers["x-forwarded-proto"]).toBe("https");
  });

  it("a direct request from the proxy's own address without a header is that address", async () => {
    expect(JSON.parse((await send("/api/echo")).body)).toEqual({ forwardedFor: "127.0.0.1" });
  });
});

describe("createAppRequestListener: malformed URLs never reach Next", () => {
  it("answers 400 JSON on /api and a page elsewhere, without calling the handler", async () => {
    const before = seen.length;
    const api = await send("/api/restaurants/%c0%af");
    expect([api.status, api.type, JSON.parse(api.body).error.code]).toEqual([400, "application/json", "invalid_url"]);
    const page = await send("/r/%E0%A4%A");
    expect([page.status, page.type]).toEqual([400, "text/html; charset=utf-8"]);
    expect(page.body).toContain("This address is not valid");
    expect((await send("/api/search?q=%00")).status).toBe(400);
    expect(seen.length).toBe(before);
  });

  it("answers a 500 without details when the handler itself fails", async () => {
    const answer = await send("/api/throws");
    expect([answer.status, answer.body]).toEqual([500, ""]);
  });
});

describe("findMalformedUrl", () => {
  it("refuses bad percent-encoding in the path and control characters in path or query", () => {
    for (const target of [
      "/api/restaurants/%c0%af",
      "/api/images/%",
      "/api/auth/%zz/session",
      "/e/a%00b",
      "/api/events?q=%00",
      "/api/auth/session?callbackUrl=%00",
      "/?q=line%0Abreak",
      "/api/search?%01=x",
    ]) {
      expect(findMalformedUrl(target), target).not.toBeNull();
    }
  });

  it("lets ordinary addresses through, including a literal % in a search and encoded slashes or emoji", () => {
    for (const target of ["/", "/r/soul-kitchen", "/api/search?q=100%", "/api/images/a%2Fb.jpg?w=320", "/e/%F0%9F%8E%B6", "/?q=a+b&city="]) {
      expect(findMalformedUrl(target), target).toBeNull();
    }
  });
});
