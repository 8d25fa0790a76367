import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMainTestDatabase, type MainTestDatabase } from "@/testing/create-main-test-database";
import { grantAdminOnSignIn } from "../sign-in/grant-admin-on-sign-in";
import { grantAdminByEmail } from "./grant-admin-by-email";
import { loadSessionClaims } from "./load-session-claims";

const run = promisify(execFile);
const appDir = fileURLToPath(new URL("../../..", import.meta.url));
const tsx = fileURLToPath(new URL("../../../../../node_modules/.bin/tsx", import.meta.url));

let database: MainTestDatabase;
beforeAll(async () => {
  database = await createMainTestDatabase();
});
afterAll(() => database?.drop());

describe("grantAdminByEmail", () => {
  it("creates the account when needed, grants admin once, and matches the address in any case", async () => {
    const { db } = database;
    const first = await grantAdminByEmail({ db, email: "  Founder@Example.com " });
    expect(first).toMatchObject({ email: "founder@example.com", createdUser: true, granted: true });
    expect(await grantAdminByEmail({ db, email: "founder@example.com" })).toEqual({ ...first, createdUser: false, granted: false });
    expect((await loadSessionClaims({ db, userId: first.userId }))?.user.roles).toEqual(["admin"]);
  });

  it("refuses something that is not an email address", async () => {
    await expect(grantAdminByEmail({ db: database.db, email: "not-an-address" })).rejects.toThrow();
    expect(await database.db.user.count({ where: { email: "not-an-address" } })).toBe(0);
  });
});

describe("grantAdminOnSignIn", () => {
  it("makes ADMIN_EMAIL an admin on sign-in, and nobody else", async () => {
    const { db } = database;
    const boss = await db.user.create({ data: { email: "boss@example.com" } });
    const guest = await db.user.create({ data: { email: "guest@example.com" } });
    expect(await grantAdminOnSignIn({ db, user: guest, adminEmail: "boss@example.com" })).toBe(false);
    expect(await grantAdminOnSignIn({ db, user: boss, adminEmail: undefined })).toBe(false);
    expect(await grantAdminOnSignIn({ db, user: boss, adminEmail: "Boss@Example.com" })).toBe(true);
    expect(await grantAdminOnSignIn({ db, user: boss, adminEmail: "boss@example.com" })).toBe(false);
    expect((await loadSessionClaims({ db, userId: boss.id }))?.user.roles).toEqual(["admin"]);
    expect((await loadSessionClaims({ db, userId: guest.id }))?.user.roles).toEqual([]);
  });
});

describe("npm run admin:grant (scripts/grant-admin.ts)", () => {
  const cli = (...args: string[]) =>
    run(tsx, ["scripts/grant-admin.ts", ...args], { cwd: appDir, env: { ...process.env, DATABASE_URL: database.url } });

  it("creates the user, grants admin and says what it did", async () => {
    const { stdout } = await cli("cli-admin@example.com");
    expect(stdout).toContain("Created an account for cli-admin@example.com.");
    expect(stdout).toContain("cli-admin@example.com is now an admin.");
    const user = await database.db.user.findUniqueOrThrow({ where: { email: "cli-admin@example.com" } });
    expect((await loadSessionClaims({ db: database.db, userId: user.id }))?.user.roles).toEqual(["admin"]);

    const again = await cli("cli-admin@example.com");
    expect(again.stdout).toContain("was already an admin; nothing changed.");
  });

  it("explains its usage and a bad address, exiting non-zero", async () => {
    await expect(cli()).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("Usage:") });
    await expect(cli("nope")).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("not an email address") });
  });
});
