import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AppError } from "@stepperslife/http";
import { findFreePort, startS3Server, type S3ServerHandle } from "@stepperslife/infra";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createStorage, type Storage } from "../create-storage";
import type { ImageContentType } from "../image-rules";
import { createImageUpload, type ImageUpload } from "./create-image-upload";
import { removeObject } from "./remove-object";
import { serveImage } from "./serve-image";
import { verifyUploadedImage } from "./verify-uploaded-image";

const bucket = "restaurants";
const prefix = "restaurants/r1/cover";
const origin = "http://restaurants.stepperslife.test:3010";
const keys = { S3_ACCESS_KEY: `SL${randomBytes(6).toString("hex")}`, S3_SECRET_KEY: randomBytes(24).toString("base64url") };
let directory: string;
let server: S3ServerHandle;
let storage: Storage;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "storage-images-"));
  const port = await findFreePort();
  server = await startS3Server({
    port,
    directory,
    bucket,
    accessKey: keys.S3_ACCESS_KEY,
    secretKey: keys.S3_SECRET_KEY,
    corsAllowedOrigins: ["*"],
  });
  storage = createStorage({ S3_ENDPOINT: server.endpoint, S3_REGION: "us-east-1", S3_BUCKET: bucket, ...keys });
});

afterAll(async () => {
  await server.stop();
  await rm(directory, { recursive: true, force: true });
});

const picture = (format: "jpeg" | "png" | "webp", width = 800, height = 600) =>
  sharp({ create: { width, height, channels: 3, background: { r: 194, g: 65, b: 12 } } })
    .toFormat(format)
    .toBuffer();

/** What the browser does with createImageUpload's answer. */
const put = (upload: ImageUpload, body: Uint8Array | string) =>
  fetch(upload.uploadUrl, { method: upload.method, headers: { ...upload.headers, origin }, body });

async function uploadAs(contentType: ImageContentType, body: Uint8Array | string): Promise<string> {
  const upload = await createImageUpload(storage, { prefix, contentType });
  expect((await put(upload, body)).status).toBe(200);
  return upload.key;
}

async function exists(key: string): Promise<boolean> {
  return storage.client.statObject(bucket, key).then(
    () => true,
    (error: { code?: string }) => (error.code === "NotFound" ? false : Promise.reject(error)),
  );
}

