import type { Role } from "@stepperslife/auth-config";
import type { RoleName } from "../../generated/prisma/client";

/** How a role string is stored: the role, and the vertical for an owner (null for admin). */
export function grantFromRole(role: Role): { role: RoleName; app: string | null } {
  if (role === "admin") return { role: "admin", app: null };
  return { role: "owner", app: role.slice("owner:".length) };
}
