import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMainTestDatabase, type MainTestDatabase } from "@/testing/create-main-test-database";
import { listUserSessions } from "./list-user-sessions";
import { revokeUserSession } from "./revoke-user-session";

let database: MainTestDatabase;
beforeAll(async () => {
  database = await createMainTestDatabase();
});
afterAll(() => database?.drop());

const minute = 60_000;
const day = 24 * 60 * minute;

async function sessionsOf(email: string, now: number) {
  const { db } = database;
  const user = await db.user.create({ data: { email } });
  type Fields = { device?: string | null; lastUsedAt?: Date | null; revokedAt?: Date; expiresAt?: Date; createdAt?: Date };
  const add = (id: string, data: Fields) =>
    db.userSession.create({ data: { id, userId: user.id, createdAt: new Date(now - 2 * day), expiresAt: new Date(now + day), ...data } });
  return { user, add };
}

describe("the profile's session list", () => {
  it("shows this browser first, then the owner's other live sessions by last use", async () => {
    const now = Date.now();
    const { user, add } = await sessionsOf("lister@example.com", now);
    await add(`${user.id}-this-browser`, { device: "Chrome on Linux", lastUsedAt: new Date(now - 30 * minute) });
    await add(`${user.id}-phone`, { device: "Safari on iPhone", lastUsedAt: new Date(now - 2 * minute) });
    await add(`${user.id}-tablet`, { device: null, lastUsedAt: null, createdAt: new Date(now - day) });
    await add(`${user.id}-laptop`, { device: "Firefox on Windows", lastUsedAt: new Date(now - 2 * day) });
    await add(`${user.id}-signed-out`, { device: "Edge on Windows", revokedAt: new Date(now - minute) });
    await add(`${user.id}-expired`, { device: "Opera on Windows", expiresAt: new Date(now - 1) });
    const stranger = await sessionsOf("stranger@example.com", now);
    await stranger.add(`${stranger.user.id}-theirs`, { device: "Chrome on macOS", lastUsedAt: new Date(now) });

    const currentSessionId = `${user.id}-this-browser`;
    const listed = await listUserSessions({ db: database.db, userId: user.id, currentSessionId, now: new Date(now) });
    expect(listed.map((session) => [session.id.slice(user.id.length + 1), session.current])).toEqual([
      ["this-browser", true],
      ["phone", false],
      ["laptop", false],
      ["tablet", false],
    ]);
    expect(listed[1]).toEqual({
      id: `${user.id}-phone`,
      device: "Safari on iPhone",
      signedInAt: new Date(now - 2 * day),
      lastUsedAt: new Date(now - 2 * minute),
      expiresAt: new Date(now + day),
      current: false,
    });
    expect(listed[3]?.device).toBeNull();
  });

  it("signs out one of the owner's devices, never someone else's", async () => {
    const now = Date.now();
    const owner = await sessionsOf("owner-of-devices@example.com", now);
    const other = await sessionsOf("someone-else@example.com", now);
    await owner.add(`${owner.user.id}-phone`, { device: "Safari on iPhone" });
    await owner.add(`${owner.user.id}-laptop`, { device: "Chrome on macOS" });
    await other.add(`${other.user.id}-phone`, { device: "Chrome on Android" });

    const { db } = database;
    expect(await revokeUserSession({ db, userId: owner.user.id, sessionId: `${other.user.id}-phone` })).toBeNull();
    const revoked = await revokeUserSession({ db, userId: owner.user.id, sessionId: `${owner.user.id}-phone`, now: new Date(now) });
    expect(revoked).toEqual({ id: `${owner.user.id}-phone`, revokedAt: new Date(now), expiresAt: new Date(now + day) });

    const ownerList = await listUserSessions({ db, userId: owner.user.id, currentSessionId: null });
    expect(ownerList.map((session) => session.device)).toEqual(["Chrome on macOS"]);
    const otherList = await listUserSessions({ db, userId: other.user.id, currentSessionId: null });
    expect(otherList.map((session) => session.device)).toEqual(["Chrome on Android"]);
  });
});
