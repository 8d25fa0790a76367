import { verticals } from "@stepperslife/manifest";
import { describe, expect, it } from "vitest";
import { isAdmin } from "./is-admin";
import { isOwnerOf } from "./is-owner-of";
import { roleSchema, type Role } from "./role-schema";

const withRoles = (...roles: Role[]) => ({ roles });

describe("role guards", () => {
  it.each(verticals.map((app) => app.name))("owner:%s owns that vertical and no other", (name) => {
    const owner = withRoles(`owner:${name}`);
    expect(isOwnerOf(owner, name)).toBe(true);
    for (const other of verticals.filter((app) => app.name !== name)) expect(isOwnerOf(owner, other.name)).toBe(false);
    expect(isAdmin(owner)).toBe(false);
  });

  it("admin is not an owner of anything", () => {
    const admin = withRoles("admin");
    expect(isAdmin(admin)).toBe(true);
    for (const app of verticals) expect(isOwnerOf(admin, app.name)).toBe(false);
    expect(isOwnerOf(admin, "main")).toBe(false);
  });

  it("a plain user, a signed-out visitor and a look-alike role get nothing", () => {
    for (const user of [withRoles(), null, undefined, withRoles("owner:event" as Role)]) {
      expect(isAdmin(user)).toBe(false);
      expect(isOwnerOf(user, "events")).toBe(false);
    }
  });
});

describe("roleSchema", () => {
  it("accepts admin and owner roles of the manifest's verticals only", () => {
    expect(roleSchema.safeParse("admin").success).toBe(true);
    for (const app of verticals) expect(roleSchema.safeParse(`owner:${app.name}`).success).toBe(true);
    for (const bad of ["owner:main", "owner:", "owner:nope", "Admin", "user", "", 1, null]) {
      expect(roleSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });
});
