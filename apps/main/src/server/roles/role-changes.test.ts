import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMainTestDatabase, type MainTestDatabase } from "@/testing/create-main-test-database";
import { loadSessionClaims } from "../accounts/load-session-claims";
import { setAccountDisabled } from "../accounts/set-account-disabled";
import { revokeSessions } from "../session/revoke-sessions";
import { grantRole } from "./grant-role";
import { revokeRole } from "./revoke-role";

let database: MainTestDatabase;
beforeAll(async () => {
  database = await createMainTestDatabase();
});
afterAll(() => database?.drop());

let counter = 0;
const newUser = () => database.db.user.create({ data: { email: `user${++counter}@example.com` } });
const t1 = new Date("2026-03-01T10:00:00.000Z");
const t2 = new Date("2026-03-01T10:05:00.000Z");

describe("grantRole / revokeRole", () => {
  it("grants a role once and stamps rolesChangedAt", async () => {
    const { db } = database;
    const [admin, user] = [await newUser(), await newUser()];
    expect(await grantRole({ db, userId: user.id, role: "owner:events", grantedById: admin.id, now: t1 })).toBe("granted");
    expect(await grantRole({ db, userId: user.id, role: "owner:events", grantedById: admin.id, now: t2 })).toBe("already-granted");

    const claims = await loadSessionClaims({ db, userId: user.id });
    expect(claims?.user.roles).toEqual(["owner:events"]);
    expect(claims?.rolesChangedAt).toBe(t1.getTime()); // the no-op did not move it
    expect(await db.roleGrant.findFirst({ where: { userId: user.id } })).toMatchObject({ role: "owner", app: "events", grantedById: admin.id });
  });

  it("never stores admin twice, even when granted concurrently", async () => {
    const { db } = database;
    const user = await newUser();
    const results = await Promise.all(Array.from({ length: 6 }, () => grantRole({ db, userId: user.id, role: "admin" })));
    expect(results.filter((result) => result === "granted")).toHaveLength(1);
    expect(await db.roleGrant.count({ where: { userId: user.id, role: "admin" } })).toBe(1);
  });

  it("revokes a role and stamps rolesChangedAt", async () => {
    const { db } = database;
    const [admin, user] = [await newUser(), await newUser()];
    await grantRole({ db, userId: user.id, role: "admin", now: t1 });
    await grantRole({ db, userId: user.id, role: "owner:store", now: t1 });
    expect(await revokeRole({ db, userId: user.id, role: "admin", actingUserId: admin.id, now: t2 })).toBe("revoked");
    expect(await revokeRole({ db, userId: user.id, role: "admin", actingUserId: admin.id })).toBe("not-granted");

    const claims = await loadSessionClaims({ db, userId: user.id });
    expect(claims).toMatchObject({ user: { roles: ["owner:store"] }, rolesChangedAt: t2.getTime() });
  });

  it("refuses an admin removing their own admin role, but lets them drop their other roles", async () => {
    const { db } = database;
    const admin = await newUser();
    await grantRole({ db, userId: admin.id, role: "admin", now: t1 });
    await grantRole({ db, userId: admin.id, role: "owner:classes", now: t1 });
    expect(await revokeRole({ db, userId: admin.id, role: "admin", actingUserId: admin.id, now: t2 })).toBe("cannot-revoke-own-admin");
    expect(await loadSessionClaims({ db, userId: admin.id })).toMatchObject({
      user: { roles: ["admin", "owner:classes"] },
      rolesChangedAt: t1.getTime(),
    });
    expect(await revokeRole({ db, userId: admin.id, role: "owner:classes", actingUserId: admin.id, now: t2 })).toBe("revoked");
  });

  it("reports a missing user", async () => {
    const { db } = database;
    expect(await grantRole({ db, userId: "missing", role: "admin" })).toBe("user-not-found");
    expect(await revokeRole({ db, userId: "missing", role: "admin", actingUserId: null })).toBe("user-not-found");
  });
});

describe("setAccountDisabled", () => {
  it("disables an account: disabledAt and sessionsValidAfter are now; enabling clears disabledAt only", async () => {
    const { db } = database;
    const [admin, user] = [await newUser(), await newUser()];
    expect(await setAccountDisabled({ db, userId: user.id, disabled: true, actingUserId: admin.id, now: t1 })).toBe("disabled");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ disabledAt: t1, sessionsValidAfter: t1 });
    expect(await setAccountDisabled({ db, userId: user.id, disabled: true, actingUserId: admin.id, now: t2 })).toBe("unchanged");

    expect(await setAccountDisabled({ db, userId: user.id, disabled: false, actingUserId: admin.id, now: t2 })).toBe("enabled");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ disabledAt: null, sessionsValidAfter: t1 });
  });

  it("refuses an admin disabling themselves", async () => {
    const { db } = database;
    const admin = await newUser();
    expect(await setAccountDisabled({ db, userId: admin.id, disabled: true, actingUserId: admin.id })).toBe("cannot-disable-self");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).disabledAt).toBeNull();
  });
});

describe("revokeSessions", () => {
  it("sets sessionsValidAfter, which the claims report", async () => {
    const { db } = database;
    const user = await newUser();
    await revokeSessions({ db, userId: user.id, now: t2 });
    expect(await loadSessionClaims({ db, userId: user.id })).toMatchObject({ sessionsValidAfter: t2.getTime(), disabled: false });
  });
});
