import { describe, expect, it } from "vitest";
import { discoverRoutes, routePathOf } from "./discover-routes";

describe("discoverRoutes", () => {
  it("names each route file by its URL path", () => {
    expect(routePathOf("../app/api/orders/[id]/route.ts")).toBe("/api/orders/[id]");
    expect(routePathOf("../app/auth/sign-out/route.ts")).toBe("/auth/sign-out");
    expect(routePathOf("../app/(shop)/api/cart/route.ts")).toBe("/api/cart");
  });

  it("gives every route's handlers, refusing a method or a path that does not exist, by name", async () => {
    const GET = async () => Response.json({ ok: true });
    const routes = await discoverRoutes({ "../app/api/health/route.ts": async () => ({ GET }) });
    expect(routes("/api/health").GET).toBe(GET);
    await expect(routes("/api/health").POST(new Request("http://x"), { params: Promise.resolve({}) })).rejects.toThrow("/api/health has no POST handler");
    expect(() => routes("/api/nope")).toThrow("No route file for /api/nope; the app has /api/health");
  });
});
