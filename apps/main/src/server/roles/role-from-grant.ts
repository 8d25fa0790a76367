import type { Role } from "@stepperslife/auth-config";
import type { RoleName } from "../../generated/prisma/client";

/** A stored grant as the role string of the session token: `admin`, or `owner:<app>`. Null for a malformed row. */
export function roleFromGrant({ role, app }: { role: RoleName; app: string | null }): Role | null {
  if (role === "admin") return "admin";
  return app ? `owner:${app}` : null;
}
