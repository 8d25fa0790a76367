import type { SessionUser } from "@stepperslife/auth-config";
import { AppError } from "@stepperslife/http";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadOwnedOr404 } from "./load-owned-or-404";
import { orNotFound } from "./or-not-found";
import { parseRouteParams, parseSearchParams } from "./parse-page-input";

/** What notFound() throws: Next's 404 signal, which renders the app's not-found.tsx. */
const notFoundSignal = expect.objectContaining({ digest: expect.stringContaining("404") });

const filters = z.strictObject({
  q: z.string().trim().max(10).optional(),
  from: z.iso.date().optional(),
  past: z.enum(["1"]).optional(),
});

describe("parseSearchParams", () => {
  const parse = (raw: Record<string, string | string[] | undefined>) => parseSearchParams(Promise.resolve(raw), filters, {});

  it("takes one value per name and treats empty boxes as absent", async () => {
    const parsed = await parse({ q: ["soul", "food"], from: "", past: "1" });
    expect(parsed).toEqual({ query: { q: "soul", past: "1" }, problem: null, fields: {} });
  });

  it("drops only the refused filter, says why in people's words, and keeps the rest", async () => {
    const parsed = await parse({ q: "soul", from: "next week" });
    expect(parsed.query).toEqual({ q: "soul" });
    expect(parsed.fields).toEqual({ from: "From must be a date like 2026-12-05." });
    expect(parsed.problem).toBe("Some filters were not understood and were ignored. From must be a date like 2026-12-05.");
    expect(parsed.problem).not.toMatch(/query\.|body\./);
  });

  it("ignores names the page does not know without a word", async () => {
    expect(await parse({ q: "soul", utm_source: "mail" })).toEqual({ query: { q: "soul" }, problem: null, fields: {} });
  });

  it("falls back when what is left is still refused", async () => {
    const required = z.object({ page: z.coerce.number().int().min(1) });
    const parsed = await parseSearchParams(Promise.resolve({ page: "0" }), required, { page: 1 });
    expect(parsed.query).toEqual({ page: 1 });
    expect(parsed.fields).toEqual({ page: "Page must be at least 1." });
  });
});

describe("parseRouteParams", () => {
  const ids = z.object({ id: z.uuid() });

  it("hands back valid params and answers anything else with the 404 page", async () => {
    const id = "3f1c2a1e-8a4b-4c1d-9e2f-1a2b3c4d5e6f";
    expect(await parseRouteParams(Promise.resolve({ id }), ids)).toEqual({ id });
    await expect(parseRouteParams(Promise.resolve({ id: "1 OR 1=1" }), ids)).rejects.toEqual(notFoundSignal);
  });
});

describe("orNotFound", () => {
  it("maps a missing row, AppError not_found and Prisma's P2025 to the 404 page, and nothing else", async () => {
    expect(await orNotFound(Promise.resolve({ id: 1 }))).toEqual({ id: 1 });
    await expect(orNotFound(Promise.resolve(null))).rejects.toEqual(notFoundSignal);
    await expect(orNotFound(Promise.reject(new AppError("not_found", "No such order.")))).rejects.toEqual(notFoundSignal);
    await expect(orNotFound(() => Promise.reject(Object.assign(new Error("gone"), { code: "P2025" })))).rejects.toEqual(notFoundSignal);
    const conflict = new AppError("conflict", "Taken.");
    await expect(orNotFound(Promise.reject(conflict))).rejects.toBe(conflict);
  });
});

describe("loadOwnedOr404", () => {
  const owner: SessionUser = { id: "owner-1", name: "Ana", email: "ana@example.com", image: null, roles: ["owner:events"] };
  const id = "3f1c2a1e-8a4b-4c1d-9e2f-1a2b3c4d5e6f";
  const rows = new Map([[`${owner.id}/${id}`, { id, title: "Social" }]]);
  const options = (raw: string, asked: string[]) => ({
    params: Promise.resolve({ id: raw }),
    requireOwner: async (path: string) => (asked.push(path), owner),
    callbackPath: (value: string) => `/dashboard/events/${value}/sales`,
    db: rows,
    load: async ({ db, ownerId, id: rowId }: { db: typeof rows; ownerId: string; id: string }) => db.get(`${ownerId}/${rowId}`) ?? null,
  });

  it("guards first, then reads the owner's own row", async () => {
    const asked: string[] = [];
    expect(await loadOwnedOr404(options(id, asked))).toEqual({ owner, row: { id, title: "Social" } });
    expect(asked).toEqual([`/dashboard/events/${id}/sales`]);
  });

  it("answers someone else's, a missing and a malformed id alike with the 404 page", async () => {
    const asked: string[] = [];
    await expect(loadOwnedOr404(options("9f1c2a1e-8a4b-4c1d-9e2f-1a2b3c4d5e6f", asked))).rejects.toEqual(notFoundSignal);
    await expect(loadOwnedOr404(options("../../admin", asked))).rejects.toEqual(notFoundSignal);
    expect(asked).toHaveLength(2);
  });
});
