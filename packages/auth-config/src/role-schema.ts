import { verticals } from "@stepperslife/manifest";
import { z } from "zod";

/**
 * What a person may do beyond being signed in: run the whole fleet (`admin`) or manage one vertical (`owner:<app>`).
 * Being signed in is itself the "user" role, so it has no string.
 */
export type Role = "admin" | `owner:${string}`;

// Built from the manifest so a role for an app that does not exist (a typo, or a vertical since removed) never parses.
const knownRoles = new Set<string>(["admin", ...verticals.map((app) => `owner:${app.name}`)]);

export const roleSchema = z.custom<Role>((value) => typeof value === "string" && knownRoles.has(value), {
  error: `expected "admin" or "owner:<vertical>" (one of ${verticals.map((app) => app.name).join(", ")})`,
});
