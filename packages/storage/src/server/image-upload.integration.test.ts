import { randomBytes } from "node:crypto";
import { AppError } from "@stepperslife/http";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createStorage, type Storage } from "../create-storage";
import type { ImageContentType } from "../image-rules";
import { storeDemoImage } from "../store-demo-image";
import { startTestStorage, type TestStorage } from "../testing/start-test-storage";
import { confirmImageUpload } from "./confirm-image-upload";
import { createImageUpload } from "./create-image-upload";
import { removeObject } from "./remove-object";
import { serveImage } from "./serve-image";

const bucket = "restaurants";
const prefix = "restaurants/r1/cover";
let t: TestStorage;
let storage: Storage;

beforeAll(async () => {
  t = await startTestStorage({ bucket, origin: "https://restaurants.stepperslife.com" });
  storage = t.storage;
});
afterAll(() => t?.stop());

const upload = (contentType: ImageContentType, body: Uint8Array | string) => t.upload(prefix, contentType, body);
const confirm = (key: string, under = prefix) => confirmImageUpload(storage, { key, prefix: under });
const html = "<!doctype html><html><script>alert(document.cookie)</script></html>";
const uuidName = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

async function refusal(attempt: Promise<unknown>): Promise<{ code: string; status: number; message: string }> {
  const error = await attempt.then(
    () => expect.fail("expected an AppError"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  const { code, status, userMessage } = error as AppError;
  return { code, status, message: userMessage };
}

/** What an app's image route answers for a key: status and, for an image, its format and width. */
async function served(key: string, width?: number): Promise<{ status: number; format?: string; width?: number }> {
  const response = await serveImage(storage, { key, width });
  if (response.status !== 200) return { status: response.status };
  const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
  return { status: 200, format: metadata.format, width: metadata.width };
}

describe("createImageUpload", () => {
  it("presigns a PUT into the upload namespace that a browser on the app's origin can use before it expires", async () => {
    const before = Date.now();
    const presigned = await createImageUpload(storage, { prefix, contentType: "image/jpeg" });
    expect(presigned).toMatchObject({ method: "PUT", headers: { "Content-Type": "image/jpeg" }, maxBytes: 5 * 1024 * 1024 });
    expect(presigned.key).toMatch(new RegExp(`^uploads/restaurants/r1/cover/${uuidName}\\.jpg$`));
    expect(presigned.uploadUrl.startsWith(`${t.server.endpoint}/${bucket}/${presigned.key}?`)).toBe(true);
    expect(Date.parse(presigned.expiresAt) - before).toBeGreaterThan(590_000);
    expect(Date.parse(presigned.expiresAt) - before).toBeLessThanOrEqual(600_000);

    const response = await t.put(presigned, await t.picture("jpeg"));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await t.exists(presigned.key)).toBe(true);
  });

  it("stops working after it expires", async () => {
    // Sign as if 16 minutes ago: the longest URL we hand out (15 minutes) is past its expiry.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() - 16 * 60_000 });
    const presigned = await createImageUpload(storage, { prefix, contentType: "image/png", expiresInSeconds: 900 }).finally(() => vi.useRealTimers());
    expect(Date.parse(presigned.expiresAt)).toBeLessThan(Date.now());
    const response = await t.put(presigned, await t.picture("png"));
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/<Code>AccessDenied<\/Code>\s*<Message>Request has expired/);
    expect(await t.exists(presigned.key)).toBe(false);
  });

  it("signs for S3_PUBLIC_URL when browsers reach the server under another host", async () => {
    const publicUrl = t.server.endpoint.replace("127.0.0.1", "localhost");
    const viaPublicHost = createStorage({ S3_ENDPOINT: t.server.endpoint, S3_PUBLIC_URL: publicUrl, S3_BUCKET: bucket, S3_REGION: "us-east-1", ...t.keys });
    const presigned = await createImageUpload(viaPublicHost, { prefix, contentType: "image/webp" });
    expect(presigned.uploadUrl.startsWith(`${publicUrl}/${bucket}/`)).toBe(true);
    expect((await t.put(presigned, await t.picture("webp"))).status).toBe(200);
    await expect(confirmImageUpload(viaPublicHost, { key: presigned.key, prefix })).resolves.toMatchObject({ contentType: "image/webp" });
  });

  it("refuses bad prefixes, expiries and content types", async () => {
    for (const bad of ["../other", "restaurants/../x", "/abs", "Restaurants/R1", "a//b", "a/", "a.b"]) {
      await expect(createImageUpload(storage, { prefix: bad, contentType: "image/jpeg" }), bad).rejects.toThrow(TypeError);
    }
    for (const expiresInSeconds of [0, 901, 1.5]) {
      await expect(createImageUpload(storage, { prefix, contentType: "image/jpeg", expiresInSeconds })).rejects.toThrow(TypeError);
    }
    const gif = createImageUpload(storage, { prefix, contentType: "image/gif" as ImageContentType });
    expect(await refusal(gif)).toMatchObject({ code: "unsupported_media_type", status: 415 });
  });
});

