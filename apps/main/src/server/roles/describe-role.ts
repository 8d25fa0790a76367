import type { Role } from "@stepperslife/auth-config";
import { fleet } from "@stepperslife/manifest";

/** A role in words for people: "Admin", "Owner of Events". */
export function describeRole(role: Role): string {
  if (role === "admin") return "Admin";
  const appName = role.slice("owner:".length);
  const app = fleet.apps.find((candidate) => candidate.name === appName);
  return `Owner of ${app?.title ?? appName}`;
}
