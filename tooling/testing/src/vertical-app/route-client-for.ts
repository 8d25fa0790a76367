import type { SessionUser } from "@stepperslife/auth-config";
import { getApp } from "@stepperslife/manifest";
import { createCallRoute } from "./call-route";

/**
 * What a route test of `app` calls with: `callRoute` on the app's own origin (its port from the manifest), two owners
 * of the app (`owner:<app>`, for the IDOR tests) and a customer with no role. The same people in every app's tests.
 */
export function routeClientFor(app: string) {
  const owner = (id: string, name: string, email: string): SessionUser => ({ id, name, email, image: null, roles: [`owner:${getApp(app).name}`] });
  return {
    callRoute: createCallRoute(`http://localhost:${getApp(app).port}`),
    ownerA: owner("owner-a", "Ada Owner", "ada@example.com"),
    ownerB: owner("owner-b", "Bo Owner", "bo@example.com"),
    customer: { id: "customer-1", name: "Cy Customer", email: "cy@example.com", image: null, roles: [] } as SessionUser,
  };
}