describe("confirmImageUpload", () => {
  it("writes the verified bytes under a new key in the confirmed namespace and deletes the upload", async () => {
    for (const [format, contentType, extension] of [["jpeg", "image/jpeg", "jpg"], ["png", "image/png", "png"], ["webp", "image/webp", "webp"]] as const) {
      const bytes = await t.picture(format, 640, 480);
      const pending = await upload(contentType, bytes);
      const image = await confirm(pending.key);
      expect(image).toEqual({ key: expect.stringMatching(new RegExp(`^images/restaurants/r1/cover/${uuidName}\\.${extension}$`)), contentType, bytes: bytes.length, width: 640, height: 480 });
      expect(image.key.endsWith(pending.key.slice(pending.key.lastIndexOf("/")))).toBe(false);
      expect(await t.read(image.key)).toEqual(bytes);
      expect((await storage.client.statObject(bucket, image.key)).metaData["content-type"]).toBe(contentType);
      expect(await t.exists(pending.key)).toBe(false);
    }
  });

  it("records the type the bytes are, not the one declared: PNG bytes uploaded as a .jpg become a .png image", async () => {
    const pending = await upload("image/jpeg", await t.picture("png", 20, 10));
    expect(pending.key.endsWith(".jpg")).toBe(true);
    const image = await confirm(pending.key);
    expect(image).toMatchObject({ contentType: "image/png", width: 20, height: 10 });
    expect(image.key.endsWith(".png")).toBe(true);
  });

  it("keeps a confirmed image as it was when the upload URL is used again, for HTML or another picture", async () => {
    const original = await t.picture("jpeg", 900, 300);
    const pending = await upload("image/jpeg", original);
    const image = await confirm(pending.key);
    expect(await served(image.key, 640)).toEqual({ status: 200, format: "webp", width: 640 });

    // The URL still works (until it expires), but it can only ever write the upload key.
    const swap = await t.put(pending, html, { "content-type": "text/html" });
    expect(swap.status).toBe(200);
    expect(new URL(pending.uploadUrl).pathname).toBe(`/${bucket}/${pending.key}`);
    expect(await t.read(image.key)).toEqual(original);
    expect(await served(image.key, 640)).toEqual({ status: 200, format: "webp", width: 640 });
    expect(await served(pending.key)).toEqual({ status: 404 });

    // Confirming the swapped upload refuses it; another real picture becomes another image, never the same key.
    expect(await refusal(confirm(pending.key))).toMatchObject({ code: "unsupported_media_type", status: 415 });
    expect((await t.put(pending, await t.picture("png", 50, 50))).status).toBe(200);
    const second = await confirm(pending.key);
    expect(second.key).not.toBe(image.key);
    expect(await t.read(image.key)).toEqual(original);
  });

  it("refuses and deletes an HTML page uploaded as image/jpeg", async () => {
    const pending = await upload("image/jpeg", html);
    expect(await refusal(confirm(pending.key))).toMatchObject({
      code: "unsupported_media_type",
      status: 415,
      message: expect.stringContaining("not a JPEG, PNG or WebP image"),
    });
    expect(await t.exists(pending.key)).toBe(false);
  });

  it("refuses and deletes a file over 5 MiB", async () => {
    const jpegHeader = (await t.picture("jpeg")).subarray(0, 64);
    const pending = await upload("image/jpeg", Buffer.concat([jpegHeader, randomBytes(5 * 1024 * 1024)]));
    expect(await refusal(confirm(pending.key))).toMatchObject({
      code: "payload_too_large",
      status: 413,
      message: "The image is 5.1 MB; images can be at most 5 MB. Choose a smaller photo or shrink it first.",
    });
    expect(await t.exists(pending.key)).toBe(false);
  });

  it("refuses and deletes a damaged image whose header looks right", async () => {
    const jpeg = await t.picture("jpeg", 1200, 900);
    const pending = await upload("image/jpeg", jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect(await refusal(confirm(pending.key))).toMatchObject({ code: "unprocessable", status: 422 });
    expect(await t.exists(pending.key)).toBe(false);
  });

  it("answers not_found when nothing was uploaded, and leaves keys that are not this prefix's uploads alone", async () => {
    expect(await refusal(confirm(`uploads/${prefix}/never-uploaded.jpg`))).toMatchObject({ code: "not_found", status: 404 });
    const otherRecord = await upload("image/jpeg", await t.picture("jpeg"));
    const image = await confirm((await upload("image/jpeg", await t.picture("jpeg"))).key);
    await storage.client.putObject(bucket, `uploads/${prefix}/nested/a.jpg`, await t.picture("jpeg"));
    for (const key of [otherRecord.key, image.key, `uploads/${prefix}/nested/a.jpg`, "../secrets.jpg"]) {
      const under = key === otherRecord.key ? "restaurants/r2/cover" : prefix;
      expect(await refusal(confirm(key, under)), key).toMatchObject({ code: "invalid_input", status: 422 });
    }
    expect(await t.exists(otherRecord.key)).toBe(true);
    expect(await t.exists(image.key)).toBe(true);
    await expect(confirm(otherRecord.key, "../r2")).rejects.toThrow(TypeError);
  });
});

describe("serveImage", () => {
  let wide: string;
  beforeAll(async () => {
    wide = (await confirm((await upload("image/jpeg", await t.picture("jpeg", 2000, 1000))).key)).key;
  });

  it("answers a WebP resized to the allowed width at or above the one asked for, cacheable for a year", async () => {
    for (const [width, expected] of [[300, 320], ["640", 640], [undefined, 1280], [5000, 1280], [1, 160]] as const) {
      const response = await serveImage(storage, { key: wide, width });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/webp");
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect({ width, format: metadata.format, size: metadata.width }).toEqual({ width, format: "webp", size: expected });
      expect(metadata.height).toBe(expected / 2);
    }
  });

  it("never enlarges a small image", async () => {
    const small = await confirm((await upload("image/png", await t.picture("png", 200, 100))).key);
    expect(await served(small.key, 640)).toMatchObject({ width: 200 });
  });

  it("serves only the confirmed namespace: 404 for an object the app's own keys put elsewhere, and for uploads", async () => {
    const jpeg = await t.picture("jpeg");
    await storage.client.putObject(bucket, "secprobe/outside-prefix.jpg", jpeg);
    const pending = await upload("image/jpeg", jpeg);
    for (const key of ["secprobe/outside-prefix.jpg", pending.key, `images/${prefix}/gone.jpg`, "imagesx/a.jpg"]) {
      const response = await serveImage(storage, { key });
      expect({ key, status: response.status, body: await response.json() }).toMatchObject({ key, status: 404, body: { error: { code: "not_found" } } });
    }
  });

  it("answers 400 for a bad key or width, as JSON errors", async () => {
    for (const attempt of [{ key: "../secrets.jpg" }, { key: "notes/readme.txt" }, { key: wide, width: "abc" }, { key: wide, width: -5 }, { key: wide, width: "1e3" }]) {
      const response = await serveImage(storage, attempt);
      expect(response.status, JSON.stringify(attempt)).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBeTruthy();
    }
  });
});

describe("storeDemoImage", () => {
  it("puts a seed's picture in the confirmed namespace, where the image route serves it, and refuses anything else", async () => {
    const key = await storeDemoImage(storage, { name: "soul-kitchen-cover.jpg", bytes: await t.picture("jpeg", 400, 200) });
    expect(key).toBe("images/demo/soul-kitchen-cover.jpg");
    expect(await served(key, 320)).toEqual({ status: 200, format: "webp", width: 320 });
    for (const [name, bytes] of [["page.jpg", Buffer.from(html)], ["cover.jpg", await t.picture("png")], ["../x.jpg", await t.picture("jpeg")]] as const) {
      await expect(storeDemoImage(storage, { name, bytes }), name).rejects.toThrow(TypeError);
    }
  });
});

describe("removeObject", () => {
  it("deletes an object and succeeds again when it is already gone", async () => {
    const { key } = await upload("image/jpeg", await t.picture("jpeg"));
    await removeObject(storage, key);
    expect(await t.exists(key)).toBe(false);
    await expect(removeObject(storage, key)).resolves.toBeUndefined();
    await expect(removeObject(storage, "")).rejects.toThrow(TypeError);
  });
});
