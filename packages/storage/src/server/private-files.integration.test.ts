import { AppError } from "@stepperslife/http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Storage } from "../create-storage";
import { startTestStorage, type TestStorage } from "../testing/start-test-storage";
import { confirmAudioUpload } from "./confirm-audio-upload";
import { createAudioUpload } from "./create-audio-upload";
import { presignDownload } from "./presign-download";
import { serveImage } from "./serve-image";

const bucket = "store";
const prefix = "products/p1/audio";
let t: TestStorage;
let storage: Storage;

beforeAll(async () => {
  t = await startTestStorage({ bucket, origin: "https://store.stepperslife.com" });
  storage = t.storage;
});
afterAll(() => t?.stop());

// A FLAC stream header and some frames' worth of bytes; an MP3 that opens on a 128 kbit/s frame.
const flac = Buffer.concat([Buffer.from("fLaC\x00\x00\x00\x22", "latin1"), Buffer.alloc(4_000, 7)]);
const mp3 = Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(4_000, 1)]);

async function uploaded(contentType: "audio/flac" | "audio/mpeg" | "audio/wav", body: Uint8Array | string) {
  const upload = await createAudioUpload(storage, { prefix, contentType });
  const response = await t.put(upload, body);
  expect(response.status).toBe(200);
  return upload;
}

async function refusal(attempt: Promise<unknown>) {
  const error = await attempt.then(() => expect.fail("expected an AppError"), (reason: unknown) => reason);
  expect(error).toBeInstanceOf(AppError);
  return { code: (error as AppError).code, message: (error as AppError).userMessage };
}

const exists = async (key: string) => storage.client.statObject(bucket, key).then(() => true, () => false);

describe("private audio files", () => {
  it("confirms a real FLAC into the private namespace, readable only through a short signed link that names the file", async () => {
    const upload = await uploaded("audio/flac", flac);
    expect(upload.key).toMatch(/^uploads\/products\/p1\/audio\/[0-9a-f-]{36}\.flac$/);
    const confirmed = await confirmAudioUpload(storage, { key: upload.key, prefix });
    expect(confirmed).toMatchObject({ contentType: "audio/flac", bytes: flac.length });
    expect(confirmed.key).toMatch(/^files\/products\/p1\/audio\/[0-9a-f-]{36}\.flac$/);
    expect(await exists(upload.key)).toBe(false);

    // Unsigned, it is refused; the image route does not serve it either.
    expect((await fetch(`${t.server.endpoint}/${bucket}/${confirmed.key}`)).status).toBe(403);
    expect((await serveImage(storage, { key: confirmed.key })).status).toBe(400);

    const link = await presignDownload(storage, { key: confirmed.key, filename: "Steppin' Classics — Side A (remaster).flac", expiresInSeconds: 600 });
    expect(link.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(600_000);
    const response = await fetch(link.url);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(flac)).toBe(true);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="Steppin Classics - Side A remaster.flac"');
    // A tampered link (another key under the same signature) is refused.
    expect((await fetch(link.url.replace(confirmed.key, `${prefix}/other.flac`))).status).toBe(403);
  });

  it("expires download links: one signed for a second no longer works after it", async () => {
    const confirmed = await confirmAudioUpload(storage, { key: (await uploaded("audio/mpeg", mp3)).key, prefix });
    const link = await presignDownload(storage, { key: confirmed.key, filename: "track.mp3", expiresInSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await fetch(link.url)).status).toBe(403);
  });

  it("refuses what is not audio, audio under another extension, a foreign key and an oversized file, keeping nothing", async () => {
    const html = await uploaded("audio/mpeg", "<!doctype html><script>alert(1)</script>");
    expect(await refusal(confirmAudioUpload(storage, { key: html.key, prefix }))).toEqual({ code: "unsupported_media_type", message: "This is not an MP3, FLAC or WAV file." });
    expect(await exists(html.key)).toBe(false);
    const flacAsMp3 = await uploaded("audio/mpeg", flac);
    expect((await refusal(confirmAudioUpload(storage, { key: flacAsMp3.key, prefix }))).code).toBe("unsupported_media_type");
    const other = await uploaded("audio/flac", flac);
    expect((await refusal(confirmAudioUpload(storage, { key: other.key, prefix: "products/p2/audio" }))).code).toBe("invalid_input");
    expect(await exists(other.key)).toBe(true);
    expect((await refusal(confirmAudioUpload(storage, { key: other.key, prefix, maxBytes: 1_000 }))).code).toBe("payload_too_large");
    const left: string[] = [];
    for await (const item of storage.client.listObjectsV2(bucket, "files/", true)) left.push(item.name!);
    // Only the two confirmed files of the tests above remain.
    expect(left).toHaveLength(2);
    await expect(presignDownload(storage, { key: "images/x.jpg", filename: "x", expiresInSeconds: 60 })).rejects.toThrow(TypeError);
    await expect(presignDownload(storage, { key: left[0]!, filename: "x", expiresInSeconds: 901 })).rejects.toThrow(TypeError);
  });
});
