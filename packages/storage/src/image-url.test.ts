import { describe, expect, it } from "vitest";
import { isConfirmedImageKey, isDemoImageKey, isImageKey, isImagePrefix, toImageWidth } from "./image-rules";
import { imageUrl } from "./image-url";
import { sniffImageType } from "./sniff-image-type";

describe("imageUrl", () => {
  it("builds the app route's URL with the width rounded up to an allowed one", () => {
    const key = "restaurants/r1/cover/0b4e-9a.jpg";
    expect(imageUrl("/api/images", key, 320)).toBe("/api/images/restaurants/r1/cover/0b4e-9a.jpg?w=320");
    expect(imageUrl("/api/images/", key, 300)).toBe("/api/images/restaurants/r1/cover/0b4e-9a.jpg?w=320");
    expect(imageUrl("https://restaurants.stepperslife.com/api/images", key)).toBe(
      "https://restaurants.stepperslife.com/api/images/restaurants/r1/cover/0b4e-9a.jpg?w=1280",
    );
  });

  it("rounds widths up to 160, 320, 640 or 1280 and caps them at 1280", () => {
    expect([1, 160, 161, 320, 500, 640, 641, 1280, 4000, undefined].map(toImageWidth)).toEqual([
      160, 160, 320, 320, 640, 640, 1280, 1280, 1280, 1280,
    ]);
  });
});

describe("isImageKey", () => {
  it("accepts only keys shaped like the ones createImageUpload issues", () => {
    expect(isImageKey("restaurants/r1/cover/3f2c-11.webp")).toBe(true);
    for (const key of ["../secret.jpg", "a/../b.jpg", "/abs.jpg", "a//b.jpg", "Cover/A.jpg", "a/b.gif", "a/b.jpg?x", "a/b"]) {
      expect(isImageKey(key), key).toBe(false);
    }
    expect(isImageKey(`${"a".repeat(300)}.jpg`)).toBe(false);
  });
});

describe("isConfirmedImageKey and isDemoImageKey", () => {
  it("accept only image keys in the confirmed namespace (demo pictures within it)", () => {
    expect(isConfirmedImageKey("images/restaurants/r1/cover/3f2c-11.webp")).toBe(true);
    expect(isConfirmedImageKey("images/demo/bayou-cover.jpg")).toBe(true);
    for (const key of ["uploads/restaurants/r1/cover/a.jpg", "secprobe/outside-prefix.jpg", "imagesx/a.jpg", "images/../a.jpg", "demo/a.jpg", "images/a.txt"]) {
      expect(isConfirmedImageKey(key), key).toBe(false);
    }
    expect(isDemoImageKey("images/demo/bayou-cover.jpg")).toBe(true);
    for (const key of ["demo/bayou-cover.jpg", "images/restaurants/r1/cover/a.jpg", "images/demox/a.jpg"]) expect(isDemoImageKey(key), key).toBe(false);
  });

  it("isImagePrefix leaves room for the namespace and a random name within the longest key", () => {
    expect(isImagePrefix("restaurants/r1/cover")).toBe(true);
    expect(isImagePrefix("a".repeat(250))).toBe(true);
    for (const prefix of ["a".repeat(251), "../x", "a/", "A"]) expect(isImagePrefix(prefix), prefix).toBe(false);
  });
});

describe("sniffImageType", () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

  it("tells JPEG, PNG and WebP apart by their magic bytes", () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("image/jpeg");
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toBe("image/png");
    expect(sniffImageType(bytes(...ascii("RIFF"), 0x24, 0, 0, 0, ...ascii("WEBP")))).toBe("image/webp");
  });

  it("refuses everything else, including look-alikes", () => {
    expect(sniffImageType(bytes(...ascii("<!doctype html>")))).toBeUndefined();
    expect(sniffImageType(bytes(...ascii("RIFF"), 0x24, 0, 0, 0, ...ascii("WAVE")))).toBeUndefined();
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeUndefined();
    expect(sniffImageType(bytes(...ascii("GIF89a")))).toBeUndefined();
    expect(sniffImageType(bytes())).toBeUndefined();
  });
});
