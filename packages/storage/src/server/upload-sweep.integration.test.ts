import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STALE_UPLOAD_AGE_MS } from "../image-rules";
import { startTestStorage, type TestStorage } from "../testing/start-test-storage";
import { confirmImageUpload } from "./confirm-image-upload";
import { scheduleUploadSweep } from "./schedule-upload-sweep";
import { sweepStaleUploads } from "./sweep-stale-uploads";

const bucket = "events";
const prefix = "events/e1/cover";
const html = "<!doctype html><script>alert(document.cookie)</script>";
let t: TestStorage;

beforeAll(async () => {
  t = await startTestStorage({ bucket, origin: "https://events.stepperslife.com" });
});
afterAll(() => t?.stop());

const lastModified = async (key: string) => (await t.storage.client.statObject(bucket, key)).lastModified.getTime();
/** The store keeps last-modified times in whole seconds: wait into the next one so two uploads' ages differ. */
const nextSecond = () => sleep(1000 - (Date.now() % 1000) + 20);
const future = () => new Date(Date.now() + STALE_UPLOAD_AGE_MS + 60_000);

describe("sweepStaleUploads", () => {
  it("deletes an unconfirmed upload once it is older than the longest URL expiry plus the grace, and keeps a fresh one", async () => {
    expect(STALE_UPLOAD_AGE_MS).toBeGreaterThanOrEqual(15 * 60_000 + 60_000);
    const abandoned = await t.upload(prefix, "image/jpeg", html);
    await nextSecond();
    const pending = await t.upload(prefix, "image/jpeg", await t.picture("jpeg"));
    const image = await confirmImageUpload(t.storage, { key: (await t.upload(prefix, "image/png", await t.picture("png"))).key, prefix });

    // Just past the threshold for the abandoned upload, still short of it for the one a second younger.
    const justPast = new Date((await lastModified(abandoned.key)) + STALE_UPLOAD_AGE_MS + 500);
    expect(await lastModified(pending.key)).toBeGreaterThan(justPast.getTime() - STALE_UPLOAD_AGE_MS);
    expect(await sweepStaleUploads(t.storage, { now: justPast })).toEqual({ removed: [abandoned.key] });
    expect(await t.exists(abandoned.key)).toBe(false);
    expect(await t.exists(pending.key)).toBe(true);

    // Today nothing is that old; confirming the pending upload later still works.
    expect(await sweepStaleUploads(t.storage)).toEqual({ removed: [] });
    await expect(confirmImageUpload(t.storage, { key: pending.key, prefix })).resolves.toMatchObject({ contentType: "image/jpeg" });
    expect(await t.exists(image.key)).toBe(true);
  });

  it("never touches confirmed images or anything else outside the upload namespace, however old", async () => {
    const image = await confirmImageUpload(t.storage, { key: (await t.upload(prefix, "image/jpeg", await t.picture("jpeg"))).key, prefix });
    for (const key of ["secprobe/outside-prefix.jpg", "uploadsx/a.jpg", "welcome.txt"]) await t.storage.client.putObject(bucket, key, "x");
    const stale = await t.upload(prefix, "image/png", html);
    expect((await sweepStaleUploads(t.storage, { now: future() })).removed).toEqual([stale.key]);
    for (const key of [image.key, "secprobe/outside-prefix.jpg", "uploadsx/a.jpg", "welcome.txt"]) expect(await t.exists(key), key).toBe(true);
  });

  it("is safe when several workers sweep the same bucket at once", async () => {
    const stale = await Promise.all([1, 2, 3].map(() => t.upload(prefix, "image/jpeg", html)));
    const sweeps = await Promise.all([1, 2, 3].map(() => sweepStaleUploads(t.storage, { now: future() })));
    expect(new Set(sweeps.flatMap((sweep) => sweep.removed))).toEqual(new Set(stale.map((upload) => upload.key)));
    for (const upload of stale) expect(await t.exists(upload.key)).toBe(false);
  });
});

describe("scheduleUploadSweep", () => {
  it("sweeps again and again on its own until stopped, reporting what it deleted", async () => {
    const lines: string[] = [];
    const stop = scheduleUploadSweep(t.storage, { everyMs: 50, now: future, log: (line) => lines.push(line) });
    try {
      for (let round = 0; round < 2; round += 1) {
        const stale = await t.upload(prefix, "image/jpeg", html);
        // The line is written once the delete has been answered, a moment after the object is gone.
        await expect.poll(() => lines.length, { timeout: 5_000, interval: 25 }).toBe(round + 1);
        expect(await t.exists(stale.key)).toBe(false);
      }
    } finally {
      stop();
    }
    expect(lines[0]).toMatch(/^upload sweep: deleted 1 unconfirmed upload\(s\) from bucket "events"$/);
    const afterStop = await t.upload(prefix, "image/jpeg", html);
    await sleep(200);
    expect(await t.exists(afterStop.key)).toBe(true);
  });

  it("reports a bucket it cannot sweep and keeps trying", async () => {
    const errors: unknown[] = [];
    const missing = { ...t.storage, bucket: "no-such-bucket" };
    const stop = scheduleUploadSweep(missing, { everyMs: 20, log: (_line, error) => errors.push(error) });
    try {
      await expect.poll(() => errors.length, { timeout: 5_000, interval: 20 }).toBeGreaterThanOrEqual(2);
    } finally {
      stop();
    }
    expect(errors.every((error) => error instanceof Error)).toBe(true);
  });
});
