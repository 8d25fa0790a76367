import type { SessionUser } from "@stepperslife/auth-config";
import { getApp } from "@stepperslife/manifest";
import { createCallRoute } from "@stepperslife/testing/vertical-app";

export type { CallOptions } from "@stepperslife/testing/vertical-app";

/** Calls a route handler the way Next.js does on this app's port (from the manifest). */
export const callRoute = createCallRoute(`http://localhost:${getApp("events").port}`);

export const ownerA: SessionUser = { id: "owner-a", name: "Ada Organizer", email: "ada@example.com", image: null, roles: ["owner:events"] };
export const ownerB: SessionUser = { id: "owner-b", name: "Bo Organizer", email: "bo@example.com", image: null, roles: ["owner:events"] };
export const customer: SessionUser = { id: "customer-1", name: "Cy Customer", email: "cy@example.com", image: null, roles: [] };
