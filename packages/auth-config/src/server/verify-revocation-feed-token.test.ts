import { describe, expect, it } from "vitest";
import { revocationFeedToken } from "./revocation-feed-token";
import { verifyRevocationFeedToken } from "./verify-revocation-feed-token";

const secret = "feed-token-test-secret-0123456789abcd";

describe("revocation feed token", () => {
  it("is a base64url HMAC that does not contain the secret", () => {
    const token = revocationFeedToken(secret);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token).not.toContain(secret);
    expect(revocationFeedToken(secret)).toBe(token);
    expect(revocationFeedToken(`${secret}x`)).not.toBe(token);
  });

  it("verifies only `Bearer <token>` for the same secret", () => {
    const token = revocationFeedToken(secret);
    expect(verifyRevocationFeedToken(`Bearer ${token}`, secret)).toBe(true);
    expect(verifyRevocationFeedToken(`bearer  ${token}`, secret)).toBe(true);
    for (const header of [null, undefined, "", token, `Basic ${token}`, `Bearer ${token}x`, `Bearer ${token.slice(1)}`, "Bearer "]) {
      expect(verifyRevocationFeedToken(header, secret)).toBe(false);
    }
    expect(verifyRevocationFeedToken(`Bearer ${token}`, "another-secret-0123456789abcdefghij")).toBe(false);
  });
});
