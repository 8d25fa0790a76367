import { request as httpRequest } from "node:http";
import { fleet } from "@stepperslife/manifest";
import { publicUrl } from "../fleet-under-test";
import { portal, uniqueEmail } from "../support/sign-on";
import { expect, test } from "../support/test";

// The sign-in rate limit (5 links per client address per 15 minutes) counts the address the app server vouches for.
// Loopback's own address, 127.0.0.1, is the trusted proxy by default; 127.0.0.2 is a stranger on the same host.

function requestMagicLink({ from, forwardedFor }: { from: string; forwardedFor: string }): Promise<number> {
  const body = new URLSearchParams({ email: uniqueEmail("limit"), csrfToken: "none", json: "true" }).toString();
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: "127.0.0.1",
        port: portal.port,
        localAddress: from,
        method: "POST",
        path: "/api/auth/signin/email",
        agent: false,
        headers: {
          host: new URL(publicUrl(portal)).host,
          "content-type": "application/x-www-form-urlencoded",
          "content-length": String(Buffer.byteLength(body)),
          "x-forwarded-for": forwardedFor,
        },
      },
      (incoming) => {
        incoming.resume().on("end", () => resolve(incoming.statusCode ?? 0));
      },
    );
    outgoing.on("error", reject).end(body);
  });
}

test("a client that forges X-Forwarded-For on a direct connection still gets one rate-limit bucket", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 8; i++) statuses.push(await requestMagicLink({ from: "127.0.0.2", forwardedFor: `198.51.100.${i + 1}` }));
  // Five pass the limit (NextAuth then refuses the made-up CSRF token), the rest are refused as one client.
  expect(statuses.slice(0, 5).every((status) => status !== 429), statuses.join(",")).toBe(true);
  expect(statuses.slice(5)).toEqual([429, 429, 429]);
});

test("through the trusted proxy, each real client address counts on its own", async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 8; i++) statuses.push(await requestMagicLink({ from: "127.0.0.1", forwardedFor: `6.6.6.6, 203.0.113.${i + 1}` }));
  expect(statuses.filter((status) => status === 429), statuses.join(",")).toEqual([]);
});

test("every app listens on 127.0.0.1 only", async () => {
  const { networkInterfaces } = await import("node:os");
  const external = Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === "IPv4" && !entry.internal);
  test.skip(!external, "this machine has no non-loopback IPv4 address to try");
  for (const app of fleet.apps) {
    const reached = await fetch(`http://${external!.address}:${app.port}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    );
    expect(reached, `${app.name} answered on ${external!.address}`).toBe(false);
  }
});
