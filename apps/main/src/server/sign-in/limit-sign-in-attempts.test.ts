import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMainTestDatabase, type MainTestDatabase } from "@/testing/create-main-test-database";
import { limitSignInAttempts } from "./limit-sign-in-attempts";

const minute = 60_000;
let database: MainTestDatabase;

beforeAll(async () => {
  database = await createMainTestDatabase();
});
afterAll(() => database?.drop());
beforeEach(() => database.db.signInAttempt.deleteMany());

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, 0) + minutes * minute);

describe("limitSignInAttempts", () => {
  it("allows five requests per address in 15 minutes and refuses the sixth until the oldest expires", async () => {
    const { db } = database;
    for (let i = 0; i < 5; i++) {
      expect(await limitSignInAttempts({ db, email: "ana@example.com", ip: null, now: at(i) })).toEqual({ allowed: true });
    }
    expect(await limitSignInAttempts({ db, email: "ana@example.com", ip: null, now: at(5) })).toEqual({
      allowed: false,
      retryAfterSeconds: 10 * 60, // the first attempt (minute 0) leaves the window at minute 15
      limitedBy: ["email"],
    });
    // A refused request is not counted: the slot still frees at minute 15.
    expect(await limitSignInAttempts({ db, email: "ana@example.com", ip: null, now: at(14.5) })).toMatchObject({
      allowed: false,
      retryAfterSeconds: 30,
    });
    expect(await limitSignInAttempts({ db, email: "ana@example.com", ip: null, now: at(15) })).toEqual({ allowed: true });
    expect(await limitSignInAttempts({ db, email: "ana@example.com", ip: null, now: at(15.5) })).toMatchObject({ allowed: false });
  });

  it("keeps separate counters per address and per client IP", async () => {
    const { db } = database;
    for (let i = 0; i < 5; i++) {
      expect(await limitSignInAttempts({ db, email: `person${i}@example.com`, ip: "203.0.113.7", now: at(0) })).toEqual({
        allowed: true,
      });
    }
    // A sixth address from the same IP is refused, because of the IP.
    expect(await limitSignInAttempts({ db, email: "person5@example.com", ip: "203.0.113.7", now: at(1) })).toEqual({
      allowed: false,
      retryAfterSeconds: 15 * 60 - 60,
      limitedBy: ["ip"],
    });
    // The same addresses from another IP are fine (each has used one of its five).
    expect(await limitSignInAttempts({ db, email: "person0@example.com", ip: "198.51.100.1", now: at(1) })).toEqual({
      allowed: true,
    });
  });

  it("refuses an address over its limit whatever IP the requests come from", async () => {
    const { db } = database;
    for (let i = 0; i < 5; i++) {
      await limitSignInAttempts({ db, email: "target@example.com", ip: `198.51.100.${i}`, now: at(0) });
    }
    const decision = await limitSignInAttempts({ db, email: "target@example.com", ip: "198.51.100.99", now: at(0) });
    expect(decision).toMatchObject({ allowed: false, limitedBy: ["email"] });
    expect(await database.db.signInAttempt.count({ where: { key: "ip:198.51.100.99" } })).toBe(0);
  });

  it("counts correctly when many workers ask at once", async () => {
    const { db } = database;
    const decisions = await Promise.all(
      Array.from({ length: 12 }, () => limitSignInAttempts({ db, email: "burst@example.com", ip: null, now: at(0) })),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(5);
  });

  it("forgets attempts once they leave the window", async () => {
    const { db } = database;
    await limitSignInAttempts({ db, email: "old@example.com", ip: "192.0.2.1", now: at(0) });
    await limitSignInAttempts({ db, email: "new@example.com", ip: null, now: at(20) });
    expect(await db.signInAttempt.findMany({ select: { key: true } })).toEqual([{ key: "email:new@example.com" }]);
  });
});
