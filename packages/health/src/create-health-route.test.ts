import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHealthRoute } from "./create-health-route";

const passes = async () => {};
const fails = async () => {
  throw new Error("connect ECONNREFUSED 10.0.0.5:5432 password=hunter2");
};
const hangs = () => new Promise<void>(() => {});

describe("createHealthRoute", () => {
  let logged: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it("answers 200 ok when every check passes, uncached", async () => {
    const GET = createHealthRoute({ version: "1.2.3", checks: { database: passes, storage: passes } });
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({ status: "ok", checks: { database: "ok", storage: "ok" }, version: "1.2.3" });
    expect(logged).not.toHaveBeenCalled();
  });

  it("answers 503 degraded naming the failed check, without leaking its error", async () => {
    const GET = createHealthRoute({ version: "1.2.3", checks: { database: passes, storage: fails } });
    const response = await GET();
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(JSON.parse(text)).toEqual({ status: "degraded", checks: { database: "ok", storage: "error" }, version: "1.2.3" });
    expect(text).not.toContain("ECONNREFUSED");
    expect(text).not.toContain("hunter2");
    expect(logged).toHaveBeenCalledWith("[health] storage check failed:", expect.any(Error));
  });

  it("reports a hung check as timeout after its own deadline", async () => {
    const GET = createHealthRoute({ version: "1", checks: { database: hangs, storage: passes }, timeoutMs: 50 });
    const started = Date.now();
    const response = await GET();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { checks: unknown }).checks).toEqual({ database: "timeout", storage: "ok" });
    expect(logged).toHaveBeenCalledWith("[health] database check timed out after 50 ms");
  });

  it("runs the checks in parallel", async () => {
    const slow = () => new Promise<void>((resolve) => setTimeout(resolve, 150));
    const GET = createHealthRoute({ version: "1", checks: { a: slow, b: slow, c: slow }, timeoutMs: 1000 });
    const started = Date.now();
    expect((await GET()).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it("treats a check that throws synchronously as an error", async () => {
    const throwsNow = (() => {
      throw new Error("no env");
    }) as () => Promise<void>;
    const response = await createHealthRoute({ version: "1", checks: { storage: throwsNow } })();
    expect(await response.json()).toMatchObject({ status: "degraded", checks: { storage: "error" } });
  });

  it("reads a version function per request", async () => {
    const version = vi.fn(() => "abc1234");
    const GET = createHealthRoute({ version, checks: {} });
    expect(version).not.toHaveBeenCalled();
    expect(await (await GET()).json()).toEqual({ status: "ok", checks: {}, version: "abc1234" });
  });
});