async function refusal(attempt: Promise<unknown>): Promise<{ code: string; status: number; message: string }> {
  const error = await attempt.then(
    () => expect.fail("expected an AppError"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  const { code, status, userMessage } = error as AppError;
  return { code, status, message: userMessage };
}

describe("createImageUpload", () => {
  it("presigns a PUT that a browser on the app's origin can use before it expires", async () => {
    const before = Date.now();
    const upload = await createImageUpload(storage, { prefix, contentType: "image/jpeg" });
    expect(upload).toMatchObject({ method: "PUT", headers: { "Content-Type": "image/jpeg" }, maxBytes: 5 * 1024 * 1024 });
    expect(upload.key).toMatch(/^restaurants\/r1\/cover\/[0-9a-f-]{36}\.jpg$/);
    expect(upload.uploadUrl.startsWith(`${server.endpoint}/${bucket}/${upload.key}?`)).toBe(true);
    expect(Date.parse(upload.expiresAt) - before).toBeGreaterThan(590_000);
    expect(Date.parse(upload.expiresAt) - before).toBeLessThanOrEqual(600_000);

    const response = await put(upload, await picture("jpeg"));
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(await exists(upload.key)).toBe(true);
  });

  it("stops working after it expires", async () => {
    // Sign as if 16 minutes ago: the longest URL we hand out (15 minutes) is past its expiry.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() - 16 * 60_000 });
    const upload = await createImageUpload(storage, { prefix, contentType: "image/png", expiresInSeconds: 900 }).finally(() =>
      vi.useRealTimers(),
    );
    expect(Date.parse(upload.expiresAt)).toBeLessThan(Date.now());
    const response = await put(upload, await picture("png"));
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/<Code>AccessDenied<\/Code>\s*<Message>Request has expired/);
    expect(await exists(upload.key)).toBe(false);
  });

  it("signs for S3_PUBLIC_URL when browsers reach the server under another host", async () => {
    const publicUrl = server.endpoint.replace("127.0.0.1", "localhost");
    const viaPublicHost = createStorage({ S3_ENDPOINT: server.endpoint, S3_PUBLIC_URL: publicUrl, S3_BUCKET: bucket, S3_REGION: "us-east-1", ...keys });
    const upload = await createImageUpload(viaPublicHost, { prefix, contentType: "image/webp" });
    expect(upload.uploadUrl.startsWith(`${publicUrl}/${bucket}/`)).toBe(true);
    expect((await put(upload, await picture("webp"))).status).toBe(200);
    await expect(verifyUploadedImage(viaPublicHost, upload.key)).resolves.toMatchObject({ contentType: "image/webp" });
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

describe("verifyUploadedImage", () => {
  it("accepts real JPEG, PNG and WebP files and reads their size and dimensions from the bytes", async () => {
    for (const [format, contentType] of [["jpeg", "image/jpeg"], ["png", "image/png"], ["webp", "image/webp"]] as const) {
      const bytes = await picture(format, 640, 480);
      const key = await uploadAs(contentType, bytes);
      await expect(verifyUploadedImage(storage, key, { prefix })).resolves.toEqual({
        key,
        contentType,
        bytes: bytes.length,
        width: 640,
        height: 480,
      });
    }
  });

  it("records the type the bytes are, not the one declared: PNG bytes under a .jpg key are image/png", async () => {
    const key = await uploadAs("image/jpeg", await picture("png", 20, 10));
    expect(key.endsWith(".jpg")).toBe(true);
    await expect(verifyUploadedImage(storage, key)).resolves.toMatchObject({ contentType: "image/png", width: 20, height: 10 });
  });

  it("refuses and deletes an HTML page uploaded as image/jpeg", async () => {
    const key = await uploadAs("image/jpeg", "<!doctype html><html><script>alert(document.cookie)</script></html>");
    expect(await refusal(verifyUploadedImage(storage, key))).toMatchObject({
      code: "unsupported_media_type",
      status: 415,
      message: expect.stringContaining("not a JPEG, PNG or WebP image"),
    });
    expect(await exists(key)).toBe(false);
  });

  it("refuses and deletes a file over 5 MiB", async () => {
    const jpegHeader = (await picture("jpeg")).subarray(0, 64);
    const key = await uploadAs("image/jpeg", Buffer.concat([jpegHeader, randomBytes(5 * 1024 * 1024)]));
    expect(await refusal(verifyUploadedImage(storage, key))).toMatchObject({
      code: "payload_too_large",
      status: 413,
      message: "The image is 5.1 MB; images can be at most 5 MB. Choose a smaller photo or shrink it first.",
    });
    expect(await exists(key)).toBe(false);
  });

  it("refuses and deletes a damaged image whose header looks right", async () => {
    const jpeg = await picture("jpeg", 1200, 900);
    const key = await uploadAs("image/jpeg", jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect(await refusal(verifyUploadedImage(storage, key))).toMatchObject({ code: "unprocessable", status: 422 });
    expect(await exists(key)).toBe(false);
  });

  it("answers not_found when nothing was uploaded, and leaves keys outside the prefix alone", async () => {
    expect(await refusal(verifyUploadedImage(storage, `${prefix}/never-uploaded.jpg`))).toMatchObject({ code: "not_found", status: 404 });
    const otherRecord = await uploadAs("image/jpeg", await picture("jpeg"));
    const elsewhere = verifyUploadedImage(storage, otherRecord, { prefix: "restaurants/r2/cover" });
    expect(await refusal(elsewhere)).toMatchObject({ code: "invalid_input", status: 422 });
    expect(await exists(otherRecord)).toBe(true);
  });
});

describe("serveImage", () => {
  let wide: string;
  beforeAll(async () => {
    wide = await uploadAs("image/jpeg", await picture("jpeg", 2000, 1000));
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
    const small = await uploadAs("image/png", await picture("png", 200, 100));
    const metadata = await sharp(Buffer.from(await (await serveImage(storage, { key: small, width: 640 })).arrayBuffer())).metadata();
    expect(metadata.width).toBe(200);
  });

  it("answers 404 for a missing key and 400 for a bad key or width, as JSON errors", async () => {
    const missing = await serveImage(storage, { key: `${prefix}/gone.jpg` });
    expect({ status: missing.status, body: await missing.json() }).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    for (const attempt of [{ key: "../secrets.jpg" }, { key: "notes/readme.txt" }, { key: wide, width: "abc" }, { key: wide, width: -5 }, { key: wide, width: "1e3" }]) {
      const response = await serveImage(storage, attempt);
      expect(response.status, JSON.stringify(attempt)).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBeTruthy();
    }
  });
});

describe("removeObject", () => {
  it("deletes an object and succeeds again when it is already gone", async () => {
    const key = await uploadAs("image/jpeg", await picture("jpeg"));
    await removeObject(storage, key);
    expect(await exists(key)).toBe(false);
    await expect(removeObject(storage, key)).resolves.toBeUndefined();
    await expect(removeObject(storage, "")).rejects.toThrow(TypeError);
  });
});
