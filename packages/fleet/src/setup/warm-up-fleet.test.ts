import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fleet, type AppDefinition } from "@stepperslife/manifest";
import { afterEach, describe, expect, it } from "vitest";
import { warmUpFleet } from "./warm-up-fleet";

let servers: Server[] = [];
afterEach(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  servers = [];
});

/** A real server standing in for one app of the manifest on a free loopback port; `delayMs` before each answer. */
async function standIn(name: string, order: string[], delayMs = 0): Promise<AppDefinition> {
  const server = createServer((request, response) => {
    setTimeout(() => {
      order.push(`${name} ${request.url}`);
      response.end("ok");
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return { ...fleet.apps.find((app) => app.name === name)!, port: (server.address() as AddressInfo).port };
}

describe("warmUpFleet", () => {
  it("warms each vertical's home, feed and search first, then the portal's home, so its fan-out meets warm feeds", async () => {
    const order: string[] = [];
    const apps = [await standIn("main", order), await standIn("restaurants", order, 100), await standIn("events", order, 50)];
    const lines: string[] = [];
    const answers = await warmUpFleet({ apps, timeoutMs: 5000, log: (line) => lines.push(line) });
    expect(order.at(-1)).toBe("main /");
    expect(order.slice(0, -1).sort()).toEqual([
      "events /",
      "events /api/feed",
      "events /api/search?q=step&limit=5",
      "restaurants /",
      "restaurants /api/feed",
      "restaurants /api/search?q=step&limit=5",
    ]);
    expect(answers).toHaveLength(7);
    expect(lines).toEqual([]);
  });

  it("warns about a vertical that does not answer in time and still warms the portal, within the bound", async () => {
    const order: string[] = [];
    const apps = [await standIn("main", order), await standIn("store", order, 10_000)];
    const lines: string[] = [];
    const started = performance.now();
    await warmUpFleet({ apps, timeoutMs: 300, log: (line) => lines.push(line) });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(order).toEqual(["main /"]);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("  warning: store / no answer within 0.3 s; its first visitor may wait or see it as not answering");
  });
});
