import { describe, expect, it } from "vitest";
import { checkImageFile, readErrorMessage, uploadPercent } from "./image-upload-checks";

describe("checkImageFile", () => {
  it("lets JPEG, PNG and WebP files up to 5 MiB through", () => {
    for (const type of ["image/jpeg", "image/png", "image/webp"]) expect(checkImageFile({ type, size: 5 * 1024 * 1024 })).toBeNull();
  });

  it("explains what is wrong with other files", () => {
    expect(checkImageFile({ type: "image/gif", size: 10 })).toBe("Choose a JPEG, PNG or WebP image.");
    expect(checkImageFile({ type: "", size: 10 })).toBe("Choose a JPEG, PNG or WebP image.");
    expect(checkImageFile({ type: "image/jpeg", size: 5 * 1024 * 1024 + 1 })).toBe(
      "This image is 5.1 MB; images can be at most 5 MB. Choose a smaller photo.",
    );
    expect(checkImageFile({ type: "image/png", size: 3_000_000 }, 1024 * 1024)).toMatch(/^This image is 2\.9 MB; images can be at most 1 MB/);
    expect(checkImageFile({ type: "image/png", size: 0 })).toBe("This file is empty. Choose another image.");
  });
});

describe("readErrorMessage", () => {
  it("shows the server's message from { error: { message } }", async () => {
    const response = Response.json({ error: { code: "payload_too_large", message: "The image is 7 MB; images can be at most 5 MB." } }, { status: 413 });
    expect(await readErrorMessage(response)).toBe("The image is 7 MB; images can be at most 5 MB.");
  });

  it("falls back to a sentence for the status when the body is not the fleet's error JSON", async () => {
    expect(await readErrorMessage(new Response("<html>Bad gateway</html>", { status: 502 }))).toBe("The upload did not work. Please try again.");
    expect(await readErrorMessage(Response.json({}, { status: 401 }))).toMatch(/Sign in again/);
    expect(await readErrorMessage(Response.json({ error: {} }, { status: 403 }))).toBe("You are not allowed to change this image.");
  });
});

describe("uploadPercent", () => {
  it("counts whole percents and reaches 100 only with the last byte", () => {
    expect([uploadPercent(0, 200), uploadPercent(1, 200), uploadPercent(199, 200), uploadPercent(200, 200), uploadPercent(5, 0)]).toEqual([0, 0, 99, 100, 0]);
  });
});
